import { describe, expect, it } from 'vitest';
import {
  type AccountabilityRound,
  applyAssemblyDecision,
  approveAccountabilityRound,
  groupEntriesForReport,
  openAccountabilityRound,
  selectMotionsForAccountability,
  writeAccountabilityEntry,
} from '../../../src/domain/index.js';
import { buildEntry, buildMeeting, buildMotion, nextId } from './factories.js';

const AT = '2025-06-18T11:00:00.000Z';
const alv2025 = buildMeeting('alv-2025', '2025-06-18');
const najaars2024 = buildMeeting('najaars-2024', '2024-11-29', 'najaars-alv');
const extra2024 = buildMeeting('extra-2024', '2024-05-24', 'extra-alv');
const alv2022 = buildMeeting('alv-2022', '2022-06-29');
const adoptedAt = (meeting: { id: string; date: string }) => ({
  adoptedAtMeetingId: meeting.id,
  adoptedOn: meeting.date,
});

function approvedRound(): AccountabilityRound {
  return {
    id: 'round-1',
    organisationId: 'org-1',
    meetingId: alv2025.id,
    status: 'approved',
    letterId: null,
    agendaItemId: null,
    openedAt: AT,
    approvedAt: AT,
    approvedBy: 'board',
    decidedAt: null,
  };
}

describe('opening a round', () => {
  const motions = [
    buildMotion({ id: 'adopted-earlier', status: 'adopted', ...adoptedAt(najaars2024) }),
    buildMotion({ id: 'held-earlier', status: 'held', ...adoptedAt(alv2022) }),
    buildMotion({ id: 'settled', status: 'settled', ...adoptedAt(alv2022) }),
    buildMotion({ id: 'rejected', status: 'rejected' }),
    buildMotion({ id: 'submitted', status: 'submitted' }),
    buildMotion({ id: 'adopted-today', status: 'adopted', ...adoptedAt(alv2025) }),
  ];

  it('selects adopted and held motions adopted before the meeting', () => {
    const ids = selectMotionsForAccountability({ motions, meeting: alv2025 }).map((motion) => motion.id);
    expect(ids).toEqual(['adopted-earlier', 'held-earlier']);
  });

  it('creates an empty entry per open motion', () => {
    const { round, entries } = openAccountabilityRound({
      organisationId: 'org-1',
      meeting: alv2025,
      motions,
      at: AT,
      createId: nextId,
    });
    expect(round).toMatchObject({ status: 'open', meetingId: 'alv-2025', openedAt: AT });
    expect(entries.map((entry) => entry.motionId)).toEqual(['adopted-earlier', 'held-earlier']);
    expect(entries.every((entry) => entry.roundId === round.id && entry.proposal === null)).toBe(true);
  });
});

describe('writing and approving', () => {
  const open: AccountabilityRound = {
    ...approvedRound(),
    status: 'open',
    approvedAt: null,
    approvedBy: null,
  };

  it('requires a condition for a conditional proposal', () => {
    const entry = buildEntry(open.id, 'm1', { proposal: null, text: '' });
    expect(() =>
      writeAccountabilityEntry({
        round: open,
        entry,
        text: 'Tekst',
        proposal: 'conditional',
        condition: '  ',
      }),
    ).toThrowError(expect.objectContaining({ code: 'condition_required' }));
    const written = writeAccountabilityEntry({
      round: open,
      entry,
      text: 'Tekst',
      proposal: 'conditional',
      condition: 'aanhouden, tenzij het akkoord wordt ondertekend',
    });
    expect(written).toMatchObject({
      proposal: 'conditional',
      condition: 'aanhouden, tenzij het akkoord wordt ondertekend',
    });
  });

  it('refuses edits after board approval', () => {
    const entry = buildEntry('round-1', 'm1');
    expect(() =>
      writeAccountabilityEntry({ round: approvedRound(), entry, text: 'x', proposal: 'hold' }),
    ).toThrowError(expect.objectContaining({ code: 'round_not_open' }));
  });

  it('approves only when every entry has a text and a proposal', () => {
    const complete = buildEntry(open.id, 'm1');
    const empty = buildEntry(open.id, 'm2', { proposal: null });
    expect(() =>
      approveAccountabilityRound({ round: open, entries: [complete, empty], at: AT, actorId: 'board' }),
    ).toThrowError(expect.objectContaining({ code: 'round_incomplete', details: { entryIds: [empty.id] } }));
    const approved = approveAccountabilityRound({
      round: open,
      entries: [complete],
      at: AT,
      actorId: 'board',
    });
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'board', approvedAt: AT });
    expect(() =>
      approveAccountabilityRound({ round: approved, entries: [], at: AT, actorId: 'b' }),
    ).toThrowError(expect.objectContaining({ code: 'illegal_transition', current: 'approved' }));
  });
});

