import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';

/** Where original files are kept unless configured (DOCUMENTS_DIR): next to the default database. */
export const DEFAULT_DOCUMENTS_DIR = './data/documents';

export function documentsDir(configured?: string | null): string {
  return resolve(configured ?? process.env.DOCUMENTS_DIR ?? DEFAULT_DOCUMENTS_DIR);
}

/** Where the original bytes of a file are kept: under their content hash (same file, same name). */
export function originalPath(dir: string, contentHash: string, name: string): string {
  const extension = extname(name)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '')
    .slice(0, 8);
  return join(dir, `${contentHash}${extension}`);
}

/** Writes the original bytes at `path` (from originalPath). */
export async function writeOriginal(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (error) {
    // The directory is made once, when the first file finds it missing (not a mkdir per file).
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
  }
}

export async function removeOriginal(path: string | null): Promise<void> {
  if (path) await rm(path, { force: true });
}
