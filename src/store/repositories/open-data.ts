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

/** The date of the organisation's latest meeting held: a council's pages count overdue days up to it. */
export async function latestHeldMeetingDate(db: Executor, organisationId: string): Promise<string | null> {
  const row = await db
    .selectFrom('meetings')
    .select((eb) => eb.fn.max('date').as('date'))
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'held')
    .executeTakeFirst();
  return (row?.date as string | null | undefined) ?? null;
}
