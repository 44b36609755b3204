import type { ResolutionVersionLabel } from '../../domain/types.js';
import { reindexEntity } from '../../search/index.js';
import {
  addClause,
  type ClauseRecord,
  createResolutionVersion,
  getResolutionVersion,
  linkClauseCondition,
  type NewClause,
  type ResolutionVersionRecord,
  updateClause,
} from '../../store/repositories/resolutions.js';
import { inTransaction } from '../../store/transaction.js';
import { missing } from '../errors.js';
import type { UseCase } from '../types.js';
import { loadResolution } from './draft-resolution.js';

/** A new version (concept, geactualiseerd, vastgesteld) with its clauses; it supersedes the previous one. */
export async function draftResolutionVersion(
  options: UseCase & {
    resolutionId: string;
    label: ResolutionVersionLabel;
    explanation?: string | null;
    clauses: NewClause[];
  },
): Promise<ResolutionVersionRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    const resolution = await loadResolution(trx, writer.organisationId, options.resolutionId);
    const version = await createResolutionVersion(trx, writer, {
      resolutionId: resolution.id,
      label: options.label,
      explanation: options.explanation ?? null,
      clauses: options.clauses,
    });
    await reindexEntity(trx, writer.organisationId, 'resolution', resolution.id);
    return version;
  });
}

async function versionOf(db: UseCase['db'], org: string, resolutionId: string, versionId: string) {
  const version = await getResolutionVersion(db, org, versionId);
  if (!version || version.resolutionId !== resolutionId) throw missing('Resolutieversie', versionId);
  return version;
}

/** Adds a clause to a version that is not yet published (published text never changes). */
export async function addResolutionClause(
  options: UseCase & { resolutionId: string; versionId: string; clause: NewClause },
): Promise<ClauseRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    const version = await versionOf(trx, writer.organisationId, options.resolutionId, options.versionId);
    return addClause(trx, writer, version.id, options.clause);
  });
}

/**
 * Changes a clause of an unpublished version; the link to the agreement it depends on ("als het kabinet
 * … niet nakomt") may be set at any time, being tracking rather than text.
 */
export async function editResolutionClause(
  options: UseCase & {
    resolutionId: string;
    versionId: string;
    clauseId: string;
    changes: Partial<Pick<NewClause, 'section' | 'kind' | 'text' | 'number'>>;
    conditionAgreementId?: string | null;
  },
): Promise<ClauseRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    const version = await versionOf(trx, writer.organisationId, options.resolutionId, options.versionId);
    if (!version.clauses.some((c) => c.id === options.clauseId))
      throw missing('Overweging', options.clauseId);
    let clause: ClauseRecord | undefined;
    if (Object.keys(options.changes).length > 0)
      clause = await updateClause(trx, writer, options.clauseId, options.changes);
    if (options.conditionAgreementId !== undefined)
      clause = await linkClauseCondition(trx, writer, options.clauseId, options.conditionAgreementId);
    return clause ?? version.clauses.find((c) => c.id === options.clauseId)!;
  });
}
