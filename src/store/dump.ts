import { createHash, type Hash } from 'node:crypto';
import { type Kysely, Migrator, sql } from 'kysely';
import { anchorHead, anchorOf } from './audit-anchor.js';
import type { Db, Engine, Executor } from './database.js';
import { engineOf } from './engine.js';
import { migrations } from './migrations/index.js';
import { TABLES_IN_DEPENDENCY_ORDER, type TableName } from './schema.js';

/**
 * Engine-independent copies of the data: `db copy`, `backup` and `restore`. Rows are read in id order
 * (byte order on both engines), serialised as canonical JSON and hashed the same way everywhere, so a copy
 * SQLite → PostgreSQL → SQLite can prove it is exact. Derived tables (the search index) are not copied;
 * they are rebuilt afterwards.
 */

export type Row = Record<string, unknown>;
export type TableSummary = { table: TableName; rows: number; hash: string };
export type CopySummary = { table: TableName; rows: number; sourceHash: string; targetHash: string };

export const BACKUP_FORMAT = 'motiemonitor-backup';
export const BACKUP_VERSION = 1;
export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** The last migration applied to the database the backup was taken from. */
  schemaVersion: string;
  createdAt: string;
  engine: Engine;
  tables: TableSummary[];
};

const READ_BATCH = 2000;
/** Bound parameters per insert statement stay well below SQLite's and PostgreSQL's limits. */
const MAX_PARAMETERS = 30_000;

// biome-ignore lint/suspicious/noExplicitAny: table names are dynamic here; rows are plain records
type Loose = Kysely<any>;
const loose = (db: Executor): Loose => db as unknown as Loose;

/** Numbers as JSON numbers (integers without a fraction, -0 as 0), bigints as numbers, keys sorted. */
export function normaliseValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') return Object.is(value, -0) ? 0 : value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  return value;
}

export function canonicalRow(row: Row): string {
  const keys = Object.keys(row).sort();
  const out: Row = {};
  for (const key of keys) out[key] = normaliseValue(row[key]);
  return JSON.stringify(out);
}

/** A running table hash: sha256 over the canonical JSON lines of the rows in id order. */
export class TableHasher {
  private hash: Hash = createHash('sha256');
  rows = 0;
  add(row: Row): void {
    this.hash.update(canonicalRow(row));
    this.hash.update('\n');
    this.rows += 1;
  }
  digest(): string {
    return this.hash.digest('hex');
  }
}

/** Reads a table in id order, in batches (keyset pagination; byte order on both engines). */
export async function* readTable(
  db: Executor,
  table: TableName,
  batchSize = READ_BATCH,
): AsyncGenerator<Row[]> {
  const postgres = engineOf(db) === 'postgres';
  const id = postgres ? sql`id collate "C"` : sql`id`;
  let last: string | null = null;
  for (;;) {
    let q = loose(db).selectFrom(table).selectAll();
    if (last !== null) q = q.where(id, '>', last);
    const rows = (await q.orderBy(id).limit(batchSize).execute()) as Row[];
    if (rows.length === 0) return;
    yield rows;
    last = String(rows[rows.length - 1].id);
    if (rows.length < batchSize) return;
  }
}

export async function summariseTable(db: Executor, table: TableName): Promise<TableSummary> {
  const hasher = new TableHasher();
  for await (const batch of readTable(db, table)) for (const row of batch) hasher.add(row);
  return { table, rows: hasher.rows, hash: hasher.digest() };
}

/** Row counts and content hashes of every table, computed identically on both engines. */
export async function summariseDatabase(db: Executor): Promise<TableSummary[]> {
  const out: TableSummary[] = [];
  for (const table of TABLES_IN_DEPENDENCY_ORDER) out.push(await summariseTable(db, table));
  return out;
}

/** One hash over all table hashes: equal databases have equal fingerprints. */
export function fingerprint(tables: { table: string; hash: string }[]): string {
  const h = createHash('sha256');
  for (const t of tables) h.update(`${t.table}:${t.hash}\n`);
  return h.digest('hex');
}

export async function insertRows(db: Executor, table: TableName, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]).length || 1;
  const chunk = Math.max(1, Math.min(1000, Math.floor(MAX_PARAMETERS / columns)));
  for (let i = 0; i < rows.length; i += chunk) {
    await loose(db)
      .insertInto(table)
      .values(rows.slice(i, i + chunk))
      .execute();
  }
}

/** The tables that already hold rows, with their counts (empty list: the database is empty). */
export async function nonEmptyTables(db: Executor): Promise<{ table: TableName; rows: number }[]> {
  const out: { table: TableName; rows: number }[] = [];
  for (const table of TABLES_IN_DEPENDENCY_ORDER) {
    const row = await loose(db)
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(row.n) > 0) out.push({ table, rows: Number(row.n) });
  }
  return out;
}

export class NotEmptyError extends Error {
  override name = 'NotEmptyError';
}

