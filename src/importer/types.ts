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
  | 'unknown';

/** The importer only knows the assembly kinds (a `ledenbijeenkomst` is an event, not a voting meeting). */
export type ImportMeetingKind = Exclude<MeetingKind, 'ledenbijeenkomst'>;

export type MeetingRef = { kind: ImportMeetingKind | null; date: string | null };

export type VoteResult = 'aangenomen' | 'verworpen' | 'aangehouden' | 'ingetrokken' | 'afgedaan';

export type ClauseRecord = { kind: ClauseKind; text: string; number: string | null; heading?: string };

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
  /** Extra: submitters matched to members (CBS code), in the order written. */
  members?: { name: string; code: string | null }[];
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

export type AgreementRecord = { text: string; party: string | null; due: string | null; source: Provenance };

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
