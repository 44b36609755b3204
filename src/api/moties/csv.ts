import { motionStatus } from '../../domain/vocabulary/index.js';
import { toCsv } from '../../report/csv.js';
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
/** The motions as CSV (RFC 4180, formulas defused in every cell, UTF-8 with BOM for spreadsheets). */
export async function motionsCsv(motions: AsyncIterable<MotionWithSubmitters>): Promise<string> {
  const rows: string[][] = [HEADER];
  for await (const m of motions) {
    rows.push([
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
    ]);
  }
  return toCsv(rows);
}
