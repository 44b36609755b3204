import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { createMotion } from '../../src/store/repositories/motions.js';
import { castBallot, createVote, setVoteStatus } from '../../src/store/repositories/votes.js';
import { type Harness, startHarness } from '../api/support/harness.js';
import { parseCsv, startsFormula } from '../support/csv-parse.js';
import { ENGINES } from '../support/engines.js';

const SUBJECT = '=HYPERLINK("http://kwaad.example","Motie Wonen")';

describe.each(ENGINES)('open results: named votes on the pages and as CSV, on %s', (engine) => {
  let h: Harness;
  let motionId: string;
  let voteId: string;
  const get = (role: Parameters<Harness['as']>[0], url: string) => h.as(role, { method: 'GET', url });
  const csv = async (role: Parameters<Harness['as']>[0], url: string) => {
    const res = await get(role, url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    return parseCsv(res.body.replace(/^\ufeff/, ''));
  };

  beforeAll(async () => {
    h = await startHarness(engine);
    const { db } = h.ctx;
    const meetingId = (
      await createMeeting(db, h.system, { kind: 'alv', title: 'ALV juni', date: '2025-06-18' })
    ).id;
    motionId = (
      await createMotion(db, h.system, {
        title: 'Motie Wonen',
        status: 'submitted',
        meetingId,
        submitters: [{ memberId: h.members.gouda, name: 'Gouda' }],
      })
    ).id;
    voteId = (await createVote(db, h.system, { meetingId, motionId, subject: SUBJECT, status: 'open' })).id;
    await castBallot(db, h.system, { voteId, memberId: h.members.gouda, choice: 'for', weight: 5 });
    await castBallot(db, h.system, { voteId, memberId: h.members.utrecht, choice: 'against', weight: 12 });
  });
  afterAll(async () => h?.close());

  it('shows nobody else a ballot before publication; the municipality sees its own', async () => {
    expect(await csv('public', `/moties/${motionId}/stemmen.csv`)).toHaveLength(1);
    expect(await csv('public', `/leden/${h.members.gouda}/stemmen.csv`)).toHaveLength(1);
    expect(await csv('otherMember', `/leden/${h.members.gouda}/stemmen.csv`)).toHaveLength(1);
    const own = await csv('member', `/leden/${h.members.gouda}/stemmen.csv`);
    expect(own.slice(1).map((r) => [r[2], r[5], r[7], r[8]])).toEqual([
      ['nog niet gepubliceerd', 'Gouda', 'voor', '5'],
    ]);
    expect((await get('public', `/leden/${h.members.gouda}`)).body).toContain(
      'Er zijn geen gepubliceerde stemmingen met een stem van Gouda.',
    );
  });

  it('publishes every municipality’s vote on the motion page, the member page and in the CSV, defused', async () => {
    await setVoteStatus(h.ctx.db, h.system, { voteId, from: 'open', to: 'closed' });
    await setVoteStatus(h.ctx.db, h.system, { voteId, from: 'closed', to: 'published' });

    const rows = await csv('public', `/moties/${motionId}/stemmen.csv`);
    expect(rows[0]).toEqual([
      'stemming',
      'onderwerp',
      'status',
      'vergadering',
      'motie',
      'gemeente',
      'cbs_code',
      'stem',
      'gewicht',
    ]);
    expect(rows.slice(1).map((r) => [r[5], r[6], r[7], r[8]])).toEqual([
      ['Gouda', 'GM0513', 'voor', '5'],
      ['Utrecht', 'GM0344', 'tegen', '12'],
    ]);
    for (const row of rows) for (const cell of row) expect(startsFormula(cell)).toBe(false);
    expect(rows[1][1]).toBe(`'${SUBJECT}`);

    const utrecht = await csv('public', `/leden/${h.members.utrecht}/stemmen.csv`);
    expect(utrecht.slice(1).map((r) => [r[0], r[2], r[7], r[8]])).toEqual([
      [voteId, 'gepubliceerd', 'tegen', '12'],
    ]);

    const memberPage = (await get('public', `/leden/${h.members.utrecht}`)).body;
    expect(memberPage).toContain('Hoe Utrecht stemde');
    expect(memberPage).toContain(`/leden/${h.members.utrecht}/stemmen.csv`);
    expect(memberPage).toMatch(/<td class="utrecht-table__cell">tegen<\/td>/);
    const motionPage = (await get('public', `/moties/${motionId}`)).body;
    expect(motionPage).toContain('Stemmen per gemeente');
    expect(motionPage).toContain(`/moties/${motionId}/stemmen.csv`);
  });

  it('answers unknown or malformed addresses with the 404 page', async () => {
    expect((await get('public', '/leden/niet-een-id/stemmen.csv')).statusCode).toBe(404);
    expect((await get('public', '/moties/00000000-0000-4000-8000-000000000000/stemmen.csv')).statusCode).toBe(
      404,
    );
  });
});
