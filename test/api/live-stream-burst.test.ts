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
import { type AppProcess, openEventStream, startAppProcess } from '../support/app-process.js';
import { openBallotChannel } from '../support/ballot-channel-client.js';
import { freshDatabaseUrl } from '../support/engines.js';

type Live = { key: string; texts: Record<string, string> };

/**
 * While ballots stream in, a meeting's watchers are told less often (the stream's interval, ADR 039), yet none
 * of the changes is lost: the last state of the burst arrives, and so do a lone ballot and a vote opened after it.
 */
describe('a meeting’s live stream under a burst of ballots', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  let app: AppProcess;
  let meetingId: string;
  let voteId: string;
  let token: string;
  let members: string[];

  beforeAll(async () => {
    const { url, drop } = await freshDatabaseUrl('sqlite');
    cleanups.push(drop);
    const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-live-burst-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const setup = await openContext(url);
    const w: WriteContext = { organisationId: setup.organisation.id, actor: SYSTEM_ACTOR };
    await seedMunicipalities(setup.db, w);
    members = (await setup.db.selectFrom('members').select('id').orderBy('code').execute()).map((m) => m.id);
    const today = new Date().toISOString().slice(0, 10);
    meetingId = (await createMeeting(setup.db, w, { kind: 'alv', title: 'ALV met drukte', date: today })).id;
    const staff = await createUserAccount({
      db: setup.db,
      writer: w,
      account: { email: 'bureau@example.nl', role: 'staff' },
    });
    token = (await issueApiToken({ db: setup.db, writer: w, userId: staff.id, label: 'balie' })).token;
    const vote = await prepareVote({ db: setup.db, writer: w, meetingId, subject: 'Motie Drukte' });
    await openVote({ db: setup.db, writer: w, voteId: vote.id });
    voteId = vote.id;
    await setup.close();
    app = await startAppProcess({
      DATABASE_URL: url,
      AUDIT_ANCHOR_DIR: join(dir, 'anker'),
      UPLOADS_DIR: dir,
    });
    cleanups.push(() => app.stop());
  }, 120_000);
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  const staffPost = (path: string, body: object) =>
    fetch(`${app.base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('sends the burst’s last state, fewer messages than ballots, then a lone ballot and a new vote', async () => {
    const stream = await openEventStream(`${app.base}/vergaderingen/${meetingId}/live`);
    // Two connections: a connection takes at most 200 ballots in flight.
    const [channel, second] = await Promise.all(
      [1, 2].map(() => openBallotChannel(app.base, { authorization: `Bearer ${token}` })),
    );
    try {
      expect(((await stream.next()) as Live).texts.progress).toBe('0 van 342 aanwezige leden hebben gestemd');
      const before = stream.received();
      const burst = await Promise.all(
        members
          .slice(0, 300)
          .map((lid, i) => (i % 2 ? second : channel).cast({ stemming: voteId, keuze: 'voor', lid })),
      );
      expect(burst.filter((answer) => answer.status === 201)).toHaveLength(300);
      await stream.until(
        (m) => (m as Live).texts.progress === '300 van 342 aanwezige leden hebben gestemd',
        30_000,
      );
      // Told of the burst in a few whole states, not once per ballot.
      expect(stream.received() - before).toBeLessThan(300);

      // A lone ballot after the burst still reaches the watcher.
      expect((await channel.cast({ stemming: voteId, keuze: 'tegen', lid: members[300] })).status).toBe(201);
      await stream.until(
        (m) => (m as Live).texts.progress === '301 van 342 aanwezige leden hebben gestemd',
        30_000,
      );
      // And so does a vote prepared and opened at the console, once the chair has closed the first.
      expect((await staffPost(`/api/v1/stemmingen/${voteId}/sluiten`, {})).status).toBe(200);
      const next = await staffPost('/api/v1/stemmingen', {
        vergadering: meetingId,
        onderwerp: 'Motie Daarna',
      });
      expect(next.status).toBe(201);
      const nextId = ((await next.json()) as { id: string }).id;
      expect((await staffPost(`/api/v1/stemmingen/${nextId}/openen`, {})).status).toBe(200);
      const opened = (await stream.until(
        (m) =>
          (m as Live).key.includes(nextId.slice(0, 8)) &&
          (m as Live).texts.progress === '0 van 342 aanwezige leden hebben gestemd',
        30_000,
      )) as Live;
      expect(opened.key).toContain(nextId.slice(0, 8));
    } finally {
      stream.close();
      channel.close();
      second.close();
    }
  }, 60_000);
});
