import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { hashSecret } from '../auth/tokens.js';
import type { Executor } from '../store/database.js';
import {
  deleteExpiredUploadPreviews,
  deleteUploadPreview,
  findUploadPreview,
  insertUploadPreview,
} from '../store/repositories/upload-previews.js';

/**
 * Uploaded files wait in the database between the preview and the confirmation, so a browser without JavaScript
 * does not have to send the file twice, and the confirmation may reach another server process than the preview
 * (ADR 010). Nothing is stored in the register until the user confirms; an upload belongs to the user who sent
 * it and expires after a day. The form carries a random token; the database keeps only its hash.
 */
const MAX_AGE_MS = 24 * 3_600_000;
const TOKEN = /^[0-9a-f]{32}$/;

export type PendingUpload = { name: string; bytes: Uint8Array };

function ownerOf(request: FastifyRequest): { organisationId: string; userId: string | null } {
  return { organisationId: request.organisationId, userId: request.principal.userId ?? null };
}

export async function keepUpload(
  db: Executor,
  request: FastifyRequest,
  upload: PendingUpload,
): Promise<string> {
  const now = Date.now();
  await deleteExpiredUploadPreviews(db, new Date(now).toISOString());
  const token = randomBytes(16).toString('hex');
  await insertUploadPreview(db, {
    id: hashSecret(token),
    ...ownerOf(request),
    upload: { name: upload.name.split(/[\\/]/).at(-1) ?? upload.name, bytes: upload.bytes },
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + MAX_AGE_MS).toISOString(),
  });
  return token;
}

export async function takeUpload(
  db: Executor,
  request: FastifyRequest,
  token: string,
): Promise<PendingUpload | null> {
  if (!TOKEN.test(token)) return null;
  return findUploadPreview(db, { id: hashSecret(token), ...ownerOf(request), now: new Date().toISOString() });
}

export async function dropUpload(db: Executor, request: FastifyRequest, token: string): Promise<void> {
  if (!TOKEN.test(token)) return;
  await deleteUploadPreview(db, hashSecret(token), request.organisationId);
}
