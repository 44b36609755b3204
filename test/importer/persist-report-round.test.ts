import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImportOutcome, importFile } from '../../src/importer/persist/import-file.js';
import {
  getAccountabilityRound,
  listAccountabilityRounds,
  listRoundEntries,
  recordAccountabilityDecision,
  updateAccountabilityRound,
} from '../../src/store/repositories/accountability.js';
import { createLetter } from '../../src/store/repositories/letters.js';
import { addAgendaItem, createMeeting } from '../../src/store/repositories/meetings.js';
import { ENGINES } from '../support/engines.js';
import { type ImportFixture, openImportFixture } from './persist-fixture.js';
import { type Entry, GOUDA, report, ZEIST } from './report-fixture.js';

const SUMMARY = 'Hierbij legt het bestuur verantwoording af aan de leden over de uitvoering van de moties.';
const PROPOSAL = 'Het bestuur stelt de leden voor om in te stemmen met de verantwoording.';

describe.each(ENGINES)('storing a report round with its introduction on %s', (engine) => {
  let f: ImportFixture;
  const importText = async (name: string, text: string) => {
    const outcome: ImportOutcome = await importFile(
      f.db,
      f.writer,
      { name, bytes: Buffer.from(text, 'utf8') },
      { documentsDir: f.documentsDir },
    );
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
    return outcome;
  };
  const roundOf = async (date: string) => {
    const meeting = await f.db
      .selectFrom('meetings')
      .select('id')
      .where('organisation_id', '=', f.writer.organisationId)
      .where('date', '=', date)
      .executeTakeFirstOrThrow();
    const { items } = await listAccountabilityRounds(f.db, f.writer.organisationId, {
      meetingId: meeting.id,
    });
    return getAccountabilityRound(f.db, f.writer.organisationId, items[0].id);
  };

  beforeAll(async () => {
    f = await openImportFixture(engine);
  });
  afterAll(async () => f?.cleanup());

  it('keeps summary and proposal and links the letter and the agenda item that exist', async () => {
    const meeting = await createMeeting(f.db, f.writer, {
      kind: 'alv',
      title: 'ALV 18 juni 2025',
      date: '2025-06-18',
    });
    const item = await addAgendaItem(f.db, f.writer, {
      meetingId: meeting.id,
      number: '11.',
      title: 'Verantwoording over uitvoering moties',
    });
    await createLetter(f.db, f.writer, { date: '2025-05-20', subject: 'Uitnodiging ALV 18 juni 2025' });
    const letter = await createLetter(f.db, f.writer, {
      date: '2025-05-21',
      subject: 'Uitnodiging Algemene Ledenvergadering (ALV) 18 juni 2025',
      number: 'Lbr. 25/030',
    });
    await createLetter(f.db, f.writer, { date: '2025-05-21', subject: 'Stand van zaken jeugdzorg' });
    await importText('verantwoording-2025.txt', report({ toc: [], entries: [GOUDA, ZEIST] }));
    expect(await roundOf('2025-06-18')).toMatchObject({
      summary: SUMMARY,
      proposalText: PROPOSAL,
      letterId: letter.id,
      agendaItemId: item.id,
    });
  });

  it('leaves letter and agenda item empty when the registers do not have them', async () => {
    const text = report({ toc: [], entries: [GOUDA] })
      .replace('Uitnodiging ALV 18 juni 2025', 'Uitnodiging ALV 3 december 2025')
      .replace('van 21 mei 2025', 'van 5 november 2025');
    await importText('verantwoording-najaar.txt', text);
    expect(await roundOf('2025-12-03')).toMatchObject({
      summary: SUMMARY,
      proposalText: PROPOSAL,
      letterId: null,
      agendaItemId: null,
    });
  });

  it('another copy of a report whose round was decided is imported, and leaves the decisions as they are', async () => {
    const org = f.writer.organisationId;
    const first = report({ toc: [], entries: [GOUDA, ZEIST] })
      .replace('Uitnodiging ALV 18 juni 2025', 'Uitnodiging ALV 10 juni 2026')
      .replace('van 21 mei 2025', 'van 13 mei 2026');
    await importText('verantwoording-2026.txt', first);
    const round = await roundOf('2026-06-10');
    const entries = await listRoundEntries(f.db, org, round!.id);
    expect(entries).toHaveLength(2);
    for (const entry of entries)
      await recordAccountabilityDecision(f.db, f.writer, {
        entryId: entry.id,
        decision: 'held',
        decidedAt: '2026-06-10T10:00:00.000Z',
      });
    await updateAccountabilityRound(f.db, f.writer, round!.id, { status: 'decided' });

    // The PDF of the same report, or a later edition with other words: its own bytes.
    const copy = first.replace('nog geen besluit genomen', 'nog altijd geen besluit genomen');
    const outcome = await importText('verantwoording-2026-kopie.txt', copy);
    expect(outcome.warnings).toContainEqual(expect.stringMatching(/^decided: .*2 moties/));
    const after = await listRoundEntries(f.db, org, round!.id);
    expect(after.map((entry) => [entry.text, entry.decision])).toEqual(
      entries.map((entry) => [entry.text, 'held']),
    );
    expect(await roundOf('2026-06-10')).toMatchObject({ status: 'decided' });

    // A later edition that accounts for a motion the round lacked: the decisions stand, the new entry keeps the
    // report's text and proposal, without a decision, and staff are told.
    const extra: Entry = {
      topic: 'Wonen',
      heading: ['Motie en indiener: Motie Delft “Betaalbare huurwoningen”'],
      call: ['Roept het bestuur op om te pleiten voor meer betaalbare huurwoningen.'],
      accountability: ['Het bestuur heeft dit ingebracht bij de woontop.'],
      proposal: ['Voorstel: Aanhouden'],
    };
    const edition = report({ toc: [], entries: [GOUDA, ZEIST, extra] })
      .replace('Uitnodiging ALV 18 juni 2025', 'Uitnodiging ALV 10 juni 2026')
      .replace('van 21 mei 2025', 'van 14 mei 2026');
    const later = await importText('verantwoording-2026-editie.txt', edition);
    expect(later.warnings).toContainEqual(
      expect.stringMatching(/^decided: .*1 verantwoording uit het verslag is toegevoegd zonder besluit/),
    );
    const now = await listRoundEntries(f.db, org, round!.id);
    expect(now).toHaveLength(3);
    expect(now.filter((entry) => entry.decision === 'held')).toHaveLength(2);
    expect(now.find((entry) => entry.decision === null)).toMatchObject({
      text: 'Het bestuur heeft dit ingebracht bij de woontop.',
      proposal: 'hold',
    });
  });
});
