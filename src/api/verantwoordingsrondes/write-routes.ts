import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { writerOf } from '../../auth/index.js';
import { decision } from '../../domain/vocabulary/index.js';
import { approveAccountabilityRound } from '../../services/accountability/approve-accountability-round.js';
import { editAccountabilityRound } from '../../services/accountability/edit-accountability-round.js';
import { openAccountabilityRound } from '../../services/accountability/open-accountability-round.js';
import { recordAssemblyDecision } from '../../services/accountability/record-assembly-decision.js';
import { type RoundVoteInput, recordRoundVote } from '../../services/accountability/record-round-vote.js';
import { inTransaction } from '../../store/transaction.js';
import { emptyBody, idParams } from '../http/schemas.js';
import { roundCompletenessRoutes } from './completeness-routes.js';
import { entryRoutes } from './entry-routes.js';
import { presentRound } from './presenter.js';
import { besluitBody, rondeCreateBody, rondePatchBody, rondeSchema, rondeStemuitslagBody } from './schema.js';

const toRoundVote = (b: {
  uitkomst: 'aangenomen' | 'verworpen';
  percentage?: number | null;
  bijAcclamatie?: boolean;
}): RoundVoteInput => ({
  outcome: b.uitkomst === 'aangenomen' ? 'adopted' : 'rejected',
  percentage: b.percentage,
  byAcclamation: b.bijAcclamatie,
});

const TAGS = ['Verantwoording'];

/** Opening a round, writing and approving entries, and the assembly's decision. */
export function roundWriteRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/verantwoordingsrondes',
    {
      config: { policy: 'round.open' },
      schema: {
        tags: TAGS,
        summary: 'Verantwoordingsronde openen',
        description:
          'Opent de ronde voor een vergadering, met een verantwoording per motie die nog werk is voor het bestuur (aangenomen of aangehouden, aangenomen in een eerdere vergadering). Eén ronde per vergadering.',
        body: rondeCreateBody,
        response: { 201: rondeSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const round = await openAccountabilityRound({
        db: ctx.db,
        writer: writerOf(request),
        meetingId: b.vergadering,
        title: b.titel,
        letterId: b.ledenbrief,
        agendaItemId: b.agendapunt,
      });
      return reply.code(201).header('location', `${request.url}/${round.id}`).send(presentRound(round));
    },
  );

  r.patch(
    '/verantwoordingsrondes/:id',
    {
      config: { policy: 'round.open' },
      schema: {
        tags: TAGS,
        summary: 'Verantwoordingsronde wijzigen',
        description:
          'Titel, samenvatting, voorsteltekst, ledenbrief en agendapunt; niet meer na het besluit.',
        params: idParams,
        body: rondePatchBody,
        response: { 200: rondeSchema },
      },
    },
    async (request) => {
      const b = request.body;
      const round = await editAccountabilityRound({
        db: ctx.db,
        writer: writerOf(request),
        roundId: request.params.id,
        changes: {
          title: b.titel,
          summary: b.samenvatting,
          proposalText: b.voorstelTekst,
          letterId: b.ledenbrief,
          agendaItemId: b.agendapunt,
          reportDate: b.rapportdatum,
          boardMeetingDate: b.bestuursvergadering,
        },
      });
      return presentRound(round);
    },
  );

  r.post(
    '/verantwoordingsrondes/:id/goedkeuren',
    {
      config: { policy: 'round.approve' },
      schema: {
        tags: TAGS,
        summary: 'Verantwoordingsronde goedkeuren (bestuur)',
        description:
          'Het bestuur stelt het geheel vast: elke verantwoording heeft dan een tekst en een voorstel (anders 409).',
        params: idParams,
        body: emptyBody,
        response: { 200: rondeSchema },
      },
    },
    async (request) =>
      presentRound(
        await approveAccountabilityRound({
          db: ctx.db,
          writer: writerOf(request),
          roundId: request.params.id,
        }),
      ),
  );

  r.post(
    '/verantwoordingsrondes/:id/besluit',
    {
      config: { policy: 'round.decide' },
      schema: {
        tags: TAGS,
        summary: 'Besluit van de vergadering vastleggen',
        description:
          'Per verantwoording (aangehouden of afgedaan), of het hele voorstel in één keer (volgVoorstellen; elk voorwaardelijk voorstel dan met een eigen besluit). Alleen als de vergadering heeft plaatsgevonden (anders 409 met vergaderdatum) en elke eerdere ronde besloten is (anders 409); gedateerd op de vergadering. De moties gaan naar aangehouden of afgedaan, aangehouden moties gaan vanzelf naar de volgende open ronde; als alles besloten is, is de ronde besloten. Met stemuitslag wordt ook de stemming over de verantwoording als geheel vastgelegd.',
        params: idParams,
        body: besluitBody,
        response: { 200: rondeSchema },
      },
    },
    async (request) => {
      const b = request.body;
      const writer = writerOf(request);
      return inTransaction(ctx.db, async (trx) => {
        const round = await recordAssemblyDecision({
          db: trx,
          writer,
          roundId: request.params.id,
          decisions: b.besluiten?.map((d) => ({
            entryId: d.verantwoording,
            decision: decision.codeOf(d.besluit),
          })),
          followProposals: b.volgVoorstellen,
        });
        if (!b.stemuitslag) return presentRound(round);
        return presentRound(
          await recordRoundVote({ db: trx, writer, roundId: round.id, vote: toRoundVote(b.stemuitslag) }),
        );
      });
    },
  );

  r.post(
    '/verantwoordingsrondes/:id/stemuitslag',
    {
      config: { policy: 'round.decide' },
      schema: {
        tags: TAGS,
        summary: 'Stemuitslag over de verantwoording als geheel',
        description:
          'Legt de stemming van de vergadering over de verantwoording vast, met het percentage (bijvoorbeeld "aangenomen met 97,63%") of bij acclamatie. Nadat het bestuur de ronde goedkeurde en de vergadering heeft plaatsgevonden.',
        params: idParams,
        body: rondeStemuitslagBody,
        response: { 200: rondeSchema },
      },
    },
    async (request) =>
      presentRound(
        await recordRoundVote({
          db: ctx.db,
          writer: writerOf(request),
          roundId: request.params.id,
          vote: toRoundVote(request.body),
        }),
      ),
  );

  roundCompletenessRoutes(app, ctx);

  entryRoutes(app, ctx);
}
