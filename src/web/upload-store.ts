import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Uploaded files wait here between the preview and the confirmation, so a browser without JavaScript does not
 * have to send the file twice. Nothing is stored in the register until the user confirms. Old uploads expire.
 */
const DIR = join(process.env.UPLOADS_DIR ?? tmpdir(), 'motiemonitor-uploads');
const MAX_AGE_MS = 24 * 3_600_000;
const TOKEN = /^[0-9a-f]{32}$/;

export type PendingUpload = { name: string; bytes: Uint8Array };

export async function keepUpload(upload: PendingUpload): Promise<string> {
  await mkdir(DIR, { recursive: true });
  await expireOld();
  const token = randomBytes(16).toString('hex');
  await writeFile(join(DIR, `${token}.bin`), upload.bytes);
  await writeFile(join(DIR, `${token}.json`), JSON.stringify({ name: basename(upload.name) }));
  return token;
}

export async function takeUpload(token: string): Promise<PendingUpload | null> {
  if (!TOKEN.test(token)) return null;
  try {
    const meta = JSON.parse(await readFile(join(DIR, `${token}.json`), 'utf8')) as { name: string };
    return { name: meta.name, bytes: new Uint8Array(await readFile(join(DIR, `${token}.bin`))) };
  } catch {
    return null;
  }
}

export async function dropUpload(token: string): Promise<void> {
  if (!TOKEN.test(token)) return;
  await Promise.all([
    rm(join(DIR, `${token}.bin`), { force: true }),
    rm(join(DIR, `${token}.json`), { force: true }),
  ]);
}

async function expireOld(): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(DIR).catch(() => [] as string[])) {
    const path = join(DIR, name);
    const info = await stat(path).catch(() => null);
    if (info && now - info.mtimeMs > MAX_AGE_MS) await rm(path, { force: true });
  }
}
