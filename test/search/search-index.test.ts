import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  analyseText,
  indexEntity,
  reindexAll,
  reindexEntities,
  reindexEntity,
  removeFromIndex,
  type SearchKind,
  searchAll,
  searchIds,
  searchIdsQuery,
} from '../../src/search/index.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import { newId, nowIso } from '../../src/store/clock.js';
import type { Db } from '../../src/store/database.js';
import { createMotion, updateMotion } from '../../src/store/repositories/motions.js';
import { createOrganisation } from '../../src/store/repositories/organisations.js';
import { ENGINES, type EngineName, openTestDatabase } from '../support/engines.js';

type TestDb = Awaited<ReturnType<typeof openTestDatabase>>;

/** A varied Dutch corpus; keys name the records in the expectations below. */
const MOTIONS = {
  financien: {
    title: 'Rechtvaardige, langjarige, solide, duurzame gemeentefinanciën',
    topic: 'Financiën',
    call: 'roept het kabinet op de opschalingskorting te schrappen',
    submitters: ['Beesel'],
  },
  jeugdzorg: {
    title: 'Jeugdzorgkosten beheersbaar maken',
    topic: 'Sociaal domein',
    call: 'verzoekt het bestuur met het Rijk afspraken te maken',
    submitters: ['Gouda', 'Krimpenerwaard'],
  },
  aanhouden: {
    title: 'Motie aanhouden tot de Najaars-ALV',
    topic: 'Vereniging',
    call: 'stelt voor de stemming uit te stellen',
    submitters: ['Utrecht'],
  },
  woningen: {
    title: 'Woningbouw versnellen',
    topic: 'Wonen',
    call: 'Gemeenten bouwen meer woningen; kosten < baten & <b>woningnood</b> blijft',
    submitters: ['Almere'],
  },
  ledenbrieven: {
    title: 'Ledenbrieven digitaal',
    topic: 'Communicatie',
    call: 'Stuur de ledenbrief voortaan digitaal',
    submitters: ['Zwolle'],
  },
  energie: {
    title: 'Energietransitie en warmtenetten',
    topic: 'Klimaat',
    call: 'Het wetsvoorstel is aangehouden in de Eerste Kamer',
    submitters: ['West-Betuwe'],
  },
  cafe: {
    title: 'CAFÉ-TERRASSEN EN COÖRDINATIE',
    topic: 'Economie',
    call: null,
    submitters: ["'s-Hertogenbosch"],
  },
  zorg: { title: 'Zorg voor jeugd', topic: 'Sociaal domein', call: null, submitters: ['Sittard-Geleen'] },
} as const;
type Key = keyof typeof MOTIONS | 'resolution' | 'agreement' | 'letter' | 'document' | 'meeting';

/** Query → the records it must find (as a set), on both engines. */
const EXPECTED: [string, Key[]][] = [
  ['gemeentefinancien', ['financien', 'agreement', 'document']],
  ['GEMEENTEFINANCIËN', ['financien', 'agreement', 'document']],
  ['Gemeentefinanciën', ['financien', 'agreement', 'document']],
  ['jeugdzorg', ['jeugdzorg', 'resolution']],
  ['JEUGDZORGKOSTEN', ['jeugdzorg']],
  ['zorg jeugd', ['zorg']],
  ['aangehouden moties', ['aanhouden']],
  ['aanhouden', ['aanhouden', 'energie']],
  ['ledenbrief', ['ledenbrieven']],
  ['ledenbrieven', ['ledenbrieven']],
  ['woning', ['woningen']],
  ['gemeenten', ['financien', 'woningen', 'agreement', 'document']],
  ['U202500147', ['letter']],
  ['Lbr. 25/015', ['letter']],
  ['cafe coordinatie', ['cafe']],
  ['coördinatie', ['cafe']],
  ['Beesel', ['financien', 'document']],
  ['paddenstoelen', []],
  ['najaars alv', ['aanhouden', 'letter', 'meeting']],
  ['verantwoording moties', ['letter', 'meeting']],
  ['de het een', []],
  ['', []],
];

