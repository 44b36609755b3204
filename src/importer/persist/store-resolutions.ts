import { formatPercentage } from '../../domain/percentage.js';
import type { Executor } from '../../store/database.js';
import {
  createResolution,
  createResolutionVersion,
  listResolutions,
  listResolutionVersions,
  updateResolution,
} from '../../store/repositories/resolutions.js';
import type { ClauseRecord, ResolutionRecord } from '../types.js';
import type { ImportContext } from './import-context.js';
import { agendaItemFor, keepMeetingPlace } from './meeting-details.js';
import { SAME_TITLE_THRESHOLD, titleSimilarity } from './motion-match.js';
import { clauseRow } from './store-motion.js';

const clauseRows = (section: string, clauses: ClauseRecord[]) =>
  clauses.map((clause) => clauseRow(section, clause));

async function findResolution(db: Executor, organisationId: string, title: string, meetingId: string | null) {
  const { items } = await listResolutions(db, organisationId, meetingId ? { meetingId } : {}, {
    limit: 500,
    offset: 0,
  });
  return items.find((item) => titleSimilarity(item.title, title) >= SAME_TITLE_THRESHOLD) ?? null;
}

/**
 * Resolutions: the same resolution (same meeting, near-identical title) gets a new version when its
 * text differs from every version so far; otherwise the resolution and its first version are created.
 */
export async function storeResolutions(
  ic: ImportContext,
  resolutions: ResolutionRecord[],
  options: { agendaItem?: unknown } = {},
): Promise<void> {
  const number = typeof options.agendaItem === 'string' ? options.agendaItem : null;
  for (const record of resolutions) {
    const meetingId = await ic.meetingId(record.meeting);
    if (meetingId) await keepMeetingPlace(ic, meetingId, record.meeting?.place);
    const agendaItemId =
      meetingId && resolutions.length === 1
        ? await agendaItemFor(ic, meetingId, { number, title: record.title })
        : null;
    const org = ic.writer.organisationId;
    let resolution = await findResolution(ic.trx, org, record.title, meetingId);
    resolution ??= await createResolution(ic.trx, ic.writer, {
      title: record.title,
      meetingId,
      agendaItemId,
      status: 'draft',
    });
    if (resolution.agendaItemId === null && agendaItemId)
      resolution = await updateResolution(ic.trx, ic.writer, resolution.id, { agendaItemId });
    const clauses = [
      ...clauseRows('preamble', record.preamble),
      ...clauseRows('operative', record.operative),
    ];
    const versions = await listResolutionVersions(ic.trx, org, resolution.id);
    const text = JSON.stringify(clauses.map((clause) => clause.text));
    const known = versions.some((version) => JSON.stringify(version.clauses.map((c) => c.text)) === text);
    if (!known) {
      await createResolutionVersion(ic.trx, ic.writer, {
        resolutionId: resolution.id,
        label: record.version ?? 'concept',
        explanation: record.explanation ?? null,
        introduction: record.introduction ?? null,
        clauses,
      });
      ic.count(versions.length === 0 ? 'resolutionsCreated' : 'resolutionVersionsAdded');
    } else ic.count('resolutionsMatched');
    if (record.result && resolution.voteResult === null) {
      const voteResult =
        record.percentage === null
          ? record.result
          : `${record.result} met ${formatPercentage(record.percentage)}`;
      await updateResolution(ic.trx, ic.writer, resolution.id, {
        voteResult,
        votePercentage: record.percentage,
      });
    }
    ic.trace('resolution', resolution.id, record.source);
    ic.track('resolution', resolution.id);
  }
}
