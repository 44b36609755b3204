import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImportOutcome, importFile } from '../../src/importer/persist/import-file.js';
import {
  getAccountabilityRound,
  listAccountabilityRounds,
} from '../../src/store/repositories/accountability.js';
import { createLetter } from '../../src/store/repositories/letters.js';
import { addAgendaItem, createMeeting } from '../../src/store/repositories/meetings.js';
import { ENGINES } from '../support/engines.js';
import { type ImportFixture, openImportFixture } from './persist-fixture.js';
import { GOUDA, report, ZEIST } from './report-fixture.js';

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
});
