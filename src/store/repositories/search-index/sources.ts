import type { Kysely } from 'kysely';
import { chunks, IDS_PER_QUERY } from '../../batches.js';
import type { Executor } from '../../database.js';
import type { Database } from '../../schema.js';
import { flushWriteBuffer } from '../../write-buffer.js';
import { SEARCH_KINDS, type SearchKind, type SourceDocument } from './types.js';

const BATCH = 1000;
const join = (parts: (string | null | undefined)[]): string =>
  parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n');
const firstLine = (text: string, max = 140): string => {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

type SourceTable = 'motions' | 'resolutions' | 'agreements' | 'letters' | 'documents' | 'meetings';
type ChildTable = 'motion_submitters' | 'letter_attachments' | 'agenda_items';

// biome-ignore lint/suspicious/noExplicitAny: the two loaders below are generic over table names; callers are typed
const loose = (db: Executor): Kysely<any> => db as unknown as Kysely<any>;

/** The texts of `items` grouped by parent id, in the order given. */
function groupTexts<T>(items: T[], parentOf: (item: T) => string, textOf: (item: T) => string) {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const parent = parentOf(item);
    groups.set(parent, [...(groups.get(parent) ?? []), textOf(item)]);
  }
  return groups;
}

/** The `columns` of the organisation's rows of `table` with these ids, by id. */
async function loadRows<T extends SourceTable, C extends keyof Database[T] & string>(
  db: Executor,
  table: T,
  columns: readonly C[],
  organisationId: string,
  ids: string[],
): Promise<Pick<Database[T], C>[]> {
  const rows: Pick<Database[T], C>[] = [];
  // In bounded id lists: a large import reindexes thousands of records at once. By primary key only, the
  // organisation checked here: with both in the query SQLite's planner takes the organisation's index and reads
  // all of its rows for every list (an import's batches then cost more the more the register holds).
  for (const slice of chunks(ids, IDS_PER_QUERY)) {
    const found = (await loose(db)
      .selectFrom(table as string)
      .select([...columns, 'organisation_id'] as readonly string[])
      .where('id', 'in', slice)
      .orderBy('id')
      .execute()) as (Pick<Database[T], C> & { organisation_id: string })[];
    for (const row of found) if (row.organisation_id === organisationId) rows.push(row);
  }
  return rows;
}

/** One text per child row of `table` (by `position`), grouped by the parent id in `parent`. */
async function loadChildTexts<
  T extends ChildTable,
  P extends keyof Database[T] & string,
  C extends keyof Database[T] & string,
>(
  db: Executor,
  table: T,
  parent: P,
  columns: readonly C[],
  ids: string[],
  textOf: (row: Pick<Database[T], C>) => string,
): Promise<Map<string, string[]>> {
  await flushWriteBuffer(db);
  const rows = (await loose(db)
    .selectFrom(table as string)
    .select([parent, ...columns] as string[])
    .where(parent as string, 'in', ids)
    .orderBy(parent as string)
    .orderBy('position')
    .execute()) as (Pick<Database[T], C> & Record<P, string>)[];
  return groupTexts(rows, (r) => r[parent], textOf);
}

async function motionDocuments(
  db: Executor,
  organisationId: string,
  ids: string[],
): Promise<SourceDocument[]> {
  if (ids.length === 0) return [];
  const motions = await loadRows(
    db,
    'motions',
    ['id', 'number', 'title', 'topic', 'call', 'body'],
    organisationId,
    ids,
  );
  const names = await loadChildTexts(db, 'motion_submitters', 'motion_id', ['name'], ids, (s) => s.name);
  return motions.map((m) => ({
    kind: 'motion',
    id: m.id,
    title: m.title,
    body: join([m.number, m.topic, m.call, m.body, (names.get(m.id) ?? []).join(', ')]),
  }));
}

async function resolutionDocuments(
  db: Executor,
  organisationId: string,
  ids: string[],
): Promise<SourceDocument[]> {
  if (ids.length === 0) return [];
  const resolutions = await loadRows(
    db,
    'resolutions',
    ['id', 'title', 'status', 'adopted_version_id'],
    organisationId,
    ids,
  );
  const clauses = await db
    .selectFrom('clauses')
    .innerJoin('resolution_versions as v', 'v.id', 'clauses.resolution_version_id')
    .select([
      'v.resolution_id',
      'v.id as version_id',
      'v.number as version',
      'v.published_at',
      'clauses.text',
    ])
    .where('v.resolution_id', 'in', ids)
    .orderBy('v.resolution_id')
    .orderBy('v.number')
    .orderBy('clauses.section')
    .orderBy('clauses.number')
    .execute();
  // The adopted version when there is one, else the latest published version (of a concept resolution, which
  // only its authors find, the latest version): older texts must not match, unpublished ones are not public.
  const concept = new Set(resolutions.filter((r) => r.status === 'draft').map((r) => r.id));
  const chosen = new Map<string, string>();
  for (const c of clauses)
    if (c.published_at !== null || concept.has(c.resolution_id)) chosen.set(c.resolution_id, c.version_id);
  for (const r of resolutions) if (r.adopted_version_id) chosen.set(r.id, r.adopted_version_id);
  const texts = groupTexts(
    clauses.filter((c) => chosen.get(c.resolution_id) === c.version_id),
    (c) => c.resolution_id,
    (c) => c.text,
  );
  return resolutions.map((r) => ({
    kind: 'resolution',
    id: r.id,
    title: r.title,
    body: join(texts.get(r.id) ?? []),
  }));
}

