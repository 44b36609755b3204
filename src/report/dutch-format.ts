import { formatDutchDate, meetingKind } from '../domain/vocabulary/index.js';
import type { MeetingRef, ReportCounts, ReportCover, ReportMotion } from './model.js';

/** As the bureau writes them: "Najaars ALV 29 november 2024". */
export function formatMeeting(meeting: MeetingRef): string {
  return `${meetingKind.terms[meeting.kind].written} ${formatDutchDate(meeting.date)}`;
}

/** "Almere en Tilburg", "Brummen en anderen", "Zeist, Utrecht en Bunnik". */
export function formatSubmitters(motion: Pick<ReportMotion, 'submitters' | 'andOthers'>): string {
  const names = motion.andOthers ? [...motion.submitters, 'anderen'] : motion.submitters;
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

/**
 * A no-break space keeps the last submitter and the opening quote on one line, so a reader (and
 * the importer) always sees who submitted which title.
 */
const GLUE = '\u00a0';

/** "Motie Almere en Tilburg “Een uitvoerbaar …” (ALV 29 juni 2022)": the Motie en indiener line. */
export function formatMotionReference(motion: ReportMotion): string {
  const meeting = motion.adoptedAt ? ` (${formatMeeting(motion.adoptedAt)})` : '';
  return `Motie ${formatSubmitters(motion)}${GLUE}“${motion.title}”${meeting}`;
}

/**
 * A line of the table of contents. In a group of one meeting the meeting is in the group label
 * ("Zaanstad “…”"); in a mixed group the line names it ("Motie Enschede “…” aangenomen in …").
 */
export function formatContentsLine(motion: ReportMotion, groupHasMeeting: boolean): string {
  if (groupHasMeeting) return `${formatSubmitters(motion)}${GLUE}“${motion.title}”`;
  const adopted = motion.adoptedAt ? ` aangenomen in ${formatMeeting(motion.adoptedAt)}` : '';
  return `Motie ${formatSubmitters(motion)}${GLUE}“${motion.title}”${adopted}`;
}

/** Title of the report with its agenda item number, as on the agenda: "11. Verantwoording …". */
export function formatReportHeading(title: string, agendaItemNumber: string | null): string {
  return agendaItemNumber ? `${agendaItemNumber}. ${title}` : title;
}

/** Field labels of a motion block, as in the bureau's table. */
export const LABELS = {
  topic: 'Onderwerp:',
  motion: 'Motie en indiener:',
  call: 'Inhoud/oproep:',
  callNote: '(samengevat)',
  accountability: 'Verantwoording:',
  proposal: 'Voorstel:',
} as const;

/**
 * "(Bijlage bij ledenbrief “Uitnodiging ALV 18 juni 2025” van 21 mei 2025)", or without a letter
 * "(Bijlage bij de agenda van de ALV 18 juni 2025)": the line that ties the report to its meeting.
 */
export function formatAttachmentLine(
  letter: { subject: string; date: string | null; number?: string | null } | null,
  meeting: MeetingRef,
): string {
  if (!letter) return `(Bijlage bij de agenda van de ${formatMeeting(meeting)})`;
  const date = letter.date ? ` van ${formatDutchDate(letter.date)}` : '';
  const number = letter.number ? `${formatLetterNumber(letter.number)} ` : '';
  return `(Bijlage bij ledenbrief ${number}“${letter.subject}”${date})`;
}

/** "25/015" or "Lbr. 25/015" → "Lbr. 25/015". */
export function formatLetterNumber(number: string): string {
  return /^lbr\b/i.test(number.trim()) ? number.trim() : `Lbr. ${number.trim()}`;
}

const motions = (n: number) => `${n} ${n === 1 ? 'motie' : 'moties'}`;

/**
 * The numbers of the report, computed from its entries: "Deze verantwoording betreft 23 moties: het bestuur
 * stelt voor 13 moties als afgedaan te beschouwen, 9 moties aan te houden en over 1 motie voorwaardelijk te
 * besluiten."
 */
export function formatCounts(counts: ReportCounts): string {
  if (counts.motions === 0) return 'Deze verantwoording betreft (nog) geen moties.';
  const parts = [
    counts.settle ? `${motions(counts.settle)} als afgedaan te beschouwen` : null,
    counts.hold ? `${motions(counts.hold)} aan te houden` : null,
    counts.conditional ? `over ${motions(counts.conditional)} voorwaardelijk te besluiten` : null,
  ].filter((part): part is string => part !== null);
  const proposed =
    parts.length === 0
      ? ''
      : `: het bestuur stelt voor ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`}`;
  const open = counts.open ? ` Bij ${motions(counts.open)} is nog geen voorstel geschreven.` : '';
  return `Deze verantwoording betreft ${motions(counts.motions)}${proposed}.${open}`;
}

/** The facts on the cover, in reading order, as label and value. */
export function formatCoverFacts(cover: ReportCover, meeting: MeetingRef): [string, string][] {
  const facts: [string, string][] = [
    ['Organisatie', cover.organisation],
    ['Vergadering', `${cover.meetingTitle}, ${formatDutchDate(meeting.date)}`],
  ];
  if (cover.agendaItem)
    facts.push([
      'Agendapunt',
      cover.agendaItem.title
        ? `${cover.agendaItem.number}. ${cover.agendaItem.title}`
        : cover.agendaItem.number,
    ]);
  if (cover.letter) {
    const number = cover.letter.number ? `${formatLetterNumber(cover.letter.number)}, ` : '';
    const date = cover.letter.date ? ` van ${formatDutchDate(cover.letter.date)}` : '';
    facts.push(['Ledenbrief', `${number}“${cover.letter.subject}”${date}`]);
  }
  facts.push([
    'Datum rapport',
    cover.reportDate ? formatDutchDate(cover.reportDate) : 'concept, nog niet verzonden',
  ]);
  return facts;
}
