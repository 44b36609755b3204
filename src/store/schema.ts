import type {
  AccountabilityDecision,
  AccountabilityProposal,
  AccountabilityRoundStatus,
  AgendaDocumentPurpose,
  AgreementKind,
  AgreementStatus,
  AmendmentStatus,
  AmendmentTarget,
  BallotChoice,
  ClauseKind,
  ClauseSection,
  CouncilRole,
  MajorityRule,
  MeetingKind,
  MeetingStatus,
  MemberKind,
  MemberStatus,
  MotionPartStatus,
  MotionStatus,
  OrganisationKind,
  PollQuestionKind,
  PollStatus,
  PreAdviceKind,
  ResolutionStatus,
  ResolutionVersionLabel,
  UserRole,
  VoteChoice,
  VoteStatus,
} from '../domain/types.js';

/**
 * Row types of the tables, as Kysely sees them. Columns mirror migrations/ (snake_case, portable types);
 * status, kind, proposal, decision and advice columns carry the domain's unions, so the records the
 * repositories return are the entities the services, presenters and pages use.
 */
type Id = string;
type Scoped = { id: Id; organisation_id: Id };
type Stamped = { created_at: string; updated_at: string };
type Bool = number;

export type OrganisationRow = {
  id: Id;
  name: string;
  slug: string;
  settings: string;
  /** vereniging, gemeenteraad, provinciale-staten or waterschap (ADR 009); the database's default is vereniging. */
  kind?: OrganisationKind;
} & Stamped;
export type MemberRow = Scoped &
  Stamped & {
    code: string;
    name: string;
    kind: MemberKind;
    province: string | null;
    inhabitants: number | null;
    seats: number | null;
    population_date: string | null;
    status: MemberStatus;
    merged_into_id: Id | null;
    ceased_on: string | null;
  };
export type DocumentRow = Scoped &
  Stamped & {
    filename: string;
    media_type: string;
    content_hash: string;
    size: number;
    storage_path: string | null;
    kind: string;
    title: string | null;
    text: string;
    status: string;
    warnings: string;
    imported_at: string | null;
  };
export type MeetingRow = Scoped &
  Stamped & {
    kind: MeetingKind;
    title: string;
    date: string;
    start_time: string | null;
    end_time: string | null;
    place: string | null;
    status: MeetingStatus;
    reference_date: string | null;
    /** Whether the public screen shows the tally while a vote is open (0/1). */
    live_tally: Bool;
  };
export type AgendaItemRow = Scoped &
  Stamped & {
    meeting_id: Id;
    number: string;
    title: string;
    purpose: AgendaDocumentPurpose;
    position: number;
  };
export type MotionRow = Scoped &
  Stamped & {
    number: string | null;
    title: string;
    topic: string | null;
    call: string | null;
    body: string | null;
    status: MotionStatus;
    and_others: Bool;
    meeting_id: Id | null;
    agenda_item_id: Id | null;
    submitted_at: string | null;
    decided_at: string | null;
    vote_result: string | null;
    vote_percentage: number | null;
    by_acclamation: Bool;
    published: Bool;
    /** Read from the archive (issue 10.3): the explanation (toelichting), body and procedure, closing formula. */
    explanation: string | null;
    introduction: string | null;
    closing: string | null;
    /** JSON [{name, party}]: the signatories as written, with their party. */
    signatories: string | null;
    /** JSON {kind, date, place, agendaItem}: the meeting of another body (council, provincial states …). */
    source_meeting: string | null;
    /** A motion monitor's fields: portfolio holder, due date, date settled, state of affairs. */
    portfolio_holder: string | null;
    due_date: string | null;
    settled_on: string | null;
    progress: string | null;
  };
