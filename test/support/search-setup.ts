import { sql } from 'kysely';
import { parseQuery, tokenMatches } from '../../src/search/query.js';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import type { Executor } from '../../src/store/database.js';
import { createOrganisation } from '../../src/store/repositories/organisations.js';
import type { SearchDocument, SearchKind } from '../../src/store/repositories/search-index.js';

/**
 * The set-up the search tests share (test/search/): an organisation by slug, an index row from its stems, and
 * the newest matches read plainly (every row's tokens tested in JavaScript), the reference the engines' own
 * paths are compared with.
 */

/** A new organisation with the default settings; its id. */
export async function createSearchOrganisation(db: Executor, slug: string, name = `Vereniging ${slug}`) {
  const organisation = await createOrganisation(db, {
    name,
    slug,
    settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 },
    actor: SYSTEM_ACTOR,
  });
  return organisation.id;
}

/**
 * An organisation's row as the first schema holds it, for tests that migrate to an earlier point and write there:
 * the application's writers (createOrganisation and its audit event) are written for the latest schema.
 */
export async function insertEarlyOrganisation(db: Executor, slug: string, name = `Vereniging ${slug}`) {
  const id = `org-${slug}`;
  const at = '2026-11-30T12:00:00.000Z';
  const settings = JSON.stringify({ votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 });
  await sql`insert into organisations (id, name, slug, settings, created_at, updated_at)
    values (${id}, ${name}, ${slug}, ${settings}, ${at}, ${at})`.execute(db);
  return id;
}

/** An index row whose title is its id and whose body and stems are `stems`. */
export const indexRow = (
  organisationId: string,
  kind: SearchKind,
  id: string,
  stems: string,
): SearchDocument => ({ organisationId, kind, id, title: id, body: stems, stems });

/**
 * The words of the `i`-th row of a search test's corpus, after `always` when given: `wegonderhoud` in every 3rd,
 * `wegonderhoudsplan` twice in every 4th, `armoedebeleid` in every 5th, `zwerfafval` in every 97th; so one word,
 * a prefix of several tokens (`wegonder`), a token said more often, two words together and a rare word.
 */
export const corpusWords = (i: number, always = ''): string =>
  [
    always,
    i % 3 === 0 ? 'wegonderhoud' : '',
    i % 4 === 0 ? 'wegonderhoudsplan wegonderhoudsplan' : '',
    i % 5 === 0 ? 'armoedebeleid' : '',
    i % 97 === 0 ? 'zwerfafval' : '',
  ]
    .filter(Boolean)
    .join(' ');

/**
 * The organisation's `limit` newest matches of `q` (search_documents.id, newest first) read plainly: every row
 * of the organisation, its stems tested against the query's terms in JavaScript.
 */
export async function plainMatches(
  db: Executor,
  organisationId: string,
  q: string,
  limit: number,
  kinds?: readonly SearchKind[],
): Promise<{ id: number; entityId: string }[]> {
  const terms = parseQuery(q);
  const { rows } = await sql<{
    id: string | number;
    entity_id: string;
    stems: string;
    entity_kind: SearchKind;
  }>`
    select id, entity_id, stems, entity_kind from search_documents
    where organisation_id = ${organisationId} order by id desc`.execute(db);
  return rows
    .filter((r) => !kinds || kinds.includes(r.entity_kind))
    .filter((r) => terms.every((term) => r.stems.split(' ').some((token) => tokenMatches(token, term))))
    .slice(0, limit)
    .map((r) => ({ id: Number(r.id), entityId: r.entity_id }));
}
