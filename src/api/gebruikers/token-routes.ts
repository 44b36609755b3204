import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { writerOf } from '../../auth/index.js';
import { issueApiToken, revokeApiToken } from '../../services/users/issue-api-token.js';
import { listApiTokens } from '../../store/repositories/api-tokens.js';
import type { UserRecord } from '../../store/repositories/users.js';
import { pageOnlyQuery, pageSchema, presentSlice } from '../http/pagination.js';
import { emptyBody, idParams } from '../http/schemas.js';
import { presentToken } from './presenter.js';
import { nieuwTokenSchema, tokenBody, tokenSchema } from './schema.js';

const TAGS = ['Gebruikers'];
const tokenParams = z.strictObject({ id: z.uuid(), tokenId: z.uuid() });

/** /gebruikers/{id}/tokens: bearer tokens, shown once when issued, revocable. */
export function tokenRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  find: (id: string) => Promise<UserRecord>,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = ctx.organisation.id;

  r.get(
    '/gebruikers/:id/tokens',
    {
      config: { policy: 'user.read' },
      schema: {
        tags: TAGS,
        summary: 'API-tokens van een gebruiker',
        description: 'De tokens (zonder het geheim zelf).',
        params: idParams,
        querystring: pageOnlyQuery,
        response: { 200: pageSchema(tokenSchema) },
      },
    },
    async (request, reply) => {
      const tokens = await listApiTokens(ctx.db, org, (await find(request.params.id)).id);
      return presentSlice(request, reply, request.query, tokens.map(presentToken));
    },
  );

  r.post(
    '/gebruikers/:id/tokens',
    {
      config: { policy: 'user.write' },
      schema: {
        tags: TAGS,
        summary: 'API-token uitgeven',
        description: 'Een nieuw bearer-token; het token staat alleen in dit antwoord.',
        params: idParams,
        body: tokenBody,
        response: { 201: nieuwTokenSchema },
      },
    },
    async (request, reply) => {
      const { token, record } = await issueApiToken({
        db: ctx.db,
        writer: writerOf(request),
        userId: request.params.id,
        label: request.body?.label,
      });
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .send({ ...presentToken(record), token });
    },
  );

  r.post(
    '/gebruikers/:id/tokens/:tokenId/intrekken',
    {
      config: { policy: 'user.write' },
      schema: {
        tags: TAGS,
        summary: 'API-token intrekken',
        description: 'Het token werkt direct niet meer.',
        params: tokenParams,
        body: emptyBody,
        response: { 200: tokenSchema },
      },
    },
    async (request) =>
      presentToken(
        await revokeApiToken({
          db: ctx.db,
          writer: writerOf(request),
          userId: request.params.id,
          tokenId: request.params.tokenId,
        }),
      ),
  );
}
