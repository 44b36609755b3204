import { formatDutchDate, meetingKind } from '../domain/vocabulary/index.js';
import type { MeetingRef, ReportMotion } from './model.js';

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
  letter: { subject: string; date: string | null } | null,
  meeting: MeetingRef,
): string {
  if (!letter) return `(Bijlage bij de agenda van de ${formatMeeting(meeting)})`;
  const date = letter.date ? ` van ${formatDutchDate(letter.date)}` : '';
  return `(Bijlage bij ledenbrief “${letter.subject}”${date})`;
}
