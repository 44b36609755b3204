import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeDocument } from '../../src/importer/persist/store-document.js';
import type { FileAnalysis, MotionRecord, ResolutionRecord } from '../../src/importer/types.js';
import { newId } from '../../src/store/clock.js';
import { listMotions, listMotionTransitions } from '../../src/store/repositories/motions.js';
import { getResolution, listResolutionVersions } from '../../src/store/repositories/resolutions.js';
import { inTransaction } from '../../src/store/transaction.js';
import { ENGINES } from '../support/engines.js';
import { type ImportFixture, openImportFixture } from './persist-fixture.js';

const SPAN = { lines: { from: 1, to: 3 }, pages: { from: 1, to: 1 } };
const NALV = { kind: 'najaars-alv' as const, date: '2024-11-29' };

function motion(changes: Partial<MotionRecord>): MotionRecord {
  return {
    title: 'Landelijke tarieven inkoop jeugdzorg',
    submitters: ['Deventer'],
    members: [{ name: 'Deventer', code: 'GM0150' }],
    andOthers: false,
    topic: null,
    adoptedAt: null,
    call: null,
    accountability: null,
    proposal: null,
    result: null,
    percentage: null,
    parts: [],
    preAdvice: null,
    preamble: [],
    operative: [],
    signatories: [],
    source: SPAN,
    ...changes,
  };
}

/** What a recogniser hands to the store (the contract between them), for a document of the given kind. */
function analysis(kind: FileAnalysis['kind'], changes: Partial<FileAnalysis>): FileAnalysis {
  return {
    file: `${kind}-${newId()}.txt`,
    kind,
    contentHash: newId(),
    format: 'text',
    pages: 1,
    bytes: 100,
    title: null,
    date: null,
    meeting: null,
    motions: [],
    resolutions: [],
    letter: null,
    agreements: [],
    events: [],
    warnings: [],
    ...changes,
  };
}

async function store(f: ImportFixture, doc: FileAnalysis) {
  return inTransaction(f.db, (trx) =>
    storeDocument(trx, f.writer, {
      id: newId(),
      file: doc.file,
      storagePath: null,
      analysis: doc,
      lines: [{ text: 'x', page: 1, line: 1, endLine: 3, endPage: 1 }],
      text: 'x',
    }),
  );
}

