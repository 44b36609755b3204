import { type Expression, type RawBuilder, sql } from 'kysely';
import { nowIso } from '../clock.js';
import type { Executor } from '../database.js';

/**
 * SQL of the full-text index (migration 2026-11-23T1500_search-index). Text analysis lives in src/search:
 * this module only stores pre-stemmed tokens and runs pre-parsed terms, identically on SQLite (FTS5) and
 * PostgreSQL (tsvector).
 */

export const SEARCH_KINDS = ['motion', 'resolution', 'agreement', 'letter', 'document', 'meeting'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One query word: matches a token equal to (or, with `prefix`, starting with) any of its alternatives. */
export type SearchTerm = { alternatives: string[]; prefix: boolean };

export type SearchDocument = {
  organisationId: string;
  kind: SearchKind;
  id: string;
  title: string;
  body: string;
  /** Space-separated tokens, each /^[a-z0-9]+$/ (see src/search/analyse.ts). */
  stems: string;
};

export type SearchHitRow = { kind: SearchKind; id: string; title: string; body: string; rank: number };

const TOKEN = /^[a-z0-9]+$/;

function isPostgres(db: Executor): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

/** Defence in depth: terms come from src/search/query.ts, but nothing but [a-z0-9] ever reaches a query. */
function clean(terms: SearchTerm[]): SearchTerm[] {
  return terms
    .map((t) => ({ prefix: t.prefix, alternatives: t.alternatives.filter((a) => TOKEN.test(a)) }))
    .filter((t) => t.alternatives.length > 0);
}

/** FTS5 MATCH expression: ("a"* OR "b"*) AND "c" — every token quoted, so no FTS5 syntax can leak in. */
function ftsExpression(terms: SearchTerm[]): string {
  return terms
    .map((t) => `(${t.alternatives.map((a) => `"${a}"${t.prefix ? '*' : ''}`).join(' OR ')})`)
    .join(' AND ');
}

/** tsquery literal: ('a':* | 'b':*) & 'c' — cast with ::tsquery, so the parser never re-tokenises it. */
function tsqueryExpression(terms: SearchTerm[]): string {
  return terms
    .map((t) => `(${t.alternatives.map((a) => `'${a}'${t.prefix ? ':*' : ''}`).join(' | ')})`)
    .join(' & ');
}

/** Inserts or replaces the index row of one record. Call it inside the transaction that changed the record. */
export async function upsertSearchDocument(db: Executor, doc: SearchDocument): Promise<void> {
  const stems = doc.stems
    .split(' ')
    .filter((s) => TOKEN.test(s))
    .join(' ');
  const at = nowIso();
  if (isPostgres(db)) {
    await sql`
      insert into search_documents (organisation_id, entity_kind, entity_id, title, body, stems, updated_at)
      values (${doc.organisationId}, ${doc.kind}, ${doc.id}, ${doc.title}, ${doc.body}, ${stems}, ${at})
      on conflict (entity_kind, entity_id) do update set
        organisation_id = excluded.organisation_id, title = excluded.title, body = excluded.body,
        stems = excluded.stems, updated_at = excluded.updated_at`.execute(db);
    return;
  }
  const row = await sql<{ id: number }>`
    insert into search_documents (organisation_id, entity_kind, entity_id, title, body, stems, updated_at)
    values (${doc.organisationId}, ${doc.kind}, ${doc.id}, ${doc.title}, ${doc.body}, ${stems}, ${at})
    on conflict (entity_kind, entity_id) do update set
      organisation_id = excluded.organisation_id, title = excluded.title, body = excluded.body,
      stems = excluded.stems, updated_at = excluded.updated_at
    returning id`.execute(db);
  const rowid = row.rows[0].id;
  await sql`delete from search_fts where rowid = ${rowid}`.execute(db);
  await sql`insert into search_fts (rowid, stems) values (${rowid}, ${stems})`.execute(db);
}

/** Upserts many rows at once (a rebuild): a few statements per 500 rows instead of one or three per row. */
export async function upsertSearchDocuments(db: Executor, docs: SearchDocument[]): Promise<void> {
  const at = nowIso();
  const postgres = isPostgres(db);
  for (let i = 0; i < docs.length; i += 500) {
    const chunk = docs.slice(i, i + 500).map((d) => ({
      ...d,
      stems: d.stems
        .split(' ')
        .filter((s) => TOKEN.test(s))
        .join(' '),
    }));
    const values = chunk.map(
      (d) => sql`(${d.organisationId}, ${d.kind}, ${d.id}, ${d.title}, ${d.body}, ${d.stems}, ${at})`,
    );
    const upserted = await sql<{ id: number; entity_kind: string; entity_id: string }>`
      insert into search_documents (organisation_id, entity_kind, entity_id, title, body, stems, updated_at)
      values ${sql.join(values)}
      on conflict (entity_kind, entity_id) do update set
        organisation_id = excluded.organisation_id, title = excluded.title, body = excluded.body,
        stems = excluded.stems, updated_at = excluded.updated_at
      ${postgres ? sql`` : sql`returning id, entity_kind, entity_id`}`.execute(db);
    if (postgres) continue;
    const stems = new Map(chunk.map((d) => [`${d.kind} ${d.id}`, d.stems]));
    const rows = upserted.rows.map((r) => ({
      id: r.id,
      stems: stems.get(`${r.entity_kind} ${r.entity_id}`) ?? '',
    }));
    await sql`delete from search_fts where rowid in (${sql.join(rows.map((r) => sql`${r.id}`))})`.execute(db);
    await sql`insert into search_fts (rowid, stems) values ${sql.join(rows.map((r) => sql`(${r.id}, ${r.stems})`))}`.execute(
      db,
    );
  }
}

/** Removes one record from the index (no error when it was not indexed). */
export async function deleteSearchDocument(db: Executor, kind: SearchKind, id: string): Promise<void> {
  if (!isPostgres(db)) {
    await sql`delete from search_fts where rowid in
      (select id from search_documents where entity_kind = ${kind} and entity_id = ${id})`.execute(db);
  }
  await sql`delete from search_documents where entity_kind = ${kind} and entity_id = ${id}`.execute(db);
}

/** Empties the index of one organisation (before a rebuild). */
export async function deleteOrganisationSearchDocuments(db: Executor, organisationId: string): Promise<void> {
  if (!isPostgres(db)) {
    await sql`delete from search_fts where rowid in
      (select id from search_documents where organisation_id = ${organisationId})`.execute(db);
  }
  await sql`delete from search_documents where organisation_id = ${organisationId}`.execute(db);
}

function kindFilter(kinds: readonly SearchKind[] | undefined, column: string): RawBuilder<unknown> {
  if (!kinds || kinds.length === 0) return sql``;
  return sql`and ${sql.ref(column)} in (${sql.join(kinds.map((k) => sql`${k}`))})`;
}

/**
 * The ids of one kind's records that match all terms, as a subquery for `where('motions.id', 'in', …)`:
 * unlike a list of ids it stays one bind parameter however many records match.
 */
export function matchingIdsSubquery(
  db: Executor,
  organisationId: string,
  kind: SearchKind,
  terms: SearchTerm[],
): Expression<string> {
  const t = clean(terms);
  if (t.length === 0) return sql<string>`(select entity_id from search_documents where 1 = 0)`;
  if (isPostgres(db)) {
    return sql<string>`(select entity_id from search_documents
      where organisation_id = ${organisationId} and entity_kind = ${kind}
        and tsv @@ ${tsqueryExpression(t)}::tsquery)`;
  }
  return sql<string>`(select d.entity_id from search_fts join search_documents d on d.id = search_fts.rowid
      where search_fts match ${ftsExpression(t)}
        and d.organisation_id = ${organisationId} and d.entity_kind = ${kind})`;
}

/** All matching ids of one kind, best match first. */
export async function queryMatchingIds(
  db: Executor,
  organisationId: string,
  kind: SearchKind,
  terms: SearchTerm[],
): Promise<string[]> {
  const page = await querySearchDocuments(db, organisationId, terms, {
    kinds: [kind],
    limit: -1,
    offset: 0,
    withBody: false,
  });
  return page.rows.map((r) => r.id);
}

/**
 * One page of matches (best first: bm25 on SQLite, ts_rank on PostgreSQL) and the total number. The total comes
 * from a window count in the same query, so the full-text match runs once; a page past the end counts apart.
 */
export async function querySearchDocuments(
  db: Executor,
  organisationId: string,
  terms: SearchTerm[],
  options: { kinds?: readonly SearchKind[]; limit: number; offset: number; withBody?: boolean },
): Promise<{ rows: SearchHitRow[]; total: number }> {
  const t = clean(terms);
  if (t.length === 0) return { rows: [], total: 0 };
  const body = options.withBody === false ? sql`''` : sql.ref('d.body');
  const all = options.limit < 0;
  const page = all ? sql`` : sql`limit ${options.limit} offset ${options.offset}`;
  const kinds = kindFilter(options.kinds, 'd.entity_kind');
  let from: RawBuilder<unknown>;
  let rank: RawBuilder<unknown>;
  if (isPostgres(db)) {
    const query = tsqueryExpression(t);
    from = sql`from search_documents d
      where d.organisation_id = ${organisationId} and d.tsv @@ ${query}::tsquery ${kinds}`;
    rank = sql`ts_rank(d.tsv, ${query}::tsquery)`;
  } else {
    from = sql`from search_fts join search_documents d on d.id = search_fts.rowid
      where search_fts match ${ftsExpression(t)} and d.organisation_id = ${organisationId} ${kinds}`;
    rank = sql`-bm25(search_fts)`;
  }
  // bm25() may not sit next to a window function, hence the derived table.
  const result = await sql<SearchHitRow & { total: number | string }>`
    select m.*, count(*) over () as total from (
      select d.entity_kind as kind, d.entity_id as id, d.title, ${body} as body, ${rank} as rank ${from}
    ) m
    order by m.rank desc, m.kind, m.id
    ${page}`.execute(db);
  const rows = result.rows.map(({ total: _, ...r }) => ({ ...r, rank: Number(r.rank) }));
  let total = result.rows.length > 0 ? Number(result.rows[0].total) : 0;
  if (result.rows.length === 0 && options.offset > 0)
    total = Number((await sql<{ n: number | string }>`select count(*) as n ${from}`.execute(db)).rows[0].n);
  return { rows, total };
}

/** Raw text of a record to index: what src/search analyses. */
export type SourceDocument = { kind: SearchKind; id: string; title: string; body: string };

const BATCH = 1000;
const join = (parts: (string | null | undefined)[]): string =>
  parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n');
const firstLine = (text: string, max = 140): string => {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

async function motionDocuments(
  db: Executor,
  organisationId: string,
  ids: string[],
): Promise<SourceDocument[]> {
  if (ids.length === 0) return [];
  const motions = await db
    .selectFrom('motions')
    .select(['id', 'number', 'title', 'topic', 'call', 'body'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .orderBy('id')
    .execute();
  const submitters = await db
    .selectFrom('motion_submitters')
    .select(['motion_id', 'name'])
    .where('motion_id', 'in', ids)
    .orderBy('motion_id')
    .orderBy('position')
    .execute();
  const names = new Map<string, string[]>();
  for (const s of submitters) names.set(s.motion_id, [...(names.get(s.motion_id) ?? []), s.name]);
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
  const resolutions = await db
    .selectFrom('resolutions')
    .select(['id', 'title', 'adopted_version_id'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .orderBy('id')
    .execute();
  const clauses = await db
    .selectFrom('clauses')
    .innerJoin('resolution_versions as v', 'v.id', 'clauses.resolution_version_id')
    .select(['v.resolution_id', 'v.id as version_id', 'v.number as version', 'clauses.text'])
    .where('v.resolution_id', 'in', ids)
    .orderBy('v.resolution_id')
    .orderBy('v.number')
    .orderBy('clauses.section')
    .orderBy('clauses.number')
    .execute();
  // The adopted version when there is one, else the latest version: older texts must not match.
  const chosen = new Map<string, string>();
  for (const c of clauses) chosen.set(c.resolution_id, c.version_id);
  for (const r of resolutions) if (r.adopted_version_id) chosen.set(r.id, r.adopted_version_id);
  const texts = new Map<string, string[]>();
  for (const c of clauses) {
    if (chosen.get(c.resolution_id) !== c.version_id) continue;
    texts.set(c.resolution_id, [...(texts.get(c.resolution_id) ?? []), c.text]);
  }
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
  const rows = await db
    .selectFrom('agreements')
    .select(['id', 'text', 'party'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .orderBy('id')
    .execute();
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
  const rows = await db
    .selectFrom('letters')
    .select(['id', 'reference', 'number', 'subject', 'addressees', 'body'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .orderBy('id')
    .execute();
  const attachments = await db
    .selectFrom('letter_attachments')
    .select(['letter_id', 'title'])
    .where('letter_id', 'in', ids)
    .orderBy('letter_id')
    .orderBy('position')
    .execute();
  const titles = new Map<string, string[]>();
  for (const a of attachments) titles.set(a.letter_id, [...(titles.get(a.letter_id) ?? []), a.title]);
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
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'filename', 'title', 'text'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .orderBy('id')
    .execute();
  return rows.map((d) => ({ kind: 'document', id: d.id, title: d.title ?? d.filename, body: d.text }));
}

async function meetingDocuments(
  db: Executor,
  organisationId: string,
  ids: string[],
): Promise<SourceDocument[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('meetings')
    .select(['id', 'kind', 'title', 'date', 'place'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .orderBy('id')
    .execute();
  const items = await db
    .selectFrom('agenda_items')
    .select(['meeting_id', 'number', 'title'])
    .where('meeting_id', 'in', ids)
    .orderBy('meeting_id')
    .orderBy('position')
    .execute();
  const agenda = new Map<string, string[]>();
  for (const i of items)
    agenda.set(i.meeting_id, [...(agenda.get(i.meeting_id) ?? []), `${i.number} ${i.title}`]);
  return rows.map((m) => ({
    kind: 'meeting',
    id: m.id,
    title: m.title,
    body: join([m.date, m.place, ...(agenda.get(m.id) ?? [])]),
  }));
}

const LOADERS: Record<
  SearchKind,
  {
    table: 'motions' | 'resolutions' | 'agreements' | 'letters' | 'documents' | 'meetings';
    load: typeof motionDocuments;
  }
> = {
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
