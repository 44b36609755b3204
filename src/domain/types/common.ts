/** UUID of a record. */
export type Id = string;
/** Calendar date 'YYYY-MM-DD' (where the time of day does not matter). */
export type IsoDate = string;
/** Full ISO 8601 timestamp in UTC, e.g. '2025-06-18T09:30:00.000Z'. */
export type IsoTimestamp = string;

export type InhabitantBand = {
  /** Inclusive upper bound of inhabitants; null = no upper bound (the last band). */
  upTo: number | null;
  weight: number;
};

/** How a member's vote weight is computed; configuration per organisation, never hard-coded. */
export type VotingRule =
  | { kind: 'equal' }
  | { kind: 'seats' }
  | { kind: 'inhabitant-bands'; bands: InhabitantBand[] }
  | { kind: 'proportional'; per: number };

export type MajorityRule = 'simple' | 'two-thirds';

export type OrganisationKind = 'association' | 'council';

export type OrganisationSettings = {
  votingRule: VotingRule;
  majority: MajorityRule;
  /** Fraction (0..1) of the eligible weight that must be present for a valid vote. */
  quorum: number;
  memberKind: MemberKind;
  /** Overrides of UI words per organisation (e.g. { member: 'fractie' } for a council). */
  vocabulary: Record<string, string>;
  timezone: string;
};

export type Organisation = {
  id: Id;
  slug: string;
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
  settings: OrganisationSettings;
  createdAt: IsoTimestamp;
};

export type MemberKind = 'municipality' | 'faction';
export type MemberStatus = 'active' | 'merged' | 'ceased';

export type Member = {
  id: Id;
  organisationId: Id;
  /** CBS code such as 'GM0363' for municipalities; null for factions. */
  code: string | null;
  name: string;
  kind: MemberKind;
  province: string | null;
  inhabitants: number | null;
  seats: number | null;
  status: MemberStatus;
  joinedOn: IsoDate | null;
  /** Date of merger or cessation; the record stays for history. */
  endedOn: IsoDate | null;
  /** The member this one merged into. */
  successorId: Id | null;
};

export type UserRole = 'public' | 'member' | 'staff' | 'board' | 'chair' | 'admin';

export type User = {
  id: Id;
  organisationId: Id;
  email: string;
  name: string;
  role: UserRole;
  /** The member (municipality/faction) this user represents, if any. */
  memberId: Id | null;
  active: boolean;
  createdAt: IsoTimestamp;
};

export type AuditEvent = {
  id: Id;
  organisationId: Id;
  actorId: Id | null;
  /** Verb such as 'motion.transition' or 'agreement.update'. */
  action: string;
  entityType: string;
  entityId: Id;
  oldValue: unknown | null;
  newValue: unknown | null;
  at: IsoTimestamp;
  requestId: string | null;
  /** Hash chain so tampering with earlier rows is detectable. */
  previousHash: string | null;
  hash: string | null;
};
