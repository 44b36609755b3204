import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImportOutcome, importFile, importFiles } from '../../src/importer/persist/import-file.js';
import { searchAll } from '../../src/search/index.js';
import { listAccountabilityRounds, listRoundEntries } from '../../src/store/repositories/accountability.js';
import { listAgreements } from '../../src/store/repositories/agreements.js';
import { getDocument, listProvenanceForEntity } from '../../src/store/repositories/documents.js';
import { listAgendaItems } from '../../src/store/repositories/meetings.js';
import { listMotions } from '../../src/store/repositories/motions.js';
import { listResolutions } from '../../src/store/repositories/resolutions.js';
import { binaryJunk } from '../fixtures/importer/make-zip.js';
import { ENGINES } from '../support/engines.js';
import { type ImportFixture, openImportFixture, rowCounts } from './persist-fixture.js';
import { seedPath } from './support.js';

const SEEDS = ['000', '001', '002', '003', '004'].map(seedPath);
const imported = (outcome: ImportOutcome) => {
  if (outcome.status !== 'imported') throw new Error(`${outcome.file}: ${JSON.stringify(outcome)}`);
  return outcome;
};

describe.each(ENGINES)('importing the seed documents on %s', (engine) => {
  let f: ImportFixture;
  let outcomes: ImportOutcome[];
  beforeAll(async () => {
    f = await openImportFixture(engine);
    outcomes = await importFiles(f.db, f.writer, SEEDS, { documentsDir: f.documentsDir });
  });
  afterAll(async () => f?.cleanup());

  it('imports every seed as one document with its records', async () => {
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'imported',
      'imported',
      'imported',
      'imported',
      'imported',
    ]);
    const report = imported(outcomes[3]);
    expect(report.counts).toMatchObject({
      motionsCreated: 23,
      accountabilityRounds: 1,
      accountabilityEntries: 23,
    });
    expect(imported(outcomes[1]).counts).toMatchObject({ lettersCreated: 1, agreements: 3, meetings: 1 });
    expect(imported(outcomes[0]).counts).toMatchObject({ resolutionsCreated: 1 });
    const document = await getDocument(f.db, f.writer.organisationId, report.documentId);
    expect(document).toMatchObject({
      kind: 'accountability-report',
      status: 'imported',
      mediaType: 'text/plain',
    });
    expect(document?.text).toContain('Nieuwkomersonderwijs');
    expect(existsSync(document?.storagePath ?? '')).toBe(true);
  });

  it('stores the report as motions held or adopted and a round with the proposals', async () => {
    const org = f.writer.organisationId;
    const { items: motions } = await listMotions(f.db, org, {}, { limit: 100, offset: 0 });
    expect(motions).toHaveLength(23);
    const byStatus = (status: string) => motions.filter((motion) => motion.status === status).length;
    expect([byStatus('held'), byStatus('adopted')]).toEqual([16, 7]);
    const gouda = motions.find((motion) => motion.title === 'Nieuwkomersonderwijs')!;
    expect(gouda.submitters.map((s) => [s.name, s.memberId !== null])).toEqual([
      ['Gouda', true],
      ['Krimpenerwaard', true],
    ]);
    const [round] = (await listAccountabilityRounds(f.db, org)).items;
    const entries = await listRoundEntries(f.db, org, round.id);
    const proposals = (p: string) => entries.filter((entry) => entry.proposal === p).length;
    expect([entries.length, proposals('hold'), proposals('settle'), proposals('conditional')]).toEqual([
      23, 9, 13, 1,
    ]);
    expect(entries.find((entry) => entry.proposal === 'conditional')?.condition).toMatch(
      /^Als er een nieuw akkoord komt/,
    );
  });

  it('keeps the provenance of every record and indexes them for search', async () => {
    const org = f.writer.organisationId;
    const { items } = await listMotions(f.db, org, { q: 'inburgeringsstelsel' }, { limit: 5, offset: 0 });
    const spans = await listProvenanceForEntity(f.db, org, 'motion', items[0].id);
    expect(spans.map((span) => [span.fromLine, span.toLine, span.page, span.document.filename])).toEqual([
      [73, 114, 1, SEEDS[3].split('/').pop()],
    ]);
    const hits = await searchAll(f.db, org, { q: 'nieuwkomersonderwijs', limit: 10, offset: 0 });
    expect(hits.items.map((hit) => hit.kind)).toEqual(expect.arrayContaining(['motion', 'document']));
  });

  it('a second import of the same files is a no-op that says so', async () => {
    const before = await rowCounts(f.db);
    const again = await importFiles(f.db, f.writer, SEEDS, { documentsDir: f.documentsDir });
    expect(again.map((outcome) => outcome.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect(again[0]).toMatchObject({
      message: expect.stringMatching(/^Dit bestand is al geïmporteerd op \d{4}-\d{2}-\d{2}/),
    });
    expect(await rowCounts(f.db)).toEqual(before);
  });

  it('matches and enriches a motion that another document lists again (renumbered, title drifted)', async () => {
    const list = [
      'Uitslagen moties ALV 26 juni 2024',
      '',
      '7. Motie Gouda en Krimpenerwaard “Nieuwkomers onderwijs” – preadvies: overnemen; aangenomen met 98,29%',
      '8. Motie Amsterdam “Een nieuwe motie over bruggen” – aangenomen met 60%',
    ].join('\n');
    const before = await rowCounts(f.db);
    const outcome = imported(
      await importFile(f.db, f.writer, { name: 'uitslagen.txt', bytes: Buffer.from(list) }),
    );
    expect(outcome.counts).toMatchObject({ motionsEnriched: 1, motionsCreated: 1 });
    const after = await rowCounts(f.db);
    expect(after.motions - before.motions).toBe(1);
    expect(after.documents - before.documents).toBe(1);
  });

  it('a results page that states another outcome than the register changes nothing, and says so', async () => {
    const list = [
      'Uitslagen moties ALV 26 juni 2024',
      '',
      '7. Motie Gouda en Krimpenerwaard “Nieuwkomersonderwijs” – verworpen met 40,5%',
    ].join('\n');
    const org = f.writer.organisationId;
    const find = async () =>
      (await listMotions(f.db, org, { q: 'Nieuwkomersonderwijs' }, { limit: 5, offset: 0 })).items;
    const before = await find();
    expect(before).toHaveLength(1);
    const outcome = imported(
      await importFile(f.db, f.writer, { name: 'andere-uitslag.txt', bytes: Buffer.from(list) }),
    );
    expect(outcome.warnings).toContainEqual(
      expect.stringMatching(
        /^conflict: Motie "Nieuwkomersonderwijs": het document noemt de uitslag "verworpen met 40,50%", het register zegt "aangehouden"; het register is niet gewijzigd\.$/,
      ),
    );
    expect((await find()).map((m) => [m.id, m.status, m.voteResult])).toEqual(
      before.map((m) => [m.id, m.status, m.voteResult]),
    );
  });

  it('a letter without a subject line is called by its number, not by the file name', async () => {
    const text = [
      'Ledenbrief nummer',
      '',
      'Lbr. 23/040',
      '',
      'Geachte leden van college en gemeenteraad,',
      '',
      'Hierbij ontvangt u de agenda en stukken voor de Najaars Algemene Ledenvergadering van vrijdag 1 december 2023 in Utrecht.',
      '',
      'U kunt statutair tot uiterlijk maandag 20 november a.s. 13.00 uur, amendementen op voorstellen indienen.',
    ].join('\n');
    const outcome = imported(
      await importFile(f.db, f.writer, { name: 'lbr-23-040.txt', bytes: Buffer.from(text) }),
    );
    // Its days without a year are read in the year of its number, and the warning says so.
    expect(outcome.warnings).toContain(
      'no-date: De brief heeft geen herkenbare datum; datums zonder jaartal zijn gelezen in 2023, het jaar van het briefnummer.',
    );
    const letter = await f.db
      .selectFrom('letters')
      .select(['subject', 'number'])
      .where('number', '=', 'Lbr. 23/040')
      .executeTakeFirstOrThrow();
    expect(letter.subject).toBe('Ledenbrief Lbr. 23/040');
    // Its deadline for the members is the letter's, kept with it: not an agreement of the register, never overdue.
    const kept = await f.db
      .selectFrom('agreements')
      .select(['kind', 'due_date', 'text'])
      .where('text', 'like', 'U kunt statutair%')
      .execute();
    expect(kept).toEqual([
      {
        kind: 'deadline',
        due_date: '2023-11-20',
        text: 'U kunt statutair tot uiterlijk maandag 20 november a.s. 13.00 uur, amendementen op voorstellen indienen.',
      },
    ]);
    const register = await listAgreements(f.db, f.writer.organisationId, {
      q: 'amendementen op voorstellen',
    });
    expect(register.total).toBe(0);
  });

  it('a motion listed twice in one document is stored once', async () => {
    const list = [
      'Uitslagen moties Najaars ALV 28 november 2025',
      '1. Motie Utrecht “Dubbel genoemd” – aangenomen met 70%',
      '2. Motie Utrecht “Dubbel genoemd” – aangenomen met 70%',
    ].join('\n');
    const outcome = imported(
      await importFile(f.db, f.writer, { name: 'dubbel.txt', bytes: Buffer.from(list) }),
    );
    expect(outcome.counts).toEqual({ meetings: 1, motionsCreated: 1, motionsMatched: 1 });
  });

  it('garbage gets an error per file, stores nothing, and the other files still import', async () => {
    const before = await rowCounts(f.db);
    const results = await importFiles(f.db, f.writer, [
      { name: 'junk.pdf', bytes: binaryJunk(2048) },
      { name: 'leeg.txt', bytes: new Uint8Array() },
      {
        name: 'nieuw.txt',
        bytes: Buffer.from('Nieuwsbrief\n\nGeen motie, wel tekst om te vinden: bruggenbouwers.'),
      },
    ]);
    expect(results.map((r) => (r.status === 'failed' ? r.error.code : r.status))).toEqual([
      'unsupported_format',
      'empty_file',
      'imported',
    ]);
    const after = await rowCounts(f.db);
    expect(after.documents - before.documents).toBe(1);
    expect(after.motions).toBe(before.motions);
    const hits = await searchAll(f.db, f.writer.organisationId, { q: 'bruggenbouwers', limit: 5, offset: 0 });
    expect(hits.items.map((hit) => hit.kind)).toEqual(['document']);
  });

  it('a results page adopts the resolution on the agenda item it names, whatever its title there', async () => {
    const org = f.writer.organisationId;
    const page = [
      'Uitslagen stemmingen BALV 12 februari 2021',
      '',
      'Onderstaande agendapunten zijn vastgesteld:',
      '',
      ' • 7. Resolutie VNG-inzet kabinetsformatie: aangenomen met 100%',
      ' • 8. Resolutie Digitale Veiligheid: aangenomen met 100%',
    ].join('\n');
    const outcome = imported(
      await importFile(f.db, f.writer, { name: 'uitslagen-balv.txt', bytes: Buffer.from(page) }),
    );
    expect(outcome.counts).toMatchObject({ resolutionsMatched: 1, resolutionsCreated: 1 });
    const balv = await f.db
      .selectFrom('meetings')
      .select('id')
      .where('date', '=', '2021-02-12')
      .executeTakeFirstOrThrow();
    const { items } = await listResolutions(f.db, org, { meetingId: balv.id }, { limit: 10, offset: 0 });
    expect(items.map((r) => [r.title, r.status, r.voteResult]).sort()).toEqual([
      ['Digitale Veiligheid', 'adopted', 'aangenomen met 100,00%'],
      ['Herstel van bestuurlijk en financieel vertrouwen', 'adopted', 'aangenomen met 100,00%'],
    ]);
    const agenda = await listAgendaItems(f.db, org, balv.id);
    expect(agenda.map((item) => item.number).sort()).toEqual(['7', '8']);
  });
});
