import { reindexAll } from '../../search/index.js';
import type { Db } from '../../store/database.js';
import { listOrganisations } from '../../store/repositories/organisations.js';

/** The search index is derived data: after a copy or restore it is rebuilt rather than copied. */
export async function rebuildSearchIndexes(db: Db): Promise<void> {
  for (const organisation of await listOrganisations(db)) await reindexAll(db, organisation.id);
}
