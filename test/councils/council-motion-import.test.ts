import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/importer/persist/import-file.js';
import { previewImport } from '../../src/importer/persist/preview-import.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { createOrganisationOfKind } from '../../src/services/organisations/create-organisation.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import type { Db } from '../../src/store/database.js';
import { createFaction } from '../../src/store/repositories/council.js';
import { listMeetings } from '../../src/store/repositories/meetings.js';
import { listMotions } from '../../src/store/repositories/motions.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url);
const corpusFile = (name: string) => new URL(name, CORPUS).pathname;
type Expected = {
  meeting: { kind: string; date: string };
  motions: { title: string; submitters?: string[]; signatories?: string[] }[];
};
const expected = (name: string): Expected =>
  JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.expected.json'), CORPUS), 'utf8'));

const RIJSWIJK = '15-rijswijk-ibabs-motie-speelplaatsen-10plus-2019.txt';
const ALPHEN = '16-alphen-notubiz-motie-raadswerkgroep-dierenwelzijn-2022.txt';
const OVERIJSSEL = '24-overijssel-ps-motie-van-treurnis-2019.txt';
const page = { limit: 50, offset: 0 };

describe.each(ENGINES)('council motion documents imported into a council, on %s', (engine) => {
  let db: Db;
  let cleanup: () => Promise<void>;
  let council: WriteContext;
  let staten: WriteContext;
  let association: WriteContext;

  async function councilOf(kind: 'gemeenteraad' | 'provinciale-staten', slug: string, factions: string[][]) {
    const org = await createOrganisationOfKind(db, { kind, name: `Raad ${slug}`, slug, actor: SYSTEM_ACTOR });
    const w = { organisationId: org.id, actor: SYSTEM_ACTOR };
    for (const [name, shortName] of factions)
      await createFaction(db, w, {
        name,
        shortName,
        seats: 3,
        termStart: '2018-03-29',
        termEnd: '2026-03-25',
      });
    return w;
  }

  beforeAll(async () => {
    const opened = await openTestDatabase(engine);
    db = opened.db;
    cleanup = opened.cleanup;
    // Rijswijk's factions (and Alphen's NE) by full name and abbreviation; Overijssel's lacks the SP.
    council = await councilOf('gemeenteraad', 'rijswijk', [
      ['VVD', 'VVD'],
      ['Wij Rijswijk', 'WIJ'],
      ['Beter voor Rijswijk', 'BvR'],
      ['Partij van de Arbeid', 'PvdA'],
      ['Democraten 66', 'D66'],
      ['Natuurlijk Alphen', 'NE'],
    ]);
    staten = await councilOf('provinciale-staten', 'overijssel', [
      ['Partij voor de Dieren', 'PvdD'],
      ['D66', 'D66'],
      ['GroenLinks', 'GL'],
    ]);
    association = { organisationId: (await ensureOrganisation(db, 'vng')).id, actor: SYSTEM_ACTOR };
  });
  afterAll(async () => cleanup?.());

  it('imports a council motion with the meeting from the document, its factions as submitters and its signatories', async () => {
    const want = expected(RIJSWIJK);
    const outcome = await importFile(db, council, corpusFile(RIJSWIJK), { documentsDir: null });
    expect(outcome.status).toBe('imported');
    const meetings = (await listMeetings(db, council.organisationId)).items;
    expect(meetings.map((m) => [m.kind, m.date, m.title])).toEqual([
      ['council-meeting', want.meeting.date, 'Raadsvergadering 9 juli 2019'],
    ]);
    const [motion] = (await listMotions(db, council.organisationId, {}, page)).items;
    expect(motion?.title).toBe(want.motions[0]!.title);
    expect(motion?.meetingId).toBe(meetings[0]!.id);
    // The factions under the organisation's own names, in the order written.
    expect(motion?.submitters.map((s) => s.name)).toEqual([
      'VVD',
      'Wij Rijswijk',
      'Beter voor Rijswijk',
      'Partij van de Arbeid',
      'Democraten 66',
    ]);
    expect(want.motions[0]!.submitters).toEqual(['VVD', 'WIJ', 'BvR', 'PvdA', 'D66']);
    expect(motion?.signatories.map((s) => s.name)).toEqual(want.motions[0]!.signatories);
    expect(motion?.signatories[0]).toEqual({ name: 'Caroline de Mooij', party: 'VVD' });
  });

  it('warns in the preview about a faction the organisation does not have, and keeps the submitter', async () => {
    const preview = await previewImport(db, staten, corpusFile(OVERIJSSEL));
    if (preview.status !== 'preview') throw new Error(JSON.stringify(preview));
    const warning = preview.registerWarnings.find((w) => w.startsWith('unknown-faction:'));
    expect(warning).toContain('"SP"');
    expect(warning).toContain('Harry Broekhuis');
    expect((await listMotions(db, staten.organisationId, {}, page)).total).toBe(0);
    const outcome = await importFile(db, staten, corpusFile(OVERIJSSEL), { documentsDir: null });
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
    expect(outcome.warnings.some((w) => w.startsWith('unknown-faction:'))).toBe(true);
    const want = expected(OVERIJSSEL);
    const [motion] = (await listMotions(db, staten.organisationId, {}, page)).items;
    expect(motion?.submitters.map((s) => s.name)).toEqual([
      'Partij voor de Dieren',
      'D66',
      'GroenLinks',
      'SP',
    ]);
    expect(motion?.signatories.map((s) => s.name)).toEqual(want.motions[0]!.signatories);
    const [meeting] = (await listMeetings(db, staten.organisationId)).items;
    expect([meeting?.kind, meeting?.date, meeting?.title]).toEqual([
      'council-meeting',
      want.meeting.date,
      'Statenvergadering 16 oktober 2019',
    ]);
  });

  it('matches factions by abbreviation from a faction column (Notubiz) and keeps the council apart', async () => {
    const want = expected(ALPHEN);
    await importFile(db, council, corpusFile(ALPHEN), { documentsDir: null });
    const motion = (await listMotions(db, council.organisationId, {}, page)).items.find(
      (m) => m.title === want.motions[0]!.title,
    );
    expect(motion?.submitters.map((s) => s.name)).toEqual(['Democraten 66', 'Natuurlijk Alphen', 'VVD']);
    const meetings = (await listMeetings(db, council.organisationId)).items;
    expect(meetings.find((m) => m.id === motion?.meetingId)?.date).toBe(want.meeting.date);
    // Nothing of it in the association: its register has no council meeting or motion.
    expect((await listMotions(db, association.organisationId, {}, page)).total).toBe(0);
    expect((await listMeetings(db, association.organisationId)).total).toBe(0);
  });

  it('keeps a council motion imported into the association out of its assemblies', async () => {
    await importFile(db, association, corpusFile(RIJSWIJK), { documentsDir: null });
    const [motion] = (await listMotions(db, association.organisationId, {}, page)).items;
    expect(motion?.meetingId).toBeNull();
    expect(motion?.submitters.map((s) => s.name)).toEqual(['VVD', 'WIJ', 'BvR', 'PvdA', 'D66']);
    expect((await listMeetings(db, association.organisationId)).total).toBe(0);
  });
});
