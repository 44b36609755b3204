import type { UserRole } from '../domain/types.js';
import { role } from '../domain/vocabulary/index.js';

/** Who someone is to the system. `public` is the anonymous visitor; the others are user accounts. */
export type Role = UserRole;
export const ROLES: readonly Role[] = role.codes;
export const USER_ROLES = ROLES.filter((r): r is Exclude<Role, 'public'> => r !== 'public');

/** A role by its code or its Dutch name ("medewerker"), whatever the case; null when unknown. */
export function parseRole(value: string): Role | null {
  return role.parse(value);
}

/** The authenticated (or anonymous) party behind a request. */
export type Principal = {
  role: Role;
  userId: string | null;
  /** The member (municipality) a representative acts for. */
  memberId: string | null;
  /** Shown in the audit trail. */
  label: string;
  via: 'anonymous' | 'token' | 'session';
  sessionId: string | null;
};

export const ANONYMOUS: Principal = {
  role: 'public',
  userId: null,
  memberId: null,
  label: 'anoniem',
  via: 'anonymous',
  sessionId: null,
};