/** Garbage and injection attempts: must never throw, and must agree across engines. */
const GARBAGE = [
  '"',
  "'",
  '"jeugdzorg"',
  'jeugdzorg*',
  '*',
  'jeugdzorg AND',
  'NEAR(jeugdzorg gemeente)',
  'jeugdzorg OR 1=1',
  "') or 1=1 --",
  '-jeugdzorg',
  '^jeugdzorg',
  'jeugdzorg:*',
  ':*',
  '&|!()',
  '\\',
  '\u0000jeugdzorg',
  '🏛️ jeugdzorg 🎉',
  '<script>alert(1)</script>',
  'a '.repeat(5000),
  'x'.repeat(10_000),
  'gemeente'.repeat(1250),
  '東京 Ελλάδα',
];

async function seed(db: Db, ctx: WriteContext): Promise<Map<string, Key>> {
  const keys = new Map<string, Key>();
  const at = nowIso();
  const org = ctx.organisationId;
  for (const [key, m] of Object.entries(MOTIONS)) {
    const created = await createMotion(db, ctx, {
      title: m.title,
      topic: m.topic,
      call: m.call,
      submitters: m.submitters.map((name) => ({ name })),
    });
    keys.set(created.id, key as Key);
  }
  const meetingId = newId();
  await db
    .insertInto('meetings')
    .values({
      id: meetingId,
      organisation_id: org,
      kind: 'alv',
      title: 'Najaars-ALV 2025',
      date: '2025-12-10',
      live_tally: 0,
      start_time: null,
      end_time: null,
      place: 'Utrecht',
      status: 'planned',
      reference_date: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('agenda_items')
    .values({
      id: newId(),
      organisation_id: org,
      meeting_id: meetingId,
      number: '11',
      title: 'Verantwoording over moties',
      purpose: 'decision',
      position: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  keys.set(meetingId, 'meeting');
  const resolutionId = newId();
  const [v1, v2] = [newId(), newId()];
  await db
    .insertInto('resolutions')
    .values({
      id: resolutionId,
      organisation_id: org,
      title: 'Resolutie Samen aan de slag',
      meeting_id: meetingId,
      agenda_item_id: null,
      status: 'adopted',
      vote_result: null,
      vote_percentage: null,
      by_acclamation: 0,
      adopted_version_id: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (const [id, number, text] of [
    [v1, 1, 'Constaterende dat paddenstoelen groeien'],
    [v2, 2, 'Constaterende dat de jeugdzorg onder druk staat'],
  ] as const) {
    await db
      .insertInto('resolution_versions')
      .values({
        id,
        organisation_id: org,
        resolution_id: resolutionId,
        number,
        label: number === 1 ? 'concept' : 'vastgesteld',
        explanation: null,
        published_at: at,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await db
      .insertInto('clauses')
      .values({
        id: newId(),
        organisation_id: org,
        resolution_version_id: id,
        motion_id: null,
        section: 'preamble',
        kind: 'noting',
        number: 1,
        text,
        condition_agreement_id: null,
      })
      .execute();
  }
  await db
    .updateTable('resolutions')
    .set({ adopted_version_id: v2 })
    .where('id', '=', resolutionId)
    .execute();
  keys.set(resolutionId, 'resolution');
  const agreementId = newId();
  await db
    .insertInto('agreements')
    .values({
      id: agreementId,
      organisation_id: org,
      text: 'Het kabinet compenseert de gemeentefinanciën uiterlijk 14 april',
      party: 'Rijk',
      due_date: '2026-04-14',
      status: 'open',
      source_kind: null,
      consultation_id: null,
      letter_id: null,
      resolution_id: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  keys.set(agreementId, 'agreement');
  const letterId = newId();
  await db
    .insertInto('letters')
    .values({
      id: letterId,
      organisation_id: org,
      reference: 'U202500147',
      number: 'Lbr. 25/015',
      date: '2025-11-01',
      subject: 'Uitnodiging Najaars-ALV',
      addressees: 'Aan de leden',
      body: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('letter_attachments')
    .values({
      id: newId(),
      organisation_id: org,
      letter_id: letterId,
      position: 1,
      title: 'Verantwoording over uitvoering moties',
      document_id: null,
    })
    .execute();
  keys.set(letterId, 'letter');
  const documentId = newId();
  await db
    .insertInto('documents')
    .values({
      id: documentId,
      organisation_id: org,
      filename: '003_motie_beesel.txt',
      media_type: 'text/plain',
      content_hash: 'abc',
      size: 10,
      storage_path: null,
      kind: 'motion',
      title: null,
      text: 'Motie van de gemeente Beesel over solide gemeentefinanciën.',
      status: 'imported',
      warnings: '[]',
      imported_at: at,
      created_at: at,
      updated_at: at,
    })
    .execute();
  keys.set(documentId, 'document');
  return keys;
}

describe('search on both engines', () => {
  const dbs = {} as Record<EngineName, TestDb>;
  const keys = {} as Record<EngineName, Map<string, Key>>;
  const orgs = {} as Record<EngineName, string>;
  let other: Record<EngineName, string>;

  const found = async (engine: EngineName, q: string, kinds?: SearchKind[]) => {
    const result = await searchAll(dbs[engine].db, orgs[engine], { q, kinds, limit: 100, offset: 0 });
    expect(result.total).toBe(result.items.length);
    return result.items.map((i) => keys[engine].get(i.id) ?? `?${i.id}`).sort();
  };

  beforeAll(async () => {
    other = {} as Record<EngineName, string>;
    for (const engine of ENGINES) {
      dbs[engine] = await openTestDatabase(engine);
      const org = await createOrganisation(dbs[engine].db, {
        name: 'Testvereniging',
        slug: 'test',
        settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
        actor: SYSTEM_ACTOR,
      });
      orgs[engine] = org.id;
      keys[engine] = await seed(dbs[engine].db, { organisationId: org.id, actor: SYSTEM_ACTOR });
      const second = await createOrganisation(dbs[engine].db, {
        name: 'Andere raad',
        slug: 'ander',
        settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
        actor: SYSTEM_ACTOR,
      });
      other[engine] = second.id;
      const m = await createMotion(
        dbs[engine].db,
        { organisationId: second.id, actor: SYSTEM_ACTOR },
        { title: 'Jeugdzorg in een andere organisatie', submitters: [] },
      );
      await reindexEntity(dbs[engine].db, second.id, 'motion', m.id);
      const counts = await reindexAll(dbs[engine].db, org.id);
      expect(counts).toEqual({ motion: 8, resolution: 1, agreement: 1, letter: 1, document: 1, meeting: 1 });
    }
  });
  afterAll(async () => {
    for (const engine of ENGINES) await dbs[engine]?.cleanup();
  });

  it.each(EXPECTED)('"%s" finds %j on both engines', async (q, expected) => {
    for (const engine of ENGINES) expect(await found(engine, q), engine).toEqual([...expected].sort());
  });

  it('treats garbage and operators as plain words: never an error, the same results on both engines', async () => {
    for (const q of GARBAGE) {
      const [a, b] = await Promise.all(ENGINES.map((e) => found(e, q)));
      expect(a, JSON.stringify(q.slice(0, 40))).toEqual(b);
    }
    expect(await found('sqlite', '"jeugdzorg"')).toEqual(['jeugdzorg', 'resolution']);
    expect(await found('sqlite', 'jeugdzorg*')).toEqual(['jeugdzorg', 'resolution']);
    expect(await found('sqlite', 'jeugdzorg AND')).toEqual([]);
  });

  it('filters by kind, pages with a stable total and keeps organisations apart', async () => {
    for (const engine of ENGINES) {
      const { db } = dbs[engine];
      expect(await found(engine, 'gemeentefinancien', ['motion'])).toEqual(['financien']);
      expect(await found(engine, 'gemeentefinancien', ['agreement', 'document'])).toEqual([
        'agreement',
        'document',
      ]);
      const p1 = await searchAll(db, orgs[engine], { q: 'gemeenten', limit: 2, offset: 0 });
      const p2 = await searchAll(db, orgs[engine], { q: 'gemeenten', limit: 2, offset: 2 });
      expect(p1.total).toBe(4);
      expect(p2.total).toBe(4);
      expect(new Set([...p1.items, ...p2.items].map((i) => i.id)).size).toBe(4);
      expect(p1.items[0].rank).toBeGreaterThanOrEqual(p1.items[1].rank);
      const elsewhere = await searchAll(db, other[engine], { q: 'jeugdzorg', limit: 10, offset: 0 });
      expect(elsewhere.items.map((i) => i.title)).toEqual(['Jeugdzorg in een andere organisatie']);
    }
  });

  it('highlights matches with <mark> and escapes everything else', async () => {
    for (const engine of ENGINES) {
      const { db } = dbs[engine];
      const [hit] = (
        await searchAll(db, orgs[engine], { q: 'gemeentefinancien', kinds: ['motion'], limit: 5, offset: 0 })
      ).items;
      expect(hit.title).toBe(MOTIONS.financien.title);
      expect(hit.titleHtml).toBe(
        'Rechtvaardige, langjarige, solide, duurzame <mark>gemeentefinanciën</mark>',
      );
      const [woning] = (await searchAll(db, orgs[engine], { q: 'woningnood', limit: 5, offset: 0 })).items;
      expect(woning.snippet).toContain(
        'kosten &lt; baten &amp; &lt;b&gt;<mark>woningnood</mark>&lt;/b&gt; blijft',
      );
      expect(woning.snippet).not.toMatch(/<(?!\/?mark>)/);
      const [jeugd] = (
        await searchAll(db, orgs[engine], { q: 'jeugdzorg', kinds: ['motion'], limit: 5, offset: 0 })
      ).items;
      expect(jeugd.titleHtml).toBe('<mark>Jeugdzorgkosten</mark> beheersbaar maken');
    }
  });

  it('upserts and removes single records inside the writer’s transaction', async () => {
    for (const engine of ENGINES) {
      const { db } = dbs[engine];
      const org = orgs[engine];
      const ctx = { organisationId: org, actor: SYSTEM_ACTOR };
      const motion = await createMotion(db, ctx, { title: 'Omgevingswet invoeren', submitters: [] });
      await db.transaction().execute(async (trx) => {
        await indexEntity(trx, {
          organisationId: org,
          kind: 'motion',
          id: motion.id,
          title: motion.title,
          body: '',
        });
      });
      expect(await searchIds(db, org, 'motion', 'omgevingswet')).toEqual([motion.id]);
      await updateMotion(db, ctx, motion.id, { title: 'Warmtewet invoeren' });
      await reindexEntity(db, org, 'motion', motion.id);
      expect(await searchIds(db, org, 'motion', 'omgevingswet')).toEqual([]);
      expect(await searchIds(db, org, 'motion', 'warmtewet')).toEqual([motion.id]);
      // A failed transaction leaves the index as it was.
      await expect(
        db.transaction().execute(async (trx) => {
          await indexEntity(trx, {
            organisationId: org,
            kind: 'motion',
            id: motion.id,
            title: 'Spookwet',
            body: '',
          });
          throw new Error('afgebroken');
        }),
      ).rejects.toThrow('afgebroken');
      expect(await searchIds(db, org, 'motion', 'spookwet')).toEqual([]);
      // Text with NUL (as PDF extraction sometimes yields) is stored on both engines.
      await indexEntity(db, {
        organisationId: org,
        kind: 'document',
        id: motion.id,
        title: 'Nul\u0000teken',
        body: 'a\u0000b',
      });
      expect(await searchIds(db, org, 'document', 'nulteken')).toEqual([motion.id]);
      await removeFromIndex(db, 'document', motion.id);
      // Unknown kinds find nothing (rather than everything).
      expect(
        (await searchAll(db, org, { q: 'jeugdzorg', kinds: ['onbekend' as SearchKind], limit: 5, offset: 0 }))
          .total,
      ).toBe(0);
      await removeFromIndex(db, 'motion', motion.id);
      expect(await searchIds(db, org, 'motion', 'warmtewet')).toEqual([]);
    }
  });

  it('reindexes a batch of records indexed before, and uses a text analysed ahead only for that same text', async () => {
    for (const engine of ENGINES) {
      const { db } = dbs[engine];
      const org = orgs[engine];
      const ctx = { organisationId: org, actor: SYSTEM_ACTOR };
      const first = await createMotion(db, ctx, { title: 'Havenbeleid herzien', submitters: [] });
      const second = await createMotion(db, ctx, { title: 'Dijkversterking versnellen', submitters: [] });
      const records = [first, second].map((m) => ({ kind: 'motion' as const, id: m.id }));
      await db.transaction().execute((trx) => reindexEntities(trx, org, records));
      expect(await searchIds(db, org, 'motion', 'havenbeleid')).toEqual([first.id]);
      // Renamed: the batch replaces both rows (and their FTS rows on SQLite) with the new text.
      await updateMotion(db, ctx, first.id, { title: 'Luchthavenbeleid herzien' });
      await updateMotion(db, ctx, second.id, { title: 'Kustversterking versnellen' });
      // A text analysed ahead for the first motion's old title is not used (its text is not the record's now);
      // one for the second motion's new title is (made-up stems here, to tell it was taken as given).
      const ahead = new Map([
        [
          `motion:${first.id}`,
          { title: 'Havenbeleid herzien', body: '', ...analyseText('Havenbeleid herzien', '') },
        ],
        [
          `motion:${second.id}`,
          { title: 'Kustversterking versnellen', body: '', stems: 'kustwacht', terms: ['kustwacht'] },
        ],
      ]);
      await db.transaction().execute((trx) => reindexEntities(trx, org, records, ahead));
      expect(await searchIds(db, org, 'motion', 'havenbeleid')).toEqual([]);
      expect(await searchIds(db, org, 'motion', 'luchthavenbeleid')).toEqual([first.id]);
      expect(await searchIds(db, org, 'motion', 'dijkversterking')).toEqual([]);
      expect(await searchIds(db, org, 'motion', 'kustwacht')).toEqual([second.id]);
      await db.transaction().execute((trx) => reindexEntities(trx, org, records));
      expect(await searchIds(db, org, 'motion', 'kustwacht')).toEqual([]);
      expect(await searchIds(db, org, 'motion', 'kustversterking')).toEqual([second.id]);
      for (const m of [first, second]) await removeFromIndex(db, 'motion', m.id);
    }
  });

  it('offers the match as a subquery for list filters', async () => {
    for (const engine of ENGINES) {
      const { db } = dbs[engine];
      const rows = await db
        .selectFrom('motions')
        .select('title')
        .where('organisation_id', '=', orgs[engine])
        .where('id', 'in', searchIdsQuery(db, orgs[engine], 'motion', 'gemeente'))
        .orderBy('title')
        .execute();
      expect(rows.map((r) => r.title)).toEqual([MOTIONS.financien.title, MOTIONS.woningen.title]);
      const none = await db
        .selectFrom('motions')
        .select('id')
        .where('id', 'in', searchIdsQuery(db, orgs[engine], 'motion', '***'))
        .execute();
      expect(none).toEqual([]);
    }
  });

  it('finds and highlights the seed documents (the accountability report names Beesel’s motion)', async () => {
    const dir = join(import.meta.dirname, '../../../shared/seeds');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    for (const engine of ENGINES) {
      const { db } = dbs[engine];
      const second = other[engine];
      for (const file of files) {
        const text = readFileSync(join(dir, file), 'utf8');
        await indexEntity(db, {
          organisationId: second,
          kind: 'document',
          id: file,
          title: file,
          body: text,
        });
      }
      const found = await searchAll(db, second, {
        q: 'gemeentefinancien',
        kinds: ['document'],
        limit: 10,
        offset: 0,
      });
      expect(found.items.map((i) => i.id).sort(), engine).toEqual([
        '002_2925517bd531644f.txt',
        '003_8a98aaec6ab95035.txt',
      ]);
      const report = found.items.find((i) => i.id.startsWith('003_'));
      expect(report?.snippet).toContain('<mark>gemeentefinanciën</mark>');
      const beesel = await searchIds(
        db,
        second,
        'document',
        'Beesel rechtvaardige duurzame gemeentefinanciën',
      );
      expect(beesel).toContain('003_8a98aaec6ab95035.txt');
    }
  });

  it('rebuilds idempotently', async () => {
    for (const engine of ENGINES) {
      const before = await found(engine, 'gemeenten');
      await reindexAll(dbs[engine].db, orgs[engine]);
      await reindexAll(dbs[engine].db, orgs[engine]);
      expect(await found(engine, 'gemeenten')).toEqual(before);
      expect(await found(engine, 'jeugdzorg')).toEqual(['jeugdzorg', 'resolution']);
    }
  });
});
