import type { Expression } from 'kysely';
import type { Executor } from '../store/database.js';
import {
  type BoundedCount,
  countSearchDocuments,
  deleteOrganisationSearchDocuments,
  deleteSearchDocument,
  loadSourceDocument,
  loadSourceDocuments,
  type MatchFilter,
  matchFilter,
  matchingIdsSubquery,
  queryMatchingIds,
  querySearchDocuments,
  refreshSearchStatistics,
  SEARCH_COUNT_BOUND,
  SEARCH_KINDS,
  type SearchDocument,
  type SearchKind,
  type SourceDocument,
  sourceDocuments,
  upsertSearchDocument,
  upsertSearchDocuments,
} from '../store/repositories/search-index.js';
import { inTransaction } from '../store/transaction.js';
import { highlight, snippet } from './highlight.js';
import { type AnalysedText, stemsOf, withoutNul } from './index-text.js';
import { parseQuery } from './query.js';

/**
 * Full-text search over motions, resolutions, agreements, letters, documents and meetings, with Dutch stemming
 * done here in JavaScript and the stems indexed by FTS5 (SQLite) or a `simple` tsvector (PostgreSQL), so both
 * engines return the same set of results. See docs in the module README (src/search/README.md).
 */

export { analyse } from './analyse.js';
export { escapeHtml, highlight, snippet } from './highlight.js';
export { type AnalysedText, analyseText } from './index-text.js';
export { parseQuery } from './query.js';
export { type BoundedCount, type MatchFilter, SEARCH_COUNT_BOUND, SEARCH_KINDS, type SearchKind };

export type IndexInput = {
  organisationId: string;
  kind: SearchKind;
  id: string;
  title: string;
  body: string;
};

/**
 * Adds or replaces one record in the index. Call it with the transaction of the write that changed the record,
 * so the index never disagrees with the register. `body` is all other text that should be findable.
 */
export async function indexEntity(executor: Executor, input: IndexInput): Promise<void> {
  const title = withoutNul(input.title);
  const body = withoutNul(input.body);
  await upsertSearchDocument(executor, { ...input, title, body, stems: stemsOf(title, body) });
}

/** Removes one record from the index (e.g. when it is withdrawn from publication). */
export async function removeFromIndex(executor: Executor, kind: SearchKind, id: string): Promise<void> {
  await deleteSearchDocument(executor, kind, id);
}

/**
 * Re-reads one record from the database and (re)indexes it with the standard text for its kind (for a motion:
 * number, title, topic, call, body and submitter names), or removes it when it no longer exists.
 * The simplest call for write paths: `await reindexEntity(trx, ctx.organisationId, 'motion', motion.id)`.
 */
export async function reindexEntity(
  executor: Executor,
  organisationId: string,
  kind: SearchKind,
  id: string,
): Promise<void> {
  const doc = await loadSourceDocument(executor, organisationId, kind, id);
  if (doc) await indexEntity(executor, { organisationId, ...doc });
  else await removeFromIndex(executor, kind, id);
}

export type SearchOptions = { q: string; kinds?: readonly SearchKind[]; limit: number; offset: number };
export type SearchHit = {
  kind: SearchKind;
  id: string;
  /** Plain title (escape it yourself); `titleHtml` has the matches in <mark> and is already escaped. */
  title: string;
  titleHtml: string;
  /** HTML: an escaped excerpt of the body with the matches in <mark>. */
  snippet: string;
  /** Higher is better; comparable within one result list only (bm25 on SQLite, the postings' rank on PostgreSQL). */
  rank: number;
};

/**
 * One page of results across kinds, best first, with the total; an empty or word-less query finds nothing.
 * The total is exact up to SEARCH_COUNT_BOUND (1000); beyond it it is the bound and `totalIsLowerBound` is set
 * ("meer dan 1.000"). The candidates are the 1000 most recently indexed matches, so pages end there; with an
 * exact total they are ranked, beyond the bound shown newest first with rank 0 (docs/adr/034).
 */
export async function searchAll(
  db: Executor,
  organisationId: string,
  options: SearchOptions,
): Promise<{ items: SearchHit[] } & BoundedCount> {
  const terms = parseQuery(options.q);
  const limit = Math.max(0, Math.min(Math.trunc(options.limit) || 0, 1000));
  const offset = Math.max(0, Math.trunc(options.offset) || 0);
  const kinds = options.kinds?.filter((k) => (SEARCH_KINDS as readonly string[]).includes(k));
  if (options.kinds && options.kinds.length > 0 && kinds?.length === 0)
    return { items: [], total: 0, totalIsLowerBound: false };
  const { rows, total, totalIsLowerBound } = await querySearchDocuments(db, organisationId, terms, {
    kinds,
    limit,
    offset,
  });
  return {
    items: rows.map((r) => ({
      kind: r.kind,
      id: r.id,
      title: r.title,
      titleHtml: highlight(r.title, terms),
      snippet: snippet(r.body || r.title, terms),
      rank: r.rank,
    })),
    total,
    totalIsLowerBound,
  };
}

