import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { authorize, writerOf } from '../../auth/index.js';
import { voteStatus } from '../../domain/vocabulary/index.js';
import { choiceFromApi } from '../../domain/vote-alternatives.js';
import { liveBus } from '../../services/assembly/live-bus.js';
import type { UseCase } from '../../services/types.js';
import { castVote } from '../../services/votes/cast-vote.js';
import { findVotes } from '../../services/votes/find-votes.js';
import { loadVoteDetail } from '../../services/votes/load-vote-detail.js';
import { closeVote, openVote, publishVote } from '../../services/votes/move-vote.js';
import { prepareVote } from '../../services/votes/prepare-vote.js';
import { getVote, type VoteRecord } from '../../store/repositories/votes.js';
import { registerAuditTrail } from '../audittrail/register-audit-trail.js';
import { invalidParam } from '../errors/problem.js';
import { pageOnlyQuery, pageSchema, presentPage, presentSlice, toPage } from '../http/pagination.js';
import { readCaseOf } from '../http/read-case.js';
import { emptyBody, idParams } from '../http/schemas.js';
import { ballotChannel } from './ballot-channel.js';
import { presentBallot, presentVote } from './presenter.js';
import { stemBody, stemmingBody, stemmingListQuery, stemmingSchema, stemSchema } from './schema.js';

const TAGS = ['Stemmingen'];
const STEPS: [string, string, string, (o: UseCase & { voteId: string }) => Promise<VoteRecord>][] = [
  ['openen', 'Stemming openen', 'aangemaakt → geopend: vanaf nu kunnen leden stemmen.', openVote],
  [
    'sluiten',
    'Stemming sluiten',
    'geopend → gesloten: de gewogen stemmen worden geteld; de uitslag ligt vast.',
    closeVote,
  ],
  [
    'publiceren',
    'Uitslag publiceren',
    'gesloten → gepubliceerd: de uitslag is openbaar en wordt vastgelegd bij de motie, het deel of de resolutie.',
    publishVote,
  ],
];

/** /stemmingen: weighted votes at a meeting, with named ballots; weights come from the server, never the client. */
export function voteRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/stemmingen',
    {
      schema: {
        tags: TAGS,
        summary: 'Stemmingen',
        description: 'Stemmingen per vergadering, motie of resolutie. De uitslag is openbaar na publicatie.',
        querystring: stemmingListQuery,
        response: { 200: pageSchema(stemmingSchema) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const result = await findVotes({
        ...readCaseOf(ctx, request),
        query: {
          meetingId: q.vergadering,
          motionId: q.motie,
          resolutionId: q.resolutie,
          status: q.status && voteStatus.codesOf(q.status),
        },
        page: toPage(q),
      });
      return presentPage(request, reply, q, { items: result.items.map(presentVote), total: result.total });
    },
  );

  r.get(
    '/stemmingen/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Eén stemming',
        description: 'De stemming en, na publicatie, de uitslag.',
        params: idParams,
        response: { 200: stemmingSchema },
      },
    },
    async (request) => {
      const { vote } = await loadVoteDetail({ ...readCaseOf(ctx, request), voteId: request.params.id });
      return presentVote(vote);
    },
  );

  r.get(
    '/stemmingen/:id/stemmen',
    {
      schema: {
        tags: TAGS,
        summary: 'Stemmen per lid',
        description:
          'Hoe elk lid stemde, met zijn gewicht, op naam van het lid. Na publicatie openbaar; daarvoor alleen ' +
          'voor bureau, bestuur en voorzitter, en voor een vertegenwoordiger de stem van het eigen lid.',
        params: idParams,
        querystring: pageOnlyQuery,
        response: { 200: pageSchema(stemSchema) },
      },
    },
    async (request, reply) => {
      const { ballots } = await loadVoteDetail({
        ...readCaseOf(ctx, request),
        voteId: request.params.id,
        include: ['ballots'],
      });
      return presentSlice(request, reply, request.query, ballots.map(presentBallot));
    },
  );

  r.post(
    '/stemmingen',
    {
      config: { policy: 'vote.write' },
      schema: {
        tags: TAGS,
        summary: 'Stemming voorbereiden',
        description:
          'Een stemming in een vergadering over een motie, een deel ervan, een resolutie, een amendement, het preadvies van het bestuur of de verantwoording als geheel; met `alternatieven` een stembiljet met keuzes (bv. bestuursvoorstel / geamendeerd voorstel / tegen / onthouding).',
        body: stemmingBody,
        response: { 201: stemmingSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const vote = await prepareVote({
        db: ctx.db,
        writer: writerOf(request),
        meetingId: b.vergadering,
        subject: b.onderwerp,
        motionId: b.motie,
        motionPartId: b.deel,
        resolutionId: b.resolutie,
        amendmentId: b.amendement,
        preAdviceId: b.preadvies,
        roundId: b.verantwoordingsronde,
        alternatives: b.alternatieven,
        against: b.tegen,
        majority: b.meerderheid,
      });
      return reply.code(201).header('location', `${request.url}/${vote.id}`).send(presentVote(vote));
    },
  );

  for (const [step, summary, description, run] of STEPS) {
    r.post(
      `/stemmingen/:id/${step}`,
      {
        config: { policy: 'vote.write' },
        schema: {
          tags: TAGS,
          summary,
          description,
          params: idParams,
          body: emptyBody,
          response: { 200: stemmingSchema },
        },
      },
      async (request) => {
        const vote = await run({ db: ctx.db, writer: writerOf(request), voteId: request.params.id });
        if (vote.meetingId) liveBus(ctx.db).notify(vote.meetingId);
        return presentVote(vote);
      },
    );
  }

  r.post(
    '/stemmingen/:id/stemmen',
    {
      config: { policy: 'vote.cast' },
      schema: {
        tags: TAGS,
        summary: 'Stem uitbrengen',
        description:
          'Een vertegenwoordiger stemt voor het eigen lid (voor, tegen, onthouding, of de sleutel van een alternatief: a1, a2 …); het gewicht berekent de server. Eén stem per lid.',
        params: idParams,
        body: stemBody,
        response: { 201: stemSchema },
      },
    },
    async (request, reply) => {
      const memberId = request.body.lid ?? request.principal.memberId;
      if (!memberId) throw invalidParam('lid', 'required', 'Geef het lid namens wie gestemd wordt.');
      authorize(request.principal, 'vote.cast', { memberIds: [memberId] });
      // The vote is read (404 when unknown) once per group of ballots by castVote, not again here.
      const ballot = await castVote({
        db: ctx.db,
        writer: writerOf(request),
        voteId: request.params.id,
        memberId,
        choice: choiceFromApi(request.body.keuze)!,
      });
      if (ballot.meetingId) liveBus(ctx.db).notify(ballot.meetingId);
      return reply.code(201).send(presentBallot(ballot));
    },
  );

  ballotChannel(app, ctx);

  registerAuditTrail(app, ctx, {
    collection: '/stemmingen',
    tag: 'Stemmingen',
    name: 'Stemming',
    exists: async (c, id) => (await getVote(c.db, c.organisation.id, id)) !== undefined,
    voteStatus: async (c, id) => (await getVote(c.db, c.organisation.id, id))!.status,
  });
}
