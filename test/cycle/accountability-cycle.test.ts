import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/importer/analyse-file.js';
import { importFiles } from '../../src/importer/persist/import-file.js';
import { loadAccountabilityReport } from '../../src/report/load-accountability-report.js';
import { renderAccountabilityReport } from '../../src/report/render-report.js';
import { seedMunicipalities } from '../../src/seed/municipalities.js';
import { approveAccountabilityRound } from '../../src/services/accountability/approve-accountability-round.js';
import { editAccountabilityRound } from '../../src/services/accountability/edit-accountability-round.js';
import { openAccountabilityRound } from '../../src/services/accountability/open-accountability-round.js';
import { recordAssemblyDecision } from '../../src/services/accountability/record-assembly-decision.js';
import { recordRoundVote } from '../../src/services/accountability/record-round-vote.js';
import {
  addMissingMotions,
  checkRoundCompleteness,
} from '../../src/services/accountability/round-completeness.js';
import { writeAccountabilityEntry } from '../../src/services/accountability/write-accountability-entry.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { draftMotion } from '../../src/services/motions/draft-motion.js';
import { recordVoteResult } from '../../src/services/motions/record-vote-result.js';
import { submitMotion } from '../../src/services/motions/submit-motion.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import {
  type EntryWithMotion,
  listAccountabilityRounds,
  listRoundEntries,
} from '../../src/store/repositories/accountability.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { listMotionTransitions } from '../../src/store/repositories/motions.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';

/** The real documents: the accountability report of ALV 18 June 2025 (003), the resolutions and the letter. */
const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const seedFiles = () =>
  readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(SEEDS, name));

const byTitle = (entries: EntryWithMotion[]) => entries.map((e) => e.motion.title).sort();

