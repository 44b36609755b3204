import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToUtc } from '../../src/domain/dates.js';
import { tallyVote } from '../../src/domain/index.js';
import { publicBaseUrl } from '../../src/services/outbox/links.js';
import { createAgreement } from '../../src/store/repositories/agreements.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { castBallot, createVote, setVoteStatus } from '../../src/store/repositories/votes.js';
import { ENGINES } from '../support/engines.js';
import { type Harness, startHarness } from './support/harness.js';

describe.each(ENGINES)('exports on %s', (engine) => {
  let h: Harness;
  let meeting: string;
  let voted: string;
  let recorded: string;
  const post = (role: Parameters<Harness['as']>[0], url: string, payload?: object) =>
    h.as(role, { method: 'POST', url, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    h = await startHarness(engine);
    const { db } = h.ctx;
    meeting = (
      await createMeeting(db, h.system, {
        kind: 'alv',
        title: 'ALV juni 2025',
        date: '2025-06-18',
        startTime: '10:00',
        endTime: '16:30',
        place: 'Den Haag',
      })
    ).id;
    await createAgreement(db, h.system, {
      text: 'Compensatie jeugdzorg',
      party: 'Rijk',
      dueDate: '2099-04-14',
      status: 'open',
    });
    voted = (
      await post('staff', '/api/v1/moties', { titel: 'Gewogen', indieners: [{ lid: h.members.gouda }] })
    ).json().id;
    await post('staff', `/api/v1/moties/${voted}/indienen`, { vergadering: meeting });
    recorded = (
      await post('staff', '/api/v1/moties', { titel: 'Acclamatie', indieners: [{ lid: h.members.delft }] })
    ).json().id;
    await post('staff', `/api/v1/moties/${recorded}/indienen`, { vergadering: meeting });
    await post('chair', `/api/v1/moties/${recorded}/stemuitslag`, {
      uitkomst: 'aangenomen',
      bijAcclamatie: true,
    });
    const vote = await createVote(db, h.system, {
      meetingId: meeting,
      motionId: voted,
      subject: 'Motie Gewogen',
      status: 'open',
    });
    await castBallot(db, h.system, { voteId: vote.id, memberId: h.members.gouda, choice: 'for', weight: 5 });
    await castBallot(db, h.system, {
      voteId: vote.id,
      memberId: h.members.utrecht,
      choice: 'against',
      weight: 12,
    });
    await castBallot(db, h.system, {
      voteId: vote.id,
      memberId: h.members.delft,
      choice: 'abstain',
      weight: 8,
    });
    const result = tallyVote({
      ballots: [
        { memberId: h.members.gouda, choice: 'for', weight: 5 },
        { memberId: h.members.utrecht, choice: 'against', weight: 12 },
        { memberId: h.members.delft, choice: 'abstain', weight: 8 },
      ],
      eligibleWeight: 25,
      presentWeight: 25,
      majority: 'simple',
      quorum: 0,
    });
    expect(result).toMatchObject({ outcome: 'rejected', percentageFor: 29.41 });
    await setVoteStatus(db, h.system, { voteId: vote.id, from: 'open', to: 'closed', result });
    await setVoteStatus(db, h.system, { voteId: vote.id, from: 'closed', to: 'published' });
  });
  afterAll(async () => h?.close());

  it('exports motions and vote events as Popolo JSON with weighted votes', async () => {
    const res = await h.as('public', { method: 'GET', url: `/api/v1/popolo?vergadering=${meeting}` });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.motions.map((m: { id: string }) => m.id).sort()).toEqual([voted, recorded].sort());
    const event = doc.vote_events.find((e: { motion_id: string }) => e.motion_id === voted);
    expect(event.result).toBe('fail');
    expect(event.counts).toEqual([
      { option: 'yes', value: 5 },
      { option: 'no', value: 12 },
      { option: 'abstain', value: 8 },
    ]);
    expect(event.votes).toEqual(
      expect.arrayContaining([
        { vote_event_id: event.id, voter_id: h.members.utrecht, option: 'no', weight: 12 },
        { vote_event_id: event.id, voter_id: h.members.gouda, option: 'yes', weight: 5 },
      ]),
    );
    // The rule actually used: the vote's majority, the organisation's weighting (no weights frozen for this
    // meeting), the quorum and the weights the tally recorded.
    expect(event.requirement).toBe('simple majority of weighted votes cast');
    expect(event.rule).toMatchObject({
      majority: 'simple',
      weighting: h.ctx.organisation.settings.votingRule,
      weights_source: 'organisation',
      quorum: h.ctx.organisation.settings.quorum,
      eligible_weight: 25,
      present_weight: 25,
      quorum_met: true,
    });
    expect(doc.motions.find((m: { id: string }) => m.id === voted).requirement).toBe(
      'simple majority of weighted votes cast',
    );
    const acclamation = doc.vote_events.find((e: { motion_id: string }) => e.motion_id === recorded);
    expect(acclamation).toMatchObject({ result: 'pass', by_acclamation: true, votes: [] });
    expect(
      doc.organizations.some(
        (o: { identifiers?: { identifier: string }[] }) => o.identifiers?.[0].identifier === 'GM0513',
      ),
    ).toBe(true);
  });

  it('serves an ICS feed with meetings (in Dutch local time) and agreement deadlines', async () => {
    const res = await h.as('public', { method: 'GET', url: '/api/v1/kalender?vanaf=2025-01-01' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const body = res.body.replace(/\r\n /g, '');
    expect(body).toContain('BEGIN:VCALENDAR');
    expect(body).toContain('SUMMARY:ALV juni 2025');
    expect(body).toContain('LOCATION:Den Haag');
    expect(body).toContain('DTSTART:20250618T080000Z');
    expect(body).toContain('DTSTART;VALUE=DATE:20990414');
    expect(body).toContain('Compensatie jeugdzorg');
    // What people read is Dutch (the kind's name, not its code) and links the meeting's page in the portal.
    expect(body).toContain(`DESCRIPTION:ALV. ${publicBaseUrl()}/vergaderingen/${meeting}`);
    expect(body).not.toContain('Vergadering (alv)');
    const one = await h.as('public', { method: 'GET', url: `/api/v1/vergaderingen/${meeting}/kalender` });
    expect(one.body.replace(/\r\n /g, '')).toContain(
      `DESCRIPTION:ALV. ${publicBaseUrl()}/vergaderingen/${meeting}`,
    );
  });

  it('converts Amsterdam wall-clock time in winter and summer', () => {
    expect(localToUtc('2025-01-15', '10:00').toISOString()).toBe('2025-01-15T09:00:00.000Z');
    expect(localToUtc('2025-07-15', '10:00').toISOString()).toBe('2025-07-15T08:00:00.000Z');
  });
});
