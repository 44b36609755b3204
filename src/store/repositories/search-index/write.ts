import { sql } from 'kysely';
import { nowIso } from '../../clock.js';
import type { Executor } from '../../database.js';
import { isPostgres } from '../../engine.js';
import * as pg from './postgres.js';
import * as sqlite from './sqlite.js';
import { cleanStems, type SearchDocument, type SearchKind } from './types.js';

/** Inserts or replaces the index row of one record. Call it inside the transaction that changed the record. */
export async function upsertSearchDocument(db: Executor, doc: SearchDocument): Promise<void> {
  const stems = cleanStems(doc.stems);
  const at = nowIso();
  if (isPostgres(db)) await pg.upsertRows(db, [{ ...doc, stems }], at);
  else await sqlite.upsertOne(db, doc, stems, at);
}

/**
 * Upserts many rows at once (a rebuild, an import's batch): a few statements per 500 rows instead of one or three
 * per row. `terms`, when the caller has it, is the set of the distinct tokens of the rows' stems (the analysis
 * collects it as it goes): SQLite's vocabulary (search_terms) is then written from it, else from the stems.
 */
export async function upsertSearchDocuments(
  db: Executor,
  docs: SearchDocument[],
  terms?: ReadonlySet<string>,
): Promise<void> {
  const at = nowIso();
  const postgres = isPostgres(db);
  const written: string[] = [];
  for (let i = 0; i < docs.length; i += 500) {
    const chunk = docs.slice(i, i + 500).map((d) => ({ ...d, stems: cleanStems(d.stems) }));
    if (postgres) {
      await pg.upsertRows(db, chunk, at);
      continue;
    }
    await sqlite.upsertRows(db, chunk, at);
    if (!terms) for (const d of chunk) written.push(d.stems);
  }
  // The vocabulary once for all the rows.
  if (!postgres && docs.length > 0) await sqlite.rememberTerms(db, terms ?? sqlite.termsOf(written));
}

/** Removes one record from the index (no error when it was not indexed). */
export async function deleteSearchDocument(db: Executor, kind: SearchKind, id: string): Promise<void> {
  if (isPostgres(db)) await pg.deletePostings(db, sql`d.entity_kind = ${kind} and d.entity_id = ${id}`);
  else await sqlite.deleteFtsOfDocument(db, kind, id);
  await sql`delete from search_documents where entity_kind = ${kind} and entity_id = ${id}`.execute(db);
}

/** Empties the index of one organisation (before a rebuild). */
export async function deleteOrganisationSearchDocuments(db: Executor, organisationId: string): Promise<void> {
  if (isPostgres(db)) await pg.deleteOrganisationPostings(db, organisationId);
  else await sqlite.deleteFtsOfOrganisation(db, organisationId);
  await sql`delete from search_documents where organisation_id = ${organisationId}`.execute(db);
}

/**
 * After a rebuild the planner needs fresh statistics, and on PostgreSQL the GIN index's pending list (where a
 * bulk load's entries wait for autovacuum) merged: until then the planner counts the pending pages and reads the
 * whole table for a rare word instead (test/scale/query-plans.test.ts). The postings are vacuumed too: a rebuild
 * writes millions of them, and until their pages are marked all-visible every posting a query reads is also a
 * heap fetch (docs/adr/032). Outside a transaction only (VACUUM cannot run in one).
 */
export async function refreshSearchStatistics(db: Executor): Promise<void> {
  if (isPostgres(db)) await sql`select gin_clean_pending_list('search_documents_tsv'::regclass)`.execute(db);
  await sql`analyze search_documents`.execute(db);
  if (isPostgres(db)) await vacuumPostings(db);
}

/** How often the postings are vacuumed until their pages are all-visible, and the first pause between tries. */
export const POSTINGS_VACUUM_TRIES = 6;
const POSTINGS_VACUUM_PAUSE_MS = 200;

/**
 * VACUUM marks a page all-visible only when no transaction still running may need an older view of it: a
 * snapshot taken during the rebuild (an autovacuum's analyze of the freshly loaded tables, a long report) leaves
 * every new page unmarked, and every query then fetches each posting from the heap (a two-word search at
 * 100,000 motions: 13 ms instead of 3.4). So the vacuum is tried again, with growing pauses (about 4 s in all),
 * until at least nine pages in ten are marked; after that autovacuum catches up later.
 */
async function vacuumPostings(db: Executor): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await (attempt === 1 ? sql`vacuum (analyze) search_postings` : sql`vacuum search_postings`).execute(db);
    const { rows } = await sql<{ visible: number; pages: number }>`
      select relallvisible as visible, relpages as pages from pg_class
      where oid = 'search_postings'::regclass`.execute(db);
    const { visible, pages } = rows[0];
    if (Number(visible) >= 0.9 * Number(pages) || attempt === POSTINGS_VACUUM_TRIES) return;
    await new Promise((resolve) => setTimeout(resolve, POSTINGS_VACUUM_PAUSE_MS * attempt));
  }
}
