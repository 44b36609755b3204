import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/importer/analyse-file.js';
import { importFile } from '../../src/importer/persist/import-file.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { createOrganisationOfKind } from '../../src/services/organisations/create-organisation.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import type { Db } from '../../src/store/database.js';
import { listAllCommitments } from '../../src/store/repositories/agreements.js';
import { listProvenanceForEntity } from '../../src/store/repositories/documents.js';
import { listMeetings } from '../../src/store/repositories/meetings.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';

const fixture = (name: string) => new URL(`../fixtures/councils/${name}`, import.meta.url).pathname;
const FIRST = fixture('toezeggingenlijst-ris-export.csv');
const LATER = fixture('toezeggingenlijst-ris-export-later.csv');

describe('reading a RIS commitment list (CSV export)', () => {
  it('reads every row with its number, meeting date, portfolio holder, due date, status and fulfilment', async () => {
    const analysis = await analyseFile(FIRST);
    expect(analysis.kind).toBe('commitment-list');
    expect(analysis.agreements).toHaveLength(5);
    expect(analysis.agreements[0]).toMatchObject({
      number: 'T-2023-01',
      meetingDate: '2023-02-09',
      portfolioHolder: 'Wethouder M. de Wit',
      due: '2023-07-01',
      status: 'fulfilled',
      fulfilledOn: '2023-06-20',
      fulfilment: 'Raadsinformatiebrief 23.0412 van 20 juni 2023; de raad is geïnformeerd.',
      source: { lines: { from: 2, to: 2 } },
    });
    // A quoted field over two lines, with a doubled quote in the text.
    expect(analysis.agreements[1]).toMatchObject({
      text: 'Het college stuurt de raad de evaluatie van de pilot "groene schoolpleinen" toe.',
      status: 'partly-fulfilled',
      source: { lines: { from: 3, to: 4 } },
    });
    expect(analysis.agreements[3]).toMatchObject({ due: '2024-05-01', status: 'open' });
    expect(analysis.agreements[4]).toMatchObject({ due: null, status: 'withdrawn' });
    expect(analysis.warnings).toEqual([
      'invalid-date: Toezegging T-2024-02: de streefdatum "volgt" is geen datum; die is leeg gelaten.',
    ]);
  });

  it('skips a cut-off last row with a warning, never completing it', async () => {
    const analysis = await analyseFile(LATER);
    expect(analysis.agreements.map((a) => (a as { number?: string }).number)).toEqual([
      'T-2023-02',
      'T-2023-03',
    ]);
    expect(analysis.warnings[0]).toMatch(
      /^truncated: Toezegging T-2024-03 \(regel 4\) heeft 6 van de 8 kolommen/,
    );
  });
});

describe.each(ENGINES)('importing a RIS commitment list into a council, on %s', (engine) => {
  let db: Db;
  let cleanup: () => Promise<void>;
  let council: WriteContext;
  let association: WriteContext;

  beforeAll(async () => {
    const opened = await openTestDatabase(engine);
    db = opened.db;
    cleanup = opened.cleanup;
    const org = await createOrganisationOfKind(db, {
      kind: 'gemeenteraad',
      name: 'Gemeenteraad Rivierstad',
      slug: 'rivierstad',
      actor: SYSTEM_ACTOR,
    });
    council = { organisationId: org.id, actor: SYSTEM_ACTOR };
    association = { organisationId: (await ensureOrganisation(db, 'vng')).id, actor: SYSTEM_ACTOR };
  });
  afterAll(async () => cleanup?.());

  it('stores each row as a commitment of its council meeting, with provenance', async () => {
    const outcome = await importFile(db, council, FIRST, { documentsDir: null });
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
    expect(outcome.kind).toBe('commitment-list');
    expect(outcome.counts).toMatchObject({ commitmentsCreated: 5, meetings: 4 });
    const meetings = (await listMeetings(db, council.organisationId, {}, { limit: 10, offset: 0 }, 'date'))
      .items;
    expect(meetings.map((m) => [m.kind, m.date, m.title])).toEqual([
      ['council-meeting', '2023-02-09', 'Raadsvergadering 9 februari 2023'],
      ['council-meeting', '2023-04-13', 'Raadsvergadering 13 april 2023'],
      ['council-meeting', '2024-01-11', 'Raadsvergadering 11 januari 2024'],
      ['council-meeting', '2024-03-14', 'Raadsvergadering 14 maart 2024'],
    ]);
    const commitments = await listAllCommitments(db, council.organisationId);
    expect(commitments).toHaveLength(5);
    const first = commitments.find((c) => c.text.includes('woningbouwopgave'))!;
    expect(first).toMatchObject({
      kind: 'commitment',
      meetingId: meetings[0]!.id,
      portfolioHolder: 'Wethouder M. de Wit',
      dueDate: '2023-07-01',
      status: 'fulfilled',
      fulfilledOn: '2023-06-20',
    });
    const provenance = await listProvenanceForEntity(db, council.organisationId, 'agreement', first.id);
    expect(provenance.map((p) => [p.documentId, p.fromLine, p.toLine])).toEqual([[outcome.documentId, 2, 2]]);
  });

  it('a later export updates status and fulfilment, adds nothing twice, and stays in its own organisation', async () => {
    const outcome = await importFile(db, council, LATER, { documentsDir: null });
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
    expect(outcome.counts).toEqual({ commitmentsUpdated: 1, commitmentsMatched: 1 });
    expect(outcome.warnings.some((w) => w.startsWith('truncated:'))).toBe(true);
    const commitments = await listAllCommitments(db, council.organisationId);
    expect(commitments).toHaveLength(5);
    expect(commitments.find((c) => c.text.includes('schoolpleinen'))).toMatchObject({
      status: 'fulfilled',
      fulfilledOn: '2024-01-15',
      fulfilment: 'Evaluatie van alle vijf scholen toegestuurd (RIB 24.0107).',
    });
    expect(await listAllCommitments(db, association.organisationId)).toEqual([]);
    expect((await listMeetings(db, association.organisationId)).total).toBe(0);
  });

  it('the same bytes twice change nothing', async () => {
    const again = await importFile(db, council, FIRST, { documentsDir: null });
    expect(again.status).toBe('unchanged');
    expect(await listAllCommitments(db, council.organisationId)).toHaveLength(5);
  });
});
