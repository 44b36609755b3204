import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  approveAccountabilityEntry,
  createAccountabilityEntry,
  createAccountabilityRound,
  listAccountabilityRounds,
  listMotionAccountability,
  listRoundEntries,
  recordAccountabilityDecision,
  updateAccountabilityRound,
  upsertAccountabilityEntry,
} from '../../src/store/repositories/accountability.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { createMotion } from '../../src/store/repositories/motions.js';
import { ENGINES } from '../support/engines.js';
import { auditActions, openStoreFixture, type StoreFixture } from './store-fixture.js';

describe.each(ENGINES)('accountability repository on %s', (engine) => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await openStoreFixture(engine);
  });
  afterAll(async () => f?.cleanup());

  it('creates an entry for a motion the round has none for, at its place or last; a second one is refused and changes nothing', async () => {
    const meeting = await createMeeting(f.db, f.ctx, { kind: 'alv', title: 'ALV 2023', date: '2023-06-14' });
    const later = await createMeeting(f.db, f.ctx, {
      kind: 'najaars-alv',
      title: 'Najaars-ALV 2023',
      date: '2023-12-01',
    });
    const motions = [];
    for (const title of ['Jeugdzorg', 'Omgevingswet', 'Asielopvang'])
      motions.push(
        await createMotion(f.db, f.ctx, {
          title,
          status: 'adopted',
          meetingId: meeting.id,
          submitters: [{ memberId: f.members.GM0363, name: 'Amsterdam' }],
        }),
      );
    const round = await createAccountabilityRound(f.db, f.ctx, {
      meetingId: later.id,
      title: 'Verantwoording 2023',
    });
    const first = await createAccountabilityEntry(f.db, f.ctx, {
      roundId: round.id,
      motionId: motions[0].id,
      text: 'Afgerond',
      proposal: 'settle',
      position: 5,
    });
    expect(first).toMatchObject({ position: 5, proposal: 'settle', text: 'Afgerond', decision: null });
    const second = await createAccountabilityEntry(f.db, f.ctx, {
      roundId: round.id,
      motionId: motions[1].id,
    });
    expect(second.position).toBe(6);
    const events = async () =>
      Number(
        (
          await f.db
            .selectFrom('audit_events')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await events();
    await expect(
      createAccountabilityEntry(f.db, f.ctx, {
        roundId: round.id,
        motionId: motions[0].id,
        text: 'nog eens',
      }),
    ).rejects.toThrow();
    expect(await events()).toBe(before);
    const entries = await listRoundEntries(f.db, f.ctx.organisationId, round.id);
    expect(entries.map((e) => [e.motion.title, e.position, e.text])).toEqual([
      ['Jeugdzorg', 5, 'Afgerond'],
      ['Omgevingswet', 6, null],
    ]);
    await expect(
      createAccountabilityEntry(f.db, f.ctx, {
        roundId: round.id,
        motionId: '01a22ef0-0000-7000-8000-000000000000',
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('runs a round: entries, approval, decisions; lists with motion, submitters and meeting', async () => {
    const alv = await createMeeting(f.db, f.ctx, { kind: 'alv', title: 'ALV 2024', date: '2024-06-05' });
    const najaar = await createMeeting(f.db, f.ctx, {
      kind: 'najaars-alv',
      title: 'Najaars-ALV 2024',
      date: '2024-12-04',
    });
    const alv25 = await createMeeting(f.db, f.ctx, { kind: 'alv', title: 'ALV 2025', date: '2025-06-18' });
    const m1 = await createMotion(f.db, f.ctx, {
      title: 'Nieuwkomersonderwijs',
      status: 'adopted',
      meetingId: alv.id,
      andOthers: true,
      submitters: [
        { memberId: f.members.GM0513, name: 'Gouda' },
        { memberId: f.members.GM1931, name: 'Krimpenerwaard' },
      ],
    });
    const m2 = await createMotion(f.db, f.ctx, {
      title: 'Warmtegemeenschappen',
      status: 'adopted',
      meetingId: alv.id,
      submitters: [{ memberId: f.members.GM0363, name: 'Amsterdam' }],
    });
    const round = await createAccountabilityRound(f.db, f.ctx, {
      meetingId: najaar.id,
      title: 'Verantwoording Najaars-ALV 2024',
    });
    expect(round.status).toBe('open');
    const e1 = await upsertAccountabilityEntry(f.db, f.ctx, {
      roundId: round.id,
      motionId: m1.id,
      text: 'In uitvoering',
      proposal: 'hold',
    });
    await upsertAccountabilityEntry(f.db, f.ctx, {
      roundId: round.id,
      motionId: m2.id,
      text: 'Afgerond',
      proposal: 'settle',
    });
    const again = await upsertAccountabilityEntry(f.db, f.ctx, {
      roundId: round.id,
      motionId: m1.id,
      text: 'In uitvoering; gesprek met OCW loopt',
    });
    expect(again.id).toBe(e1.id);
    expect(again.proposal).toBe('hold');

    await approveAccountabilityEntry(f.db, f.ctx, e1.id);
    const entries = await listRoundEntries(f.db, f.ctx.organisationId, round.id);
    expect(entries.map((e) => e.motion.title)).toEqual(['Nieuwkomersonderwijs', 'Warmtegemeenschappen']);
    expect(entries[0].motion.submitters.map((s) => s.name)).toEqual(['Gouda', 'Krimpenerwaard']);
    expect(entries[0].motion.andOthers).toBe(true);
    expect(entries[0].meeting).toMatchObject({ title: 'ALV 2024', date: '2024-06-05', kind: 'alv' });
    expect(entries[0].approvedAt).not.toBeNull();
    expect(entries[0].text).toBe('In uitvoering; gesprek met OCW loopt');

    const decided = await recordAccountabilityDecision(f.db, f.ctx, { entryId: e1.id, decision: 'held' });
    expect(decided.decision).toBe('held');
    await expect(
      recordAccountabilityDecision(f.db, f.ctx, { entryId: e1.id, decision: 'settled' }),
    ).rejects.toMatchObject({
      code: 'entry_already_decided',
    });
    await expect(
      upsertAccountabilityEntry(f.db, f.ctx, { roundId: round.id, motionId: m1.id, text: 'te laat' }),
    ).rejects.toMatchObject({ code: 'entry_already_decided' });
    await updateAccountabilityRound(f.db, f.ctx, round.id, { status: 'decided' });

    const round2 = await createAccountabilityRound(f.db, f.ctx, {
      meetingId: alv25.id,
      title: 'Verantwoording ALV 2025',
    });
    const e2 = await upsertAccountabilityEntry(f.db, f.ctx, {
      roundId: round2.id,
      motionId: m1.id,
      proposal: 'settle',
    });
    await recordAccountabilityDecision(f.db, f.ctx, { entryId: e2.id, decision: 'settled' });
    const history = await listMotionAccountability(f.db, f.ctx.organisationId, m1.id);
    expect(history.map((h) => [h.round.meetingTitle, h.decision])).toEqual([
      ['Najaars-ALV 2024', 'held'],
      ['ALV 2025', 'settled'],
    ]);
    const rounds = await listAccountabilityRounds(f.db, f.ctx.organisationId, { status: ['decided'] });
    expect(rounds.items.map((r) => r.id)).toEqual([round.id]);
    expect(await auditActions(f, e1.id)).toEqual([
      'accountability-entry.created',
      'accountability-entry.updated',
      'accountability-entry.approved',
      'accountability-entry.decided',
    ]);
  });

  it('refuses approval of an entry without a proposal', async () => {
    const m = await createMeeting(f.db, f.ctx, { kind: 'alv', title: 'ALV 2026', date: '2026-06-10' });
    const motion = await createMotion(f.db, f.ctx, { title: 'Omgevingswet', status: 'held', submitters: [] });
    const round = await createAccountabilityRound(f.db, f.ctx, { meetingId: m.id, title: 'R' });
    const e = await upsertAccountabilityEntry(f.db, f.ctx, {
      roundId: round.id,
      motionId: motion.id,
      text: 'Nog niets',
    });
    await expect(approveAccountabilityEntry(f.db, f.ctx, e.id)).rejects.toMatchObject({
      code: 'decision_required',
    });
  });
});