export type MotionSubmitterRow = Scoped & {
  motion_id: Id;
  position: number;
  member_id: Id | null;
  name: string;
};
export type MotionPartRow = Scoped &
  Stamped & {
    motion_id: Id;
    number: number;
    text: string | null;
    status: MotionPartStatus;
    vote_result: string | null;
    vote_percentage: number | null;
    by_acclamation: Bool;
  };
export type MotionTransitionRow = Scoped & {
  motion_id: Id;
  from_status: MotionStatus | null;
  to_status: MotionStatus;
  at: string;
  actor_id: Id | null;
  meeting_id: Id | null;
  vote_id: Id | null;
  round_id: Id | null;
  reason: string | null;
};
export type AmendmentRow = Scoped &
  Stamped & {
    target_kind: AmendmentTarget;
    target_id: Id;
    title: string;
    text: string;
    submitters: string;
    status: AmendmentStatus;
    /** What an amendment read from a document changes, as written, when it is not in the register. */
    target_title: string | null;
    meeting_id: Id | null;
  };
export type PreAdviceRow = Scoped &
  Stamped & { motion_id: Id; advice: PreAdviceKind; text: string | null; given_at: string };
export type ResolutionRow = Scoped &
  Stamped & {
    title: string;
    meeting_id: Id | null;
    agenda_item_id: Id | null;
    status: ResolutionStatus;
    vote_result: string | null;
    vote_percentage: number | null;
    by_acclamation: Bool;
    adopted_version_id: Id | null;
  };
export type ResolutionVersionRow = Scoped &
  Stamped & {
    resolution_id: Id;
    number: number;
    label: ResolutionVersionLabel;
    explanation: string | null;
    introduction: string | null;
    published_at: string | null;
  };
export type ClauseRow = Scoped & {
  resolution_version_id: Id | null;
  motion_id: Id | null;
  section: ClauseSection;
  kind: ClauseKind;
  number: number;
  text: string;
  condition_agreement_id: Id | null;
  /** The numbering the source prints ("4", "b"); `number` is the position. */
  label: string | null;
  heading: string | null;
  /** JSON array of the nested items under the clause. */
  items: string | null;
};
export type AgreementRow = Scoped &
  Stamped & {
    text: string;
    party: string | null;
    due_date: string | null;
    status: AgreementStatus;
    source_kind: string | null;
    consultation_id: Id | null;
    letter_id: Id | null;
    resolution_id: Id | null;
    /** 'agreement' (afspraak) or 'commitment' (toezegging of the college to the council, ADR 009). */
    /** Optional on insert (the database's default is 'agreement'); always present when read. */
    kind?: AgreementKind;
    /** The meeting at which a commitment was made. */
    meeting_id?: Id | null;
    /** The responsible portfolio holder (wethouder, burgemeester). */
    portfolio_holder?: string | null;
    /** How the commitment was fulfilled, and when. */
    fulfilment?: string | null;
    fulfilled_on?: string | null;
  };
export type LetterRow = Scoped &
  Stamped & {
    reference: string | null;
    number: string | null;
    date: string | null;
    subject: string;
    addressees: string | null;
    body: string | null;
  };
export type LetterAttachmentRow = Scoped & {
  letter_id: Id;
  position: number;
  title: string;
  document_id: Id | null;
};
export type AccountabilityRoundRow = Scoped &
  Stamped & {
    meeting_id: Id;
    letter_id: Id | null;
    agenda_item_id: Id | null;
    title: string;
    summary: string | null;
    proposal_text: string | null;
    status: AccountabilityRoundStatus;
    opened_at: string;
    /** The assembly's vote on the accountability as a whole: "aangenomen met 97,63%". */
    vote_result: string | null;
    vote_percentage: number | null;
    by_acclamation: Bool;
    /** The date of the meeting at which the assembly decided. */
    decided_on: string | null;
    /** The date the report carries on its cover. */
    report_date: string | null;
    /** The board's meeting that approves the proposals; null: the configured number of days before the assembly. */
    board_meeting_date: string | null;
  };
