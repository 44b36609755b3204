import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { hashAuditEvent, SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import { openDatabase } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { upsertMembers } from '../../src/store/repositories/members.js';
import { createMotion, updateMotion } from '../../src/store/repositories/motions.js';
import { verifyAudit } from '../../src/store/verify-audit.js';
import { ENGINES, freshDatabaseUrl } from '../support/engines.js';

describe.each(ENGINES)('a tamper-evident audit trail on %s', (engine) => {
  let db: Awaited<ReturnType<typeof openDatabase>>;
  let drop: () => Promise<void>;
  let anchorDir: string;
  let motionId: string;

  beforeEach(async () => {
    const fresh = await freshDatabaseUrl(engine);
    drop = fresh.drop;
    anchorDir = mkdtempSync(join(tmpdir(), 'motiemonitor-anker-'));
    // PostgreSQL has no file to sit next to: the anchor lives where AUDIT_ANCHOR_DIR says.
    if (engine === 'postgres') process.env.AUDIT_ANCHOR_DIR = anchorDir;
    db = await openDatabase(fresh.url);
    delete process.env.AUDIT_ANCHOR_DIR;
    await migrateToLatest(db.db);
    const organisation = await ensureOrganisation(db.db, 'vng');
    const w: WriteContext = { organisationId: organisation.id, actor: SYSTEM_ACTOR };
    await upsertMembers(db.db, w, [
      { code: 'GM0513', name: 'Gouda', inhabitants: 75_000, province: 'Zuid-Holland' },
    ]);
    for (let i = 1; i <= 5; i++) {
      const m = await createMotion(db.db, w, { title: `Motie ${i}`, submitters: [{ name: 'Gouda' }] });
      motionId = m.id;
      await updateMotion(db.db, w, m.id, { topic: `Onderwerp ${i}` });
    }
  });
  afterEach(async () => {
    await db.close();
    await drop();
    rmSync(anchorDir, { recursive: true, force: true });
  });

  const verdict = () => verifyAudit(db.db);
  const events = () => db.db.selectFrom('audit_events').selectAll().orderBy('seq').execute();

  it('an intact trail passes, and verify prints the signed anchor', async () => {
    const result = await verdict();
    expect(result.ok).toBe(true);
    expect(result.lines.join('\n')).toMatch(/Ankerpunt .*gebeurtenis \d+, hash [0-9a-f]{64}, ondertekend op/);
  });

  it('deleting the last events is seen (the anchor outside the database still names them)', async () => {
    const all = await events();
    await db.db
      .deleteFrom('audit_events')
      .where('seq', '>', all.length - 2)
      .execute();
    const result = await verdict();
    expect(result.ok).toBe(false);
    expect(result.lines.at(-1)).toMatch(/ingekort/);
  });

  it('rewriting an event and recomputing every later hash is seen', async () => {
    const all = await events();
    let prev = all[2].prev_hash;
    for (const row of all.slice(2)) {
      const rewritten = {
        ...row,
        prev_hash: prev,
        actor_label: row.seq === all[2].seq ? 'iemand anders' : row.actor_label,
      };
      const { hash: _old, ...content } = rewritten;
      const hash = hashAuditEvent(content);
      await db.db
        .updateTable('audit_events')
        .set({ prev_hash: prev, actor_label: rewritten.actor_label, hash })
        .where('id', '=', row.id)
        .execute();
      prev = hash;
    }
    const result = await verdict();
    expect(result.ok).toBe(false);
    expect(result.lines.at(-1)).toMatch(/herschreven/);
  });

  it('a record edited in the database without an event is named', async () => {
    await sql`update motions set title = 'Stiekem gewijzigd' where id = ${motionId}`.execute(db.db);
    const result = await verdict();
    expect(result.ok).toBe(false);
    expect(result.lines.at(-1)).toContain(
      `Record motion ${motionId} klopt niet met zijn laatste gebeurtenis`,
    );
  });

  it('a forged anchor (another key) is refused', async () => {
    const anchorFile =
      engine === 'postgres'
        ? join(anchorDir, 'audit-anker.json')
        : `${(db.target as { path: string }).path}.audit-anker.json`;
    const { readFileSync, writeFileSync } = await import('node:fs');
    const stored = JSON.parse(readFileSync(anchorFile, 'utf8'));
    writeFileSync(anchorFile, JSON.stringify({ ...stored, seq: stored.seq - 1 }));
    const result = await verdict();
    expect(result.ok).toBe(false);
    expect(result.lines.at(-1)).toMatch(/handtekening/);
  });
});
