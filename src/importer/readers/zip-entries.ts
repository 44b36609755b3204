/** Entries of a ZIP archive read from its central directory, without inflating anything. */
export type ZipEntry = { name: string; compressedSize: number; uncompressedSize: number };

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
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
