import { reindexEntity } from '../../search/index.js';
import {
  createResolution,
  getResolution,
  type ResolutionChanges,
  type ResolutionRecord,
  updateResolution,
} from '../../store/repositories/resolutions.js';
import { inTransaction } from '../../store/transaction.js';
import { locked, missing } from '../errors.js';
import { assertMeeting } from '../motions/draft-motion.js';
import type { UseCase } from '../types.js';

/** Registers a resolution of the board (its text comes as versions). */
export async function draftResolution(
  options: UseCase & { title: string; meetingId?: string | null; agendaItemId?: string | null },
): Promise<ResolutionRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    await assertMeeting(trx, writer.organisationId, options.meetingId);
    const created = await createResolution(trx, writer, {
      title: options.title,
      meetingId: options.meetingId ?? null,
      agendaItemId: options.agendaItemId ?? null,
      status: 'draft',
    });
    await reindexEntity(trx, writer.organisationId, 'resolution', created.id);
    return created;
  });
}

/** Title, meeting and agenda item, until the assembly has decided. */
export async function editResolution(
  options: UseCase & {
    resolutionId: string;
    changes: Pick<ResolutionChanges, 'title' | 'meetingId' | 'agendaItemId'>;
  },
): Promise<ResolutionRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    const resolution = await loadResolution(trx, writer.organisationId, options.resolutionId);
    if (resolution.status !== 'draft' && resolution.status !== 'published')
      throw locked('resolution_decided', 'Over deze resolutie is besloten; zij wijzigt niet meer.');
    await assertMeeting(trx, writer.organisationId, options.changes.meetingId);
    const updated = await updateResolution(trx, writer, resolution.id, options.changes);
    await reindexEntity(trx, writer.organisationId, 'resolution', resolution.id);
    return updated;
  });
}

export async function loadResolution(db: UseCase['db'], organisationId: string, id: string) {
  const resolution = await getResolution(db, organisationId, id);
  if (!resolution) throw missing('Resolutie', id);
  return resolution;
}
