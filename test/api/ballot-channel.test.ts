import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPresence } from '../../src/services/assembly/attendance.js';
import { closeVote, openVote } from '../../src/services/votes/move-vote.js';
import { prepareVote } from '../../src/services/votes/prepare-vote.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { listBallots } from '../../src/store/repositories/votes.js';
import { openBallotChannel } from '../support/ballot-channel-client.js';
import { ENGINES } from '../support/engines.js';
import { type Harness, PASSWORD, startHarness } from './support/harness.js';

// The ballot channel (docs/adr/027-ballot-channel.md): a WebSocket authenticated once, many ballots, each under
// the same rules as POST /stemmingen/{id}/stemmen, and a credential that ends stops the channel at once.
describe.each(ENGINES)('the ballot channel on %s', (engine) => {
  let h: Harness;
  let base: string;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  // Each test its own meeting: one with an attendance register admits only the members present.
  const vote = async (subject: string, meeting?: string) => {
    meeting ??= (await createMeeting(h.ctx.db, h.system, { kind: 'alv', title: subject, date: '2026-06-10' }))
      .id;
    const v = await prepareVote({ db: h.ctx.db, writer: h.system, meetingId: meeting, subject });
    await openVote({ db: h.ctx.db, writer: h.system, voteId: v.id });
    return v.id;
  };

  beforeAll(async () => {
    h = await startHarness(engine);
    await h.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => h?.close());

  it('refuses an upgrade without a credential or without the right to vote', async () => {
    await expect(openBallotChannel(base, {})).rejects.toThrow('HTTP 401');
    await expect(openBallotChannel(base, bearer('mm_onbekend'))).rejects.toThrow('HTTP 401');
    await expect(openBallotChannel(base, bearer(h.tokens.board))).rejects.toThrow('HTTP 403');
  });

  it('passes every ballot through the rules: own municipality, present, once, vote open; one audit event each', async () => {
    const meetingId = (
      await createMeeting(h.ctx.db, h.system, { kind: 'alv', title: 'ALV', date: '2026-06-10' })
    ).id;
    const voteId = await vote('Motie over het kanaal', meetingId);
    const { gouda, utrecht } = h.members;
    const channel = await openBallotChannel(base, bearer(h.tokens.member));
    const cast = async (ballot: { stemming: string; keuze: string; lid?: string }) => {
      const a = await channel.cast(ballot);
      return `${a.status}${a.status >= 400 ? ` ${a.probleem?.code}` : ''}`;
    };
    const present = (memberId: string) =>
      registerPresence({
        db: h.ctx.db,
        writer: h.system,
        meetingId,
        memberId,
        representative: 'Wethouder',
        by: 'staff',
      });
    await present(utrecht);
    expect(await cast({ stemming: voteId, keuze: 'voor', lid: utrecht })).toBe('403 forbidden');
    expect(await cast({ stemming: voteId, keuze: 'voor' })).toBe('409 not_present');
    await present(gouda);
    const first = await channel.cast({ stemming: voteId, keuze: 'tegen' });
    expect(first).toMatchObject({ status: 201, stem: { lid: gouda, keuze: 'tegen', naam: 'Gouda' } });
    expect(await cast({ stemming: voteId, keuze: 'voor' })).toBe('409 duplicate_ballot');
    // Bad input: a clear refusal for that message only; the connection stays.
    expect(await cast({ stemming: voteId, keuze: 'misschien' })).toBe('400 invalid_input');
    expect((await channel.sendRaw('geen json')).probleem).toMatchObject({
      status: 400,
      detail: 'Het bericht is geen geldige JSON.',
    });
    expect(await cast({ stemming: '00000000-0000-4000-8000-000000000000', keuze: 'voor' })).toMatch(/^404/);
    // A meeting has one vote open at a time: the closed one is of a meeting of its own.
    const closed = await vote('Gesloten stemming');
    await closeVote({ db: h.ctx.db, writer: h.system, voteId: closed });
    expect(await cast({ stemming: closed, keuze: 'voor' })).toBe('409 vote_not_open');
    channel.close();

    const ballots = await listBallots(h.ctx.db, h.system.organisationId, voteId);
    expect(ballots.map((b) => [b.memberId, b.choice])).toEqual([[gouda, 'against']]);
    expect(ballots[0].weight).toBe(first.stem?.gewicht);
    const events = await h.ctx.db
      .selectFrom('audit_events')
      .select(['actor_label'])
      .where('action', '=', 'vote.ballot-cast')
      .where('entity_id', '=', voteId)
      .execute();
    expect(events.map((e) => e.actor_label)).toEqual(['member <member@example.nl>']);
  });

  it('many ballots in flight on one connection, duplicates among them counted once', async () => {
    const voteId = await vote('Stemming zonder presentielijst');
    const channel = await openBallotChannel(base, bearer(h.tokens.staff));
    const ids = Object.values(h.members);
    const answers = await Promise.all([
      ...ids.map((lid) => channel.cast({ stemming: voteId, keuze: 'voor', lid })),
      ...Array.from({ length: 20 }, () => channel.cast({ stemming: voteId, keuze: 'tegen', lid: ids[0] })),
    ]);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(ids.length);
    expect(answers.filter((a) => a.probleem?.code === 'duplicate_ballot')).toHaveLength(20);
    expect(await listBallots(h.ctx.db, h.system.organisationId, voteId)).toHaveLength(ids.length);
    channel.close();
  });

  it('stops at once when the token is revoked', async () => {
    const voteId = await vote('Stemming met een ingetrokken token');
    const admin = (method: 'GET' | 'POST', url: string, payload?: object) =>
      h.as('admin', { method, url, payload }).then((r) => r.json());
    const staff = (await admin('GET', '/api/v1/gebruikers?limit=50')).resultaten.find(
      (u: { email: string }) => u.email === 'staff@example.nl',
    );
    const issued = await admin('POST', `/api/v1/gebruikers/${staff.id}/tokens`, { label: 'kanaal' });
    const channel = await openBallotChannel(base, bearer(issued.token));
    expect((await channel.cast({ stemming: voteId, keuze: 'voor', lid: h.members.gouda })).status).toBe(201);
    await admin('POST', `/api/v1/gebruikers/${staff.id}/tokens/${issued.id}/intrekken`);
    const refused = await channel.cast({ stemming: voteId, keuze: 'voor', lid: h.members.utrecht });
    expect(refused).toMatchObject({ status: 401, probleem: { code: 'unauthenticated' } });
    expect((await channel.closed).code).toBe(1008);
    expect(await listBallots(h.ctx.db, h.system.organisationId, voteId)).toHaveLength(1);
  });

  it('with a session only from the own site, and it stops at once on logout', async () => {
    const voteId = await vote('Stemming in de browser');
    const login = await fetch(`${base}/api/v1/sessies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'chair@example.nl', wachtwoord: PASSWORD }),
    });
    expect(login.status).toBe(201);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    await expect(openBallotChannel(base, { cookie, origin: 'https://elders.example' })).rejects.toThrow(
      'HTTP 403',
    );
    await expect(openBallotChannel(base, { cookie })).rejects.toThrow('HTTP 403');
    const channel = await openBallotChannel(base, { cookie, origin: base });
    expect((await channel.cast({ stemming: voteId, keuze: 'voor', lid: h.members.delft })).status).toBe(201);
    const logout = await fetch(`${base}/api/v1/sessies/huidig`, {
      method: 'DELETE',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(logout.status).toBe(204);
    const refused = await channel.cast({ stemming: voteId, keuze: 'voor', lid: h.members.utrecht });
    expect(refused.status).toBe(401);
    expect((await channel.closed).code).toBe(1008);
  });
});
