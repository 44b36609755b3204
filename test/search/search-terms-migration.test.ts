import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { migrations } from '../../src/store/migrations/index.js';
import {
  countSearchDocuments,
  querySearchDocuments,
  type SearchTerm,
} from '../../src/store/repositories/search-index.js';
import { ENGINES, freshDatabaseUrl } from '../support/engines.js';
import { insertEarlyOrganisation } from '../support/search-setup.js';

/**
 * A database whose text index was written before `2026-12-01T0200_search-terms` gets the vocabulary of those
 * rows from the migration (SQLite: filled from the FTS index; PostgreSQL has none to fill), so a prefix finds
 * the records indexed before it on both engines, and later writes add their tokens.
 */
const BEFORE = '2026-11-30T1300_meeting-motion-order';
const prefix = (word: string): SearchTerm => ({ alternatives: [word], prefix: true });

describe.each(ENGINES)('the search-terms migration on %s', (engine) => {
  let db: Awaited<ReturnType<typeof openDatabase>>;
  let drop: () => Promise<void>;
  let orgId: string;

  beforeAll(async () => {
    const fresh = await freshDatabaseUrl(engine);
    drop = fresh.drop;
    db = await openDatabase(fresh.url);
    const migrator = new Migrator({ db: db.db, provider: { getMigrations: async () => migrations } });
    const before = await migrator.migrateTo(BEFORE);
    expect(before.error).toBeUndefined();
    orgId = await insertEarlyOrganisation(db.db, 'migratie', 'Vereniging voor de migratie');
    // Index rows as the code before the migration wrote them: search_documents, and on SQLite the FTS row.
    const rows = [
      ['m1', 'jeugdzorgkost regio'],
      ['m2', 'jeugdzorgbudget gemeent'],
      ['m3', 'woningbouw versnell'],
    ];
    for (const [id, stems] of rows) {
      const inserted = await sql<{ id: number }>`
        insert into search_documents (organisation_id, entity_kind, entity_id, title, body, stems, updated_at)
        values (${orgId}, 'motion', ${id}, ${id}, ${stems}, ${stems}, '2026-11-30T12:00:00.000Z')
        returning id`.execute(db.db);
      if (engine === 'sqlite')
        await sql`insert into search_fts (rowid, stems) values (${inserted.rows[0].id}, ${stems})`.execute(
          db.db,
        );
    }
    await migrateToLatest(db.db);
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('fills the vocabulary from the rows indexed before it (SQLite)', async () => {
    if (engine !== 'sqlite') {
      const table = await sql<{
        name: string | null;
      }>`select to_regclass('search_terms')::text as name`.execute(db.db);
      expect(table.rows[0].name).toBeNull();
      return;
    }
    const terms = await sql<{ term: string }>`select term from search_terms order by term`.execute(db.db);
    expect(terms.rows.map((r) => r.term)).toEqual([
      'gemeent',
      'jeugdzorgbudget',
      'jeugdzorgkost',
      'regio',
      'versnell',
      'woningbouw',
    ]);
  });

  it('finds the records indexed before the migration by a prefix', async () => {
    const found = await querySearchDocuments(db.db, orgId, [prefix('jeugdzorg')], {
      kinds: ['motion'],
      limit: -1,
      offset: 0,
    });
    expect(found.rows.map((r) => r.id).sort()).toEqual(['m1', 'm2']);
    expect(found.total).toBe(2);
    expect(await countSearchDocuments(db.db, orgId, [prefix('woning')])).toEqual({
      total: 1,
      totalIsLowerBound: false,
    });
    expect((await countSearchDocuments(db.db, orgId, [prefix('onbekend')])).total).toBe(0);
  });
});
