import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

function loadOrCreateKey(files: AnchorFiles) {
  if (!existsSync(files.keyFile)) {
    mkdirSync(dirname(files.keyFile), { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(files.keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), {
      mode: 0o600,
      flag: 'wx',
    });
  }
  return createPrivateKey(readFileSync(files.keyFile));
}

const payload = (a: { seq: number; hash: string; signedAt: string }) =>
  Buffer.from(JSON.stringify(['motiemonitor-audit-anker', a.seq, a.hash, a.signedAt]));

/** The signed anchor, checked against the key file; null when there is none; throws when it is forged. */
export function readAnchor(files: AnchorFiles): Anchor | null {
  if (!existsSync(files.anchorFile)) return null;
  const stored = JSON.parse(readFileSync(files.anchorFile, 'utf8')) as Anchor & { signature: string };
  const publicKey = createPublicKey(loadOrCreateKey(files));
  if (!verify(null, payload(stored), publicKey, Buffer.from(stored.signature, 'base64')))
    throw new Error(`De handtekening van het ankerpunt ${files.anchorFile} klopt niet.`);
  return {
    seq: stored.seq,
    hash: stored.hash,
    signedAt: stored.signedAt,
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
  };
}

/** Signs the current head of the chain and writes it (atomically) when it is past the anchored one. */
export async function anchorHead(db: Executor, files: AnchorFiles): Promise<void> {
  const head = await db
    .selectFrom('audit_events')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!head) return;
  const seq = Number(head.seq);
  if ((lastAnchored.get(files.anchorFile) ?? 0) >= seq) return;
  let current: Anchor | null = null;
  try {
    current = readAnchor(files);
  } catch {
    current = null;
  }
  if (current && current.seq >= seq) return;
  let key = signingKeys.get(files.keyFile);
  if (!key) {
    key = loadOrCreateKey(files);
    signingKeys.set(files.keyFile, key);
  }
  const anchor = { seq, hash: head.hash, signedAt: new Date().toISOString() };
  const signature = sign(null, payload(anchor), key).toString('base64');
  const tmp = `${files.anchorFile}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify({ ...anchor, signature })}\n`);
  renameSync(tmp, files.anchorFile);
  lastAnchored.set(files.anchorFile, seq);
}

/** What this process last anchored, per anchor file: saves reading the file after every transaction. */
const lastAnchored = new Map<string, number>();
/** The signing key per key file, read once per process (not after every transaction). */
const signingKeys = new Map<string, KeyObject>();
