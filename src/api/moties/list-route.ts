import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { motionStatus } from '../../domain/vocabulary/index.js';
import { findAllMotions, findMotions, type MotionQuery } from '../../services/motions/find-motions.js';
import { visibilityKey } from '../../services/visibility.js';
import { negotiate } from '../http/negotiate.js';
import { decodeCursor, keysetPageSchema, presentKeysetPage, toPage } from '../http/pagination.js';
import { readCaseOf } from '../http/read-case.js';
import { answerFromRegister, keepRegisterPage } from '../http/register-pages.js';
import { motionsCsv } from './csv.js';
import { motieListQuery } from './input.js';
import { presentMotion } from './presenter.js';
import { motieSchema } from './schema.js';

type ListQuery = z.output<typeof motieListQuery>;

/** The API's query keys in the words of the read use case. */
const toMotionQuery = (query: ListQuery): MotionQuery => ({
  status: query.status && motionStatus.codesOf(query.status),
  topic: query.onderwerp,
  member: query.lid,
  meetingId: query.vergadering,
  year: query.jaar,
  q: query.q,
});

/** GET /moties: filter, sort, paginate; Accept: text/csv exports every match as CSV. */
export function motionListRoute(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/moties',
    {
      schema: {
        tags: ['Moties'],
        summary: 'Moties zoeken en bladeren',
        description:
          'Lijst van moties met filters op status, onderwerp, lid (indiener), vergadering, jaar en vrije tekst (q, ' +
          'met Nederlandse stamming). Gepagineerd met Link-headers en X-Total-Count: met paginanummers (page), of voor ' +
          'diepe pagina’s met een cursor (volgendeCursor / link volgende), die alleen de rijen van de pagina leest. Met Accept: text/csv komen ' +
          'alle moties die aan de filters voldoen als CSV (zonder paginering). Concepten ziet alleen wie ze mag ' +
          'lezen: een lid de concepten van de eigen gemeente, het bureau, het bestuur en de voorzitter alle.',
        querystring: motieListQuery,
        response: {
          200: {
            description: 'Een pagina moties, of alle moties als CSV.',
            content: {
              'application/json': { schema: keysetPageSchema(motieSchema) },
              'text/csv': { schema: z.string().describe('CSV met een kopregel, gescheiden door komma’s.') },
            },
          },
        },
        'x-fouten': ['406'],
      },
    },
    async (request, reply) => {
      const format = negotiate(request.headers.accept, ['application/json', 'text/csv'] as const);
      const readCase = () => ({
        ...readCaseOf(ctx, request),
        query: toMotionQuery(request.query),
        sort: request.query.sort,
      });
      if (format === 'text/csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="moties.csv"')
          .send(await motionsCsv(findAllMotions(readCase())));
      }
      // While the register has not changed, the same page for the same readers is the same bytes (ADR 020); the
      // read case is built only when the page is read.
      const key = `${ctx.organisation.id}\u0000${visibilityKey(request.principal)}\u0000${request.url}`;
      if (await answerFromRegister(request, reply, ctx.db, key)) return reply;
      const read = readCase();
      const after = request.query.cursor === undefined ? undefined : decodeCursor(request.query.cursor);
      const result = await findMotions({ ...read, page: { ...toPage(request.query), after } });
      const page = presentKeysetPage(request, reply, request.query, {
        items: result.items.map(presentMotion),
        total: result.total,
        totalIsLowerBound: result.totalIsLowerBound,
        next: result.next,
      });
      if (result.version === undefined) return page as never;
      const body = String(reply.serializeInput(page, '200', 'application/json'));
      const headers = {
        'content-type': 'application/json; charset=utf-8',
        'x-total-count': String(reply.getHeader('x-total-count')),
        link: String(reply.getHeader('link') ?? ''),
      };
      keepRegisterPage(reply, ctx.db, key, result.version, { body, headers });
      return reply.headers(headers).send(body);
    },
  );
}
