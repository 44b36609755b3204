import { type Action, scopeFor } from '../auth/policies.js';
import type { Role } from '../auth/roles.js';
import { type PortalWords, portalWords } from '../domain/vocabulary/index.js';

/** The signed-in person as the portal needs them: enough to greet, to show staff links and to sign forms. */
export type Viewer = { id: string; name: string; role: string };

/** What every page receives besides its own data. */
export type PageContext = {
  organisationName: string;
  /** The words of the organisation's kind (ADR 009); absent reads as an association's. */
  words?: PortalWords;
  /** Path of the current request, to mark the current navigation item. */
  path: string;
  /** Href of the stylesheet (content-hashed). */
  cssHref: string;
  viewer: Viewer | null;
  /** CSRF token for the forms on this page (staff pages only). */
  csrfToken?: string;
  /** A one-time confirmation shown at the top of the page ("Motie opgeslagen"). */
  notice?: string;
};

export const STAFF_ROLES = new Set(['staff', 'board', 'chair', 'admin']);

export const isStaff = (viewer: Viewer | null): boolean => viewer !== null && STAFF_ROLES.has(viewer.role);

/**
 * Whether a signed-in staff member's role may do `action` on every record (the staff pages' guard, staffOnly):
 * a page links to a staff form only for those who may open it (the board does not edit meetings, the chair
 * does not write resolutions).
 */
export const viewerMay = (viewer: Viewer | null, action: Action): boolean =>
  isStaff(viewer) && scopeFor(action, (viewer as Viewer).role as Role) === 'all';

/** The portal's words for this page's organisation: raad, fractie, college … or ALV, lid, bestuur. */
export const wordsOf = (ctx: PageContext): PortalWords => ctx.words ?? portalWords('vereniging');
