import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Executor } from '../database.js';
import type { Database } from '../schema.js';

/** A motion or resolution imported from a document: what decides whether the document may be shown. */
export type DocumentSubjectRow =
  | { kind: 'motion'; id: string; status: string; memberIds: (string | null)[] }
  | { kind: 'resolution'; id: string; status: string };

/** The motions and resolutions drawn from a document (its provenance), with their status and submitters. */
export async function listDocumentSubjects(
  db: Executor,
  organisationId: string,
  documentId: string,
): Promise<DocumentSubjectRow[]> {
  const motions = await db
    .selectFrom('provenance as p')
    .innerJoin('motions as m', 'm.id', 'p.entity_id')
    .leftJoin('motion_submitters as s', 's.motion_id', 'm.id')
    .select(['m.id', 'm.status', 's.member_id'])
    .where('p.organisation_id', '=', organisationId)
    .where('p.document_id', '=', documentId)
    .where('p.entity_kind', '=', 'motion')
    .execute();
  const resolutions = await db
    .selectFrom('provenance as p')
    .innerJoin('resolutions as r', 'r.id', 'p.entity_id')
    .select(['r.id', 'r.status'])
    .where('p.organisation_id', '=', organisationId)
    .where('p.document_id', '=', documentId)
    .where('p.entity_kind', '=', 'resolution')
    .execute();
  const byMotion = new Map<
    string,
    { kind: 'motion'; id: string; status: string; memberIds: (string | null)[] }
  >();
  for (const row of motions) {
    const entry = byMotion.get(row.id) ?? { kind: 'motion', id: row.id, status: row.status, memberIds: [] };
    entry.memberIds.push(row.member_id);
    byMotion.set(row.id, entry);
  }
  const distinct = new Map(resolutions.map((r) => [r.id, r]));
  return [
    ...byMotion.values(),
    ...[...distinct.values()].map((r) => ({ kind: 'resolution' as const, id: r.id, status: r.status })),
  ];
}

/**
 * A where-clause for `documents`: no motion or resolution drawn from the document is a concept. For lists and
 * search of readers who may not see every draft.
 */
export function noDraftSubjects(eb: ExpressionBuilder<Database, 'documents'>) {
  const draftMotion = eb
    .selectFrom('provenance as p')
    .innerJoin('motions as x', 'x.id', 'p.entity_id')
    .select(sql`1`.as('one'))
    .whereRef('p.document_id', '=', 'documents.id')
    .where('p.entity_kind', '=', 'motion')
    .where('x.status', '=', 'draft');
  const draftResolution = eb
    .selectFrom('provenance as p')
    .innerJoin('resolutions as x', 'x.id', 'p.entity_id')
    .select(sql`1`.as('one'))
    .whereRef('p.document_id', '=', 'documents.id')
    .where('p.entity_kind', '=', 'resolution')
    .where('x.status', '=', 'draft');
  return eb.not(eb.or([eb.exists(draftMotion), eb.exists(draftResolution)]));
}

/**
 * Documents drawn from a concept (or only those for which `matches`, a condition on the column it is given,
 * holds: e.g. a search's `MatchFilter.matches`). Driven from the few concepts (motions and resolutions by
 * status) through the provenance index by record, never from the documents or the search's matches, which for
 * a common word are thousands (ADR 023).
 */
export async function listDraftSourceDocumentIds(
  db: Executor,
  organisationId: string,
  matches?: (idColumn: string) => Expression<SqlBool>,
): Promise<string[]> {
  const fromDrafts = db
    .selectFrom('provenance as p')
    .innerJoin('motions as x', 'x.id', 'p.entity_id')
    .select('p.document_id')
    .where('x.organisation_id', '=', organisationId)
    .where('x.status', '=', 'draft')
    .where('p.entity_kind', '=', 'motion')
    .union(
      db
        .selectFrom('provenance as p')
        .innerJoin('resolutions as x', 'x.id', 'p.entity_id')
        .select('p.document_id')
        .where('x.organisation_id', '=', organisationId)
        .where('x.status', '=', 'draft')
        .where('p.entity_kind', '=', 'resolution'),
    );
  const rows = await db
    .selectFrom('documents')
    .select('documents.id')
    .where('documents.organisation_id', '=', organisationId)
    .where('documents.id', 'in', fromDrafts)
    .$if(matches !== undefined, (q) => q.where((matches as NonNullable<typeof matches>)('documents.id')))
    .execute();
  return rows.map((r) => r.id);
}
