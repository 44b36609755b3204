import type { ClauseKind, MeetingKind, ResolutionVersionLabel } from '../domain/types.js';

/** One physical line of a source document: `line` is 1-based over the whole document, `page` 1-based. */
export type SourceLine = { text: string; page: number; line: number };

/** A logical line: physical fragments merged (words broken over lines, labels with their value). */
export type LogicalLine = SourceLine & { endLine: number; endPage: number };

export type DocumentFormat = 'pdf' | 'docx' | 'text';

export type ReadDocument = { format: DocumentFormat; pages: number; lines: SourceLine[] };

/** Where a record came from in its document. */
export type Provenance = { lines: { from: number; to: number }; pages: { from: number; to: number } };

export type DocumentKind =
  | 'accountability-report'
  | 'resolution'
  | 'member-letter'
  | 'motion'
  | 'motion-list'
  | 'amendment'
  /** A council information system's list of commitments (toezeggingenlijst), read as a table. */
  | 'commitment-list'
  | 'unknown';

/** The importer only knows the assembly kinds (a `ledenbijeenkomst` is an event, not a voting meeting). */
export type ImportMeetingKind = Exclude<MeetingKind, 'ledenbijeenkomst'>;

/**
 * Meetings of other bodies a document can be about: a municipal council, provincial states, a water board's
 * general board, the Tweede Kamer in plenary, a party congress. The association's register holds none of them.
 */
export type OtherMeetingKind =
  | 'raadsvergadering'
  | 'statenvergadering'
  | 'algemeen-bestuur'
  | 'plenaire-vergadering'
  | 'congres';

export const ASSEMBLY_KINDS: readonly ImportMeetingKind[] = ['alv', 'najaars-alv', 'extra-alv', 'balv'];

export function isAssemblyKind(kind: string | null | undefined): kind is ImportMeetingKind {
  return ASSEMBLY_KINDS.includes(kind as ImportMeetingKind);
}

/** `place` is extra: where the meeting was held ("in vergadering bijeen op 15 april 2023 te Gouda"). */
export type MeetingRef = {
  kind: ImportMeetingKind | OtherMeetingKind | null;
  date: string | null;
  place?: string | null;
};

export type VoteResult = 'aangenomen' | 'verworpen' | 'aangehouden' | 'ingetrokken' | 'afgedaan';

/**
 * `number` is the source numbering as printed ("4", "b"); `heading` a heading above the clause; `items` the
 * nested bullets under it, in order.
 */
export type ClauseRecord = {
  kind: ClauseKind;
  text: string;
  number: string | null;
  heading?: string;
  items?: string[];
};

/** A person who signed, with the party written with the name ("Luuk Folkerts" / "Partij voor de Dieren"). */
export type SignerRecord = { name: string; party: string | null };

