import type { Executor } from './database.js';
import type { TableName } from './schema.js';

/** The record counts `motiemonitor stats` reports, keyed as in the issue. */
export const STAT_TABLES = {
  organisations: 'organisations',
  members: 'members',
  meetings: 'meetings',
  motions: 'motions',
  resolutions: 'resolutions',
  accountabilityEntries: 'accountability_entries',
  agreements: 'agreements',
  letters: 'letters',
  documents: 'documents',
  polls: 'polls',
  votes: 'votes',
  users: 'users',
  auditEvents: 'audit_events',
} as const satisfies Record<string, TableName>;

export type RecordCounts = Record<keyof typeof STAT_TABLES, number>;

export async function countTable(db: Executor, table: TableName): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Number of records per kind in the whole database (all organisations). */
export async function countRecords(db: Executor): Promise<RecordCounts> {
  const out = {} as RecordCounts;
  for (const [key, table] of Object.entries(STAT_TABLES) as [keyof RecordCounts, TableName][]) {
    out[key] = await countTable(db, table);
  }
  return out;
}

/** True when nothing but organisations and members exists yet: `start` then loads the demo data. */
export async function hasNoRecords(db: Executor): Promise<boolean> {
  for (const table of ['meetings', 'motions', 'resolutions', 'letters', 'agreements', 'documents'] as const) {
    if ((await countTable(db, table)) > 0) return false;
  }
  return true;
}
