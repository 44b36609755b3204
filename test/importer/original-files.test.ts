import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  originalPath,
  WRITE_AT_ONCE_BYTES,
  writeOriginal,
} from '../../src/importer/persist/original-files.js';

const root = mkdtempSync(join(tmpdir(), 'originals-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const bytesOf = (size: number, seed: number) => Uint8Array.from({ length: size }, (_, i) => (i * seed) % 251);

describe('originals: written whole, small ones at once and large ones through the thread pool', () => {
  it.each([
    ['a small original', 20_000],
    ['an original of exactly the limit', WRITE_AT_ONCE_BYTES],
    ['a large original', WRITE_AT_ONCE_BYTES + 1],
  ])('%s is written with its bytes, the missing directory made first', async (_label, size) => {
    const dir = join(root, `missing-${size}`, 'documenten');
    const bytes = bytesOf(size, 7);
    const path = originalPath(dir, `hash${size}`, 'Motie.PDF');
    expect(path).toBe(join(dir, `hash${size}.pdf`));
    await writeOriginal(path, bytes);
    expect(new Uint8Array(readFileSync(path))).toEqual(bytes);
    // The same name again (the same content hash) holds the bytes written last, not a mix.
    await writeOriginal(path, bytes);
    expect(readFileSync(path).byteLength).toBe(size);
  });

  it.each([
    ['small', 10],
    ['large', WRITE_AT_ONCE_BYTES + 10],
  ])(
    'a %s original that cannot be written is refused as an error (a file where the directory should be)',
    async (_label, size) => {
      const blocker = join(root, `blocker-${size}`);
      writeFileSync(blocker, 'geen map');
      await expect(writeOriginal(join(blocker, 'x.pdf'), bytesOf(size, 3))).rejects.toMatchObject({
        code: 'ENOTDIR',
      });
      expect(readFileSync(blocker, 'utf8')).toBe('geen map');
    },
  );
});
