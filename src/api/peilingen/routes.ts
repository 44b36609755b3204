import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { can } from '../../auth/index.js';
import { ANONYMOUS } from '../../auth/roles.js';
import { countOpenAnswers } from '../../domain/open-answers.js';
import type { Grouping } from '../../domain/poll-results.js';
import type { PollStatus } from '../../domain/types.js';
import { pollCsv, pollResults } from '../../services/polls/poll-results.js';
import { getPoll, listPolls, type PollWithQuestions } from '../../store/repositories/polls.js';
import { notFound } from '../errors/problem.js';
import { API_PREFIX } from '../http/api-version.js';
import { negotiate } from '../http/negotiate.js';
import { pageSchema, presentPage, toPage } from '../http/pagination.js';
import { idParams } from '../http/schemas.js';
import {
  POLL_STATUS_API,
  peilingListQuery,
  peilingSchema,
  QUESTION_KIND_API,
  uitslagQuery,
  uitslagSchema,
} from './schema.js';

const TAGS = ['Peilingen'];
const FROM_API = Object.fromEntries(Object.entries(POLL_STATUS_API).map(([k, v]) => [v, k])) as Record<
  string,
  PollStatus
>;
const GROUPING: Record<string, Grouping> = { geen: 'none', provincie: 'province', grootte: 'size' };

/** Member polls (ledenpeilingen): published polls with their response rate, and their results. Read-only. */
export function pollRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = ctx.organisation.id;
  const staff = (request: FastifyRequest) => can(request.principal ?? ANONYMOUS, 'poll.read');

  const load = async (request: FastifyRequest, id: string): Promise<PollWithQuestions> => {
    const poll = await getPoll(ctx.db, org, id);
    if (!poll || (poll.status === 'draft' && !staff(request))) throw notFound('Peiling', id);
    return poll;
  };

  const present = async (poll: PollWithQuestions) => {
    const { rate } = await pollResults(ctx, poll, {
      weighted: false,
      grouping: 'none',
      includePerMember: false,
    });
    return {
      id: poll.id,
      titel: poll.title,
      omschrijving: poll.description,
      status: POLL_STATUS_API[poll.status as keyof typeof POLL_STATUS_API],
      geopendOp: poll.opensAt,
      sluitOp: poll.closesAt,
      doelgroep:
        poll.audience.kind === 'all'
          ? { alleLeden: true, provincies: [] }
          : { alleLeden: false, provincies: poll.audience.provinces },
      antwoordenPerGemeenteOpenbaar: poll.publishPerMember,
      resolutie: poll.resolutionId,
      vragen: poll.questions.map((q) => ({
        id: q.id,
        tekst: q.text,
        soort: QUESTION_KIND_API[q.kind as keyof typeof QUESTION_KIND_API],
        opties: q.options,
      })),
      respons: { gemeenten: rate.respondents, doelgroep: rate.audience, percentage: rate.percentage },
      _links: {
        self: { href: `${API_PREFIX}/peilingen/${poll.id}` },
        uitslag: { href: `${API_PREFIX}/peilingen/${poll.id}/uitslag` },
        resolutie: poll.resolutionId ? { href: `${API_PREFIX}/resoluties/${poll.resolutionId}` } : null,
      },
    };
  };

  r.get(
    '/peilingen',
    {
      schema: {
        tags: TAGS,
        summary: 'Ledenpeilingen',
        description:
          'De lopende en gesloten peilingen met hun vragen en de respons ("161 van 342 gemeenten"); concepten alleen voor medewerkers.',
        querystring: peilingListQuery,
        response: { 200: pageSchema(peilingSchema) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const wanted: PollStatus[] | undefined = q.status
        ? [FROM_API[q.status]]
        : staff(request)
          ? undefined
          : ['open', 'closed'];
      const status = staff(request) ? wanted : wanted?.filter((s) => s !== 'draft');
      if (status && status.length === 0)
        return presentPage(request, reply, q, { items: [], total: 0 }) as never;
      const result = await listPolls(ctx.db, org, { status }, toPage(q));
      const items = [];
      for (const p of result.items) items.push(await present((await getPoll(ctx.db, org, p.id))!));
      return presentPage(request, reply, q, { items, total: result.total }) as never;
    },
  );

  r.get(
    '/peilingen/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Eén peiling',
        description: 'De peiling met haar vragen, doelgroep, sluitingsdatum en respons.',
        params: idParams,
        response: { 200: peilingSchema },
      },
    },
    async (request) => present(await load(request, request.params.id)) as never,
  );

  r.get(
    '/peilingen/:id/uitslag',
    {
      schema: {
        tags: TAGS,
        summary: 'De uitslag van een peiling',
        description:
          'Per vraag de aantallen en aandelen per antwoord, gewogen naar stemgewicht of niet, voor alle gemeenten samen of per provincie of grootteklasse; bij een schaal het gemiddelde, bij een open vraag de antwoorden. De antwoorden per gemeente alleen als de peiling dat zegt. Met Accept: text/csv de antwoorden als CSV.',
        params: idParams,
        querystring: uitslagQuery,
        response: {
          200: {
            description: 'De uitslag, of de antwoorden als CSV.',
            content: {
              'application/json': { schema: uitslagSchema },
              'text/csv': { schema: z.string().describe('CSV met puntkomma’s en een kopregel.') },
            },
          },
        },
        'x-fouten': ['406'],
      },
    },
    async (request, reply) => {
      const poll = await load(request, request.params.id);
      const perMember = poll.publishPerMember || staff(request);
      const format = negotiate(request.headers.accept, ['application/json', 'text/csv'] as const);
      if (format === 'text/csv')
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="peiling-${poll.id}.csv"`)
          .send((await pollCsv(ctx, poll, perMember)) as never);
      const q = request.query;
      const results = await pollResults(ctx, poll, {
        weighted: q.weging === 'gewogen',
        grouping: GROUPING[q.indeling],
        includePerMember: perMember,
      });
      return {
        peiling: poll.id,
        gewogen: results.weighted,
        indeling: q.indeling,
        respons: {
          gemeenten: results.rate.respondents,
          doelgroep: results.rate.audience,
          percentage: results.rate.percentage,
        },
        groepen: results.groups.map((g) => ({
          groep: g.group,
          vragen: g.results.map((res) => ({
            vraag: res.question.id,
            antwoorden: res.respondents,
            gewicht: res.weight,
            opties: res.options.map((o) => ({
              optie: o.option,
              aantal: o.count,
              gewicht: o.weight,
              aandeel: o.share,
            })),
            gemiddelde: res.mean,
            teksten: countOpenAnswers(res.texts.map((t) => t.text)).map((t) => ({
              tekst: t.text,
              aantal: t.count,
            })),
          })),
        })),
        perGemeente:
          results.perMember?.map((m) => ({ lid: m.memberId, naam: m.name, antwoorden: m.answers })) ?? null,
      } as never;
    },
  );
}
