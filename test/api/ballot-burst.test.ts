import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { castVote } from '../../src/services/votes/cast-vote.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { upsertMembers } from '../../src/store/repositories/members.js';
import { listBallots } from '../../src/store/repositories/votes.js';
import { verifyAudit } from '../../src/store/verify-audit.js';
import { ENGINES } from '../support/engines.js';
import { type Harness, startHarness } from './support/harness.js';

// Ballots that arrive together are written in groups (docs/adr/018-ballot-group-commit.md): each still gets its
// own answer, a duplicate or a ballot on a closed vote refuses only itself.
describe.each(ENGINES)('a burst of concurrent ballots on %s', (engine) => {
  let h: Harness;
  let open: string;
  let closed: string;
  const extra = Array.from({ length: 40 }, (_, i) => ({
    code: `GM9${String(i).padStart(3, '0')}`,
    name: `Testgemeente ${i + 1}`,
    inhabitants: 10_000 + i * 9_000,
  }));
  const post = (url: string, payload: object) =>
    h.as('staff', { method: 'POST', url, payload }).then((r) => ({ status: r.statusCode, body: r.json() }));

  beforeAll(async () => {
    h = await startHarness(engine);
    await upsertMembers(h.ctx.db, h.system, extra);
    const meeting = (
      await createMeeting(h.ctx.db, h.system, { kind: 'alv', title: 'ALV', date: '2026-06-10' })
    ).id;
    const vote = async (subject: string) =>
      (await post('/api/v1/stemmingen', { vergadering: meeting, onderwerp: subject })).body.id as string;
    open = await vote('Motie Burst');
    closed = await vote('Motie Gesloten');
    for (const id of [open, closed]) await post(`/api/v1/stemmingen/${id}/openen`, {});
    await post(`/api/v1/stemmingen/${closed}/sluiten`, {});
  });
  afterAll(async () => h?.close());

  it('counts every accepted ballot once, refuses duplicates and the closed vote one by one, keeps the chain whole', async () => {
    const ids = (await h.ctx.db.selectFrom('members').select(['id', 'code']).execute()).map((m) => m.id);
    const cast = (voteId: string, lid: string, keuze = 'voor') =>
      post(`/api/v1/stemmingen/${voteId}/stemmen`, { lid, keuze });
    // Two waves, so the second arrives while the first groups are in flight; duplicates of Gouda in both.
    const wave = (members: string[]) => [
      ...members.map((id, i) => cast(open, id, i % 3 === 0 ? 'tegen' : 'voor')),
      ...Array.from({ length: 5 }, () => cast(open, h.members.gouda, 'tegen')),
      cast(closed, members[0]),
    ];
    const half = Math.ceil(ids.length / 2);
    const first = wave(ids.slice(0, half));
    await new Promise((resolve) => setImmediate(resolve));
    const answers = await Promise.all([...first, ...wave(ids.slice(half))]);

    const accepted = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status !== 201);
    // Every member once (Gouda's first ballot among its duplicates), nothing else.
    expect(accepted).toHaveLength(ids.length);
    expect(new Set(accepted.map((a) => a.body.lid)).size).toBe(ids.length);
    expect(refused).toHaveLength(answers.length - ids.length);
    for (const r of refused) expect(r.status).toBe(409);
    expect(refused.filter((r) => r.body.code === 'duplicate_ballot')).toHaveLength(10);
    expect(refused.filter((r) => r.body.code === 'vote_not_open')).toHaveLength(2);

    const stored = await listBallots(h.ctx.db, h.system.organisationId, open);
    expect(stored).toHaveLength(ids.length);
    expect(new Set(stored.map((b) => b.memberId)).size).toBe(ids.length);
    expect(await listBallots(h.ctx.db, h.system.organisationId, closed)).toHaveLength(0);
    // Each answer is the ballot stored, with the weight of the server.
    const byMember = new Map(stored.map((b) => [b.memberId, b]));
    for (const a of accepted)
      expect(a.body).toMatchObject({
        gewicht: byMember.get(a.body.lid)?.weight,
        keuze: byMember.get(a.body.lid)?.choice === 'for' ? 'voor' : 'tegen',
      });

    // One audit event per accepted ballot, and the chain (and the anchor, where there is one) verifies.
    const events = await h.ctx.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'vote.ballot-cast')
      .where('entity_id', '=', open)
      .execute();
    expect(events).toHaveLength(ids.length);
    const verdict = await verifyAudit(h.ctx.db);
    expect(verdict.lines.join('\n')).not.toMatch(/gebroken|klopt niet/);
    expect(verdict.ok).toBe(true);

    // After the burst a single ballot behaves as before: a duplicate is refused alone.
    const again = await cast(open, ids[1]);
    expect(again).toMatchObject({ status: 409, body: { code: 'duplicate_ballot' } });
  });

  it('gives each ballot of one group its own answer when the use case is called all at once', async () => {
    // Called in one tick: the first is written alone, all others wait and form one group (on both engines).
    const meeting = (
      await createMeeting(h.ctx.db, h.system, { kind: 'alv', title: 'ALV 2', date: '2026-11-20' })
    ).id;
    const voteId = (await post('/api/v1/stemmingen', { vergadering: meeting, onderwerp: 'Groep' })).body.id;
    await post(`/api/v1/stemmingen/${voteId}/openen`, {});
    const ids = (await h.ctx.db.selectFrom('members').select('id').execute()).map((m) => m.id);
    const use = { db: h.ctx.db, writer: h.system };
    const code = (p: Promise<unknown>) =>
      p.then(
        () => 'accepted',
        (error: { code?: string }) => error.code,
      );
    const answers = await Promise.all([
      ...ids.map((memberId) => code(castVote({ ...use, voteId, memberId, choice: 'for' }))),
      code(castVote({ ...use, voteId, memberId: ids[2], choice: 'against' })),
      code(castVote({ ...use, voteId: closed, memberId: ids[3], choice: 'for' })),
      code(castVote({ ...use, voteId, memberId: 'geen-lid', choice: 'for' })),
      code(castVote({ ...use, voteId, memberId: ids[4], choice: 'against' })),
    ]);
    expect(answers).toEqual([
      ...ids.map(() => 'accepted'),
      'duplicate_ballot',
      'vote_not_open',
      'unknown_member',
      'duplicate_ballot',
    ]);
    const stored = await listBallots(h.ctx.db, h.system.organisationId, voteId);
    expect(stored.map((b) => b.choice)).toEqual(ids.map(() => 'for'));
    expect((await verifyAudit(h.ctx.db)).ok).toBe(true);
  });
});
