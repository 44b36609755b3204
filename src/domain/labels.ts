import type {
  AccountabilityDecision,
  AccountabilityProposal,
  AccountabilityRoundStatus,
  AgreementStatus,
  BallotChoice,
  ClauseKind,
  MeetingKind,
  MotionStatus,
  PreAdviceKind,
  ResolutionVersionLabel,
  VoteStatus,
} from './types.js';

/** Motion status as exposed by the API (Dutch, lower case, stable). */
export const MOTION_STATUS_API: Readonly<Record<MotionStatus, string>> = {
  draft: 'concept',
  submitted: 'ingediend',
  withdrawn: 'ingetrokken',
  postponed: 'uitgesteld',
  adopted: 'aangenomen',
  rejected: 'verworpen',
  held: 'aangehouden',
  settled: 'afgedaan',
};

const MOTION_STATUS_FROM_API = new Map<string, MotionStatus>(
  Object.entries(MOTION_STATUS_API).map(([code, api]) => [api, code as MotionStatus]),
);

export function toApiMotionStatus(status: MotionStatus): string {
  return MOTION_STATUS_API[status];
}

/** Null for an unknown value, so the API layer can report it as an invalid parameter. */
export function fromApiMotionStatus(value: string): MotionStatus | null {
  return MOTION_STATUS_FROM_API.get(value) ?? null;
}

/** Motion status for display (capitalised). */
export const MOTION_STATUS_LABELS: Readonly<Record<MotionStatus, string>> = {
  draft: 'Concept',
  submitted: 'Ingediend',
  withdrawn: 'Ingetrokken',
  postponed: 'Uitgesteld',
  adopted: 'Aangenomen',
  rejected: 'Verworpen',
  held: 'Aangehouden',
  settled: 'Afgedaan',
};

export const MEETING_KIND_LABELS: Readonly<Record<MeetingKind, string>> = {
  alv: 'ALV',
  'najaars-alv': 'Najaars-ALV',
  'extra-alv': 'Extra ALV',
  balv: 'BALV',
  ledenbijeenkomst: 'ledenbijeenkomst',
};

/** Wording of the accountability report ("Voorstel: Aanhouden"). */
export const PROPOSAL_LABELS: Readonly<Record<AccountabilityProposal, string>> = {
  hold: 'Aanhouden',
  settle: 'Als afgedaan te beschouwen',
  conditional: 'Voorwaardelijk',
};

/** A conditional proposal is only meaningful with its condition spelled out. */
export function formatProposal(entry: {
  proposal: AccountabilityProposal | null;
  condition: string | null;
}): string {
  if (entry.proposal === null) return 'Nog geen voorstel';
  if (entry.proposal === 'conditional' && entry.condition) return `Voorwaardelijk: ${entry.condition}`;
  return PROPOSAL_LABELS[entry.proposal];
}

export const DECISION_LABELS: Readonly<Record<AccountabilityDecision, string>> = {
  held: 'Aangehouden',
  settled: 'Afgedaan',
};

export const ROUND_STATUS_LABELS: Readonly<Record<AccountabilityRoundStatus, string>> = {
  open: 'In voorbereiding',
  approved: 'Vastgesteld door het bestuur',
  decided: 'Besloten door de vergadering',
};

export const AGREEMENT_STATUS_LABELS: Readonly<Record<AgreementStatus, string>> = {
  open: 'Open',
  fulfilled: 'Nagekomen',
  'partly-fulfilled': 'Gedeeltelijk nagekomen',
  broken: 'Niet nagekomen',
  withdrawn: 'Ingetrokken',
};

export const PRE_ADVICE_LABELS: Readonly<Record<PreAdviceKind, string>> = {
  adopt: 'Overnemen',
  'advise-against': 'Ontraden',
  'assembly-judgement': 'Oordeel vergadering',
  postpone: 'Aanhouden',
};

export const CLAUSE_KIND_LABELS: Readonly<Record<ClauseKind, string>> = {
  noting: 'constaterende dat',
  considering: 'overwegende dat',
  declares: 'spreekt uit',
  requests: 'verzoekt',
  'calls-on': 'roept op',
  instructs: 'draagt op',
};

export const VERSION_LABELS: Readonly<Record<ResolutionVersionLabel, string>> = {
  concept: 'Concept',
  geactualiseerd: 'Geactualiseerd',
  vastgesteld: 'Vastgesteld',
};

export const VOTE_STATUS_LABELS: Readonly<Record<VoteStatus, string>> = {
  created: 'Aangemaakt',
  open: 'Geopend',
  closed: 'Gesloten',
  published: 'Gepubliceerd',
};

export const BALLOT_CHOICE_LABELS: Readonly<Record<BallotChoice, string>> = {
  for: 'voor',
  against: 'tegen',
  abstain: 'onthouding',
};