async function agreementDocuments(
  db: Executor,
  organisationId: string,
  ids: string[],
): Promise<SourceDocument[]> {
  if (ids.length === 0) return [];
  const rows = await loadRows(db, 'agreements', ['id', 'text', 'party'], organisationId, ids);
  return rows.map((a) => ({
    kind: 'agreement',
    id: a.id,
    title: firstLine(a.text),
    body: join([a.text, a.party]),
  }));
}

async function letterDocuments(
  db: Executor,
  organisationId: string,
  ids: string[],
): Promise<SourceDocument[]> {
  if (ids.length === 0) return [];
  const rows = await loadRows(
    db,
    'letters',
    ['id', 'reference', 'number', 'subject', 'addressees', 'body'],
    organisationId,
    ids,
  );
  const titles = await loadChildTexts(db, 'letter_attachments', 'letter_id', ['title'], ids, (a) => a.title);
  return rows.map((l) => ({
    kind: 'letter',
    id: l.id,
    title: l.subject,
    body: join([l.reference, l.number, l.addressees, l.body, ...(titles.get(l.id) ?? [])]),
  }));
}

async function documentDocuments(
  db: Executor,
  organisationId: string,
  ids: string[],
): Promise<SourceDocument[]> {
  if (ids.length === 0) return [];
  const rows = await loadRows(db, 'documents', ['id', 'filename', 'title', 'text'], organisationId, ids);
  return rows.map((d) => ({ kind: 'document', id: d.id, title: d.title ?? d.filename, body: d.text }));
}

async function meetingDocuments(
  db: Executor,
  organisationId: string,
  ids: string[],
): Promise<SourceDocument[]> {
  if (ids.length === 0) return [];
  const rows = await loadRows(db, 'meetings', ['id', 'kind', 'title', 'date', 'place'], organisationId, ids);
  const agenda = await loadChildTexts(
    db,
    'agenda_items',
    'meeting_id',
    ['number', 'title'],
    ids,
    (i) => `${i.number} ${i.title}`,
  );
  return rows.map((m) => ({
    kind: 'meeting',
    id: m.id,
    title: m.title,
    body: join([m.date, m.place, ...(agenda.get(m.id) ?? [])]),
  }));
}

const LOADERS: Record<SearchKind, { table: SourceTable; load: typeof motionDocuments }> = {
  motion: { table: 'motions', load: motionDocuments },
  resolution: { table: 'resolutions', load: resolutionDocuments },
  agreement: { table: 'agreements', load: agreementDocuments },
  letter: { table: 'letters', load: letterDocuments },
  document: { table: 'documents', load: documentDocuments },
  meeting: { table: 'meetings', load: meetingDocuments },
};

/** The text to index of one record as it is now in the database, or undefined when it does not exist. */
export async function loadSourceDocument(
  db: Executor,
  organisationId: string,
  kind: SearchKind,
  id: string,
): Promise<SourceDocument | undefined> {
  return (await LOADERS[kind].load(db, organisationId, [id]))[0];
}

/** The standard texts of several records of one kind, read together (those that no longer exist are left out). */
export async function loadSourceDocuments(
  db: Executor,
  organisationId: string,
  kind: SearchKind,
  ids: string[],
): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  // In slices as a rebuild reads them: a child table is read with one id list per slice.
  for (const slice of chunks(ids, BATCH)) docs.push(...(await LOADERS[kind].load(db, organisationId, slice)));
  return docs;
}

/** Every indexable record of an organisation, in batches, kind by kind (for a rebuild). */
export async function* sourceDocuments(
  db: Executor,
  organisationId: string,
  batchSize = BATCH,
): AsyncGenerator<SourceDocument[]> {
  for (const kind of SEARCH_KINDS) {
    const { table, load } = LOADERS[kind];
    let after = '';
    for (;;) {
      const ids = (
        await db
          .selectFrom(table)
          .select('id')
          .where('organisation_id', '=', organisationId)
          .where('id', '>', after)
          .orderBy('id')
          .limit(batchSize)
          .execute()
      ).map((r) => r.id);
      if (ids.length === 0) break;
      yield await load(db, organisationId, ids);
      after = ids[ids.length - 1];
    }
  }
}
