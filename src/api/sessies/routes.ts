import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import {
  checkCredentials,
  endSession,
  issueCsrfToken,
  LOGIN_RATE_LIMIT,
  startSession,
  tooManyLoginsMessage,
} from '../../auth/index.js';
import { getUser } from '../../store/repositories/users.js';
import { ApiError, tooManyRequests, unauthorized } from '../errors/problem.js';
import { presentUser } from '../gebruikers/presenter.js';
import { gebruikerSchema } from '../gebruikers/schema.js';
import { emptyBody, noContent, timestamp } from '../http/schemas.js';

const TAGS = ['Sessies'];

const sessieSchema = z
  .object({
    gebruiker: gebruikerSchema,
    csrfToken: z.string().describe('Meesturen als header X-CSRF-Token bij schrijfverzoeken met deze sessie.'),
    verlooptOp: timestamp.nullable(),
  })
  .meta({ id: 'Sessie' });

/** Browser sign-in: a server-side session in an HttpOnly cookie, rate-limited, with a CSRF token. */
export function sessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/sessies',
    {
      config: {
        rateLimit: {
          ...LOGIN_RATE_LIMIT,
          errorResponseBuilder: (_request, context) => tooManyRequests(tooManyLoginsMessage(context.ttl)),
        },
      },
      schema: {
        tags: TAGS,
        summary: 'Inloggen',
        description:
          'Start een sessie met e-mailadres en wachtwoord (Argon2id). Zet het cookie mm_sessie (HttpOnly, SameSite=Lax) en geeft het CSRF-token. Hoogstens 10 pogingen per minuut.',
        body: z.strictObject({
          email: z.string().trim().min(1).max(320),
          wachtwoord: z.string().min(1).max(1000),
        }),
        response: { 201: sessieSchema },
        'x-fouten': ['401', '429'],
      },
    },
    async (request, reply) => {
      const user = await checkCredentials({
        db: ctx.db,
        organisationId: ctx.organisation.id,
        email: request.body.email,
        password: request.body.wachtwoord,
      });
      if (!user)
        throw new ApiError(
          401,
          'invalid_credentials',
          'Niet geauthenticeerd',
          'Onbekend e-mailadres of onjuist wachtwoord.',
        );
      const { csrfToken, expiresAt } = await startSession({ db: ctx.db, reply, user, requestId: request.id });
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .send({ gebruiker: presentUser(user), csrfToken, verlooptOp: expiresAt });
    },
  );

  r.get(
    '/sessies/huidig',
    {
      schema: {
        tags: TAGS,
        summary: 'Huidige sessie',
        description: 'De gebruiker van deze sessie en een vers CSRF-token.',
        response: { 200: sessieSchema },
        security: [{ sessieCookie: [] }],
        'x-fouten': ['401'],
      },
    },
    async (request, reply) => {
      const { principal } = request;
      if (principal.via !== 'session' || !principal.userId) throw unauthorized('Er is geen sessie.');
      const user = (await getUser(ctx.db, ctx.organisation.id, principal.userId))!;
      reply.header('cache-control', 'no-store');
      return { gebruiker: presentUser(user), csrfToken: issueCsrfToken(reply), verlooptOp: null };
    },
  );

  r.delete(
    '/sessies/huidig',
    {
      schema: {
        tags: TAGS,
        summary: 'Uitloggen',
        description: 'Beëindigt de sessie (met header X-CSRF-Token) en wist het cookie.',
        body: emptyBody,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      if (request.principal.via !== 'session') throw unauthorized('Er is geen sessie.');
      await endSession({ db: ctx.db, request, reply });
      return reply.code(204).send(null);
    },
  );
}