/** How many records of the kinds match `q`: exact up to SEARCH_COUNT_BOUND, else the bound as a lower bound. */
export async function searchCount(
  db: Executor,
  organisationId: string,
  q: string,
  kinds?: readonly SearchKind[],
): Promise<BoundedCount> {
  return countSearchDocuments(db, organisationId, parseQuery(q), { kinds });
}

/** The ids of one kind's records matching `q`, best first ([] when `q` holds no words). */
export async function searchIds(
  db: Executor,
  organisationId: string,
  kind: SearchKind,
  q: string,
): Promise<string[]> {
  return queryMatchingIds(db, organisationId, kind, parseQuery(q));
}

/**
 * The same match as a subquery, for list filters in src/store: `.where('motions.id', 'in', searchIdsQuery(…))`.
 * Prefer it over `searchIds` in big lists: it is one bind parameter however many records match.
 */
export function searchIdsQuery(
  db: Executor,
  organisationId: string,
  kind: SearchKind,
  q: string,
): Expression<string> {
  return matchingIdsSubquery(db, organisationId, kind, parseQuery(q));
}

/**
 * The match of `q` as a filter of a register's list (`MotionFilter.search` in src/store): counted up to
 * SEARCH_COUNT_BOUND and, for a common word, paged in the list's own order (docs/adr/019). Null without words.
 */
export function searchFilter(
  db: Executor,
  organisationId: string,
  kind: SearchKind,
  q: string,
): Promise<MatchFilter | null> {
  return matchFilter(db, organisationId, kind, parseQuery(q));
}

/** Whether `q` contains any searchable word (callers may skip the filter when it does not). */
export const hasSearchWords = (q: string | undefined): boolean => !!q && parseQuery(q).length > 0;

/**
 * reindexEntity for several records in one step (an imported document): each record's text is read, then the
 * index rows of all of them are written in one batch; records that no longer exist are removed. `ahead` holds
 * texts analysed ahead by `kind:id`: one is used when the record's text as read is exactly the text it was
 * computed from (the stems are a function of the text alone), else the text is analysed here.
 */
export async function reindexEntities(
  executor: Executor,
  organisationId: string,
  records: Iterable<{ kind: SearchKind; id: string }>,
  ahead?: ReadonlyMap<string, AnalysedText>,
): Promise<void> {
  // Read kind by kind (one query per table for all of them), written in the order given.
  const wanted = [...records];
  const idsByKind = new Map<SearchKind, string[]>();
  for (const { kind, id } of wanted) {
    const ids = idsByKind.get(kind);
    if (ids) ids.push(id);
    else idsByKind.set(kind, [id]);
  }
  const loaded = new Map<string, Awaited<ReturnType<typeof loadSourceDocuments>>[number]>();
  for (const [kind, ids] of idsByKind)
    for (const doc of await loadSourceDocuments(executor, organisationId, kind, [...new Set(ids)]))
      loaded.set(`${kind}:${doc.id}`, doc);
  const docs = [];
  const terms = new Set<string>();
  for (const { kind, id } of wanted) {
    const doc = loaded.get(`${kind}:${id}`);
    if (!doc) {
      await removeFromIndex(executor, kind, id);
      continue;
    }
    const analysed = ahead?.get(`${kind}:${id}`);
    if (analysed && analysed.title === doc.title && analysed.body === doc.body) {
      const { title, body } = doc;
      docs.push({
        organisationId,
        kind,
        id,
        title: withoutNul(title),
        body: withoutNul(body),
        stems: analysed.stems,
      });
      for (const term of analysed.terms) terms.add(term);
    } else docs.push(indexRow(organisationId, doc, terms));
  }
  if (docs.length > 0) await upsertSearchDocuments(executor, docs, terms);
}

/** The index row of a record's text; its tokens are added to `terms` (the vocabulary of the rows written together). */
function indexRow(organisationId: string, doc: SourceDocument, terms: Set<string>): SearchDocument {
  const title = withoutNul(doc.title);
  const body = withoutNul(doc.body);
  return { organisationId, kind: doc.kind, id: doc.id, title, body, stems: stemsOf(title, body, terms) };
}

export type ReindexProgress = { kind: SearchKind; done: number };

/** Rebuilds the organisation's whole index from the registers, in one transaction; returns counts per kind. */
export async function reindexAll(
  db: Executor,
  organisationId: string,
  onProgress?: (p: ReindexProgress) => void,
): Promise<Record<SearchKind, number>> {
  const counts = Object.fromEntries(SEARCH_KINDS.map((k) => [k, 0])) as Record<SearchKind, number>;
  await inTransaction(db, async (trx) => {
    await deleteOrganisationSearchDocuments(trx, organisationId);
    for await (const batch of sourceDocuments(trx, organisationId)) {
      const terms = new Set<string>();
      await upsertSearchDocuments(
        trx,
        batch.map((doc) => indexRow(organisationId, doc, terms)),
        terms,
      );
      for (const doc of batch) counts[doc.kind] += 1;
      if (batch.length > 0) onProgress?.({ kind: batch[0].kind, done: counts[batch[0].kind] });
    }
  });
  if (!db.isTransaction) await refreshSearchStatistics(db);
  return counts;
}