export type AccountabilityEntryRow = Scoped &
  Stamped & {
    round_id: Id;
    motion_id: Id;
    position: number;
    group_label: string | null;
    text: string | null;
    proposal: AccountabilityProposal | null;
    condition: string | null;
    approved_at: string | null;
    approved_by: Id | null;
    decision: AccountabilityDecision | null;
    decided_at: string | null;
  };
export type ConsultationRow = Scoped &
  Stamped & { title: string; date: string; parties: string | null; outcomes: string | null };
export type PollRow = Scoped &
  Stamped & {
    title: string;
    description: string | null;
    opens_at: string | null;
    closes_at: string | null;
    status: PollStatus;
    /** JSON: {"kind":"all"} or {"kind":"provinces","provinces":[…]} */
    audience: string;
    publish_per_member: Bool;
    resolution_id: Id | null;
  };
export type PollSubmissionRow = Scoped & { poll_id: Id; member_id: Id; responded_at: string; via: string };
export type PollInvitationRow = Scoped & {
  poll_id: Id;
  member_id: Id;
  code_hash: string;
  created_at: string;
};
export type PollQuestionRow = Scoped & {
  poll_id: Id;
  position: number;
  text: string;
  kind: PollQuestionKind;
  options: string;
};
export type PollResponseRow = Scoped & {
  poll_id: Id;
  question_id: Id;
  member_id: Id;
  answer: string;
  responded_at: string;
};
export type RegistrationRow = Scoped &
  Stamped & {
    meeting_id: Id;
    member_id: Id | null;
    person_name: string;
    email: string | null;
    wishes: string | null;
    /** confirmed, waiting, cancelled */
    status: string;
    role: string | null;
    cancel_code_hash: string | null;
    cancelled_at: string | null;
    erased_at: string | null;
  };
export type RegistrationSettingsRow = Scoped &
  Stamped & { meeting_id: Id; open: Bool; capacity: number | null };
export type VoteRow = Scoped &
  Stamped & {
    meeting_id: Id | null;
    agenda_item_id: Id | null;
    motion_id: Id | null;
    motion_part_id: Id | null;
    resolution_id: Id | null;
    /** An amendment, the board's pre-advice on a motion, or an accountability round voted as a whole. */
    amendment_id: Id | null;
    pre_advice_id: Id | null;
    round_id: Id | null;
    /** JSON [{key, label}]: a ballot with alternatives; null: voor / tegen / onthouding. */
    alternatives: string | null;
    subject: string;
    status: VoteStatus;
    majority: MajorityRule;
    by_acclamation: Bool;
    result: string | null;
    opened_at: string | null;
    closed_at: string | null;
    published_at: string | null;
  };
export type BallotRow = Scoped & {
  vote_id: Id;
  member_id: Id;
  choice: VoteChoice;
  weight: number;
  cast_at: string;
};
export type AttendanceRow = Scoped &
  Stamped & {
    meeting_id: Id;
    member_id: Id;
    /** Who holds the municipality's voting card now. */
    representative: string;
    user_id: Id | null;
    /** From the meeting's frozen weights (meeting_weights). */
    weight: number;
    present: Bool;
    /** 'self' (signed in by the representative) or 'staff' (checked in at the door). */
    registered_by: string;
    arrived_at: string;
    left_at: string | null;
  };
export type MeetingWeightsRow = Scoped & {
  meeting_id: Id;
  reference_date: string;
  /** The voting rule used, as JSON. */
  rule: string;
  /** { memberId: weight } as JSON. */
  weights: string;
  eligible_weight: number;
  created_at: string;
};
export type UserRow = Scoped &
  Stamped & {
    email: string;
    name: string | null;
    role: UserRole;
    member_id: Id | null;
    password_hash: string | null;
    disabled_at: string | null;
  };