describe.each(ENGINES)('one motion across documents on %s', (engine) => {
  let f: ImportFixture;
  beforeAll(async () => {
    f = await openImportFixture(engine);
  });
  afterAll(async () => f?.cleanup());

  it('a pre-advice list, a results page, an accountability report and the motion text make one motion', async () => {
    await store(
      f,
      analysis('motion-list', {
        title: 'Preadviezen moties Najaars-ALV 2024',
        date: '2024-11-15',
        meeting: NALV,
        motions: [motion({ title: '3. Landelijke tarieven inkoop jeugdzorg', preAdvice: 'overnemen' })],
      }),
    );
    await store(
      f,
      analysis('motion-list', {
        title: 'Uitslagen stemmingen Najaars-ALV 29 november 2024',
        date: '2024-12-02',
        meeting: NALV,
        motions: [
          motion({
            title: 'Motie 7: Landelijke tarieven voor de inkoop van jeugdzorg',
            result: 'aangenomen',
            percentage: 96.12,
          }),
        ],
      }),
    );
    const report = await store(
      f,
      analysis('accountability-report', {
        title: 'Verantwoording over uitvoering moties ALV-en',
        date: '2025-05-21',
        meeting: { kind: 'alv', date: '2025-06-18' },
        motions: [
          motion({
            adoptedAt: NALV,
            members: [
              { name: 'Deventer', code: 'GM0150' },
              { name: 'Zwolle', code: 'GM0193' },
            ],
            submitters: ['Deventer', 'Zwolle'],
            accountability: 'Het bestuur heeft dit ingebracht in het bestuurlijk overleg.',
            proposal: 'hold',
            group: 'Aangehouden moties',
          }),
        ],
      }),
    );
    await store(
      f,
      analysis('motion', {
        title: 'Motie Landelijke tarieven inkoop jeugdzorg',
        meeting: null,
        motions: [
          motion({
            preamble: [{ kind: 'noting', text: 'de tarieven per gemeente sterk verschillen', number: null }],
            operative: [
              {
                kind: 'requests',
                text: 'verzoekt het bestuur landelijke tarieven te bepleiten',
                number: null,
              },
            ],
          }),
        ],
      }),
    );
    expect(report.warnings).toEqual([]);
    const { items } = await listMotions(f.db, f.writer.organisationId, {}, { limit: 10, offset: 0 });
    expect(items).toHaveLength(1);
    const [one] = items;
    expect(one).toMatchObject({ status: 'held', votePercentage: 96.12 });
    expect(one.submitters.map((s) => s.name)).toEqual(['Deventer', 'Zwolle']);
    expect(one.body).toContain('landelijke tarieven te bepleiten');
    const steps = await listMotionTransitions(f.db, one.id);
    expect(steps.map((t) => [t.toStatus, t.at.slice(0, 10)])).toEqual([
      ['submitted', '2024-11-29'],
      ['adopted', '2024-11-29'],
      ['held', '2025-05-21'],
    ]);
    expect(steps.every((t) => !t.reason?.includes('.txt'))).toBe(true);
    expect(steps[2].reason).toBe(
      'Geïmporteerd uit “Verantwoording over uitvoering moties ALV-en” van 21 mei 2025',
    );
  });

  it('an uncertain match is a warning, not a merge: other submitter, or a title that differs more', async () => {
    const outcome = await store(
      f,
      analysis('motion-list', {
        title: 'Uitslagen',
        date: '2024-12-02',
        meeting: NALV,
        motions: [
          motion({
            title: 'Landelijke tarieven inkoop jeugdzorg',
            submitters: ['Ridderkerk'],
            members: [{ name: 'Ridderkerk', code: 'GM0597' }],
          }),
          motion({ title: 'Landelijke tarieven jeugdzorg en de inkoop van jeugdhulp in de regio' }),
        ],
      }),
    );
    expect(outcome.counts.motionsCreated).toBe(2);
    expect(outcome.warnings.filter((w) => w.startsWith('possible-duplicate:'))).toHaveLength(2);
    expect(outcome.warnings[0]).toContain(
      'Landelijke tarieven inkoop jeugdzorg" van Deventer, Zwolle (Najaars-ALV',
    );
  });

  it('an assembly named by another kind is linked to the one of that day, with a warning', async () => {
    const outcome = await store(
      f,
      analysis('motion-list', {
        date: '2024-12-02',
        meeting: { kind: 'alv', date: '2024-11-29' },
        motions: [motion({ title: 'Een heel andere motie over bibliotheken', result: 'verworpen' })],
      }),
    );
    expect(outcome.counts.meetings).toBeUndefined();
    expect(outcome.warnings.some((w) => w.startsWith('meeting-kind:'))).toBe(true);
    const meetings = await f.db.selectFrom('meetings').select(['kind', 'date']).execute();
    expect(meetings.filter((m) => m.date === '2024-11-29')).toEqual([
      { kind: 'najaars-alv', date: '2024-11-29' },
    ]);
  });

  it('a status without any date is not taken; staff are warned', async () => {
    const outcome = await store(
      f,
      analysis('motion', {
        motions: [
          motion({
            title: 'Motie zonder datum',
            submitters: ['Onbekende fractie'],
            members: [],
            result: 'aangenomen',
          }),
        ],
      }),
    );
    expect(outcome.warnings.some((w) => w.startsWith('undated-status:'))).toBe(true);
    const { items } = await listMotions(
      f.db,
      f.writer.organisationId,
      { q: 'zonder datum' },
      { limit: 5, offset: 0 },
    );
    expect(items.map((m) => m.status)).toEqual(['draft']);
  });

  it('an adopted resolution is adopted and published on the day of its meeting', async () => {
    const resolution: ResolutionRecord = {
      title: 'Herstel van bestuurlijk en financieel vertrouwen',
      version: 'geactualiseerd',
      preamble: [
        {
          kind: 'considering',
          text: 'in het Overhedenoverleg van 3 februari 2021 is overeengekomen dat het Rijk de kosten van de coronacrisis uiterlijk 1 juli 2021 compenseert;',
          number: '1',
        },
      ],
      operative: [{ kind: 'calls-on', text: 'roept het kabinet op de afspraken na te komen', number: '1' }],
      result: 'aangenomen',
      percentage: 98.29,
      meeting: { kind: 'balv', date: '2021-02-12' },
      source: SPAN,
    };
    const outcome = await store(
      f,
      analysis('motion-list', { date: '2021-02-15', resolutions: [resolution] }),
    );
    expect(outcome.counts).toMatchObject({ resolutionsCreated: 1, resolutionsAdopted: 1, agreements: 1 });
    const row = await f.db.selectFrom('resolutions').select('id').executeTakeFirstOrThrow();
    const stored = await getResolution(f.db, f.writer.organisationId, row.id);
    expect(stored).toMatchObject({ status: 'adopted', voteResult: 'aangenomen met 98,29%' });
    const versions = await listResolutionVersions(f.db, f.writer.organisationId, row.id);
    expect(versions.map((v) => v.publishedAt?.slice(0, 10))).toEqual(['2021-02-12']);
    const agreement = await f.db
      .selectFrom('agreements')
      .innerJoin('consultations', 'consultations.id', 'agreements.consultation_id')
      .select(['agreements.text', 'agreements.due_date', 'agreements.resolution_id', 'consultations.date'])
      .executeTakeFirstOrThrow();
    expect(agreement).toMatchObject({
      text: 'Het Rijk de kosten van de coronacrisis uiterlijk 1 juli 2021 compenseert',
      due_date: '2021-07-01',
      resolution_id: row.id,
      date: '2021-02-03',
    });
  });

  it('a results page adopts the text the register holds, never an empty version of its own', async () => {
    const title = 'Nieuw kabinet, gebruik en borg de kracht van het lokaal bestuur';
    const meeting = { kind: 'extra-alv' as const, date: '2024-05-24' };
    const text: ResolutionRecord = {
      title,
      version: 'concept',
      preamble: [{ kind: 'noting', text: 'de structurele problemen zijn niet opgelost', number: null }],
      operative: [{ kind: 'declares', text: 'de inzet van de resolutie onverkort voortzet', number: '1' }],
      result: null,
      percentage: null,
      meeting,
      source: SPAN,
    };
    await store(f, analysis('resolution', { meeting, resolutions: [text] }));
    const results: ResolutionRecord = {
      title,
      version: 'vastgesteld',
      preamble: [],
      operative: [],
      result: 'aangenomen',
      percentage: 96.12,
      meeting,
      source: SPAN,
    };
    const outcome = await store(f, analysis('motion-list', { meeting, resolutions: [results] }));
    expect(outcome.counts).toMatchObject({ resolutionsMatched: 1, resolutionsAdopted: 1 });
    expect(outcome.counts.resolutionVersionsAdded ?? 0).toBe(0);
    const row = await f.db
      .selectFrom('resolutions')
      .select('id')
      .where('title', '=', title)
      .executeTakeFirstOrThrow();
    const stored = await getResolution(f.db, f.writer.organisationId, row.id);
    const versions = await listResolutionVersions(f.db, f.writer.organisationId, row.id);
    expect(versions).toHaveLength(1);
    expect(stored).toMatchObject({
      status: 'adopted',
      adoptedVersionId: versions[0]?.id,
      voteResult: 'aangenomen met 96,12%',
    });
    expect(versions[0]?.clauses.map((c) => c.text)).toEqual([
      'de structurele problemen zijn niet opgelost',
      'de inzet van de resolutie onverkort voortzet',
    ]);
    expect(versions[0]?.publishedAt?.slice(0, 10)).toBe('2024-05-24');
  });
});
