import { stringify } from 'csv-stringify/sync';
import { motionStatus } from '../../domain/vocabulary/index.js';
import type { MotionWithSubmitters } from '../../store/repositories/motions.js';

const HEADER = [
  'id',
  'nummer',
  'titel',
  'indieners',
  'en_anderen',
  'onderwerp',
  'oproep',
  'status',
  'vergadering',
  'ingediend_op',
  'besluit_op',
  'stemuitslag',
  'percentage',
  'bij_acclamatie',
];
/** A cell that a spreadsheet would run as a formula is prefixed with a quote (CSV injection). */
const defuse = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** The motions as CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read it right). */
export async function motionsCsv(motions: AsyncIterable<MotionWithSubmitters>): Promise<string> {
  const rows: unknown[][] = [HEADER];
  for await (const m of motions) {
    rows.push(
      [
        m.id,
        m.number ?? '',
        m.title,
        m.submitters.map((s) => s.name).join('; '),
        m.andOthers ? 'ja' : 'nee',
        m.topic ?? '',
        m.call ?? '',
        motionStatus.toApi(m.status),
        m.meetingId ?? '',
        m.submittedAt ?? '',
        m.decidedAt ?? '',
        m.voteResult ?? '',
        m.votePercentage === null ? '' : String(m.votePercentage),
        m.byAcclamation ? 'ja' : 'nee',
      ].map(defuse),
    );
  }
  return `\uFEFF${stringify(rows, { record_delimiter: '\r\n' })}`;
}
