import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';

/** Where original files are kept unless configured (DOCUMENTS_DIR): next to the default database. */
export const DEFAULT_DOCUMENTS_DIR = './data/documents';

export function documentsDir(configured?: string | null): string {
  return resolve(configured ?? process.env.DOCUMENTS_DIR ?? DEFAULT_DOCUMENTS_DIR);
}

/**
 * The file an original is kept in: the path stored with its document, else the file of the same name in this
 * installation's documents directory (a restored backup or a moved directory: the names are content hashes).
 */
export function findOriginal(storagePath: string | null, dir = documentsDir()): string | null {
  if (!storagePath) return null;
  if (existsSync(storagePath)) return storagePath;
  const here = join(dir, basename(storagePath));
  return existsSync(here) ? here : null;
}

/** Where the original bytes of a file are kept: under their content hash (same file, same name). */
export function originalPath(dir: string, contentHash: string, name: string): string {
  const extension = extname(name)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '')
    .slice(0, 8);
  return join(dir, `${contentHash}${extension}`);
}

/**
 * Originals up to this size are written at once, on the storing thread, as its database writes are: through the
 * thread pool a file costs three hand-offs (open, write, close), each waking a pool thread that takes the core from
 * the storing (an import of 1,000 small documents took 7 % longer, docs/benchmarks.md). Larger ones go through the
 * pool, so a big PDF does not hold up the server's other requests while it is written.
 */
export const WRITE_AT_ONCE_BYTES = 1024 * 1024;

/** Writes the original bytes at `path` (from originalPath). */
export async function writeOriginal(path: string, bytes: Uint8Array): Promise<void> {
  const small = bytes.byteLength <= WRITE_AT_ONCE_BYTES;
  try {
    if (small) writeFileSync(path, bytes);
    else await writeFile(path, bytes);
  } catch (error) {
    // The directory is made once, when the first file finds it missing (not a mkdir per file).
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (small) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    } else {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes);
    }
  }
}

export async function removeOriginal(path: string | null): Promise<void> {
  if (path) await rm(path, { force: true });
}
