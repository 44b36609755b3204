import { sql } from 'kysely';
import type { SearchDocument } from './types.js';

/** The columns an index row is written with, in the order of `indexRowValues`. */
export const INDEX_COLUMN_LIST = 'organisation_id, entity_kind, entity_id, title, body, stems, updated_at';
export const INDEX_COLUMNS = sql.raw(INDEX_COLUMN_LIST);

/** The records' index rows as a `values` list (stems already cleaned), all written at `at`. */
export const indexRowValues = (docs: readonly SearchDocument[], at: string) =>
  sql.join(
    docs.map((d) => sql`(${d.organisationId}, ${d.kind}, ${d.id}, ${d.title}, ${d.body}, ${d.stems}, ${at})`),
  );

/** The parameters of `docs`' index rows, in the order of INDEX_COLUMN_LIST, row after row. */
export function indexRowParameters(docs: readonly SearchDocument[], at: string): unknown[] {
  const parameters: unknown[] = [];
  for (const d of docs) parameters.push(d.organisationId, d.kind, d.id, d.title, d.body, d.stems, at);
  return parameters;
}

/** An insert of index rows replaces the row of a record indexed before (all but its id). */
export const REPLACE_ON_CONFLICT_TEXT = `on conflict (entity_kind, entity_id) do update set
  organisation_id = excluded.organisation_id, title = excluded.title, body = excluded.body,
  stems = excluded.stems, updated_at = excluded.updated_at`;
export const REPLACE_ON_CONFLICT = sql.raw(REPLACE_ON_CONFLICT_TEXT);
