import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readAnchorText, stampOf, writeAnchorRecord } from './anchor-record.js';
import type { ChainHead } from './audit.js';
import type { DatabaseTarget, Executor } from './database.js';

/**
 * The head of the audit chain (last sequence number and hash), signed with a server key and kept outside the
 * database: whoever can change the database but not these files cannot shorten the chain or rewrite it with
 * fresh hashes unseen. Both files sit next to the SQLite file by default; AUDIT_ANCHOR_DIR puts them elsewhere
 * (required for PostgreSQL, where there is no file to sit next to). The key file is Ed25519, mode 0600.
 */
export type AnchorFiles = { keyFile: string; anchorFile: string };
export type Anchor = { seq: number; hash: string; signedAt: string; publicKey: string };

const anchors = new WeakMap<object, AnchorFiles>();

/** Where the key and anchor of a database live; null when the chain is not anchored (in-memory SQLite). */
export function anchorFilesFor(
  target: DatabaseTarget,
  dir = process.env.AUDIT_ANCHOR_DIR,
): AnchorFiles | null {
  if (dir) return { keyFile: join(dir, 'audit-sleutel.pem'), anchorFile: join(dir, 'audit-anker.json') };
  if (target.engine === 'sqlite' && target.path !== ':memory:')
    return { keyFile: `${target.path}.audit-sleutel.pem`, anchorFile: `${target.path}.audit-anker.json` };
  return null;
}

/** Anchors the chain of this database (called by openDatabase). */
export function registerAnchor(db: object, files: AnchorFiles | null): void {
  if (files) anchors.set(db, files);
}

export function anchorOf(db: object): AnchorFiles | undefined {
  return anchors.get(db);
}

function loadKeys(files: AnchorFiles): Keys {
  const known = keys.get(files.keyFile);
  if (known && known.stamp === stampOf(files.keyFile)) return known;
  if (!existsSync(files.keyFile)) {
    mkdirSync(dirname(files.keyFile), { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(files.keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), {
      mode: 0o600,
      flag: 'wx',
    });
  }
  const stamp = stampOf(files.keyFile);
  const key = createPrivateKey(readFileSync(files.keyFile));
  const loaded = { key, publicKey: createPublicKey(key), stamp };
  keys.set(files.keyFile, loaded);
  return loaded;
}

/** The parsed keys per key file, read again when the file is replaced or changed (inode, size, mtime). */
type Keys = {
  key: ReturnType<typeof createPrivateKey>;
  publicKey: ReturnType<typeof createPublicKey>;
  stamp: string;
};
const keys = new Map<string, Keys>();

const payload = (a: { seq: number; hash: string; signedAt: string }) =>
  Buffer.from(JSON.stringify(['motiemonitor-audit-anker', a.seq, a.hash, a.signedAt]));

/** The signed anchor, checked against the key file; null when there is none; throws when it is forged. */
export function readAnchor(files: AnchorFiles): Anchor | null {
  const stored = readSigned(files);
  if (!stored) return null;
  return {
    seq: stored.seq,
    hash: stored.hash,
    signedAt: stored.signedAt,
    publicKey: loadKeys(files).publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
  };
}

type Signed = { seq: number; hash: string; signedAt: string; signature: string };

/**
 * The anchor file's record, its signature checked. A record that does not read or verify is read again (twice):
 * another process may be writing it at that moment (anchor-record.ts); a forged one stays forged.
 */
function readSigned(files: AnchorFiles): Signed | null {
  for (let attempt = 1; ; attempt += 1) {
    const text = readAnchorText(files.anchorFile);
    if (text === null) return null;
    let stored: Signed | null = null;
    try {
      stored = JSON.parse(text) as Signed;
    } catch {
      stored = null;
    }
    const { publicKey } = loadKeys(files);
    if (
      stored &&
      typeof stored.signature === 'string' &&
      verify(null, payload(stored), publicKey, Buffer.from(stored.signature, 'base64'))
    )
      return stored;
    if (attempt >= 3) throw new Error(`De handtekening van het ankerpunt ${files.anchorFile} klopt niet.`);
  }
}

/**
 * Signs the current head of the chain and writes it (one whole record, anchor-record.ts) when it is past the
 * anchored one. `known`: a head the caller committed itself (the last event of its transaction), signed without
 * reading the chain again.
 */
export async function anchorHead(db: Executor, files: AnchorFiles, known?: ChainHead): Promise<void> {
  const head =
    known ??
    (await db
      .selectFrom('audit_events')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst());
  if (!head) return;
  const seq = Number(head.seq);
  if ((lastAnchored.get(files.anchorFile) ?? 0) >= seq) return;
  // The file as this process last wrote it (same inode, size and time) need not be read and verified again:
  // under a stream of ballots most anchorings follow this process's own.
  const own = written.get(files.anchorFile);
  let current: { seq: number } | null = null;
  if (own && own.stamp === stampOf(files.anchorFile)) current = own;
  else
    try {
      current = readSigned(files);
    } catch {
      current = null;
    }
  if (current && current.seq >= seq) return;
  const { key } = loadKeys(files);
  const anchor = { seq, hash: head.hash, signedAt: new Date().toISOString() };
  const signature = sign(null, payload(anchor), key).toString('base64');
  const stamp = writeAnchorRecord(files.anchorFile, JSON.stringify({ ...anchor, signature }));
  lastAnchored.set(files.anchorFile, seq);
  written.set(files.anchorFile, { seq, stamp });
}

type Anchoring = {
  running: Promise<void> | null;
  queued: Promise<void> | null;
  /** What the next signing must cover: the highest head given by its callers. */
  known: ChainHead | null;
};
const anchorings = new WeakMap<object, Anchoring>();

/**
 * anchorHead after a commit, coalesced: while one signing runs, the commits that arrive meanwhile share one
 * more, started after it (so it covers them). A burst of ballots signs a few times, not once per ballot; every
 * caller still returns only when the head past its commit is anchored. `head`: the last event the caller's
 * transaction appended (the chain's head at its commit, as the chain's lock was held until then): signed without
 * reading the chain again.
 */
export function anchorAfterCommit(db: Executor, files: AnchorFiles, head: ChainHead): Promise<void> {
  let state = anchorings.get(db);
  if (!state) {
    state = { running: null, queued: null, known: null };
    anchorings.set(db, state);
  }
  if (!state.known || head.seq > state.known.seq) state.known = head;
  return nextSigning(db, files, state);
}

function nextSigning(db: Executor, files: AnchorFiles, s: Anchoring): Promise<void> {
  if (!s.running) {
    // The highest head given covers every caller that waits for this signing.
    const known = s.known ?? undefined;
    s.known = null;
    s.running = anchorHead(db, files, known).finally(() => {
      s.running = null;
    });
    return s.running;
  }
  s.queued ??= s.running
    .catch(() => undefined)
    .then(() => {
      s.queued = null;
      return nextSigning(db, files, s);
    });
  return s.queued;
}

/** The anchor file as this process last wrote it: its sequence number and its stamp (inode, size, mtime). */
const written = new Map<string, { seq: number; stamp: string }>();

/** What this process last anchored, per anchor file: saves reading the file after every transaction. */
const lastAnchored = new Map<string, number>();
