/** What the accountability report shows, independent of its format (HTML, DOCX, PDF, CSV). */
import type { ReportSection } from '../domain/accountability-report.js';
import type { AccountabilityProposal, MeetingKind } from '../domain/types.js';

export type ReportFormat = 'html' | 'docx' | 'pdf' | 'csv';

/** A meeting as the report names it: kind code ('alv', 'najaars-alv', …) and ISO date. */
export type MeetingRef = { kind: MeetingKind; date: string };

export type ReportMotion = {
  motionId: string;
  topic: string | null;
  title: string;
  /** In the order written; the first is the lead submitter. */
  submitters: string[];
  /** "en anderen": more co-signers than listed. */
  andOthers: boolean;
  adoptedAt: MeetingRef | null;
  /** "Inhoud/oproep (samengevat)": lines; "- " and "o " lines are list items. */
  call: string | null;
  /** "Verantwoording": the board's account, same line format as `call`. */
  accountability: string | null;
  proposal: AccountabilityProposal | null;
  /** The wording of a conditional proposal. */
  condition: string | null;
};

/** Held over from earlier assemblies, or adopted at the last assembly before the round's meeting (the domain's grouping). */
export type { ReportSection } from '../domain/accountability-report.js';

export type ReportGroup = {
  /** As in the table of contents: "Aangehouden moties ALV 26 juni 2024". */
  label: string;
  section: ReportSection;
  /** The meeting all motions of the group were adopted at; null when they differ. */
  meeting: MeetingRef | null;
  motions: ReportMotion[];
};

/** How many motions the report accounts for, per proposal: computed from the entries, never typed. */
export type ReportCounts = {
  motions: number;
  settle: number;
  hold: number;
  conditional: number;
  /** Entries without a proposal yet (a round in preparation). */
  open: number;
};

/** An image the organisation set as its logo (PNG or JPEG). */
export type ReportLogo = { mediaType: 'image/png' | 'image/jpeg'; data: Uint8Array };

/** What the cover names: who, for which meeting and agenda item, sent with which letter, dated when. */
export type ReportCover = {
  organisation: string;
  logo: ReportLogo | null;
  meetingTitle: string;
  agendaItem: { number: string; title: string | null } | null;
  letter: { subject: string; number: string | null; date: string | null } | null;
  /** The report's own date: set on the round, else the letter's date; null while in preparation. */
  reportDate: string | null;
};

export type ReportModel = {
  roundId: string;
  organisation: string;
  cover: ReportCover;
  counts: ReportCounts;
  /** The assembly's vote on the accountability as a whole, once recorded: "aangenomen met 97,63%". */
  vote: string | null;
  /** "Verantwoording over uitvoering moties ALV-en" */
  title: string;
  /** Number of the agenda item that presents the report ("11"). */
  agendaItemNumber: string | null;
  /** The meeting at which the board accounts. */
  meeting: MeetingRef;
  /** The last assembly before the meeting: its motions form the 'adopted' section. */
  lastAssembly: MeetingRef | null;
  /** The member letter the report is attached to. */
  letter: { subject: string; date: string | null; number?: string | null } | null;
  summary: string | null;
  proposal: string | null;
  groups: ReportGroup[];
};

export type RenderedDocument = { bytes: Uint8Array; mediaType: string; extension: string };
