import type { FastifyRequest } from 'fastify';
import type { Viewer } from './page-context.js';

/** The signed-in person of this request (from src/auth's session), or null for a visitor. */
export function viewerOf(request: FastifyRequest): Viewer | null {
  const p = request.principal;
  if (p?.via !== 'session' || !p.userId) return null;
  const name = p.label.replace(/\s*<[^>]*>$/, '');
  return { id: p.userId, name, role: p.role };
}