async function assertEmpty(db: Executor, what: string): Promise<void> {
  const filled = await nonEmptyTables(db);
  if (filled.length === 0) return;
  const list = filled
    .slice(0, 3)
    .map((t) => `${t.table}: ${t.rows}`)
    .join(', ');
  throw new NotEmptyError(
    `${what} is niet leeg (${list}${filled.length > 3 ? ', …' : ''}); gebruik een lege database`,
  );
}

function migrator(db: Db): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

/** The name of the last migration applied, or null for a database without the schema. */
export async function schemaVersion(db: Db): Promise<string | null> {
  const applied = (await migrator(db).getMigrations()).filter((m) => m.executedAt !== undefined);
  return applied.length === 0 ? null : applied[applied.length - 1].name;
}

async function migrateTo(db: Db, name: string): Promise<void> {
  const { error } = await migrator(db).migrateTo(name);
  if (error)
    throw new Error(`Migratie naar ${name} mislukt: ${error instanceof Error ? error.message : error}`);
}

/**
 * Copies every table from `source` to `target` in one transaction on the target. The target must be empty
 * (migrated or not); both are brought to the latest schema first. Returns per table the rows and the hashes
 * of both sides; throws when they differ (the target transaction is then rolled back).
 */
export async function copyDatabase(
  source: Db,
  target: Db,
  onTable?: (summary: CopySummary) => void,
): Promise<CopySummary[]> {
  const latest = Object.keys(migrations).sort().at(-1)!;
  const sourceVersion = await schemaVersion(source);
  if (sourceVersion !== latest)
    throw new Error(
      `De bron heeft schemaversie ${sourceVersion ?? '(geen)'}; voer daar eerst "motiemonitor migrate" uit`,
    );
  if ((await schemaVersion(target)) !== null) await assertEmpty(target, 'De doeldatabase');
  await migrateTo(target, latest);
  const postgresSource = engineOf(source) === 'postgres';
  const reading = postgresSource
    ? source.transaction().setIsolationLevel('repeatable read')
    : source.transaction();
  const summary = await reading.execute(async (src) =>
    target.transaction().execute(async (dst) => {
      const out: CopySummary[] = [];
      for (const table of TABLES_IN_DEPENDENCY_ORDER) {
        const hasher = new TableHasher();
        for await (const batch of readTable(src, table)) {
          for (const row of batch) hasher.add(row);
          await insertRows(dst, table, batch);
        }
        const written = await summariseTable(dst, table);
        const summary = { table, rows: hasher.rows, sourceHash: hasher.digest(), targetHash: written.hash };
        onTable?.(summary);
        out.push(summary);
        if (summary.sourceHash !== summary.targetHash || written.rows !== summary.rows)
          throw new Error(
            `Tabel ${table} is na het kopiëren niet gelijk aan de bron; er is niets gekopieerd`,
          );
      }
      return out;
    }),
  );
  await anchorCopiedChain(target);
  return summary;
}

/**
 * A copied or restored database starts with the chain it was given, checked table by table against the source:
 * its head is signed into the target's own anchor (next to its SQLite file or in AUDIT_ANCHOR_DIR), as any
 * write would, so that `audit verify` on the copy passes instead of finding a chain without an anchor.
 */
async function anchorCopiedChain(db: Db): Promise<void> {
  const files = anchorOf(db);
  if (files) await anchorHead(db, files);
}

/** How a backup reaches the original files of its documents (kept on disk, not in the database). */
export type OriginalFiles = {
  /** The bytes of the original a document's stored path names, or null when it is not there. */
  read?: (storagePath: string) => Buffer | null;
  /** Keeps an original read from a backup under its name (a content hash and an extension). */
  write?: (name: string, bytes: Buffer) => Promise<void>;
};

/** An original's name in a backup: its content hash (SHA-256, hex) and the extension it was kept with. */
const ORIGINAL_NAME = /^([0-9a-f]{64})(\.[a-z0-9]{1,8})?$/;

/**
 * Writes a backup as JSON lines: first the header (schema version, per-table counts and hashes), then one
 * line per row `{"table": …, "row": {…}}` in dependency and id order, then one line per original file of the
 * documents `{"original": name, "bytes": base64}` (DESIGN §9: backups carry the originals). Both passes run
 * in one read transaction, so header and rows describe the same state.
 */
export async function writeBackup(
  db: Db,
  write: (line: string) => Promise<void>,
  originals: OriginalFiles = {},
): Promise<BackupHeader> {
  const version = await schemaVersion(db);
  if (version === null) throw new Error('De database heeft nog geen schema; er is niets om te bewaren');
  const engine = engineOf(db);
  const reading =
    engine === 'postgres' ? db.transaction().setIsolationLevel('repeatable read') : db.transaction();
  return reading.execute(async (trx) => {
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: version,
      createdAt: new Date().toISOString(),
      engine,
      tables: await summariseDatabase(trx),
    };
    await write(JSON.stringify(header));
    const stored = new Set<string>();
    for (const table of TABLES_IN_DEPENDENCY_ORDER) {
      for await (const batch of readTable(trx, table)) {
        for (const row of batch) {
          await write(`{"table":${JSON.stringify(table)},"row":${canonicalRow(row)}}`);
          if (table === 'documents' && typeof row.storage_path === 'string') stored.add(row.storage_path);
        }
      }
    }
    for (const path of stored) {
      const name = path.split(/[\\/]/).pop() ?? '';
      const bytes = ORIGINAL_NAME.test(name) ? originals.read?.(path) : null;
      if (bytes) await write(JSON.stringify({ original: name, bytes: bytes.toString('base64') }));
    }
    return header;
  });
}

