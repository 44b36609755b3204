import { describe, expect, it } from 'vitest';
import {
  applyAssemblyDecision,
  approveAccountabilityRound,
  findLastAssembly,
  groupEntriesForReport,
  openAccountabilityRound,
  selectMotionsForAccountability,
  writeAccountabilityEntry,
} from '../../../src/domain/index.js';
import type { AccountabilityRoundRecord } from '../../../src/store/repositories/accountability.js';
import type { MeetingRecord } from '../../../src/store/repositories/meetings.js';
import { buildEntry, buildMeeting, buildMotion, nextId } from './factories.js';

const AT = '2025-06-18T11:00:00.000Z';
const alv2025 = buildMeeting('alv-2025', '2025-06-18');
const najaars2024 = buildMeeting('najaars-2024', '2024-11-29', 'najaars-alv');
const extra2024 = buildMeeting('extra-2024', '2024-05-24', 'extra-alv');
const alv2022 = buildMeeting('alv-2022', '2022-06-29');
/** A motion adopted at `meeting`, as the round reads it: its meeting and that meeting's date. */
const adoptedAt = (meeting: MeetingRecord) => ({ meetingId: meeting.id, adoptedOn: meeting.date });

function approvedRound(): AccountabilityRoundRecord {
  return {
    id: 'round-1',
    organisationId: 'org-1',
    meetingId: alv2025.id,
    letterId: null,
    agendaItemId: null,
    title: 'Verantwoording over uitvoering moties',
    summary: null,
    proposalText: null,
    status: 'approved',
    openedAt: AT,
    voteResult: null,
    votePercentage: null,
    byAcclamation: false,
    decidedOn: null,
    reportDate: null,
    boardMeetingDate: null,
    createdAt: AT,
    updatedAt: AT,
  };
}

describe('opening a round', () => {
  const motions = [
    { ...buildMotion({ id: 'adopted-earlier', status: 'adopted' }), ...adoptedAt(najaars2024) },
    { ...buildMotion({ id: 'held-earlier', status: 'held' }), ...adoptedAt(alv2022) },
    { ...buildMotion({ id: 'settled', status: 'settled' }), ...adoptedAt(alv2022) },
    { ...buildMotion({ id: 'rejected', status: 'rejected' }), adoptedOn: null },
    { ...buildMotion({ id: 'submitted', status: 'submitted' }), adoptedOn: null },
    { ...buildMotion({ id: 'adopted-today', status: 'adopted' }), ...adoptedAt(alv2025) },
  ];

  it('selects adopted and held motions adopted before the meeting', () => {
    const ids = selectMotionsForAccountability({ motions, meeting: alv2025 }).map((motion) => motion.id);
    expect(ids).toEqual(['adopted-earlier', 'held-earlier']);
  });

  it('creates an empty entry per open motion', () => {
    const { round, entries } = openAccountabilityRound({
      meeting: alv2025,
      motions,
      at: AT,
      createId: nextId,
    });
    expect(round).toMatchObject({ status: 'open', meetingId: 'alv-2025', openedAt: AT });
    expect(entries).toEqual([
      { roundId: round.id, motionId: 'adopted-earlier' },
      { roundId: round.id, motionId: 'held-earlier' },
    ]);
  });
});

describe('writing and approving', () => {
  const open: AccountabilityRoundRecord = { ...approvedRound(), status: 'open' };

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
      id: entry.id,
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
    const untold = buildEntry(open.id, 'm3', { text: null });
    expect(() =>
      approveAccountabilityRound({ round: open, entries: [complete, empty, untold] }),
    ).toThrowError(
      expect.objectContaining({ code: 'round_incomplete', details: { entryIds: [empty.id, untold.id] } }),
    );
    const approved = approveAccountabilityRound({ round: open, entries: [complete] });
    expect(approved).toMatchObject({ id: open.id, status: 'approved' });
    expect(() => approveAccountabilityRound({ round: approved, entries: [] })).toThrowError(
      // Approved is not the end: the assembly's decision is the step still allowed (not "no further steps").
      expect.objectContaining({ code: 'illegal_transition', current: 'approved', allowed: ['decided'] }),
    );
    expect(() =>
      approveAccountabilityRound({ round: { ...approved, status: 'decided' }, entries: [] }),
    ).toThrowError(expect.objectContaining({ code: 'illegal_transition', allowed: [] }));
  });
});

