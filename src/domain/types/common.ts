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

/** An organisation's settings, as stored with it and replaced by an administrator. */
export type OrganisationSettings = {
  /** How vote weights are computed; `example` marks the example table a new organisation starts with. */
  votingRule: VotingRule & { example?: boolean };
  majority: MajorityRule;
  /** Fraction (0..1) of the eligible weight that must be present for a valid vote. */
  quorum: number;
  /** Overrides of UI words per organisation (e.g. { member: 'fractie' } for a council). */
  vocabulary?: Record<string, string>;
  /** The logo on reports: a PNG or JPEG, base64. */
  logo?: { mediaType: 'image/png' | 'image/jpeg'; base64: string } | null;
  /** Host names whose requests this organisation's portal answers at / (ADR 009). */
  hosts?: string[];
};

export type MemberKind = 'municipality' | 'faction';
export type MemberStatus = 'active' | 'merged' | 'ceased';

export type UserRole = 'public' | 'member' | 'staff' | 'board' | 'chair' | 'admin';
