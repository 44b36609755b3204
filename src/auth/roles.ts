/** Who someone is to the system. `public` is the anonymous visitor; the others are user accounts. */
export const ROLES = ['public', 'member', 'staff', 'board', 'chair', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const USER_ROLES = ROLES.filter((r) => r !== 'public') as Exclude<Role, 'public'>[];

/** Dutch names of the roles, as shown in the API and the portal. */
export const ROLE_NAMES_NL: Record<Role, string> = {
  public: 'publiek',
  member: 'lid',
  staff: 'medewerker',
  board: 'bestuur',
  chair: 'voorzitter',
  admin: 'beheerder',
};

export function parseRole(value: string): Role | null {
  const v = value.trim().toLowerCase();
  if ((ROLES as readonly string[]).includes(v)) return v as Role;
  const nl = Object.entries(ROLE_NAMES_NL).find(([, name]) => name === v);
  return nl ? (nl[0] as Role) : null;
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
