import type { AppContext } from '../../app-context.js';
import { toCsv } from '../../report/csv.js';
import { listMotions, type MotionFilter, type MotionSort } from '../../store/repositories/motions.js';
import { motionStatus } from '../http/vocabulary.js';

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
const BATCH = 1000;

/** Every motion matching the filter as CSV (RFC 4180, formulas defused, UTF-8 with BOM for spreadsheets). */
export async function motionsCsv(
  ctx: AppContext,
  filter: MotionFilter | null,
  sort: MotionSort,
): Promise<string> {
  const rows: string[][] = [HEADER];
  for (let offset = 0; filter; offset += BATCH) {
    const page = await listMotions(ctx.db, ctx.organisation.id, filter, { limit: BATCH, offset }, sort);
    for (const m of page.items) {
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
    if (offset + BATCH >= page.total) break;
  }
  return toCsv(rows);
}
