import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMunicipalities } from '../../src/seed/municipalities.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { castVote } from '../../src/services/votes/cast-vote.js';
import { openVote } from '../../src/services/votes/move-vote.js';
import { prepareVote } from '../../src/services/votes/prepare-vote.js';
import { appendAuditEvent, SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import { anchorOf, readAnchor } from '../../src/store/audit-anchor.js';
import { type OpenDatabase, openDatabase } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { verifyAudit } from '../../src/store/verify-audit.js';
import { ENGINES, freshDatabaseUrl } from '../support/engines.js';

// Groups of ballots from two handles on one database (as two app processes; SQLite has one process, so one
// handle): each group takes the chain's lock and reads its head in one step, and is anchored with the head it
// appended (docs/adr/036). The chain stays whole, and every ballot is anchored by the time its caller hears back.
describe.each(ENGINES)('ballot groups on one audit chain on %s', (engine) => {
  const handles: OpenDatabase[] = [];
  const writers = engine === 'postgres' ? 2 : 1;
  let drop: () => Promise<void>;
  let anchorDir: string;
  let w: WriteContext;
  let members: string[];
  /** A meeting of its own per vote: a meeting has one vote open at a time, these run side by side. */
  const meetingFor = async (subject: string) =>
    (await createMeeting(handles[0].db, w, { kind: 'alv', title: `ALV ${subject}`, date: '2026-06-10' })).id;

  beforeAll(async () => {
    const fresh = await freshDatabaseUrl(engine);
    drop = fresh.drop;
    anchorDir = mkdtempSync(join(tmpdir(), 'motiemonitor-anker-'));
    if (engine === 'postgres') process.env.AUDIT_ANCHOR_DIR = anchorDir;
    for (let i = 0; i < writers; i += 1) handles.push(await openDatabase(fresh.url));
    delete process.env.AUDIT_ANCHOR_DIR;
    await migrateToLatest(handles[0].db);
    const organisation = await ensureOrganisation(handles[0].db, 'vng');
    w = { organisationId: organisation.id, actor: SYSTEM_ACTOR };
    await seedMunicipalities(handles[0].db, w);
    members = (await handles[0].db.selectFrom('members').select('id').execute()).map((m) => m.id);
  });
  afterAll(async () => {
    for (const h of handles) await h.close();
    await drop?.();
    rmSync(anchorDir, { recursive: true, force: true });
  });

  const anchoredSeq = () => {
    const files = anchorOf(handles[0].db);
    if (!files) throw new Error('no anchor');
    return readAnchor(files)?.seq ?? 0;
  };

  it('keeps the chain whole and anchors each ballot before its answer', async () => {
    const votes: string[] = [];
    for (const subject of ['Eerste', 'Tweede']) {
      const meetingId = await meetingFor(subject);
      const vote = await prepareVote({ db: handles[0].db, writer: w, meetingId, subject });
      await openVote({ db: handles[0].db, writer: w, voteId: vote.id });
      votes.push(vote.id);
    }
    // Every member on both votes, alternately over the two handles, all at once; and a duplicate of each of
    // the first ten on the other handle (refused, nothing appended for it).
    const answers: { seq: number | null; anchored: number }[] = [];
    const cast = (i: number, voteId: string, memberId: string) =>
      castVote({ db: handles[i % writers].db, writer: w, voteId, memberId, choice: 'for' }).then(
        async (ballot) => {
          // The ballot's own event, and what the anchor said when the caller heard back.
          const anchored = anchoredSeq();
          const event = await handles[0].db
            .selectFrom('audit_events')
            .select('seq')
            .where('action', '=', 'vote.ballot-cast')
            .where('entity_id', '=', voteId)
            .where('new_values', 'like', `%${ballot.memberId}%`)
            .executeTakeFirstOrThrow();
          answers.push({ seq: Number(event.seq), anchored });
        },
        (error: { code?: string }) => {
          expect(error.code).toBe('duplicate_ballot');
          answers.push({ seq: null, anchored: anchoredSeq() });
        },
      );
    await Promise.all([
      ...votes.flatMap((voteId, v) => members.map((memberId, i) => cast(i + v, voteId, memberId))),
      ...members.slice(0, 10).map((memberId, i) => cast(i + 1, votes[0], memberId)),
    ]);

    const accepted = answers.filter((a) => a.seq !== null);
    expect(accepted).toHaveLength(votes.length * members.length);
    expect(answers.filter((a) => a.seq === null)).toHaveLength(10);
    for (const a of accepted) expect(a.anchored).toBeGreaterThanOrEqual(a.seq ?? 0);

    const head = await handles[writers - 1].db
      .selectFrom('audit_events')
      .select('seq')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(anchoredSeq()).toBe(Number(head.seq));
    const verdict = await verifyAudit(handles[writers - 1].db);
    expect(verdict.lines.join('\n')).not.toMatch(/gebroken|klopt niet/);
    expect(verdict.ok).toBe(true);
  });

  // The chain's lock is PostgreSQL's (SQLite's writers are serialised): this case exists only there.
  if (engine === 'postgres')
    it('reads a record for its state hash after the lock: a vote changed by a transaction still holding the chain', async () => {
      const meetingId = await meetingFor('Derde');
      const vote = await prepareVote({ db: handles[0].db, writer: w, meetingId, subject: 'Derde' });
      await openVote({ db: handles[0].db, writer: w, voteId: vote.id });
      // Another writer changes the vote and appends its event (taking the chain's lock), not yet committed.
      let release = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked = () => {};
      const holding = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const other = handles[0].db.transaction().execute(async (trx) => {
        await trx
          .updateTable('votes')
          .set({ subject: 'Derde (gewijzigd)' })
          .where('id', '=', vote.id)
          .execute();
        await appendAuditEvent(trx, w, { action: 'vote.updated', entityKind: 'vote', entityId: vote.id });
        locked();
        await gate;
      });
      await holding;
      // A ballot on the other handle: its group waits for the chain's lock (seen in pg_stat_activity).
      const ballot = castVote({
        db: handles[1].db,
        writer: w,
        voteId: vote.id,
        memberId: members[0],
        choice: 'for',
      });
      for (;;) {
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock' and wait_event = 'advisory'`.execute(
          handles[0].db,
        );
        if (rows[0].n > 0) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
      release();
      await other;
      await ballot;
      // The ballot's event comes last and carries the vote as changed: the record states verify.
      const verdict = await verifyAudit(handles[1].db);
      expect(verdict.lines.join('\n')).not.toMatch(/wijkt af|gebroken|klopt niet/);
      expect(verdict.ok).toBe(true);
    });
});
