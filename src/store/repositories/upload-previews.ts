import type { Executor } from '../database.js';

export type StoredUpload = { name: string; bytes: Uint8Array };

/**
 * An upload waiting between the preview and the confirmation, in the database so that the confirmation may reach
 * another server process than the preview did. `id` is the hash of the token the form carries; the upload is
 * bound to the organisation and the user who sent it.
 */
export async function insertUploadPreview(
  db: Executor,
  input: {
    id: string;
    organisationId: string;
    userId: string | null;
    upload: StoredUpload;
    createdAt: string;
    expiresAt: string;
  },
): Promise<void> {
  await db
    .insertInto('upload_previews')
    .values({
      id: input.id,
      organisation_id: input.organisationId,
      user_id: input.userId,
      name: input.upload.name,
      content_base64: Buffer.from(input.upload.bytes).toString('base64'),
      created_at: input.createdAt,
      expires_at: input.expiresAt,
    })
    .execute();
}

export async function findUploadPreview(
  db: Executor,
  where: { id: string; organisationId: string; userId: string | null; now: string },
): Promise<StoredUpload | null> {
  let query = db
    .selectFrom('upload_previews')
    .select(['name', 'content_base64'])
    .where('id', '=', where.id)
    .where('organisation_id', '=', where.organisationId)
    .where('expires_at', '>', where.now);
  query =
    where.userId === null ? query.where('user_id', 'is', null) : query.where('user_id', '=', where.userId);
  const row = await query.executeTakeFirst();
  if (!row) return null;
  return { name: row.name, bytes: new Uint8Array(Buffer.from(row.content_base64, 'base64')) };
}

export async function deleteUploadPreview(db: Executor, id: string, organisationId: string): Promise<void> {
  await db
    .deleteFrom('upload_previews')
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .execute();
}

export async function deleteExpiredUploadPreviews(db: Executor, now: string): Promise<number> {
  const result = await db.deleteFrom('upload_previews').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
