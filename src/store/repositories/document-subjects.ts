import { type ExpressionBuilder, sql } from 'kysely';
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
 * Which of these documents (at most the thousand matches a search page looks at) are drawn from a concept: read
 * from the documents through the provenance index by document, so the cost follows the documents asked about,
 * not the number of concepts in the register.
 */
export async function listDocumentsDrawnFromDrafts(
  db: Executor,
  organisationId: string,
  documentIds: readonly string[],
): Promise<string[]> {
  if (documentIds.length === 0) return [];
  const rows = await db
    .selectFrom('documents')
    .select('documents.id')
    .where('documents.organisation_id', '=', organisationId)
    .where('documents.id', 'in', [...documentIds])
    .where((eb) => eb.not(noDraftSubjects(eb)))
    .execute();
  return rows.map((r) => r.id);
}
