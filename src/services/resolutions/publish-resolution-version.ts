import { reindexEntity } from '../../search/index.js';
import {
  getResolutionVersion,
  publishResolutionVersion as publishVersion,
  type ResolutionVersionRecord,
  updateResolution,
} from '../../store/repositories/resolutions.js';
import { inTransaction } from '../../store/transaction.js';
import { missing } from '../errors.js';
import type { UseCase } from '../types.js';
import { loadResolution } from './draft-resolution.js';

/** Publishes a version: from then on it is immutable; a concept resolution becomes published. */
export async function publishResolutionVersion(
  options: UseCase & { resolutionId: string; versionId: string },
): Promise<ResolutionVersionRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    const resolution = await loadResolution(trx, writer.organisationId, options.resolutionId);
    const version = await getResolutionVersion(trx, writer.organisationId, options.versionId);
    if (!version || version.resolutionId !== resolution.id)
      throw missing('Resolutieversie', options.versionId);
    const published = await publishVersion(trx, writer, version.id);
    if (resolution.status === 'draft')
      await updateResolution(trx, writer, resolution.id, { status: 'published' });
    await reindexEntity(trx, writer.organisationId, 'resolution', resolution.id);
    return published;
  });
}
