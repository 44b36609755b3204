import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.js';
import { openDatabase } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { migrations } from '../../src/store/migrations/index.js';
import { createAgreement } from '../../src/store/repositories/agreements.js';
import {
  addClause,
  adoptResolutionVersion,
  createResolution,
  createResolutionVersion,
  getResolution,
  linkClauseCondition,
  listResolutions,
  listResolutionVersions,
  publishResolutionVersion,
  updateClause,
  updateResolution,
  updateResolutionVersion,
} from '../../src/store/repositories/resolutions.js';
import { ENGINES, freshDatabaseUrl } from '../support/engines.js';
import { auditActions, openStoreFixture, type StoreFixture } from './store-fixture.js';

describe.each(ENGINES)('resolutions repository on %s', (engine) => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await openStoreFixture(engine);
  });
  afterAll(async () => f?.cleanup());

  it('numbers versions, orders clauses and freezes published versions', async () => {
    const r = await createResolution(f.db, f.ctx, { title: 'Resolutie Samen bouwen aan Nederland' });
    const v1 = await createResolutionVersion(f.db, f.ctx, {
      resolutionId: r.id,
      label: 'concept',
      clauses: [
        {
          section: 'operative',
          kind: 'calls-on',
          text: 'roept het kabinet op de opschalingskorting te schrappen',
        },
        { section: 'preamble', kind: 'noting', text: 'constaterende dat gemeenten tekorten hebben' },
      ],
    });
    expect(v1.number).toBe(1);
    await addClause(f.db, f.ctx, v1.id, {
      section: 'preamble',
      kind: 'considering',
      text: 'overwegende dat',
    });
    await updateResolutionVersion(f.db, f.ctx, v1.id, { explanation: 'Concept voor de leden' });
    await publishResolutionVersion(f.db, f.ctx, v1.id);
    await expect(
      addClause(f.db, f.ctx, v1.id, { section: 'operative', kind: 'requests', text: 'x' }),
    ).rejects.toThrow(DomainError);
    await expect(updateClause(f.db, f.ctx, v1.clauses[0].id, { text: 'anders' })).rejects.toMatchObject({
      code: 'version_immutable',
    });
    await expect(publishResolutionVersion(f.db, f.ctx, v1.id)).rejects.toMatchObject({
      code: 'version_immutable',
    });

    const v2 = await createResolutionVersion(f.db, f.ctx, {
      resolutionId: r.id,
      label: 'geactualiseerd',
      clauses: [{ section: 'operative', kind: 'calls-on', text: 'roept het kabinet op' }],
    });
    expect(v2.number).toBe(2);
    const versions = await listResolutionVersions(f.db, f.ctx.organisationId, r.id);
    expect(versions.map((v) => [v.label, v.publishedAt !== null])).toEqual([
      ['concept', true],
      ['geactualiseerd', false],
    ]);
    expect(versions[0].clauses.map((c) => c.section)).toEqual(['preamble', 'preamble', 'operative']);
    expect(versions[0].clauses.map((c) => c.number)).toEqual([2, 3, 1]);

    const agreement = await createAgreement(f.db, f.ctx, {
      text: 'Compensatie in het Gemeentefonds',
      dueDate: '2025-04-14',
    });
    const linked = await linkClauseCondition(f.db, f.ctx, v1.clauses[0].id, agreement.id);
    expect(linked.conditionAgreementId).toBe(agreement.id);

    const adopted = await adoptResolutionVersion(f.db, f.ctx, {
      resolutionId: r.id,
      versionId: v2.id,
      voteResult: 'aangenomen',
      votePercentage: 98.29,
    });
    expect(adopted.status).toBe('adopted');
    expect(adopted.adoptedVersionId).toBe(v2.id);
    expect(adopted.votePercentage).toBeCloseTo(98.29);
    await expect(
      createResolutionVersion(f.db, f.ctx, { resolutionId: r.id, label: 'vastgesteld', clauses: [] }),
    ).rejects.toMatchObject({ code: 'version_immutable' });
    expect(await auditActions(f, r.id)).toEqual(['resolution.created', 'resolution.adopted']);
  });

  it('lists resolutions by status and text', async () => {
    await createResolution(f.db, f.ctx, { title: 'Resolutie Jeugdzorg', status: 'published' });
    const published = await listResolutions(f.db, f.ctx.organisationId, { status: ['published'] });
    expect(published.items.map((r) => r.title)).toEqual(['Resolutie Jeugdzorg']);
    const text = await listResolutions(f.db, f.ctx.organisationId, { q: 'SAMEN BOUWEN' });
    expect(text.total).toBe(1);
    expect(await getResolution(f.db, 'elders', text.items[0].id)).toBeUndefined();
  });

  it('keeps adoption by acclamation as a fact of its own, apart from the wording', async () => {
    const r = await createResolution(f.db, f.ctx, { title: 'Resolutie Bij acclamatie' });
    expect(r.byAcclamation).toBe(false);
    const v = await createResolutionVersion(f.db, f.ctx, {
      resolutionId: r.id,
      label: 'concept',
      clauses: [],
    });
    const adopted = await adoptResolutionVersion(f.db, f.ctx, {
      resolutionId: r.id,
      versionId: v.id,
      voteResult: 'akkoord bij acclamatie',
      byAcclamation: true,
    });
    expect(adopted.byAcclamation).toBe(true);
    expect((await getResolution(f.db, f.ctx.organisationId, r.id))?.byAcclamation).toBe(true);
    const other = await createResolution(f.db, f.ctx, { title: 'Resolutie Verworpen' });
    const rejected = await updateResolution(f.db, f.ctx, other.id, {
      status: 'rejected',
      voteResult: 'verworpen met 40,00%',
      byAcclamation: false,
    });
    expect(rejected.byAcclamation).toBe(false);
  });
});

describe.each(ENGINES)('the acclamation migration on %s', (engine) => {
  it('carries the fact over from resolutions adopted before the column existed', async () => {
    const { url, drop } = await freshDatabaseUrl(engine);
    const opened = await openDatabase(url);
    try {
      const before = Object.keys(migrations).filter((name) => name < '2026-11-29T2000');
      const migrator = new Migrator({ db: opened.db, provider: { getMigrations: async () => migrations } });
      expect((await migrator.migrateTo(before.at(-1)!)).error).toBeUndefined();
      const at = '2025-06-18T12:00:00.000Z';
      const organisation = {
        id: 'org',
        name: 'Vereniging',
        slug: 'v',
        settings: '{}',
        created_at: at,
        updated_at: at,
      };
      await opened.db.insertInto('organisations').values(organisation).execute();
      const resolution = (id: string, voteResult: string | null) => ({
        id,
        organisation_id: 'org',
        title: id,
        meeting_id: null,
        agenda_item_id: null,
        status: 'adopted' as const,
        vote_result: voteResult,
        vote_percentage: null,
        adopted_version_id: null,
        created_at: at,
        updated_at: at,
      });
      // The rows as they were before the column: the typed table already has it, so insert past the types.
      await opened.db
        .insertInto('resolutions')
        .values([
          resolution('acclaimed', 'akkoord bij acclamatie'),
          resolution('counted', 'aangenomen met 98,29%'),
        ] as never)
        .execute();
      await migrateToLatest(opened.db);
      const rows = await opened.db
        .selectFrom('resolutions')
        .select(['id', 'by_acclamation'])
        .orderBy('id')
        .execute();
      expect(rows).toEqual([
        { id: 'acclaimed', by_acclamation: 1 },
        { id: 'counted', by_acclamation: 0 },
      ]);
    } finally {
      await opened.close();
      await drop();
    }
  });
});
