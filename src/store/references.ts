import type { Kysely } from 'kysely';
import { chunks, IDS_PER_QUERY } from './batches.js';
import type { Executor } from './database.js';
import { UnknownReferenceError } from './errors.js';
import type { TableName } from './schema.js';

/**
 * The columns that point at another record, per table. A write that names a record that does not exist, or
 * belongs to another organisation, is refused before it reaches the database's foreign keys (which would
 * answer an anonymous constraint error, and do not know organisations at all). Agreements keep their source
 * without a foreign key, so only this check guards them.
 */
const REFERENCES: Partial<Record<TableName, Record<string, TableName>>> = {
  agenda_items: { meeting_id: 'meetings' },
  motions: { meeting_id: 'meetings', agenda_item_id: 'agenda_items' },
  motion_submitters: { member_id: 'members' },
  resolutions: { meeting_id: 'meetings', agenda_item_id: 'agenda_items' },
  clauses: { condition_agreement_id: 'agreements' },
  agreements: {
    consultation_id: 'consultations',
    letter_id: 'letters',
    resolution_id: 'resolutions',
    meeting_id: 'meetings',
  },
  factions: { split_from_id: 'factions' },
  faction_memberships: { person_id: 'council_people', faction_id: 'factions' },
  council_attendance: { meeting_id: 'meetings', person_id: 'council_people' },
  council_ballots: { vote_id: 'votes', person_id: 'council_people', faction_id: 'factions' },
  commitment_rounds: { meeting_id: 'meetings' },
  commitment_round_entries: { round_id: 'commitment_rounds', agreement_id: 'agreements' },
  letter_attachments: { document_id: 'documents' },
  accountability_rounds: { meeting_id: 'meetings', letter_id: 'letters', agenda_item_id: 'agenda_items' },
  registrations: { meeting_id: 'meetings', member_id: 'members' },
  votes: {
    meeting_id: 'meetings',
    agenda_item_id: 'agenda_items',
    motion_id: 'motions',
    motion_part_id: 'motion_parts',
    resolution_id: 'resolutions',
  },
  ballots: { member_id: 'members' },
  users: { member_id: 'members' },
  remote_votes: { id: 'votes', ratification_meeting_id: 'meetings' },
  motion_invitations: { motion_id: 'motions', member_id: 'members', invited_by_member_id: 'members' },
};

// biome-ignore lint/suspicious/noExplicitAny: looked up by table name from the map above
type Loose = Kysely<any>;

/** Per transaction (withKnownReferences): the records found in an organisation, `table:organisation:id`. */
const knownIn = new WeakMap<object, Set<string>>();

/**
 * Runs `work` with the references checked in `trx` remembered, so a record many writes point at (the meeting of a
 * document's motions) is looked up once. Only for writers that delete nothing they refer to (the importer);
 * after a rollback to a savepoint call `forgetKnownReferences`.
 */
export async function withKnownReferences<T>(trx: Executor, work: () => Promise<T>): Promise<T> {
  if (!trx.isTransaction) throw new Error('withKnownReferences needs a transaction');
  if (knownIn.has(trx)) return work();
  knownIn.set(trx, new Set());
  try {
    return await work();
  } finally {
    knownIn.delete(trx);
  }
}

/** Forgets the references remembered in `trx` (writes were rolled back: a record found may be gone). */
export function forgetKnownReferences(trx: Executor): void {
  knownIn.get(trx)?.clear();
}

/**
 * Within withKnownReferences: remembers records of `table` that this transaction has just written or read, so a
 * later write pointing at them is not checked again (the importer's new meetings, its members). No-op elsewhere.
 */
export function rememberReferences(
  db: Executor,
  table: TableName,
  organisationId: string,
  ids: Iterable<string>,
): void {
  const remembered = knownIn.get(db);
  if (!remembered) return;
  for (const id of ids) remembered.add(`${table}:${organisationId}:${id}`);
}

/** Within withKnownReferences: whether the record is known to exist in the organisation (see above). */
export function isKnownReference(
  db: Executor,
  table: TableName,
  organisationId: string,
  id: string,
): boolean {
  return knownIn.get(db)?.has(`${table}:${organisationId}:${id}`) === true;
}

/** Throws UnknownReferenceError for the first referencing column whose record is not in the organisation. */
export async function assertReferences(
  db: Executor,
  table: TableName,
  organisationId: string,
  values: Record<string, unknown> | Record<string, unknown>[],
): Promise<void> {
  const columns = REFERENCES[table];
  if (!columns) return;
  const rows = Array.isArray(values) ? values : [values];
  const remembered = knownIn.get(db);
  for (const [column, target] of Object.entries(columns)) {
    const all = [...new Set(rows.map((r) => r[column]).filter((v): v is string => typeof v === 'string'))];
    const key = (id: string) => `${target}:${organisationId}:${id}`;
    const ids = remembered ? all.filter((id) => !remembered.has(key(id))) : all;
    if (ids.length === 0) continue;
    const known = new Set<string>();
    for (const slice of chunks(ids, IDS_PER_QUERY)) {
      const found = await (db as unknown as Loose)
        .selectFrom(target)
        .select('id')
        .where('organisation_id', '=', organisationId)
        .where('id', 'in', slice)
        .execute();
      for (const r of found as { id: string }[]) known.add(r.id);
    }
    const missing = ids.find((id) => !known.has(id));
    if (missing !== undefined) throw new UnknownReferenceError(table, column, missing);
    if (remembered) for (const id of ids) remembered.add(key(id));
  }
}