export type ApiTokenRow = Scoped & {
  user_id: Id;
  token_hash: string;
  label: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  created_at: string;
};
/** Working state shared by the server processes (not records: no audit, not in backups). */
export type RateLimitCounterRow = { key: string; hits: number; resets_at_ms: number | string | bigint };
export type UploadPreviewRow = {
  id: string;
  organisation_id: Id;
  user_id: Id | null;
  name: string;
  content_base64: string;
  created_at: string;
  expires_at: string;
};
export type SessionRow = { id: Id; user_id: Id; csrf_token: string; expires_at: string; created_at: string };
export type ProvenanceRow = Scoped & {
  document_id: Id;
  entity_kind: string;
  entity_id: Id;
  from_line: number | null;
  to_line: number | null;
  page: number | null;
};
export type AuditEventRow = {
  id: Id;
  organisation_id: Id;
  seq: number;
  actor_id: Id | null;
  actor_label: string;
  action: string;
  entity_kind: string;
  entity_id: Id;
  old_values: string | null;
  new_values: string | null;
  at: string;
  request_id: string | null;
  prev_hash: string;
  hash: string;
  /** sha256 of the record's row after the change (canonical JSON); null before the column existed. */
  state_hash: string | null;
};

export type OutboxMessageRow = {
  id: Id;
  organisation_id: Id;
  idempotency_key: string;
  message_id: string;
  kind: string;
  category: string;
  recipient_email: string | null;
  recipient_name: string | null;
  subject: string;
  body_text: string;
  body_html: string;
  unsubscribe_token_hash: string | null;
  entity_kind: string | null;
  entity_id: Id | null;
  status: string;
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
  updated_at: string;
};
/** An invitation to co-submit a motion: pending until the invited member confirms (accepted) or declines. */
export type MotionInvitationRow = Scoped & {
  motion_id: Id;
  member_id: Id;
  invited_by_member_id: Id | null;
  /** pending, accepted, declined */
  status: 'pending' | 'accepted' | 'declined';
  created_at: string;
  answered_at: string | null;
};
/** A remote weighted vote (ledenraadpleging) beside its vote (same id): its period and the ratifying assembly. */
export type RemoteVoteRow = {
  id: Id;
  organisation_id: Id;
  opens_on: string;
  closes_on: string;
  ratification_meeting_id: Id | null;
  created_at: string;
};
export type MotionFollowRow = {
  id: Id;
  organisation_id: Id;
  motion_id: Id;
  email: string;
  confirm_code_hash: string;
  confirmed_at: string | null;
  created_at: string;
};
export type EmailOptOutRow = {
  id: Id;
  organisation_id: Id;
  email: string;
  category: string;
  created_at: string;
};

/** A council's faction in one term, with its seats; a faction split off another points to it. */
export type FactionRow = Scoped &
  Stamped & {
    name: string;
    short_name: string;
    term_start: string;
    term_end: string | null;
    seats: number;
    split_from_id: Id | null;
  };
/** A person of the council: a member (raadslid), an alderman (wethouder) or the mayor (burgemeester). */
export type CouncilPersonRow = Scoped &
  Stamped & {
    name: string;
    role: CouncilRole;
    portfolio: string | null;
    from_date: string;
    until_date: string | null;
  };
/** A person's membership of a faction, from a date until a date (a leave or a split ends it). */
export type FactionMembershipRow = Scoped & {
  person_id: Id;
  faction_id: Id;
  from_date: string;
  until_date: string | null;
  end_reason: string | null;
  created_at: string;
};
/** A council member present at a meeting (signed the attendance list). */
export type CouncilAttendanceRow = Scoped & { meeting_id: Id; person_id: Id; created_at: string };
/** A council member's named vote; `by_faction` when the chair recorded it with the faction's block vote. */
export type CouncilBallotRow = Scoped & {
  vote_id: Id;
  person_id: Id;
  faction_id: Id | null;
  choice: BallotChoice;
  by_faction: Bool;
  cast_at: string;
};
/** A council's accountability round for commitments, held at a meeting. */
export type CommitmentRoundRow = Scoped &
  Stamped & { meeting_id: Id; title: string; status: 'open' | 'decided'; decided_on: string | null };
