import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { hasSearchWords, searchIdsQuery } from '../../search/index.js';
import { listMotions, type MotionFilter, type MotionSort } from '../../store/repositories/motions.js';
import { negotiate } from '../http/negotiate.js';
import { pageSchema, presentPage, toPage } from '../http/pagination.js';
import { motionStatus } from '../http/vocabulary.js';
import { motionsCsv } from './csv.js';
import { motieListQuery } from './input.js';
import { presentMotion } from './presenter.js';
import { motieSchema } from './schema.js';
import { resolveMemberFilter, visibleStatuses } from './visibility.js';

const SORT: Record<string, MotionSort> = { aangemaakt: 'created', titel: 'title', ingediend: 'submitted' };

type ListQuery = z.output<typeof motieListQuery>;

/** The repository filter for a list query, or null when nothing can match. */
export async function motionFilter(
  ctx: AppContext,
  principal: Parameters<typeof visibleStatuses>[0],
  query: ListQuery,
): Promise<MotionFilter | null> {
  const wanted = query.status?.map((s) => motionStatus.fromApi(s) ?? s);
  const visible = visibleStatuses(principal, wanted);
  if (!visible) return null;
  let memberId = await resolveMemberFilter(ctx, query.lid);
  if (memberId === null) return null;
  if (visible.ownMemberOnly) {
    if (memberId !== undefined && memberId !== principal.memberId) return null;
    memberId = principal.memberId ?? undefined;
  }
  const filter: MotionFilter = {
    status: visible.status,
    topic: query.onderwerp,
    memberId,
    meetingId: query.vergadering,
    year: query.jaar,
  };
  if (query.q) {
    if (hasSearchWords(query.q))
      filter.idsIn = searchIdsQuery(ctx.db, ctx.organisation.id, 'motion', query.q);
    else filter.q = query.q;
  }
  return filter;
}

export const toMotionSort = (sort: string): MotionSort =>
  `${sort.startsWith('-') ? '-' : ''}${SORT[sort.replace(/^-/, '')]}` as MotionSort;

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
          'met Nederlandse stamming). Gepagineerd met Link-headers en X-Total-Count. Met Accept: text/csv komen ' +
          'alle moties die aan de filters voldoen als CSV (zonder paginering). Concepten ziet alleen wie ze mag lezen.',
        querystring: motieListQuery,
        response: {
          200: {
            description: 'Een pagina moties, of alle moties als CSV.',
            content: {
              'application/json': { schema: pageSchema(motieSchema) },
              'text/csv': { schema: z.string().describe('CSV met een kopregel, gescheiden door komma’s.') },
            },
          },
        },
        'x-fouten': ['406'],
      },
    },
    async (request, reply) => {
      const format = negotiate(request.headers.accept, ['application/json', 'text/csv'] as const);
      const filter = await motionFilter(ctx, request.principal, request.query);
      const sort = toMotionSort(request.query.sort);
      if (format === 'text/csv') {
        const csv = filter ? await motionsCsv(ctx, filter, sort) : await motionsCsv(ctx, null, sort);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="moties.csv"')
          .send(csv);
      }
      const result = filter
        ? await listMotions(ctx.db, ctx.organisation.id, filter, toPage(request.query), sort)
        : { items: [], total: 0 };
      return presentPage(request, reply, request.query, {
        items: result.items.map(presentMotion),
        total: result.total,
      }) as never;
    },
  );
}
