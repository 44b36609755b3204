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

export type ReportModel = {
  roundId: string;
  organisation: string;
  /** "Verantwoording over uitvoering moties ALV-en" */
  title: string;
  /** Number of the agenda item that presents the report ("11"). */
  agendaItemNumber: string | null;
  /** The meeting at which the board accounts. */
  meeting: MeetingRef;
  /** The last assembly before the meeting: its motions form the 'adopted' section. */
  lastAssembly: MeetingRef | null;
  /** The member letter the report is attached to. */
  letter: { subject: string; date: string | null } | null;
  summary: string | null;
  proposal: string | null;
  groups: ReportGroup[];
};

export type RenderedDocument = { bytes: Uint8Array; mediaType: string; extension: string };