describe('assembly decisions', () => {
  const round = approvedRound();
  const motions = [
    buildMotion({ id: 'a', status: 'adopted', meetingId: najaars2024.id }),
    buildMotion({ id: 'h', status: 'held', meetingId: alv2022.id }),
    buildMotion({ id: 'c', status: 'adopted', meetingId: najaars2024.id }),
  ];
  const entries = [
    buildEntry(round.id, 'a', { proposal: 'settle' }),
    buildEntry(round.id, 'h', { proposal: 'hold' }),
    buildEntry(round.id, 'c', { proposal: 'conditional', condition: 'tenzij het akkoord wordt ondertekend' }),
  ];

  it('refuses to follow all proposals while a conditional entry has no explicit decision, naming it', () => {
    expect(() =>
      applyAssemblyDecision({ round, entries, motions, followProposals: true, at: AT }),
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
      voteId: 'vote-verantwoording',
    });
    expect(result.entries.map((entry) => entry.decision)).toEqual(['settled', 'held', null]);
    expect(result.transitions).toEqual([
      {
        motionId: 'a',
        from: 'adopted',
        to: 'settled',
        at: AT,
        meetingId: 'alv-2025',
        voteId: 'vote-verantwoording',
        roundId: 'round-1',
        reason: 'afgedaan door de vergadering',
      },
      expect.objectContaining({
        motionId: 'h',
        from: 'held',
        to: 'held',
        reason: 'aangehouden door de vergadering',
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
    });
    expect(later.entries.map((entry) => entry.decision)).toEqual(['settled', 'held', 'held']);
    expect(later.transitions.map((t) => [t.motionId, t.to])).toEqual([['c', 'held']]);
    expect(later.round.status).toBe('decided');
  });

  it('lets the assembly overrule a proposal per entry', () => {
    const result = applyAssemblyDecision({
      round,
      entries: [entries[0]],
      motions,
      decisions: [{ entryId: entries[0].id, decision: 'held' }],
      at: AT,
    });
    expect(result.transitions[0]).toMatchObject({ motionId: 'a', to: 'held' });
    expect(result.entries[0]).toMatchObject({ decision: 'held', decidedAt: AT });
  });

  it('refuses a round the board has not approved, a decided entry and foreign entries', () => {
    const base = { entries, motions, at: AT, followProposals: true };
    expect(() => applyAssemblyDecision({ ...base, round: { ...round, status: 'open' } })).toThrowError(
      expect.objectContaining({ code: 'round_not_approved' }),
    );
    expect(() => applyAssemblyDecision({ ...base, round: { ...round, status: 'decided' } })).toThrowError(
      expect.objectContaining({ code: 'round_decided' }),
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

  it('refuses two decisions for one entry in one call, whatever they say', () => {
    for (const second of ['held', 'settled'] as const)
      expect(() =>
        applyAssemblyDecision({
          round,
          entries,
          motions,
          decisions: [
            { entryId: entries[0].id, decision: 'settled' },
            { entryId: entries[0].id, decision: second },
          ],
          at: AT,
        }),
      ).toThrowError(
        expect.objectContaining({ code: 'duplicate_decision', details: { entryId: entries[0].id } }),
      );
  });

  it('refuses to settle a motion that was already settled', () => {
    const settled = buildMotion({ id: 's', status: 'settled' });
    const entry = buildEntry(round.id, 's', { proposal: 'settle' });
    expect(() =>
      applyAssemblyDecision({ round, entries: [entry], motions: [settled], followProposals: true, at: AT }),
    ).toThrowError(expect.objectContaining({ code: 'illegal_transition', current: 'settled' }));
  });
});

describe('report table of contents', () => {
  const bijeenkomst = buildMeeting('bijeenkomst', '2025-03-01', 'ledenbijeenkomst');
  const meetings = [alv2022, extra2024, najaars2024, bijeenkomst, alv2025];
  const entry = (motionId: string, meeting: MeetingRecord | null, groupLabel: string | null = null) => ({
    ...buildEntry('round-1', motionId, { groupLabel }),
    meeting,
  });

  it('takes the latest decision-making meeting before the round as the last assembly', () => {
    expect(findLastAssembly(meetings, alv2025)?.id).toBe('najaars-2024');
    const cancelled = { ...buildMeeting('cancelled', '2025-02-01'), status: 'cancelled' as const };
    expect(findLastAssembly([...meetings, cancelled], alv2025)?.id).toBe('najaars-2024');
  });

  it('lists held-over motions by adopting meeting (oldest first), then those of the last assembly', () => {
    const entries = [
      entry('new-1', najaars2024),
      entry('extra', extra2024),
      entry('old', alv2022),
      entry('unknown', null),
      entry('new-2', najaars2024),
    ];
    const groups = groupEntriesForReport({ entries, lastAssembly: findLastAssembly(meetings, alv2025) });
    expect(
      groups.map((group) => [
        group.section,
        group.label,
        group.meeting?.id ?? null,
        group.entries.map((e) => e.motionId),
      ]),
    ).toEqual([
      ['held-over', null, null, ['unknown']],
      ['held-over', null, 'alv-2022', ['old']],
      ['held-over', null, 'extra-2024', ['extra']],
      ['adopted', null, 'najaars-2024', ['new-1', 'new-2']],
    ]);
  });

  it('keeps the groups staff labelled, in entry order, when every entry has a label', () => {
    const entries = [
      entry('b', alv2022, 'Aangehouden moties'),
      entry('c', najaars2024, 'Aangenomen moties Najaars ALV'),
      entry('a', extra2024, 'Aangehouden moties'),
    ];
    const groups = groupEntriesForReport({ entries, lastAssembly: najaars2024 });
    expect(groups.map((group) => [group.section, group.label, group.meeting?.id ?? null])).toEqual([
      ['held-over', 'Aangehouden moties', null],
      ['adopted', 'Aangenomen moties Najaars ALV', 'najaars-2024'],
    ]);
    expect(groups[0].entries.map((e) => e.motionId)).toEqual(['b', 'a']);
  });
});
