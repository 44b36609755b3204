import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOTION_STATUSES } from '../../src/domain/motion-lifecycle.js';
import { reindexAll, searchIds } from '../../src/search/index.js';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { type BulkMotion, bulkInsertMotions } from '../../src/store/bulk.js';
import { listDocumentsDrawnFromDrafts } from '../../src/store/repositories/document-subjects.js';
import {
  addProvenance,
  createDocument,
  listProvenanceForDocument,
} from '../../src/store/repositories/documents.js';
import { createOrganisation } from '../../src/store/repositories/organisations.js';
import { inTransaction } from '../../src/store/transaction.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';
import { fullScans, plansOf } from '../support/query-plans.js';

/**
 * Source documents are read by document (ADR 010): a document's provenance for its page, and whether a document
 * is drawn from a concept (then the public does not see it, in lists or search). Both must come from the
 * provenance index by document: a scan of the whole table per document made the search page take minutes at
 * 1,000,000 motions (bench/scale.bench.ts).
 */
const DOCUMENTS = 1_200;
const PER_DOCUMENT = 10;
const WORD = 'besluitenlijst';

describe.each(ENGINES)('query plans of source documents on %s', (engine) => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  let organisationId: string;
  const documentIds: string[] = [];
  const draftSourced = new Set<string>();

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    const org = await createOrganisation(t.db, {
      name: 'Bronvereniging',
      slug: 'bronnen',
      settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
      actor: SYSTEM_ACTOR,
    });
    organisationId = org.id;
    const ctx = { organisationId, actor: SYSTEM_ACTOR };
    const motions: BulkMotion[] = Array.from({ length: DOCUMENTS * PER_DOCUMENT }, (_, i) => ({
      number: `M${i}`,
      title: `Motie ${i}`,
      call: 'verzoekt het bestuur te versnellen',
      // One concept in every 211 motions: some documents are drawn from a concept, most are not.
      status: i % 211 === 0 ? 'draft' : MOTION_STATUSES.filter((s) => s !== 'draft')[i % 5],
      createdAt: new Date(Date.UTC(2016, 0, 1) + i * 3_600_000).toISOString(),
      submitters: [{ name: `Gemeente ${i % 300}` }],
    }));
    await bulkInsertMotions(t.db, ctx, motions);
    const rows = await t.db
      .selectFrom('motions')
      .select(['id', 'number', 'status'])
      .where('organisation_id', '=', organisationId)
      .execute();
    const byNumber = new Map(rows.map((r) => [r.number, r]));
    await inTransaction(t.db, async (trx) => {
      for (let d = 0; d < DOCUMENTS; d += 1) {
        const doc = await createDocument(trx, ctx, {
          filename: `verslag-${d}.txt`,
          mediaType: 'text/plain',
          contentHash: `hash-${d}`,
          size: 100,
          kind: 'accountability-report',
          title: `Verslag ${d}`,
          text: `Verslag van de vergadering ${d % 3 === 0 ? WORD : ''}`,
          status: 'imported',
        });
        documentIds.push(doc.id);
        const spans = Array.from({ length: PER_DOCUMENT }, (_, k) => {
          const motion = byNumber.get(`M${d * PER_DOCUMENT + k}`);
          if (!motion) throw new Error('motion not seeded');
          if (motion.status === 'draft' && d % 3 === 0) draftSourced.add(doc.id);
          return { entityKind: 'motion', entityId: motion.id, fromLine: k + 1, toLine: k + 1 };
        });
        await addProvenance(trx, ctx, doc.id, spans);
      }
    });
    await reindexAll(t.db, organisationId);
    await t.db.executeQuery(CompiledQuery.raw('analyze'));
  }, 240_000);

  afterAll(async () => {
    await t?.cleanup();
  });

  it('tells which matching documents are drawn from a concept, from the documents through the provenance index', async () => {
    const matching = await searchIds(t.db, organisationId, 'document', WORD);
    expect(matching).toHaveLength(DOCUMENTS / 3);
    const found = await listDocumentsDrawnFromDrafts(t.db, organisationId, matching);
    expect(new Set(found)).toEqual(draftSourced);
    expect(draftSourced.size).toBeGreaterThan(10);
    // A page's worth of matches, as the search page asks: each read by its id, its provenance from the index.
    const page = matching.slice(0, 40);
    const plans = await plansOf(t.db, engine, (db) => listDocumentsDrawnFromDrafts(db, organisationId, page));
    expect(plans).toHaveLength(1);
    expect(fullScans(plans[0], ['provenance', 'documents', 'motions']), plans[0]).toEqual([]);
  });

  it('reads one document’s provenance from the index', async () => {
    const id = documentIds[DOCUMENTS / 2];
    expect(await listProvenanceForDocument(t.db, organisationId, id)).toHaveLength(PER_DOCUMENT);
    const plans = await plansOf(t.db, engine, (db) => listProvenanceForDocument(db, organisationId, id));
    expect(fullScans(plans[0], ['provenance']), plans[0]).toEqual([]);
  });
});