describe.each(ENGINES)('the accountability cycle over the real documents on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let writer: WriteContext;
  let org: string;
  let june: string;
  let november: string;
  let held: string[];
  const use = () => ({ db: database.db, writer });

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const organisation = await ensureOrganisation(database.db, 'vng');
    org = organisation.id;
    writer = { organisationId: org, actor: SYSTEM_ACTOR };
    await seedMunicipalities(database.db, writer);
    const outcomes = await importFiles(database.db, writer, seedFiles(), { documentsDir: null });
    expect(outcomes.map((o) => o.status)).toEqual([
      'imported',
      'imported',
      'imported',
      'imported',
      'imported',
    ]);
    june = (await listAccountabilityRounds(database.db, org, {})).items[0].id;
  }, 240_000);
  afterAll(async () => database?.cleanup());

  it('imports the report as the round of ALV 18 juni 2025 that covers every open motion, texts and proposals kept', async () => {
    const entries = await listRoundEntries(database.db, org, june);
    expect(entries).toHaveLength(23);
    expect(entries.every((e) => e.text?.trim() && e.proposal)).toBe(true);
    const proposals = entries.map((e) => e.proposal);
    expect(proposals.filter((p) => p === 'hold')).toHaveLength(9);
    expect(proposals.filter((p) => p === 'settle')).toHaveLength(13);
    expect(proposals.filter((p) => p === 'conditional')).toHaveLength(1);
    expect(
      (await checkRoundCompleteness({ db: database.db, organisationId: org, roundId: june })).missing,
    ).toEqual([]);
  });

  it('opens the next round, which takes in a motion that enters the register later', async () => {
    const meeting = await createMeeting(database.db, writer, {
      kind: 'najaars-alv',
      title: 'Najaars ALV 2025',
      date: '2025-12-03',
      startTime: '13:00',
    });
    november = (await openAccountabilityRound({ ...use(), meetingId: meeting.id })).id;
    expect(await listRoundEntries(database.db, org, november)).toHaveLength(23);
    // A motion adopted at the ALV of 18 June, recorded after the round was opened (and only once it was held).
    const alv = await database.db
      .selectFrom('accountability_rounds')
      .select('meeting_id')
      .where('id', '=', june)
      .executeTakeFirstOrThrow();
    const motion = await draftMotion({
      ...use(),
      motion: { title: 'Bestaanszekerheid voorop', topic: 'Sociaal domein', meetingId: alv.meeting_id },
      submitters: [{ name: 'Utrecht' }],
    });
    await submitMotion({ ...use(), motionId: motion.id });
    await expect(
      recordVoteResult({
        ...use(),
        motionId: motion.id,
        outcome: 'adopted',
        percentage: 96.12,
        today: '2025-06-17',
      }),
    ).rejects.toMatchObject({ code: 'meeting_not_held', details: { meetingDate: '2025-06-18' } });
    await recordVoteResult({
      ...use(),
      motionId: motion.id,
      outcome: 'adopted',
      percentage: 96.12,
      today: '2025-06-18',
    });
    const check = await checkRoundCompleteness({ db: database.db, organisationId: org, roundId: november });
    expect(check.missing.map((m) => m.title)).toEqual(['Bestaanszekerheid voorop']);
    await addMissingMotions({ ...use(), roundId: november, all: true });
    expect(
      (await checkRoundCompleteness({ db: database.db, organisationId: org, roundId: november })).missing,
    ).toEqual([]);
  });

  it('decides the June round at its meeting, not before, with the conditional proposal decided explicitly', async () => {
    await approveAccountabilityRound({ ...use(), roundId: june });
    const decide = (today: string, extra: object = {}) =>
      recordAssemblyDecision({ ...use(), roundId: june, followProposals: true, today, ...extra });
    await expect(decide('2025-06-17')).rejects.toMatchObject({ code: 'meeting_not_held' });
    const entries = await listRoundEntries(database.db, org, june);
    const conditional = entries.find((e) => e.proposal === 'conditional')!;
    await expect(decide('2025-06-18')).rejects.toMatchObject({
      code: 'conditional_undecided',
      details: {
        entries: [
          expect.objectContaining({ entryId: conditional.id, motionTitle: conditional.motion.title }),
        ],
      },
    });
    const decided = await decide('2025-06-18', {
      decisions: [{ entryId: conditional.id, decision: 'held' }],
    });
    expect(decided).toMatchObject({ status: 'decided', decidedOn: '2025-06-18' });
    const vote = await recordRoundVote({
      ...use(),
      roundId: june,
      vote: { outcome: 'adopted', percentage: 97.63 },
      today: '2025-06-18',
    });
    expect(vote.voteResult).toBe('aangenomen met 97,63%');
    const after = await listRoundEntries(database.db, org, june);
    held = after.filter((e) => e.decision === 'held').map((e) => e.motionId);
    expect(held).toHaveLength(10);
    expect(after.filter((e) => e.decision === 'settled')).toHaveLength(13);
    const transitions = await listMotionTransitions(database.db, conditional.motionId);
    expect(transitions.at(-1)).toMatchObject({ toStatus: 'held', at: expect.stringMatching(/^2025-06-18T/) });
  });

  it('carries exactly the held motions (and the later one) into the next round by itself', async () => {
    const entries = await listRoundEntries(database.db, org, november);
    expect(entries.map((e) => e.motionId).sort()).toEqual(
      [...held, entries.find((e) => e.motion.title === 'Bestaanszekerheid voorop')!.motionId].sort(),
    );
    expect(
      (await checkRoundCompleteness({ db: database.db, organisationId: org, roundId: november })).missing,
    ).toEqual([]);
  });

  it('writes, approves and decides the next round in order; its report reads back through the importer in every format', async () => {
    const entries = await listRoundEntries(database.db, org, november);
    for (const [i, entry] of entries.entries())
      await writeAccountabilityEntry({
        ...use(),
        roundId: november,
        entryId: entry.id,
        text: `Stand van zaken → ${entry.motion.title}: het Rijk heeft €\u00a01,2 miljard toegezegd.`,
        proposal: i % 3 === 0 ? 'settle' : 'hold',
      });
    await expect(
      editAccountabilityRound({
        ...use(),
        roundId: november,
        changes: { summary: 'Het bestuur legt verantwoording af over 12 moties.' },
      }),
    ).rejects.toMatchObject({ code: 'count_mismatch' });
    await editAccountabilityRound({ ...use(), roundId: november, changes: { reportDate: '2025-11-05' } });
    await approveAccountabilityRound({ ...use(), roundId: november });

    const model = await loadAccountabilityReport(database.db, org, { roundId: november });
    const written = model.groups.flatMap((g) => g.motions);
    expect(model.counts.motions).toBe(entries.length);
    expect(model.counts.settle + model.counts.hold).toBe(entries.length);
    expect(model.cover.reportDate).toBe('2025-11-05');
    for (const format of ['docx', 'pdf', 'html'] as const) {
      const rendered = await renderAccountabilityReport(model, format, { estimatePages: false });
      const analysis = await analyseFile({ name: `verantwoording.${format}`, bytes: rendered.bytes });
      expect(analysis.kind, format).toBe('accountability-report');
      expect(analysis.meeting, format).toEqual({ kind: 'najaars-alv', date: '2025-12-03' });
      expect(
        analysis.motions.map((m) => [m.title, m.proposal]),
        format,
      ).toEqual(written.map((m) => [m.title, m.proposal]));
      expect(
        analysis.motions.every((m) => m.accountability?.includes('→') && m.accountability.includes('€')),
        format,
      ).toBe(true);
    }

    await expect(
      recordAssemblyDecision({ ...use(), roundId: november, followProposals: true, today: '2025-12-02' }),
    ).rejects.toMatchObject({ code: 'meeting_not_held' });
    const decided = await recordAssemblyDecision({
      ...use(),
      roundId: november,
      followProposals: true,
      today: '2025-12-03',
    });
    expect(decided.status).toBe('decided');

    // The round after carries exactly the motions held in November.
    const stillHeld = (await listRoundEntries(database.db, org, november))
      .filter((e) => e.decision === 'held')
      .map((e) => e.motionId)
      .sort();
    const next = await createMeeting(database.db, writer, {
      kind: 'alv',
      title: 'ALV 2026',
      date: '2026-06-10',
    });
    const nextRound = await openAccountabilityRound({ ...use(), meetingId: next.id });
    const carried = (await listRoundEntries(database.db, org, nextRound.id)).map((e) => e.motionId).sort();
    expect(carried).toEqual(stillHeld);
    expect(byTitle(await listRoundEntries(database.db, org, nextRound.id))).toHaveLength(stillHeld.length);
  }, 240_000);
});
