/**
 * SQL of the full-text index (migration 2026-11-23T1500_search-index). Text analysis lives in src/search:
 * this module only stores pre-stemmed tokens and runs pre-parsed terms, identically on SQLite (FTS5) and
 * PostgreSQL (tsvector). The parts live in search-index/: types, write (upserts and deletes), query (matches),
 * sqlite and postgres (the engine-specific SQL), sources (the text of each kind of record to index).
 */
export {
  countSearchDocuments,
  type MatchFilter,
  matchFilter,
  matchingIdsSubquery,
  queryMatchingIds,
  querySearchDocuments,
} from './search-index/query.js';
export { loadSourceDocument, loadSourceDocuments, sourceDocuments } from './search-index/sources.js';
export {
  type BoundedCount,
  SEARCH_COUNT_BOUND,
  SEARCH_KINDS,
  type SearchDocument,
  type SearchHitRow,
  type SearchKind,
  type SearchTerm,
  type SourceDocument,
} from './search-index/types.js';
export {
  deleteOrganisationSearchDocuments,
  deleteSearchDocument,
  refreshSearchStatistics,
  upsertSearchDocument,
  upsertSearchDocuments,
} from './search-index/write.js';