/** One open commitment in a round: the college's proposal (settle or keep) and the council's decision. */
export type CommitmentRoundEntryRow = Scoped &
  Stamped & {
    round_id: Id;
    agreement_id: Id;
    position: number;
    proposal: 'settle' | 'keep' | null;
    explanation: string | null;
    decision: 'settle' | 'keep' | null;
  };

export type Database = {
  organisations: OrganisationRow;
  members: MemberRow;
  documents: DocumentRow;
  meetings: MeetingRow;
  agenda_items: AgendaItemRow;
  motions: MotionRow;
  motion_submitters: MotionSubmitterRow;
  motion_parts: MotionPartRow;
  motion_transitions: MotionTransitionRow;
  amendments: AmendmentRow;
  pre_advices: PreAdviceRow;
  resolutions: ResolutionRow;
  resolution_versions: ResolutionVersionRow;
  clauses: ClauseRow;
  agreements: AgreementRow;
  letters: LetterRow;
  letter_attachments: LetterAttachmentRow;
  accountability_rounds: AccountabilityRoundRow;
  accountability_entries: AccountabilityEntryRow;
  consultations: ConsultationRow;
  polls: PollRow;
  poll_questions: PollQuestionRow;
  poll_responses: PollResponseRow;
  poll_submissions: PollSubmissionRow;
  poll_invitations: PollInvitationRow;
  registrations: RegistrationRow;
  registration_settings: RegistrationSettingsRow;
  votes: VoteRow;
  ballots: BallotRow;
  users: UserRow;
  attendances: AttendanceRow;
  meeting_weights: MeetingWeightsRow;
  api_tokens: ApiTokenRow;
  sessions: SessionRow;
  provenance: ProvenanceRow;
  audit_events: AuditEventRow;
  outbox_messages: OutboxMessageRow;
  email_opt_outs: EmailOptOutRow;
  motion_follows: MotionFollowRow;
  rate_limit_counters: RateLimitCounterRow;
  upload_previews: UploadPreviewRow;
  motion_invitations: MotionInvitationRow;
  remote_votes: RemoteVoteRow;
  factions: FactionRow;
  council_people: CouncilPersonRow;
  faction_memberships: FactionMembershipRow;
  council_attendance: CouncilAttendanceRow;
  council_ballots: CouncilBallotRow;
  commitment_rounds: CommitmentRoundRow;
  commitment_round_entries: CommitmentRoundEntryRow;
};

export type TableName = keyof Database;

/** Tables in an order that satisfies foreign keys when inserting (reverse it to delete). */
export const TABLES_IN_DEPENDENCY_ORDER: TableName[] = [
  'organisations',
  'members',
  'documents',
  'meetings',
  'agenda_items',
  'motions',
  'motion_submitters',
  'motion_parts',
  'motion_transitions',
  'amendments',
  'pre_advices',
  'resolutions',
  'resolution_versions',
  'agreements',
  'clauses',
  'letters',
  'letter_attachments',
  'accountability_rounds',
  'accountability_entries',
  'consultations',
  'polls',
  'poll_questions',
  'poll_responses',
  'poll_submissions',
  'poll_invitations',
  'registrations',
  'registration_settings',
  'votes',
  'ballots',
  'users',
  'attendances',
  'meeting_weights',
  'api_tokens',
  'sessions',
  'provenance',
  'audit_events',
  'outbox_messages',
  'email_opt_outs',
  'motion_follows',
  'motion_invitations',
  'remote_votes',
  'factions',
  'council_people',
  'faction_memberships',
  'council_attendance',
  'council_ballots',
  'commitment_rounds',
  'commitment_round_entries',
];
