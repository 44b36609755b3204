import { mkdir, rm, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

/** Where original files are kept unless configured (DOCUMENTS_DIR): next to the default database. */
export const DEFAULT_DOCUMENTS_DIR = './data/documents';

export function documentsDir(configured?: string | null): string {
  return resolve(configured ?? process.env.DOCUMENTS_DIR ?? DEFAULT_DOCUMENTS_DIR);
}

/** Keeps the original bytes under their content hash (same file, same name); returns the path. */
export async function keepOriginal(
  dir: string,
  contentHash: string,
  name: string,
  bytes: Uint8Array,
): Promise<string> {
  const extension = extname(name)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '')
    .slice(0, 8);
  const path = join(dir, `${contentHash}${extension}`);
  try {
    await writeFile(path, bytes);
  } catch (error) {
    // The directory is made once, when the first file finds it missing (not a mkdir per file).
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dir, { recursive: true });
    await writeFile(path, bytes);
  }
  return path;
}

export async function removeOriginal(path: string | null): Promise<void> {
  if (path) await rm(path, { force: true });
}
