import {
  type ReportGroup as DomainReportGroup,
  groupEntriesForReport,
} from '../domain/accountability-report.js';
import type { AccountabilityProposal, MeetingKind } from '../domain/types.js';
import { motionStatus } from '../domain/vocabulary/index.js';
import { formatMeeting } from './dutch-format.js';
import type {
  MeetingRef,
  ReportCounts,
  ReportGroup,
  ReportLogo,
  ReportModel,
  ReportMotion,
  ReportSection,
} from './model.js';

type MeetingRow = { id: string; kind: MeetingKind; date: string; title?: string };

/** One entry of the round with its motion, as the store's listRoundEntries returns it. */
export type ReportEntryInput = {
  motionId: string;
  groupLabel: string | null;
  text: string | null;
  proposal: AccountabilityProposal | null;
  condition: string | null;
  motion: {
    title: string;
    topic: string | null;
    call: string | null;
    andOthers: boolean;
    submitters: { name: string }[];
  };
  /** The meeting at which the motion was adopted. */
  meeting: MeetingRow | null;
};

export type BuildReportModelOptions = {
  round: {
    id: string;
    title: string;
    summary: string | null;
    proposalText: string | null;
    organisation: string;
    meeting: MeetingRow;
    agendaItemNumber: string | null;
    agendaItemTitle?: string | null;
    letter: { subject: string; date: string | null; number?: string | null } | null;
    reportDate?: string | null;
    voteResult?: string | null;
    logo?: ReportLogo | null;
  };
  entries: readonly ReportEntryInput[];
  lastAssembly: MeetingRow | null;
};

const toRef = (meeting: MeetingRow | null): MeetingRef | null =>
  meeting ? { kind: meeting.kind, date: meeting.date } : null;

function toReportMotion(entry: ReportEntryInput): ReportMotion {
  return {
    motionId: entry.motionId,
    topic: entry.motion.topic,
    title: entry.motion.title,
    submitters: entry.motion.submitters.map((submitter) => submitter.name),
    andOthers: entry.motion.andOthers,
    adoptedAt: toRef(entry.meeting),
    call: entry.motion.call,
    accountability: entry.text,
    proposal: entry.proposal,
    condition: entry.condition,
  };
}

/** "Aangehouden moties ALV 26 juni 2024": a group the report names itself. */
function generatedLabel(group: DomainReportGroup<ReportEntryInput>): string {
  const verb = motionStatus.label(group.section === 'adopted' ? 'adopted' : 'held');
  const noun = group.entries.length === 1 ? 'motie' : 'moties';
  return group.meeting ? `${verb} ${noun} ${formatMeeting(group.meeting)}` : `${verb} ${noun}`;
}

/** Counts per proposal, from the entries themselves. */
export function countProposals(groups: readonly ReportGroup[]): ReportCounts {
  const counts: ReportCounts = { motions: 0, settle: 0, hold: 0, conditional: 0, open: 0 };
  for (const motion of groups.flatMap((group) => group.motions)) {
    counts.motions += 1;
    if (motion.proposal === null) counts.open += 1;
    else counts[motion.proposal] += 1;
  }
  return counts;
}

/** The bureau's standard wording, for a round whose summary or proposal was not written (an import). */
export const STANDARD_PROPOSAL =
  'Het bestuur stelt de leden voor om in te stemmen met de verantwoording van het bestuur over de uitvoering van ' +
  'moties, inclusief de voorstellen om de betreffende moties als afgedaan te beschouwen dan wel aan te houden.';

/** The summary the workspace prefills for a round without one: no numbers, the report states those itself. */
export function describeRound(lastAssembly: MeetingRef | null): string {
  const adopted = lastAssembly
    ? `de moties die zijn aangenomen in de ${formatMeeting(lastAssembly)}`
    : 'de aangenomen moties';
  return (
    `Hierbij legt het bestuur verantwoording af aan de leden over de uitvoering van ${adopted} en over de moties ` +
    'die in eerdere ledenvergaderingen zijn aangehouden. Bij iedere motie is aangegeven of het bestuur voorstelt ' +
    'om de motie af te doen of langer aan te houden.'
  );
}

/** The report states its numbers itself (formatCounts); a summary read back from a report drops that line. */
function withoutCounts(summary: string | null): string {
  return (summary ?? '')
    .split('\n')
    .filter((line) => !/^Deze verantwoording betreft\b/.test(line.trim()))
    .join('\n')
    .trim();
}

/** The summary and proposal the report prints: the round's own, else the bureau's defaults. */
export function reportTexts(
  round: { summary: string | null; proposalText: string | null },
  lastAssembly: MeetingRow | null,
): { summary: string; proposal: string } {
  return {
    summary: withoutCounts(round.summary) || describeRound(toRef(lastAssembly)),
    proposal: round.proposalText?.trim() || STANDARD_PROPOSAL,
  };
}

/** The report of a round: pure, so every format renders the same content in the same order. */
export function buildReportModel(options: BuildReportModelOptions): ReportModel {
  const { round } = options;
  // One grammar, whichever way an entry came in (importer or workspace): the report names every group itself,
  // "Aangehouden moties ALV 26 juni 2024", never by a label an import carried.
  const grouped = groupEntriesForReport({
    entries: options.entries.map((entry) => ({ ...entry, groupLabel: null })),
    lastAssembly: options.lastAssembly,
  });
  const groups: ReportGroup[] = grouped.map((group) => ({
    label: generatedLabel(group),
    section: group.section,
    meeting: toRef(group.meeting),
    motions: group.entries.map(toReportMotion),
  }));
  return {
    roundId: round.id,
    organisation: round.organisation,
    cover: {
      organisation: round.organisation,
      logo: round.logo ?? null,
      meetingTitle: round.meeting.title ?? formatMeeting(round.meeting),
      agendaItem: round.agendaItemNumber
        ? { number: round.agendaItemNumber, title: round.agendaItemTitle ?? null }
        : null,
      letter: round.letter
        ? { subject: round.letter.subject, number: round.letter.number ?? null, date: round.letter.date }
        : null,
      reportDate: round.reportDate ?? round.letter?.date ?? null,
    },
    counts: countProposals(groups),
    vote: round.voteResult ?? null,
    title: round.title,
    agendaItemNumber: round.agendaItemNumber,
    meeting: { kind: round.meeting.kind, date: round.meeting.date },
    lastAssembly: toRef(options.lastAssembly),
    letter: round.letter,
    ...reportTexts(round, options.lastAssembly),
    groups,
  };
}

/** Section headings in the body: "Aangehouden moties eerdere ALV-en", "Aangenomen moties Najaars ALV …". */
export function formatSectionHeading(model: ReportModel, section: ReportSection): string {
  if (section === 'held-over') return 'Aangehouden moties eerdere ALV-en';
  return model.lastAssembly ? `Aangenomen moties ${formatMeeting(model.lastAssembly)}` : 'Aangenomen moties';
}

/** The groups per section, held-over first, for renderers that write section headings. */
export function listSections(
  model: ReportModel,
): { section: ReportSection; heading: string; groups: ReportGroup[] }[] {
  const sections: ReportSection[] = ['held-over', 'adopted'];
  return sections
    .map((section) => ({
      section,
      heading: formatSectionHeading(model, section),
      groups: model.groups.filter((group) => group.section === section),
    }))
    .filter((entry) => entry.groups.length > 0);
}

export function countMotions(model: ReportModel): number {
  return model.groups.reduce((sum, group) => sum + group.motions.length, 0);
}
