import type { MeetingRef, ReportMotion, ReportProposal } from './model.js';

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** As the bureau writes them: "Najaars ALV 29 november 2024". */
const MEETING_KINDS: Record<string, string> = {
  alv: 'ALV',
  'najaars-alv': 'Najaars ALV',
  'extra-alv': 'Extra ALV',
  balv: 'BALV',
  ledenbijeenkomst: 'Ledenbijeenkomst',
};

/** "2024-11-29" → "29 november 2024"; anything else is returned as given. */
export function formatDutchDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** "2025-06-18T09:30:00.000Z" → "18 juni 2025 09:30" (UTC), for history sheets. */
export function formatDutchTimestamp(iso: string): string {
  const time = /T(\d{2}:\d{2})/.exec(iso)?.[1];
  return time && time !== '00:00' ? `${formatDutchDate(iso)} ${time}` : formatDutchDate(iso);
}

export function formatMeeting(meeting: MeetingRef): string {
  const kind = MEETING_KINDS[meeting.kind] ?? meeting.kind;
  return `${kind} ${formatDutchDate(meeting.date)}`;
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

const PROPOSALS: Record<Exclude<ReportProposal, 'conditional'>, string> = {
  hold: 'Aanhouden',
  settle: 'Als afgedaan te beschouwen',
};

/** The text after "Voorstel:". A conditional proposal is shown in its own words. */
export function formatProposal(motion: Pick<ReportMotion, 'proposal' | 'condition'>): string {
  if (motion.proposal === null) return 'Nog geen voorstel';
  if (motion.proposal === 'conditional')
    return motion.condition?.trim() || 'Voorwaardelijk (zie verantwoording)';
  return PROPOSALS[motion.proposal];
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
