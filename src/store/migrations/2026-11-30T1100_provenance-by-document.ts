import type { Kysely } from 'kysely';

/**
 * A document's provenance read by document: the records drawn from it (the document page) and whether any of them
 * is a concept (a document drawn from a concept is hidden from lists and search). Without this index every such
 * check read the whole provenance table: at 1,000,000 motions and 100,000 documents the search page's check of
 * the matching documents ran for more than a quarter of an hour (bench/scale.bench.ts).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('provenance_document')
    .on('provenance')
    .columns(['document_id', 'entity_kind', 'entity_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('provenance_document').execute();
}
