import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { upsertMembers } from '../../src/store/repositories/members.js';
import { createPoll } from '../../src/store/repositories/polls.js';
import { createRegistration } from '../../src/store/repositories/registrations.js';
import { type OutboxFixture, openOutboxFixture } from '../outbox/outbox-fixture.js';
import { ENGINES } from '../support/engines.js';

/** The events of an ICS text: summary, start (as written) and location. */
function events(ics: string) {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((block) => ({
      summary: /\r\nSUMMARY:(.*)\r\n/.exec(block)?.[1] ?? '',
      start: /\r\nDTSTART[^:]*:(.*)\r\n/.exec(block)?.[1] ?? '',
      location: /\r\nLOCATION:(.*)\r\n/.exec(block)?.[1] ?? null,
    }))
    .sort((a, b) => a.start.localeCompare(b.start));
}

describe.each(ENGINES)("a member's calendar feed, on %s", (engine) => {
  let f: OutboxFixture;
  let app: FastifyInstance;
  let members: Record<string, string>;

  beforeAll(async () => {
    // 2 March 2026: the June assembly, two events and an open poll lie ahead.
    f = await openOutboxFixture(engine, '2026-03-02T09:00:00.000Z');
    await upsertMembers(f.ctx.db, f.writer, [
      { code: 'GM0513', name: 'Gouda', inhabitants: 75_000, province: 'Zuid-Holland' },
      { code: 'GM0344', name: 'Utrecht', inhabitants: 370_000, province: 'Utrecht' },
    ]);
    const rows = await f.ctx.db.selectFrom('members').select(['id', 'code']).execute();
    members = Object.fromEntries(rows.map((r) => [r.code, r.id]));
    await createMeeting(f.ctx.db, f.writer, {
      kind: 'alv',
      title: 'ALV 2026',
      date: '2026-06-10',
      startTime: '10:00',
      endTime: '16:00',
      place: 'Jaarbeurs, Utrecht',
    });
    const debate = await createMeeting(f.ctx.db, f.writer, {
      kind: 'ledenbijeenkomst',
      title: 'Debat over de jeugdzorg',
      date: '2026-04-15',
      startTime: '19:30',
      endTime: '21:00',
      place: 'Stadhuis, Gouda',
    });
    await createMeeting(f.ctx.db, f.writer, {
      kind: 'ledenbijeenkomst',
      title: 'Webinar omgevingswet',
      date: '2026-05-20',
    });
    await createRegistration(f.ctx.db, f.writer, {
      meetingId: debate.id,
      memberId: members.GM0513,
      personName: 'Anna de Vries',
      email: 'anna.devries@gouda.example',
    });
    await createPoll(f.ctx.db, f.writer, {
      title: 'Peiling jeugdzorg Zuid-Holland',
      status: 'open',
      closesAt: '2026-03-20T22:59:00.000Z',
      audience: { kind: 'provinces', provinces: ['Zuid-Holland'] },
      questions: [{ text: 'Tekort?', kind: 'single-choice', options: ['ja', 'nee'] }],
    });
    process.env.PUBLIC_URL = 'https://motiemonitor.vng.example';
    app = await buildServer({ ctx: f.ctx });
  });
  afterAll(async () => {
    delete process.env.PUBLIC_URL;
    await app?.close();
    await f?.cleanup();
  });

  it('holds the assembly, the events the municipality registered for, the motion deadline and its polls', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/leden/${members.GM0513}/kalender` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    expect(res.body).not.toContain('Anna');
    expect(events(res.body)).toEqual([
      { summary: 'Peiling sluit: Peiling jeugdzorg Zuid-Holland', start: '20260320', location: null },
      { summary: 'Debat over de jeugdzorg', start: '20260415T173000Z', location: 'Stadhuis\\, Gouda' },
      // Nine working days before Wednesday 10 June, Whit Monday (25 May) not counted among them.
      {
        summary: 'Uiterste dag moties en amendementen: ALV 2026',
        start: '20260528',
        location: null,
      },
      { summary: 'ALV 2026', start: '20260610T080000Z', location: 'Jaarbeurs\\, Utrecht' },
    ]);
  });

  it('leaves out what is not the municipality’s: other events, polls of other provinces', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/leden/${members.GM0344}/kalender` });
    expect(events(res.body).map((e) => e.summary)).toEqual([
      'Uiterste dag moties en amendementen: ALV 2026',
      'ALV 2026',
    ]);
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/v1/leden/00000000-0000-4000-8000-000000000000/kalender',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
  });
});
