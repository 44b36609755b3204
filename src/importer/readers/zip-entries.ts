import { inflateRawSync } from 'node:zlib';

/** Entries of a ZIP archive read from its central directory, without inflating anything. */
export type ZipEntry = {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
  localHeaderOffset: number;
};

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;

/** Null when the bytes are no readable ZIP (no end record, or a directory that runs out of the file). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const earliest = Math.max(0, view.length - 22 - 65_535);
  let end = -1;
  for (let i = view.length - 22; i >= earliest; i--) {
    if (view.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.readUInt16LE(end + 10);
  let offset = view.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > view.length || view.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) return null;
    const nameLength = view.readUInt16LE(offset + 28);
    const extraLength = view.readUInt16LE(offset + 30);
    const commentLength = view.readUInt16LE(offset + 32);
    entries.push({
      name: view.toString('utf8', offset + 46, offset + 46 + nameLength),
      compressedSize: view.readUInt32LE(offset + 20),
      uncompressedSize: view.readUInt32LE(offset + 24),
      method: view.readUInt16LE(offset + 10),
      localHeaderOffset: view.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The real size of an entry after inflating, counted up to `cap` bytes (the directory's sizes can lie): the
 * number of bytes, or null when it inflates to more than `cap`, or undefined when the entry cannot be read.
 */
export function inflatedSize(bytes: Uint8Array, entry: ZipEntry, cap: number): number | null | undefined {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > view.length || view.readUInt32LE(local) !== 0x04034b50) return undefined;
  const start = local + 30 + view.readUInt16LE(local + 26) + view.readUInt16LE(local + 28);
  const data = view.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length > cap ? null : data.length;
  if (entry.method !== 8) return undefined;
  try {
    return inflateRawSync(data, { maxOutputLength: cap + 1 }).length;
  } catch (error) {
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? null : undefined;
  }
}