describe('assembly decisions', () => {
  const round = approvedRound();
  const adopted = buildMotion({ id: 'a', status: 'adopted', ...adoptedAt(najaars2024) });
  const held = buildMotion({ id: 'h', status: 'held', ...adoptedAt(alv2022) });
  const conditional = buildMotion({ id: 'c', status: 'adopted', ...adoptedAt(najaars2024) });
  const entries = [
    buildEntry(round.id, 'a', { proposal: 'settle' }),
    buildEntry(round.id, 'h', { proposal: 'hold' }),
    buildEntry(round.id, 'c', { proposal: 'conditional', condition: 'tenzij het akkoord wordt ondertekend' }),
  ];
  const motions = [adopted, held, conditional];

  it('refuses to follow all proposals while a conditional entry has no explicit decision, naming it', () => {
    expect(() =>
      applyAssemblyDecision({ round, entries, motions, followProposals: true, at: AT, actorId: 'chair' }),
    ).toThrowError(
      expect.objectContaining({
        code: 'conditional_undecided',
        details: { entries: [expect.objectContaining({ entryId: entries[2].id, motionId: 'c' })] },
      }),
    );
  });

  it('follows the proposals in one vote for the held and settled ones, decided per entry otherwise', () => {
    const result = applyAssemblyDecision({
      round,
      entries,
      motions,
      decisions: [
        { entryId: entries[0].id, decision: 'settled' },
        { entryId: entries[1].id, decision: 'held' },
      ],
      at: AT,
      actorId: 'chair',
      voteId: 'vote-verantwoording',
    });
    expect(result.entries.map((entry) => entry.decision)).toEqual(['settled', 'held', null]);
    expect(result.motions.map((motion) => [motion.id, motion.status])).toEqual([
      ['a', 'settled'],
      ['h', 'held'],
    ]);
    expect(result.transitions).toEqual([
      expect.objectContaining({
        motionId: 'a',
        from: 'adopted',
        to: 'settled',
        accountabilityEntryId: entries[0].id,
      }),
      expect.objectContaining({
        motionId: 'h',
        from: 'held',
        to: 'held',
        meetingId: 'alv-2025',
        voteId: 'vote-verantwoording',
      }),
    ]);
    expect(result.round.status).toBe('approved');

    const later = applyAssemblyDecision({
      round: result.round,
      entries: result.entries,
      motions,
      decisions: [{ entryId: entries[2].id, decision: 'held' }],
      followProposals: true,
      at: AT,
      actorId: 'chair',
    });
    expect(later.entries.map((entry) => entry.decision)).toEqual(['settled', 'held', 'held']);
    expect(later.motions.map((motion) => [motion.id, motion.status])).toEqual([['c', 'held']]);
    expect(later.round).toMatchObject({ status: 'decided', decidedAt: AT });
  });

  it('lets the assembly overrule a proposal per entry', () => {
    const result = applyAssemblyDecision({
      round,
      entries: [entries[0]],
      motions,
      decisions: [{ entryId: entries[0].id, decision: 'held' }],
      at: AT,
      actorId: 'chair',
    });
    expect(result.motions[0]).toMatchObject({ id: 'a', status: 'held' });
    expect(result.entries[0]).toMatchObject({ decision: 'held', decidedOn: '2025-06-18' });
  });

  it('refuses a round the board has not approved, a decided entry and foreign entries', () => {
    const base = { entries, motions, at: AT, actorId: 'chair', followProposals: true };
    expect(() => applyAssemblyDecision({ ...base, round: { ...round, status: 'open' } })).toThrowError(
      expect.objectContaining({ code: 'round_not_approved' }),
    );
    const decided = { ...entries[0], decision: 'settled' as const };
    expect(() =>
      applyAssemblyDecision({
        ...base,
        entries: [decided],
        decisions: [{ entryId: decided.id, decision: 'held' }],
        round,
      }),
    ).toThrowError(expect.objectContaining({ code: 'entry_already_decided' }));
    expect(() =>
      applyAssemblyDecision({ ...base, round, decisions: [{ entryId: 'elsewhere', decision: 'held' }] }),
    ).toThrowError(expect.objectContaining({ code: 'entry_not_in_round' }));
  });

  it('refuses to settle a motion that was already settled', () => {
    const settled = buildMotion({ id: 's', status: 'settled' });
    const entry = buildEntry(round.id, 's', { proposal: 'settle' });
    expect(() =>
      applyAssemblyDecision({
        round,
        entries: [entry],
        motions: [settled],
        followProposals: true,
        at: AT,
        actorId: null,
      }),
    ).toThrowError(expect.objectContaining({ code: 'illegal_transition', current: 'settled' }));
  });
});

describe('report table of contents', () => {
  it('lists held-over motions by adopting meeting (oldest first), then those of the last assembly', () => {
    const bijeenkomst = buildMeeting('bijeenkomst', '2025-03-01', 'ledenbijeenkomst');
    const meetings = [alv2022, extra2024, najaars2024, bijeenkomst, alv2025];
    const motions = [
      buildMotion({ id: 'new-1', status: 'adopted', ...adoptedAt(najaars2024) }),
      buildMotion({ id: 'extra', status: 'held', ...adoptedAt(extra2024) }),
      buildMotion({ id: 'old', status: 'held', ...adoptedAt(alv2022) }),
      buildMotion({ id: 'new-2', status: 'adopted', ...adoptedAt(najaars2024) }),
    ];
    const entries = motions.map((motion) => buildEntry('round-1', motion.id));
    const groups = groupEntriesForReport({ entries, motions, meetings, meeting: alv2025 });
    expect(
      groups.map((group) => [
        group.kind,
        group.meetingId,
        group.meetingKind,
        group.entries.map((e) => e.motionId),
      ]),
    ).toEqual([
      ['held-over', 'alv-2022', 'alv', ['old']],
      ['held-over', 'extra-2024', 'extra-alv', ['extra']],
      ['adopted-at-last-assembly', 'najaars-2024', 'najaars-alv', ['new-1', 'new-2']],
    ]);
  });
});
