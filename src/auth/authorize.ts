import { notAllowed, notAuthenticated } from './errors.js';
import { type Action, scopeFor } from './policies.js';
import type { Principal } from './roles.js';

/** What a scoped policy looks at: the members a record belongs to (e.g. a motion's submitters). */
export type Resource = { memberIds: readonly (string | null)[] };

/** True when the principal may perform the action (on the resource, for 'own-member' policies). */
export function can(principal: Principal, action: Action, resource?: Resource): boolean {
  const scope = scopeFor(action, principal.role);
  if (scope === null) return false;
  if (scope === 'all') return true;
  if (principal.memberId === null) return false;
  // Without a resource the caller asks "may this role do it at all" (e.g. before creating).
  return resource === undefined || resource.memberIds.includes(principal.memberId);
}

/** Throws 401 for the anonymous and 403 for a signed-in user that lacks the permission. */
export function authorize(principal: Principal, action: Action, resource?: Resource): void {
  if (can(principal, action, resource)) return;
  throw principal.role === 'public' ? notAuthenticated() : notAllowed();
}
