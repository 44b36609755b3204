import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImportOutcome, importFile } from '../../src/importer/persist/import-file.js';
import { getMeeting, listAgendaItems, listMeetings } from '../../src/store/repositories/meetings.js';
import { listAmendments, listMotionClauses } from '../../src/store/repositories/motion-extras.js';
import { listMotions, type MotionWithSubmitters } from '../../src/store/repositories/motions.js';
import { listResolutions, listResolutionVersions } from '../../src/store/repositories/resolutions.js';
import { ENGINES } from '../support/engines.js';
import { renderMotion, SPECS, VARIATIONS } from './motion-variations.js';
import { type ImportFixture, openImportFixture } from './persist-fixture.js';
import { seedPath } from './support.js';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const corpus = (prefix: string) => {
  const name = readdirSync(CORPUS).find((file) => file.startsWith(prefix) && file.endsWith('.txt'));
  if (!name) throw new Error(`corpus ${prefix} not found`);
  return join(CORPUS, name);
};
const imported = (outcome: ImportOutcome) => {
  if (outcome.status !== 'imported') throw new Error(`${outcome.file}: ${JSON.stringify(outcome)}`);
  return outcome;
};

describe.each(ENGINES)('what a motion text says beyond its clauses is stored (%s)', (engine) => {
  let f: ImportFixture;
  let motions: MotionWithSubmitters[];
  const outcomes: Record<string, ImportOutcome> = {};
  const byTitle = (title: string) => {
    const found = motions.find((motion) => motion.title === title);
    if (!found) throw new Error(`no motion "${title}" among ${motions.map((m) => m.title).join(', ')}`);
    return found;
  };
  beforeAll(async () => {
    f = await openImportFixture(engine);
    const generated = renderMotion(SPECS[0], VARIATIONS[2]);
    const inputs = {
      venray: corpus('11-'),
      amendment: corpus('14-'),
      ibabs: corpus('15-'),
      monitor: corpus('17-'),
      alv: corpus('33-'),
      congress: corpus('34-'),
      results: corpus('01-'),
      seed: seedPath('000'),
      generated: { name: 'motie-deventer.txt', bytes: Buffer.from(generated, 'utf8') },
    };
    for (const [key, input] of Object.entries(inputs))
      outcomes[key] = await importFile(f.db, f.writer, input, { documentsDir: f.documentsDir });
    motions = (await listMotions(f.db, f.writer.organisationId, {}, { limit: 100, offset: 0 })).items;
  });
  afterAll(async () => f?.cleanup());

  it('keeps the body, procedure, closing formula and another body’s meeting of a council motion', async () => {
    const motion = byTitle('motie van afkeuring');
    expect(motion.meetingId).toBeNull();
    expect(motion.sourceMeeting).toEqual({
      kind: 'raadsvergadering',
      date: '2018-09-18',
      place: null,
      agendaItem: null,
    });
    expect(motion.introduction).toMatch(
      /De raad van de gemeente Venray in vergadering bijeen op 18 september 2018/,
    );
    expect(motion.introduction).toMatch(/Gehoord de beraadslagingen, gelet op artikel 32/);
    expect(motion.closing).toBe('En gaat over tot de orde van de dag');
    expect(motion.submitters.map((s) => s.name)).toEqual(['Samenwerking Venray', 'Pro Venray']);
    const clauses = await listMotionClauses(f.db, f.writer.organisationId, motion.id);
    expect(clauses.map((clause) => clause.kind)).toEqual([...Array(6).fill('considering'), 'declares']);
    expect(clauses.at(-1)?.text).not.toMatch(/orde van de dag/);
  });

  it('makes every co-submitter a submitter and keeps signatories with their party, explanation and nested items', async () => {
    const spec = SPECS[0];
    const motion = byTitle(spec.title);
    expect(motion.submitters.map((s) => [s.name, s.memberId !== null])).toEqual([
      ['VVD', false],
      ['GroenLinks', false],
      ['Kampen', true],
      ['Zwolle', true],
    ]);
    expect(motion.signatories).toEqual(spec.signers);
    expect(motion.explanation).toBe(spec.explanation);
    const clauses = await listMotionClauses(f.db, f.writer.organisationId, motion.id);
    const requests = clauses.filter((clause) => clause.kind === 'requests');
    expect(requests.map((clause) => clause.label)).toEqual(['1', '2']);
    expect(JSON.parse(requests[0].items ?? '[]')).toEqual(spec.operative[0].items);
  });

  it('keeps the place of a members’ meeting and the agenda item of a congress motion', async () => {
    const alv = motions.find((motion) => motion.submitters.length === 0 && motion.meetingId !== null)!;
    const meeting = await getMeeting(f.db, f.writer.organisationId, alv.meetingId!);
    expect(meeting).toMatchObject({ kind: 'alv', date: '2023-04-15', place: 'Gouda' });
    expect(alv.signatories.map((s) => s.name)).toContain('Niels Hoogendoorn');
    const congress = byTitle('congres afwisselend op zaterdag/zondag');
    expect(congress.sourceMeeting).toEqual({
      kind: 'congres',
      date: null,
      place: null,
      agendaItem: { number: '6', title: 'Jaarstukken -a. Vooruitblik 2020' },
    });
  });

  it('keeps the fields of a RIS record and of a monitor entry', async () => {
    const ibabs = byTitle('Speelplaatsen voor kinderen van 10 jaar en ouder');
    expect(ibabs).toMatchObject({ number: 'XVI', portfolioHolder: 'Jeffrey Keus' });
    expect(ibabs.explanation).toMatch(/^Er in heel Rijswijkbuiten/);
    expect(ibabs.signatories[0]).toEqual({ name: 'Caroline de Mooij', party: 'VVD' });
    expect(ibabs.sourceMeeting?.agendaItem?.number).toBe('4.a');
    const monitor = byTitle('Steenwijkerland toegankelijk voor iedereen');
    expect(monitor).toMatchObject({
      number: '34',
      dueDate: '2020-10-01',
      portfolioHolder: 'wethouder T. Jongman-Smit',
    });
    expect(monitor.progress).toMatch(/^Wijziging einddatum: 31-03-2020/);
  });

  it('stores an amendment as an amendment of its document, never as a motion', async () => {
    const outcome = imported(outcomes.amendment);
    expect(outcome.kind).toBe('amendment');
    expect(outcome.counts).toMatchObject({ amendments: 1 });
    expect(outcome.counts.motionsCreated ?? 0).toBe(0);
    const [amendment, ...others] = await listAmendments(f.db, f.writer.organisationId, {
      kind: 'document',
      id: outcome.documentId,
    });
    expect(others).toEqual([]);
    expect(amendment).toMatchObject({
      title: 'Agenda Dieren (maatschappelijk draagvlak geen voorwaarde)',
      targetTitle: 'Agenda Dieren',
      status: 'rejected',
    });
    expect(amendment.text).toMatch(/te wijzigen in/);
    expect(amendment.submitters.map((s) => s.name)).toEqual(['J.F.W. van Lammeren']);
  });

  it('keeps the source numbering of a resolution’s clauses', async () => {
    const [resolution] = (await listResolutions(f.db, f.writer.organisationId, {})).items;
    const [version] = await listResolutionVersions(f.db, f.writer.organisationId, resolution.id);
    const labels = (kind: string) => version.clauses.filter((c) => c.kind === kind).map((c) => c.label);
    expect(labels('considering')).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(labels('declares')).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('keeps the agenda items of a results page that are no motions, with their number', async () => {
    const { items } = await listMeetings(f.db, f.writer.organisationId, {
      from: '2021-02-12',
      to: '2021-02-12',
    });
    const agenda = await listAgendaItems(f.db, f.writer.organisationId, items[0].id);
    expect(agenda.map((item) => [item.number, item.title])).toContainEqual([
      '6',
      'Verantwoording uitvoering moties eerdere ALV-en',
    ]);
    expect(motions.some((motion) => /Verantwoording uitvoering/.test(motion.title))).toBe(false);
  });

  it('re-importing, or importing another copy (other bytes), adds no record twice', async () => {
    const count = async (table: 'motions' | 'amendments' | 'agenda_items' | 'meetings' | 'clauses') =>
      Number(
        (
          await f.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const tables = ['motions', 'amendments', 'agenda_items', 'meetings', 'clauses'] as const;
    const before = await Promise.all(tables.map(count));
    const again = await importFile(f.db, f.writer, corpus('11-'), { documentsDir: f.documentsDir });
    expect(again.status).toBe('unchanged');
    for (const prefix of ['11-', '14-', '15-', '33-', '34-', '01-']) {
      const text = readFileSync(corpus(prefix), 'utf8').replace(/\n/g, '\r\n');
      const copy = await importFile(f.db, f.writer, {
        name: `kopie-${prefix}.txt`,
        bytes: Buffer.from(text),
      });
      expect(imported(copy).counts.motionsCreated ?? 0).toBe(0);
    }
    expect(await Promise.all(tables.map(count))).toEqual(before);
  });
});
