import { crc32, createDeflateRaw } from 'node:zlib';

const MB = 1024 * 1024;

/** Deflates `total` bytes of a repeated Word paragraph without ever holding them: returns data, crc and size. */
async function deflateRepeated(total: number): Promise<{ data: Buffer; crc: number; size: number }> {
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
  );
  const tail = Buffer.from('</w:body></w:document>');
  const paragraph = Buffer.from('<w:p><w:r><w:t>Motie van de gemeente over jeugdzorg.</w:t></w:r></w:p>');
  const block = Buffer.concat(Array.from({ length: Math.floor(MB / paragraph.length) }, () => paragraph));
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  let size = 0;
  const write = (chunk: Buffer) => {
    crc = crc32(chunk, crc);
    size += chunk.length;
    deflate.write(chunk);
  };
  write(head);
  while (size + block.length + tail.length < total) write(block);
  write(tail);
  deflate.end();
  await done;
  return { data: Buffer.concat(out), crc, size };
}

/** A ZIP with the given entries (name → deflated data); `statedSize` lets the directory lie about a size. */
function zip(
  entries: { name: string; data: Buffer; crc: number; size: number; statedSize?: number }[],
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const size = e.statedSize ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A Word document whose word/document.xml unpacks to `xmlMb` MB (a few hundred KB on disk); with `lie`, the
 * ZIP directory states a tiny size for it.
 */
export async function docxBomb(xmlMb: number, options: { lie?: boolean } = {}): Promise<Buffer> {
  const xml = await deflateRepeated(xmlMb * MB);
  const types = Buffer.from(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  const { deflateRawSync } = await import('node:zlib');
  const small = (name: string, content: Buffer) => ({
    name,
    data: deflateRawSync(content),
    crc: crc32(content),
    size: content.length,
  });
  return zip([
    small('[Content_Types].xml', types),
    { name: 'word/document.xml', ...xml, statedSize: options.lie ? 1024 : undefined },
  ]);
}

/** Plain text of `lines` short lines. */
export const manyLines = (lines: number): Buffer =>
  Buffer.from(Array.from({ length: lines }, (_, i) => `Regel ${i} van een lange lijst.`).join('\n'));
