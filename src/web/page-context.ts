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

/** The portal's words for this page's organisation: raad, fractie, college … or ALV, lid, bestuur. */
export const wordsOf = (ctx: PageContext): PortalWords => ctx.words ?? portalWords('vereniging');
