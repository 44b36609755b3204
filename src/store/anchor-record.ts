import {
  closeSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';

/**
 * The anchor file holds one record of RECORD_BYTES bytes: the signed anchor as JSON, padded with spaces, ending
 * in a newline. It is created whole (a temporary file renamed into place) and afterwards rewritten in place with
 * one write of the whole record through a descriptor kept open (docs/adr/039): under a stream of ballots a
 * process anchors every group, and a new file and a rename per group were a sixth of a server's work. One write
 * of one record is all or nothing when the process stops (the kernel completes the system call); a reader that
 * meets a record another process is writing reads it again (readAnchorText).
 */
export const RECORD_BYTES = 512;

/** Open descriptors per anchor file, with the file's inode (a file replaced or removed is opened anew). */
const open = new Map<string, { fd: number; ino: number }>();
/** At most this many anchor files kept open by one process (tests open many databases; servers one). */
const MAX_OPEN = 8;

/** Writes the record; returns the file's stamp (inode, size, mtime) after the write. */
export function writeAnchorRecord(file: string, text: string): string {
  if (Buffer.byteLength(text) >= RECORD_BYTES)
    throw new Error(`Het ankerpunt past niet in ${RECORD_BYTES} bytes.`);
  const record = Buffer.alloc(RECORD_BYTES, 0x20);
  record.write(text);
  record[RECORD_BYTES - 1] = 0x0a;
  let st = statSync(file, { throwIfNoEntry: false });
  if (!st) {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, record);
    renameSync(tmp, file);
    return stampOfStats(statSync(file));
  }
  let handle = open.get(file);
  if (!handle || handle.ino !== st.ino) {
    if (handle) closeSync(handle.fd);
    open.delete(file);
    handle = { fd: openSync(file, 'r+'), ino: st.ino };
    if (open.size >= MAX_OPEN) {
      const [oldest, { fd }] = open.entries().next().value as [string, { fd: number }];
      closeSync(fd);
      open.delete(oldest);
    }
    open.set(file, handle);
  }
  writeSync(handle.fd, record, 0, RECORD_BYTES, 0);
  // A file written otherwise (longer) keeps no tail after the record.
  if (st.size > RECORD_BYTES) ftruncateSync(handle.fd, RECORD_BYTES);
  st = fstatSync(handle.fd);
  return stampOfStats(st);
}

/** The record's text (or any earlier file's whole text); null when there is no file. */
export function readAnchorText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

const stampOfStats = (st: { ino: number; size: number; mtimeMs: number }) =>
  `${st.ino}:${st.size}:${st.mtimeMs}`;

/** A file's stamp: inode, size and modification time ('' when there is no file). */
export const stampOf = (file: string): string => {
  const st = statSync(file, { throwIfNoEntry: false });
  return st ? stampOfStats(st) : '';
};
