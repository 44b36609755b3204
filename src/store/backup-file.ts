import { once } from 'node:events';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { Db } from './database.js';
import { type BackupHeader, type OriginalFiles, restoreBackup, writeBackup } from './dump.js';

/** Writes a gzip'd JSON-lines backup to `file` (via a temporary file, so a failed backup leaves nothing half). */
export async function backupToFile(
  db: Db,
  file: string,
  originals: OriginalFiles = {},
): Promise<BackupHeader> {
  if (existsSync(file)) throw new Error(`${file} bestaat al; kies een nieuwe bestandsnaam`);
  const part = `${file}.part`;
  // Opened here, so a file that cannot be written is a clear error before anything is read.
  let fd: number;
  try {
    fd = openSync(part, 'w');
  } catch (error) {
    throw new Error(`${file} kan niet worden geschreven: ${fileProblem(error)}`);
  }
  const gzip = createGzip();
  const out = createWriteStream('', { fd });
  // A write that fails later (a full disk) ends the backup with that error instead of leaving it waiting.
  out.on('error', (error) => gzip.destroy(error));
  gzip.pipe(out);
  try {
    const header = await writeBackup(
      db,
      async (line) => {
        if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
      },
      originals,
    );
    gzip.end();
    await finished(out);
    renameSync(part, file);
    return header;
  } catch (error) {
    gzip.destroy();
    out.destroy();
    rmSync(part, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw code ? new Error(`${file} kan niet worden geschreven: ${fileProblem(error)}`) : error;
  }
}

/** Why a file cannot be written, in Dutch. */
function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'de map bestaat niet';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'geen schrijfrechten';
  if (code === 'ENOSPC') return 'de schijf is vol';
  if (code === 'EISDIR') return 'dat is een map';
  return (error as Error).message;
}

function isGzip(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

/** The lines of a backup file, gzip'd or plain; read errors and corrupt compression surface as one error. */
export async function* readBackupLines(file: string): AsyncGenerator<string> {
  if (!existsSync(file)) throw new Error(`${file} bestaat niet`);
  const input = createReadStream(file);
  let stream: NodeJS.ReadableStream = input;
  if (isGzip(file)) {
    const gunzip = createGunzip();
    input.on('error', (error) => gunzip.destroy(error));
    stream = input.pipe(gunzip);
  }
  // Decode as a stream: a multi-byte character split over two chunks must not become two broken ones.
  const text = stream as NodeJS.ReadableStream & { setEncoding(encoding: BufferEncoding): void };
  text.setEncoding('utf8');
  let rest = '';
  try {
    for await (const chunk of text) {
      const lines = (rest + (chunk as string)).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) yield line;
    }
  } catch (error) {
    throw new Error(`${file} kan niet worden gelezen: ${error instanceof Error ? error.message : error}`);
  }
  if (rest !== '') yield rest;
}

export async function restoreFromFile(
  db: Db,
  file: string,
  originals: OriginalFiles = {},
): Promise<BackupHeader> {
  return restoreBackup(db, readBackupLines(file), originals);
}
