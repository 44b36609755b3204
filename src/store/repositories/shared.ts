import { type Expression, type Kysely, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { appendAuditEvent, type WriteContext } from '../audit.js';
import { type Camelize, camelize, type Snakeize, snakeize } from '../camelize.js';
import { cachedTotal, canCacheCounts, registerVersion, storeTotal } from '../count-cache.js';
import type { Executor } from '../database.js';
import { NotFoundError } from '../errors.js';
import { assertReferences, isKnownReference, rememberReferences } from '../references.js';
import type { Database, TableName } from '../schema.js';
import { inTransaction } from '../transaction.js';
import { insertBuffered } from '../write-buffer.js';

/**
 * A page by number (`offset`) or, for deep pages, by keyset (`after`: the sort value and id of the last row of
 * the page before; `offset` is then ignored), which reads only the page's rows however deep it lies.
 */
export type Page = { limit: number; offset: number; after?: Keyset };
export type Keyset = { value: string | null; id: string };
/**
 * A page and its total; `totalIsLowerBound` when the total was counted only up to a bound (search lists);
 * `next` the keyset of the following page (absent on the last page).
 */
export type ListResult<T> = {
  items: T[];
  total: number;
  totalIsLowerBound?: boolean;
  next?: Keyset;
  /**
   * The register version (src/store/count-cache.ts) the page and its total were both read at, when they were:
   * the page is then exactly the register at that version (ADR 020: responses kept per version).
   */
  version?: number;
};
export const FIRST_PAGE: Readonly<Page> = Object.freeze({ limit: 50, offset: 0 });

/** Booleans are 0/1 integers on both engines (docs/adr/001). */
export const flag = (value: boolean | null | undefined): number => (value ? 1 : 0);
export const isSet = (value: number): boolean => value === 1;

export const toJsonText = (value: unknown): string => JSON.stringify(value ?? null);
export const fromJsonText = <T>(text: string | null, fallback: T): T =>
  text === null || text === '' ? fallback : (JSON.parse(text) as T);

/** The columns `columnChanges` sets: each listed field in snake_case, booleans as 0/1 and JSON fields as text. */
export type ColumnChanges<C, K extends keyof C, B extends K, J extends K> = Partial<
  Snakeize<{ [P in K]: P extends B ? number : P extends J ? string : Exclude<C[P], undefined> }>
>;

/**
 * The `set` of an update from camelCase `changes`: only the listed `fields` (in that order), skipping those
 * left undefined; fields in `booleans` become 0/1 and fields in `json` become JSON text.
 */
export function columnChanges<
  C extends object,
  K extends keyof C & string,
  B extends K = never,
  J extends K = never,
>(
  changes: C,
  fields: readonly K[],
  options: { booleans?: readonly B[]; json?: readonly J[] } = {},
): ColumnChanges<C, K, B, J> {
  const picked: Record<string, unknown> = {};
  for (const field of fields) {
    const value = changes[field];
    if (value === undefined) continue;
    if (options.booleans?.includes(field as B)) picked[field] = flag(value as boolean | null);
    else if (options.json?.includes(field as J)) picked[field] = toJsonText(value);
    else picked[field] = value;
  }
  return snakeize(picked) as ColumnChanges<C, K, B, J>;
}

// biome-ignore lint/suspicious/noExplicitAny: the helpers below are generic over table names; callers are typed
type Loose = Kysely<any>;
const loose = (db: Executor): Loose => db as unknown as Loose;

/** One row of `table` by id, only within the organisation. */
export async function selectScoped<T extends TableName>(
  db: Executor,
  table: T,
  organisationId: string,
  id: string,
): Promise<Database[T] | undefined> {
  return (await loose(db)
    .selectFrom(table)
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst()) as Database[T] | undefined;
}

/** One row of `table` by id within the organisation, as a record (camelCase unless `toRecord` says otherwise). */
export async function getScoped<T extends TableName, R = Camelize<Database[T]>>(
  db: Executor,
  table: T,
  organisationId: string,
  id: string,
  toRecord: (row: Database[T]) => R = camelize as (row: Database[T]) => R,
): Promise<R | undefined> {
  const row = await selectScoped(db, table, organisationId, id);
  return row && toRecord(row);
}

export async function requireScoped<T extends TableName>(
  db: Executor,
  table: T,
  organisationId: string,
  id: string,
  entity: string,
): Promise<Database[T]> {
  const row = await selectScoped(db, table, organisationId, id);
  if (!row) throw new NotFoundError(entity, id);
  return row;
}

/**
 * Throws NotFoundError unless the record exists in the organisation; a record this import's transaction already
 * wrote or found (withKnownReferences) is not read again.
 */
export async function requireExisting(
  db: Executor,
  table: TableName,
  organisationId: string,
  id: string,
  entity: string,
): Promise<void> {
  if (isKnownReference(db, table, organisationId, id)) return;
  await requireScoped(db, table, organisationId, id, entity);
  rememberReferences(db, table, organisationId, [id]);
}

type AuditSpec = { action: string; entityKind: string; newValues?: unknown };

/** Inserts one row and appends its audit event; call inside inTransaction. */
export async function insertAudited<T extends TableName>(
  trx: Executor,
  ctx: WriteContext,
  table: T,
  row: Database[T] & { id: string },
  audit: AuditSpec,
): Promise<Database[T]> {
  await assertReferences(trx, table, ctx.organisationId, row as Record<string, unknown>);
  await insertBuffered(trx, table, [row]);
  rememberReferences(trx, table, ctx.organisationId, [row.id]);
  await appendAuditEvent(trx, ctx, {
    action: audit.action,
    entityKind: audit.entityKind,
    entityId: row.id,
    newValues: audit.newValues ?? row,
  });
  return row;
}

/**
 * Updates one row of the organisation and appends an audit event with the old and new values; returns both.
 * `updated_at` is set when the table has it (pass it in `set`).
 */
export async function updateAudited<T extends TableName>(
  trx: Executor,
  ctx: WriteContext,
  table: T,
  id: string,
  set: Partial<Database[T]>,
  audit: AuditSpec & { entity: string },
): Promise<{ before: Database[T]; after: Database[T] }> {
  const before = await requireScoped(trx, table, ctx.organisationId, id, audit.entity);
  await assertReferences(trx, table, ctx.organisationId, set as Record<string, unknown>);
  await loose(trx)
    .updateTable(table as string)
    .set(set as Record<string, unknown>)
    .where('organisation_id', '=', ctx.organisationId)
    .where('id', '=', id)
    .execute();
  const after = (await selectScoped(trx, table, ctx.organisationId, id))!;
  const changed: Record<string, unknown> = {};
  const old: Record<string, unknown> = {};
  for (const key of Object.keys(set)) {
    if (key === 'updated_at') continue;
    old[key] = (before as Record<string, unknown>)[key];
    changed[key] = (after as Record<string, unknown>)[key];
  }
  await appendAuditEvent(trx, ctx, {
    action: audit.action,
    entityKind: audit.entityKind,
    entityId: id,
    oldValues: old,
    newValues: audit.newValues ?? changed,
  });
  return { before, after };
}

/** `updateAudited` in a transaction (the caller's, if any), returning the row after as a record. */
export async function updateRecord<T extends TableName, R = Camelize<Database[T]>>(
  db: Executor,
  ctx: WriteContext,
  table: T,
  id: string,
  set: Partial<Database[T]>,
  audit: AuditSpec & { entity: string },
  toRecord: (row: Database[T]) => R = camelize as (row: Database[T]) => R,
): Promise<R> {
  return inTransaction(db, async (trx) => {
    const { after } = await updateAudited(trx, ctx, table, id, set, audit);
    return toRecord(after);
  });
}

/** How a list is ordered; `nullsLast` when the column may be empty (the engines disagree on where NULL goes). */
export type SortSpec = { column: string; direction: 'asc' | 'desc'; nullsLast: boolean };

/** The sort of a list: one of its keys, ascending, or with a leading minus, descending. */
export type Sort<K extends string> = K | `-${K}`;

/** The key and direction of a sort. */
export function sortKey<K extends string>(sort: Sort<K>): { key: K; descending: boolean } {
  const descending = sort.startsWith('-');
  return { key: (descending ? sort.slice(1) : sort) as K, descending };
}

/**
 * The column and direction of a typed sort; an unknown key (never, when typed) falls back to the default.
 * Columns listed in `notNull` are ordered without NULLS LAST, so an index on them can serve both directions
 * on PostgreSQL too (a plain index there gives DESC NULLS FIRST, not DESC NULLS LAST).
 */
export function parseSort<K extends string>(
  sort: Sort<K> | undefined,
  columns: Readonly<Record<K, string>>,
  fallback: Sort<K>,
  notNull: readonly K[] = [],
): SortSpec {
  const chosen = sort && columns[sortKey(sort).key] ? sort : fallback;
  const { key, descending } = sortKey(chosen);
  return { column: columns[key], direction: descending ? 'desc' : 'asc', nullsLast: !notNull.includes(key) };
}

/**
 * Runs one page of a filtered query plus its total count. `base` carries only the where-clauses;
 * rows are ordered by the sort column and then by id, so pages are stable on both engines.
 */
export async function fetchPage<Row>(
  // biome-ignore lint/suspicious/noExplicitAny: any filtered select over the typed database
  base: SelectQueryBuilder<Database, any, object>,
  table: TableName,
  sort: SortSpec,
  page: Page,
  /** Count at most this many (then `totalIsLowerBound`): a common search word need not be counted in full. */
  countBound?: { db: Executor; bound: number },
  /** More columns for the page's rows (e.g. children aggregated as JSON), not for the count. */
  // biome-ignore lint/suspicious/noExplicitAny: any filtered select over the typed database
  extend: (q: SelectQueryBuilder<Database, any, object>) => SelectQueryBuilder<Database, any, object> = (q) =>
    q,
  /**
   * The executor the query runs on, to keep the exact total until the register changes (src/store/count-cache.ts):
   * the page query then reads the register version and, while it has not moved, no count is run.
   */
  countCache?: Executor,
): Promise<{ rows: Row[]; total: number; totalIsLowerBound?: boolean; version?: number }> {
  const caching = countCache !== undefined && countBound === undefined && canCacheCounts(countCache);
  const selected = extend(base.selectAll(table));
  const withVersion = caching ? selected.select(registerVersion().as('register_version')) : selected;
  const fetched = await pageOf(withVersion, table, sort, page).execute();
  // A page that is not full ends the list: its total is what comes before it and on it, no count needed (not for a
  // keyset page, whose offset says nothing; not past the end, where an empty page says nothing either).
  const ended =
    !caching && !page.after && fetched.length < page.limit && (fetched.length > 0 || page.offset === 0)
      ? page.offset + fetched.length
      : undefined;
  if (ended !== undefined && (countBound === undefined || ended <= countBound.bound))
    return countBound === undefined
      ? { rows: fetched as Row[], total: ended }
      : { rows: fetched as Row[], total: ended, totalIsLowerBound: false };
  if (countBound !== undefined) {
    const { db, bound } = countBound;
    const limited = base.select(sql`1`.as('one')).limit(bound + 1);
    const n = await db
      .selectFrom(limited.as('bounded'))
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    const found = Number(n.n);
    return found > bound
      ? { rows: fetched as Row[], total: bound, totalIsLowerBound: true }
      : { rows: fetched as Row[], total: found, totalIsLowerBound: false };
  }
  const counting = base.select((eb) => eb.fn.countAll<number | string>().as('n'));
  if (!caching) {
    const count = await counting.executeTakeFirstOrThrow();
    return { rows: fetched as Row[], total: Number((count as { n: number | string }).n) };
  }
  // The count's own SQL and parameters name the filter (organisation included).
  const compiled = counting.compile();
  const key = `${compiled.sql}\u0000${JSON.stringify(compiled.parameters)}`;
  const rows = (fetched as Record<string, unknown>[]).map(({ register_version, ...row }) => row) as Row[];
  const known = cachedTotal(
    countCache,
    key,
    (fetched[0] as { register_version?: unknown } | undefined)?.register_version,
  );
  const version = (fetched[0] as { register_version?: unknown } | undefined)?.register_version;
  if (known !== undefined) return { rows, total: known, version: Number(version) };
  const count = (await counting
    .select(registerVersion().as('register_version'))
    .executeTakeFirstOrThrow()) as {
    n: number | string;
    register_version: unknown;
  };
  const total = Number(count.n);
  storeTotal(countCache, key, count.register_version, total);
  // Rows and total at one version only when no write came between the two statements (and there were rows).
  const same =
    version !== null && version !== undefined && Number(version) === Number(count.register_version);
  return same ? { rows, total, version: Number(version) } : { rows, total };
}

/**
 * One page of an already selected query: ordered by the sort column and then by id (NULLS LAST on both engines,
 * which disagree by default, so pages are identical), by offset or after a keyset.
 */
function pageOf(
  // biome-ignore lint/suspicious/noExplicitAny: any filtered select over the typed database
  selected: SelectQueryBuilder<Database, any, object>,
  table: TableName,
  sort: SortSpec,
  page: Page,
) {
  const keyed = page.after === undefined ? selected : afterKeyset(selected, table, sort, page.after);
  return keyed
    .orderBy(`${table}.${sort.column}`, (ob) => {
      const ordered = sort.direction === 'desc' ? ob.desc() : ob.asc();
      return sort.nullsLast ? ordered.nullsLast() : ordered;
    })
    .orderBy(`${table}.id`)
    .limit(page.limit)
    .offset(page.after === undefined ? page.offset : 0);
}

/** The rows of one page of a filtered query, without a count (the caller counts its own way). */
export async function fetchRows<Row>(
  // biome-ignore lint/suspicious/noExplicitAny: any filtered select over the typed database
  base: SelectQueryBuilder<Database, any, object>,
  table: TableName,
  sort: SortSpec,
  page: Page,
  // biome-ignore lint/suspicious/noExplicitAny: any filtered select over the typed database
  extend: (q: SelectQueryBuilder<Database, any, object>) => SelectQueryBuilder<Database, any, object> = (q) =>
    q,
): Promise<Row[]> {
  return (await pageOf(extend(base.selectAll(table)), table, sort, page).execute()) as Row[];
}

/**
 * The rows after `after` in the order (sort column, then id ascending; NULLS LAST when the column may be empty):
 * a range condition the list's index serves, instead of an offset that reads and skips every row before.
 */
function afterKeyset(
  // biome-ignore lint/suspicious/noExplicitAny: any filtered select over the typed database
  q: SelectQueryBuilder<Database, any, object>,
  table: TableName,
  sort: SortSpec,
  after: Keyset,
  // biome-ignore lint/suspicious/noExplicitAny: any filtered select over the typed database
): SelectQueryBuilder<Database, any, object> {
  const column = sql.ref(`${table}.${sort.column}`);
  const id = sql.ref(`${table}.id`);
  const beyond = sort.direction === 'desc' ? sql`<` : sql`>`;
  if (after.value === null) return q.where(sql<SqlBool>`(${column} is null and ${id} > ${after.id})`);
  const nulls = sort.nullsLast ? sql` or ${column} is null` : sql``;
  return q.where(
    sql<SqlBool>`(${column} ${beyond} ${after.value} or (${column} = ${after.value} and ${id} > ${after.id})${nulls})`,
  );
}

/** The keyset of a row (its sort value and id), to ask for the page after it. */
export function keysetOf(row: Record<string, unknown>, sort: SortSpec): Keyset {
  const value = row[sort.column];
  return { value: value === null || value === undefined ? null : String(value), id: String(row.id) };
}

/** `fetchPage` with its rows turned into records (camelCase unless `toRecord` says otherwise). */
export async function listPage<T extends TableName, R = Camelize<Database[T]>>(
  // biome-ignore lint/suspicious/noExplicitAny: any filtered select over the typed database
  base: SelectQueryBuilder<Database, any, object>,
  table: T,
  sort: SortSpec,
  page: Page,
  toRecord: (row: Database[T]) => R = camelize as (row: Database[T]) => R,
): Promise<ListResult<R>> {
  const { rows, total } = await fetchPage<Database[T]>(base, table, sort, page);
  return { items: rows.map(toRecord), total };
}

/** A case-insensitive substring pattern for LIKE with '\' as escape, identical on both engines. */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}

/** Case-insensitive substring match of `text` in any of the columns (null columns never match). */
export function containsText(text: string, columns: string[]): Expression<SqlBool> {
  const pattern = likePattern(text);
  const tests = columns.map(
    (column) => sql`lower(coalesce(${sql.ref(column)}, '')) like ${pattern} escape '\\'`,
  );
  return sql<SqlBool>`(${sql.join(tests, sql` or `)})`;
}
