import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { RECORD_BYTES } from '../../src/store/anchor-record.js';
import { appendAuditEvent, SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import { type AnchorFiles, anchorHead, anchorOf, readAnchor } from '../../src/store/audit-anchor.js';
import { type OpenDatabase, openDatabase } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { inTransaction } from '../../src/store/transaction.js';
import { verifyAudit } from '../../src/store/verify-audit.js';
import { freshDatabaseUrl } from '../support/engines.js';

// The anchor is one fixed-size record rewritten in place (docs/adr/039): the same file after every anchoring,
// readable and verifiable at every moment; a file replaced or removed meanwhile is written anew, not through a
// stale descriptor; a longer file left by other means keeps no tail.
describe('the audit anchor written in place', () => {
  let handle: OpenDatabase;
  let drop: () => Promise<void>;
  let dir: string;
  let files: AnchorFiles;
  let w: WriteContext;

  beforeAll(async () => {
    const fresh = await freshDatabaseUrl('sqlite');
    drop = fresh.drop;
    dir = mkdtempSync(join(tmpdir(), 'motiemonitor-ankerrecord-'));
    process.env.AUDIT_ANCHOR_DIR = dir;
    handle = await openDatabase(fresh.url);
    delete process.env.AUDIT_ANCHOR_DIR;
    await migrateToLatest(handle.db);
    const organisation = await ensureOrganisation(handle.db, 'vng');
    w = { organisationId: organisation.id, actor: SYSTEM_ACTOR };
    const anchored = anchorOf(handle.db);
    if (!anchored) throw new Error('no anchor files');
    files = anchored;
  });
  afterAll(async () => {
    await handle.close();
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  // One committed transaction with one event: anchored after its commit, as every write is.
  const write = (n: number) =>
    inTransaction(handle.db, (trx) =>
      appendAuditEvent(trx, w, { entityKind: 'anchor_check', entityId: `check-${n}`, action: 'checked' }),
    );

  it('rewrites one record of fixed size in the same file, and the chain verifies', async () => {
    await write(1);
    const first = statSync(files.anchorFile);
    expect(first.size).toBe(RECORD_BYTES);
    for (let n = 2; n <= 20; n += 1) await write(n);
    const after = statSync(files.anchorFile);
    expect(after.ino).toBe(first.ino);
    expect(after.size).toBe(RECORD_BYTES);
    const head = await handle.db
      .selectFrom('audit_events')
      .select(['seq'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(readAnchor(files)?.seq).toBe(Number(head.seq));
    const text = readFileSync(files.anchorFile, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text).seq).toBe(Number(head.seq));
    expect((await verifyAudit(handle.db)).ok).toBe(true);
  });

  it('writes a replaced file anew and leaves no tail of a longer one', async () => {
    // Another process put a new file in place (a rename): the next anchoring writes that file.
    const stored = readFileSync(files.anchorFile, 'utf8');
    const replacement = join(dir, 'vervanging.json');
    writeFileSync(replacement, `${stored.trimEnd()}${' '.repeat(2000)}\n`);
    renameSync(replacement, files.anchorFile);
    const replaced = statSync(files.anchorFile);
    await write(21);
    const now = statSync(files.anchorFile);
    expect(now.ino).toBe(replaced.ino);
    expect(now.size).toBe(RECORD_BYTES);
    expect(readAnchor(files)?.seq).toBe(Number(JSON.parse(readFileSync(files.anchorFile, 'utf8')).seq));

    // Removed: created whole again at the next anchoring.
    rmSync(files.anchorFile);
    await write(22);
    expect(statSync(files.anchorFile).size).toBe(RECORD_BYTES);
    expect((await verifyAudit(handle.db)).ok).toBe(true);
  });

  it('refuses a record changed by hand, however often it is read', async () => {
    await anchorHead(handle.db, files);
    const stored = JSON.parse(readFileSync(files.anchorFile, 'utf8'));
    writeFileSync(files.anchorFile, JSON.stringify({ ...stored, hash: '0'.repeat(64) }));
    expect(() => readAnchor(files)).toThrow(/handtekening/);
  });
});