export type MotionRecord = {
  title: string;
  submitters: string[];
  andOthers: boolean;
  topic: string | null;
  adoptedAt: MeetingRef | null;
  call: string | null;
  accountability: string | null;
  proposal: 'hold' | 'settle' | 'conditional' | null;
  result: VoteResult | null;
  percentage: number | null;
  parts: { result: VoteResult; percentage: number | null }[];
  preAdvice: string | null;
  preamble: ClauseRecord[];
  operative: ClauseRecord[];
  signatories: string[];
  /** Extra: the meeting the motion was submitted to (lists of results, motion texts). */
  meeting?: MeetingRef | null;
  /** Extra: adopted by acclamation (no count). */
  byAcclamation?: boolean;
  /** Extra: the heading the motion is listed under in a report ("Aangehouden moties ALV 26 juni 2024"). */
  group?: string | null;
  /** Extra: the condition of a conditional proposal. */
  condition?: string | null;
  /** Extra: the agenda item number the motion was listed under (result pages, decision lists). */
  agendaItem?: string | null;
  /** Extra: a campaign named with the submitter that is no submitter itself ("Raden in Verzet"). */
  campaign?: string | null;
  /** Extra: the motion's number in the source (RIS lists "2019-M0008", "2024M17", "M-42", "XVI", Kamerstuk "nr. 348"). */
  number?: string | null;
  /** Extra: the date the motion was submitted, where a list gives it. */
  submittedOn?: string | null;
  /** Extra: submitters matched to members (CBS code), in the order written. */
  members?: { name: string; code: string | null }[];
  /** Extra: "Mede-indieners" as written; they are also in `submitters`. */
  coSubmitters?: string[];
  /** Extra: the signatories with the party written with them. */
  signers?: SignerRecord[];
  /** Extra: the explanation (Toelichting) as text. */
  explanation?: string | null;
  /** Extra: the body and procedure before the clauses ("De raad van de gemeente Venray …; gehoord de beraadslaging"). */
  introduction?: string | null;
  /** Extra: the closing formula as written ("en gaat over tot de orde van de dag"). */
  closing?: string | null;
  /** Extra: the title of that agenda item where the text gives it ("Motie bij agendapunt 6. Jaarstukken"). */
  agendaItemTitle?: string | null;
  /** Extra: monitor and RIS fields: portfolio holder, due date, date settled, state of affairs. */
  portfolioHolder?: string | null;
  due?: string | null;
  settledOn?: string | null;
  /** Extra: how the factions voted, as listed ("Voor: DENK, GL"); never read as a result. */
  votes?: { for: string[]; against: string[] } | null;
  source: Provenance;
};

/** An amendment found in a document: never a motion. `target` names what it changes, as written. */
export type AmendmentRecord = {
  title: string;
  target: string | null;
  submitters: string[];
  signatories: string[];
  preamble: ClauseRecord[];
  text: string;
  result: VoteResult | null;
  meeting: MeetingRef | null;
  source: Provenance;
};

export type ResolutionRecord = {
  title: string;
  version: ResolutionVersionLabel | null;
  preamble: ClauseRecord[];
  operative: ClauseRecord[];
  result: VoteResult | null;
  percentage: number | null;
  /** Extra: adopted by acclamation (no count). */
  byAcclamation?: boolean;
  meeting?: MeetingRef | null;
  introduction?: string | null;
  explanation?: string | null;
  /** Extra: the agenda item number a results page lists the resolution under ("7. Resolutie …"). */
  agendaItem?: string | null;
  source: Provenance;
};

export type LetterRecord = {
  reference: string | null;
  number: string | null;
  date: string | null;
  subject: string | null;
  addressees: string | null;
  attachments: string[];
  salutation?: string | null;
};

export type AgreementRecord = {
  text: string;
  party: string | null;
  due: string | null;
  /** Extra: a deadline the document sets its own readers ("U kunt tot uiterlijk …"), not an agreement. */
  forReaders?: boolean;
  source: Provenance;
};

export type EventRecord = {
  title: string;
  date: string | null;
  start: string | null;
  end: string | null;
  place: string | null;
  heading?: string;
  schedule?: { label: string; time: string }[];
  source: Provenance;
};

/** What a recogniser returns; `analyseFile` adds file, kind, hash and format. */
export type Recognised = {
  title: string | null;
  date: string | null;
  meeting: MeetingRef | null;
  motions: MotionRecord[];
  resolutions: ResolutionRecord[];
  letter: LetterRecord | null;
  agreements: AgreementRecord[];
  events: EventRecord[];
  warnings: string[];
  /** Extra keys a recogniser may add (table of contents, agenda item, explanation...). */
  extra?: Record<string, unknown>;
};

export type FileAnalysis = Omit<Recognised, 'extra'> & {
  file: string;
  kind: DocumentKind;
  contentHash: string;
  format: DocumentFormat;
  pages: number;
  bytes: number;
  [extra: string]: unknown;
};

export function emptyRecognised(): Recognised {
  return {
    title: null,
    date: null,
    meeting: null,
    motions: [],
    resolutions: [],
    letter: null,
    agreements: [],
    events: [],
    warnings: [],
  };
}
