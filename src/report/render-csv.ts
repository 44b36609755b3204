import { stringify } from 'csv-stringify/sync';
import { formatProposal, proposal } from '../domain/vocabulary/index.js';
import { listSections } from './build-report-model.js';
import { formatMeeting, formatSubmitters } from './dutch-format.js';
import type { ReportModel } from './model.js';

const HEADER = [
  'Nr',
  'Onderdeel',
  'Groep',
  'Onderwerp',
  'Indieners',
  'En anderen',
  'Titel',
  'Aangenomen in',
  'Datum aangenomen',
  'Inhoud/oproep (samengevat)',
  'Verantwoording',
  'Voorstel',
  'Voorstel (kort)',
  'Motie-id',
];

/** A cell a spreadsheet would run as a formula ("- Zich te …", "=…") gets a leading quote (CSV injection). */
const defuse = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * The round as one row per motion, in report order. Semicolons and a byte-order mark, so Excel
 * with Dutch settings opens it in columns with the accents intact; texts keep their line breaks.
 */
export function renderReportCsv(model: ReportModel): string {
  const rows: string[][] = [];
  for (const section of listSections(model)) {
    for (const group of section.groups) {
      for (const motion of group.motions) {
        rows.push([
          String(rows.length + 1),
          section.heading,
          group.label,
          motion.topic ?? '',
          formatSubmitters({ submitters: motion.submitters, andOthers: false }),
          motion.andOthers ? 'ja' : 'nee',
          motion.title,
          motion.adoptedAt ? formatMeeting(motion.adoptedAt) : '',
          motion.adoptedAt?.date ?? '',
          motion.call ?? '',
          motion.accountability ?? '',
          formatProposal(motion),
          motion.proposal === null ? '' : proposal.toApi(motion.proposal),
          motion.motionId,
        ]);
      }
    }
  }
  const safe = rows.map((row) => row.map(defuse));
  return `\ufeff${stringify([HEADER, ...safe], { delimiter: ';', record_delimiter: '\r\n' })}`;
}
