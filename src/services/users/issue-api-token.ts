import { hashSecret, newApiToken } from '../../auth/index.js';
import {
  type ApiTokenRecord,
  createApiToken,
  listApiTokens,
  revokeApiToken as revokeToken,
} from '../../store/repositories/api-tokens.js';
import { getUser } from '../../store/repositories/users.js';
import { missing } from '../errors.js';
import type { UseCase } from '../types.js';

/** A new bearer token for the user; the plain token is returned this once and only its hash is kept. */
export async function issueApiToken(
  options: UseCase & { userId: string; label?: string | null },
): Promise<{ token: string; record: ApiTokenRecord }> {
  const { writer } = options;
  if (!(await getUser(options.db, writer.organisationId, options.userId)))
    throw missing('Gebruiker', options.userId);
  const token = newApiToken();
  const record = await createApiToken(options.db, writer, {
    userId: options.userId,
    tokenHash: hashSecret(token),
    label: options.label ?? null,
  });
  return { token, record };
}

/** Revokes one of the user's tokens; it stops working at once. */
export async function revokeApiToken(
  options: UseCase & { userId: string; tokenId: string },
): Promise<ApiTokenRecord> {
  const { writer } = options;
  const tokens = await listApiTokens(options.db, writer.organisationId, options.userId);
  if (!tokens.some((t) => t.id === options.tokenId)) throw missing('Token', options.tokenId);
  return (await revokeToken(options.db, writer, options.tokenId))!;
}
