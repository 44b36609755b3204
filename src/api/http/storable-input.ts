import type { FastifyRequest } from 'fastify';
import { findUnstorableText } from '../../domain/storable-text.js';
import { invalidParam } from '../errors/problem.js';

/**
 * Refuses a query or body with text that cannot be stored as sent (a NUL, a lone surrogate): 400 with the
 * parameter named, before any route reads it, so the answer is the same on both engines and nothing changes.
 */
export async function refuseUnstorableText(request: FastifyRequest): Promise<void> {
  const found = findUnstorableText(request.query) ?? findUnstorableText(request.body);
  if (!found) return;
  const name = found.path || 'body';
  throw invalidParam(name, 'invalid_character', `'${name}' ${found.reason}.`);
}
