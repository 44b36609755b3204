import { sql } from 'kysely';
import type { SearchDocument } from './types.js';

/** The columns an index row is written with, in the order of `indexRowValues`. */
export const INDEX_COLUMNS = sql`organisation_id, entity_kind, entity_id, title, body, stems, updated_at`;

/** The records' index rows as a `values` list (stems already cleaned), all written at `at`. */
export const indexRowValues = (docs: readonly SearchDocument[], at: string) =>
  sql.join(
    docs.map((d) => sql`(${d.organisationId}, ${d.kind}, ${d.id}, ${d.title}, ${d.body}, ${d.stems}, ${at})`),
  );

/** An insert of index rows replaces the row of a record indexed before (all but its id). */
export const REPLACE_ON_CONFLICT = sql`on conflict (entity_kind, entity_id) do update set
  organisation_id = excluded.organisation_id, title = excluded.title, body = excluded.body,
  stems = excluded.stems, updated_at = excluded.updated_at`;