/** Keeps an original from a backup, after checking that its bytes are the ones its name (their hash) says. */
async function restoreOriginal(line: { original?: unknown; bytes?: unknown }, originals: OriginalFiles) {
  const name = typeof line.original === 'string' ? line.original : '';
  const match = ORIGINAL_NAME.exec(name);
  if (!match || typeof line.bytes !== 'string')
    throw new Error('De back-up is beschadigd (een origineel bestand zonder geldige naam)');
  const bytes = Buffer.from(line.bytes, 'base64');
  if (createHash('sha256').update(bytes).digest('hex') !== match[1])
    throw new Error(`De back-up is beschadigd: het originele bestand ${name} klopt niet met zijn hash`);
  await originals.write?.(name, bytes);
}

export function parseBackupHeader(line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader>;
  try {
    header = JSON.parse(line ?? '');
  } catch {
    throw new Error('Dit is geen Motiemonitor-back-up (de eerste regel is geen JSON)');
  }
  if (header.format !== BACKUP_FORMAT) throw new Error('Dit is geen Motiemonitor-back-up');
  if (header.version !== BACKUP_VERSION)
    throw new Error(`Back-upformaat versie ${header.version} wordt niet ondersteund`);
  if (!header.schemaVersion || !(header.schemaVersion in migrations))
    throw new Error(
      `De back-up heeft schemaversie ${header.schemaVersion}, die deze versie van Motiemonitor niet kent (nieuwer?)`,
    );
  return header as BackupHeader;
}

/**
 * Restores a backup into an empty database in one transaction: the schema is brought to the backup's version,
 * the rows are inserted, the hashes of the file and of the restored tables are checked against the header,
 * and then pending migrations run. Refuses a database that already holds data.
 */
export async function restoreBackup(
  db: Db,
  lines: AsyncIterable<string>,
  originals: OriginalFiles = {},
): Promise<BackupHeader> {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = parseBackupHeader(first.done ? undefined : first.value);
  // Check before migrating: bringing a newer schema back to the backup's version must never touch data.
  if ((await schemaVersion(db)) !== null) await assertEmpty(db, 'De database');
  await migrateTo(db, header.schemaVersion);
  const expected = new Map(header.tables.map((t) => [t.table, t]));
  await db.transaction().execute(async (trx) => {
    const hashers = new Map<TableName, TableHasher>();
    let pending: Row[] = [];
    let pendingTable: TableName | null = null;
    const flush = async () => {
      if (pendingTable && pending.length > 0) await insertRows(trx, pendingTable, pending);
      pending = [];
    };
    const order = new Map(TABLES_IN_DEPENDENCY_ORDER.map((t, i) => [t, i]));
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (next.value.trim() === '') continue;
      let line: { table: TableName; row: Row; original?: unknown; bytes?: unknown };
      try {
        line = JSON.parse(next.value);
      } catch {
        throw new Error('De back-up is beschadigd (een regel is geen geldige JSON)');
      }
      if (line.original !== undefined) {
        await restoreOriginal(line, originals);
        continue;
      }
      if (!order.has(line.table)) throw new Error(`De back-up bevat een onbekende tabel: ${line.table}`);
      if (line.table !== pendingTable) {
        await flush();
        if (pendingTable !== null && order.get(line.table)! < order.get(pendingTable)!)
          throw new Error('De back-up is beschadigd (tabellen in de verkeerde volgorde)');
        pendingTable = line.table;
      }
      const hasher = hashers.get(line.table) ?? new TableHasher();
      hashers.set(line.table, hasher);
      hasher.add(line.row);
      pending.push(line.row);
      if (pending.length >= READ_BATCH) await flush();
    }
    await flush();
    for (const table of TABLES_IN_DEPENDENCY_ORDER) {
      const want = expected.get(table);
      const fileHash = hashers.get(table)?.digest() ?? new TableHasher().digest();
      const fileRows = hashers.get(table)?.rows ?? 0;
      if (!want) throw new Error(`De back-up noemt tabel ${table} niet`);
      if (fileRows !== want.rows || fileHash !== want.hash)
        throw new Error(`De back-up is beschadigd: tabel ${table} klopt niet met de kop`);
      const restored = await summariseTable(trx, table);
      if (restored.hash !== want.hash)
        throw new Error(
          `Tabel ${table} is na het herstellen niet gelijk aan de back-up; er is niets hersteld`,
        );
    }
  });
  const { error } = await migrator(db).migrateToLatest();
  if (error)
    throw new Error(`Migreren na het herstellen mislukt: ${error instanceof Error ? error.message : error}`);
  await anchorCopiedChain(db);
  return header;
}
