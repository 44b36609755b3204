import type { ClauseSection } from '../../domain/types.js';
import type { Executor } from '../../store/database.js';
import {
  createResolution,
  createResolutionVersion,
  listResolutions,
  listResolutionVersions,
  updateResolution,
} from '../../store/repositories/resolutions.js';
import type { ClauseRecord, ResolutionRecord } from '../types.js';
import { wordImportedResult } from '../vote-results.js';
import type { ImportContext } from './import-context.js';
import { SAME_TITLE_THRESHOLD, titleSimilarity } from './motion-match.js';

const clauseRows = (section: ClauseSection, clauses: ClauseRecord[]) =>
  clauses.map((clause) => ({ section, kind: clause.kind, text: clause.text }));

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
export async function storeResolutions(ic: ImportContext, resolutions: ResolutionRecord[]): Promise<void> {
  for (const record of resolutions) {
    const meetingId = await ic.meetingId(record.meeting);
    const org = ic.writer.organisationId;
    const resolution =
      (await findResolution(ic.trx, org, record.title, meetingId)) ??
      (await createResolution(ic.trx, ic.writer, { title: record.title, meetingId, status: 'draft' }));
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
        clauses,
      });
      ic.count(versions.length === 0 ? 'resolutionsCreated' : 'resolutionVersionsAdded');
    } else ic.count('resolutionsMatched');
    if (record.result && resolution.voteResult === null) {
      const byAcclamation = record.byAcclamation === true;
      await updateResolution(ic.trx, ic.writer, resolution.id, {
        voteResult: wordImportedResult(record.result, record.percentage, byAcclamation),
        votePercentage: record.percentage,
        byAcclamation,
      });
    }
    ic.trace('resolution', resolution.id, record.source);
    ic.track('resolution', resolution.id);
  }
}
