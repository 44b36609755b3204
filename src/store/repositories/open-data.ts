import { camelize } from '../camelize.js';
import type { Executor } from '../database.js';
import type { CouncilPersonRecord } from './council.js';

/** The people of a council (members, aldermen, mayor), by name: the persons of the open data export. */
export async function listPeopleForExport(
  db: Executor,
  organisationId: string,
): Promise<CouncilPersonRecord[]> {
  const rows = await db
    .selectFrom('council_people')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(camelize);
}
