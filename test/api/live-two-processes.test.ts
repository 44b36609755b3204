import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext } from '../../src/cli/context.js';
import { seedMunicipalities } from '../../src/seed/municipalities.js';
import { createUserAccount } from '../../src/services/users/create-user-account.js';
import { issueApiToken } from '../../src/services/users/issue-api-token.js';
import { openVote } from '../../src/services/votes/move-vote.js';
import { prepareVote } from '../../src/services/votes/prepare-vote.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { createMotion } from '../../src/store/repositories/motions.js';
import { type AppProcess, openEventStream, startAppProcess } from '../support/app-process.js';
import { openBallotChannel } from '../support/ballot-channel-client.js';
import { freshDatabaseUrl } from '../support/engines.js';

type Live = { key: string; texts: Record<string, string> };

/**
 * Two app processes on one PostgreSQL database: a ballot cast on one shows on the event streams of the other
 * (LISTEN/NOTIFY), and so does a change of the meeting's setting to show the tally while a vote is open.
 */
describe('the live assembly with two app processes on PostgreSQL', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  let a: AppProcess;
  let b: AppProcess;
  let meetingId: string;
  let voteId: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    const { url, drop } = await freshDatabaseUrl('postgres');
    cleanups.push(drop);
    const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-live-pg-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const setup = await openContext(url);
    const w: WriteContext = { organisationId: setup.organisation.id, actor: SYSTEM_ACTOR };
    await seedMunicipalities(setup.db, w);
    const today = new Date().toISOString().slice(0, 10);
    meetingId = (await createMeeting(setup.db, w, { kind: 'alv', title: 'ALV op twee servers', date: today }))
      .id;
    const code = async (c: string) =>
      (await setup.db.selectFrom('members').select('id').where('code', '=', c).executeTakeFirstOrThrow()).id;
    const motion = await createMotion(setup.db, w, {
      number: '3',
      title: 'Motie Gedeelde stroom',
      status: 'submitted',
      meetingId,
      submittedAt: new Date(Date.now() - 20 * 86_400_000).toISOString(),
      submitters: [{ name: 'Gouda' }],
    });
    for (const [name, gm] of [
      ['utrecht', 'GM0344'],
      ['gouda', 'GM0513'],
    ]) {
      const user = await createUserAccount({
        db: setup.db,
        writer: w,
        account: { email: `griffie@${name}.example.nl`, role: 'member', memberId: await code(gm) },
      });
      tokens[name] = (await issueApiToken({ db: setup.db, writer: w, userId: user.id, label: 'stem' })).token;
    }
    const staff = await createUserAccount({
      db: setup.db,
      writer: w,
      account: { email: 'bureau@example.nl', role: 'chair' },
    });
    tokens.staff = (
      await issueApiToken({ db: setup.db, writer: w, userId: staff.id, label: 'voorzitter' })
    ).token;
    const vote = await prepareVote({
      db: setup.db,
      writer: w,
      meetingId,
      subject: '3. Motie Gedeelde stroom',
      motionId: motion.id,
    });
    await openVote({ db: setup.db, writer: w, voteId: vote.id });
    voteId = vote.id;
    await setup.close();
    const env = { DATABASE_URL: url, AUDIT_ANCHOR_DIR: join(dir, 'anker'), UPLOADS_DIR: dir };
    a = await startAppProcess(env);
    cleanups.push(() => a.stop());
    b = await startAppProcess(env);
    cleanups.push(() => b.stop());
  }, 120_000);
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  // A meeting has one vote open at a time: the chair closes one before opening the next.
  const close = (app: AppProcess, id: string) =>
    fetch(`${app.base}/api/v1/stemmingen/${id}/sluiten`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.staff}`, 'content-type': 'application/json' },
      body: '{}',
    });
  let id2: string;

  const cast = (app: AppProcess, who: string, keuze: string) =>
    fetch(`${app.base}/api/v1/stemmingen/${voteId}/stemmen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
      body: JSON.stringify({ keuze }),
    });

  it('shows a ballot cast on one process on the watchers of the other, both ways', async () => {
    const onB = await openEventStream(`${b.base}/vergaderingen/${meetingId}/live`);
    const onA = await openEventStream(`${a.base}/vergaderingen/${meetingId}/live`);
    try {
      const first = (await onB.next()) as Live;
      expect(first.texts.progress).toBe('0 van 342 aanwezige leden hebben gestemd');
      await onA.next();

      const res = await cast(a, 'utrecht', 'voor');
      expect(res.status).toBe(201);
      const seen = (await onB.until(
        (m) => (m as Live).texts.progress === '1 van 342 aanwezige leden heeft gestemd',
      )) as Live;
      expect(seen.texts.voted).toBe('1 lid, gewicht 12');
      // The process that took the ballot tells its own watchers too.
      await onA.until((m) => (m as Live).texts.progress === '1 van 342 aanwezige leden heeft gestemd');

      expect((await cast(b, 'gouda', 'tegen')).status).toBe(201);
      await onA.until((m) => (m as Live).texts.progress === '2 van 342 aanwezige leden hebben gestemd');
      await onB.until((m) => (m as Live).texts.progress === '2 van 342 aanwezige leden hebben gestemd');
      // No tally while open: the meeting does not show it.
      const screen = await (await fetch(`${a.base}/vergaderingen/${meetingId}/scherm`)).text();
      expect(screen).not.toContain('Tussenstand');
      expect(screen).toContain('2 van 342 aanwezige leden hebben gestemd');

      // A second ballot of the same member, on the other process, is refused and counted once.
      expect((await cast(b, 'utrecht', 'tegen')).status).toBe(409);
      // Parallel duplicates over both processes: one accepted, every other one refused as a duplicate.
      const vote2 = await fetch(`${a.base}/api/v1/stemmingen`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.staff}`, 'content-type': 'application/json' },
        body: JSON.stringify({ vergadering: meetingId, onderwerp: 'Dubbel' }),
      });
      expect(vote2.status).toBe(201);
      id2 = ((await vote2.json()) as { id: string }).id;
      expect((await close(a, voteId)).status).toBe(200);
      const opened = await fetch(`${b.base}/api/v1/stemmingen/${id2}/openen`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.staff}`, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(opened.status).toBe(200);
      const burst = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          fetch(`${[a, b][i % 2].base}/api/v1/stemmingen/${id2}/stemmen`, {
            method: 'POST',
            headers: { authorization: `Bearer ${tokens.gouda}`, 'content-type': 'application/json' },
            body: JSON.stringify({ keuze: i % 2 ? 'tegen' : 'voor' }),
          }).then(async (res) => `${res.status} ${((await res.json()) as { code?: string }).code ?? ''}`),
        ),
      );
      expect(burst.filter((x) => x.startsWith('201'))).toHaveLength(1);
      expect(burst.filter((x) => !x.startsWith('201'))).toEqual(Array(39).fill('409 duplicate_ballot'));
    } finally {
      onA.close();
      onB.close();
    }
  }, 60_000);

  it('over the ballot channel: heard on the other process, duplicates over both processes counted once', async () => {
    const open = await fetch(`${a.base}/api/v1/stemmingen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.staff}`, 'content-type': 'application/json' },
      body: JSON.stringify({ vergadering: meetingId, onderwerp: 'Over het stemkanaal' }),
    });
    const id3 = ((await open.json()) as { id: string }).id;
    expect((await close(b, id2)).status).toBe(200);
    await fetch(`${a.base}/api/v1/stemmingen/${id3}/openen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.staff}`, 'content-type': 'application/json' },
      body: '{}',
    });
    const onB = await openEventStream(`${b.base}/vergaderingen/${meetingId}/live`);
    const onA = await openBallotChannel(a.base, { authorization: `Bearer ${tokens.utrecht}` });
    const gouda = [a, b].map((app) =>
      openBallotChannel(app.base, { authorization: `Bearer ${tokens.gouda}` }),
    );
    const [goudaA, goudaB] = await Promise.all(gouda);
    try {
      await onB.next();
      expect((await onA.cast({ stemming: id3, keuze: 'voor' })).status).toBe(201);
      await onB.until(
        (m) =>
          (m as Live).key.includes(id3.slice(0, 8)) &&
          (m as Live).texts.progress === '1 van 342 aanwezige leden heeft gestemd',
      );
      const burst = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (i % 2 ? goudaB : goudaA).cast({ stemming: id3, keuze: i % 2 ? 'tegen' : 'voor' }),
        ),
      );
      expect(burst.filter((x) => x.status === 201)).toHaveLength(1);
      expect(burst.filter((x) => x.status !== 201).map((x) => `${x.status} ${x.probleem?.code}`)).toEqual(
        Array(39).fill('409 duplicate_ballot'),
      );
    } finally {
      onB.close();
      for (const channel of [onA, goudaA, goudaB]) channel.close();
    }
  }, 60_000);
});
