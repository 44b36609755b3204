import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { writerOf } from '../../auth/index.js';
import type { AccountabilityDecision, AccountabilityProposal } from '../../domain/index.js';
import { approveAccountabilityEntry } from '../../services/accountability/approve-accountability-entry.js';
import { approveAccountabilityRound } from '../../services/accountability/approve-accountability-round.js';
import { editAccountabilityRound } from '../../services/accountability/edit-accountability-round.js';
import { openAccountabilityRound } from '../../services/accountability/open-accountability-round.js';
import { recordAssemblyDecision } from '../../services/accountability/record-assembly-decision.js';
import { writeAccountabilityEntry } from '../../services/accountability/write-accountability-entry.js';
import type { AppContext } from '../../services/context.js';
import { listRoundEntries } from '../../store/repositories/accountability.js';
import { notFound } from '../errors/problem.js';
import { emptyBody, idParams } from '../http/schemas.js';
import { decision, proposal } from '../http/vocabulary.js';
import { presentEntry, presentRound } from './presenter.js';
import { entryParams } from './read-routes.js';
import {
  besluitBody,
  rondeCreateBody,
  rondePatchBody,
  rondeSchema,
  verantwoordingBody,
  verantwoordingSchema,
} from './schema.js';

const TAGS = ['Verantwoording'];

/** Opening a round, writing and approving entries, and the assembly's decision. */
export function roundWriteRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = ctx.organisation.id;
  const entryOut = async (roundId: string, entryId: string, showDraft: boolean) => {
    const entry = (await listRoundEntries(ctx.db, org, roundId)).find((e) => e.id === entryId);
    if (!entry) throw notFound('Verantwoording', entryId);
    return presentEntry(entry, showDraft, false);
  };

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
        },
      });
      return presentRound(round);
    },
  );

  r.put(
    '/verantwoordingsrondes/:id/verantwoordingen/:verantwoordingId',
    {
      config: { policy: 'entry.write' },
      schema: {
        tags: TAGS,
        summary: 'Verantwoording schrijven',
        description:
          'Tekst en voorstel (aanhouden, afdoen, of voorwaardelijk met de voorwaarde) zolang de ronde open is. Een gewijzigd voorstel moet opnieuw worden goedgekeurd.',
        params: entryParams,
        body: verantwoordingBody,
        response: { 200: verantwoordingSchema },
      },
    },
    async (request) => {
      const b = request.body;
      await writeAccountabilityEntry({
        db: ctx.db,
        writer: writerOf(request),
        roundId: request.params.id,
        entryId: request.params.verantwoordingId,
        text: b.tekst,
        proposal: proposal.fromApi(b.voorstel) as AccountabilityProposal,
        condition: b.voorwaarde,
        groupLabel: b.groep,
      });
      return entryOut(request.params.id, request.params.verantwoordingId, true);
    },
  );

  r.post(
    '/verantwoordingsrondes/:id/verantwoordingen/:verantwoordingId/goedkeuren',
    {
      config: { policy: 'entry.approve' },
      schema: {
        tags: TAGS,
        summary: 'Voorstel van een verantwoording goedkeuren (bestuur)',
        description: 'Het bestuur keurt het voorstel voor één motie goed, zolang de ronde open is.',
        params: entryParams,
        body: emptyBody,
        response: { 200: verantwoordingSchema },
      },
    },
    async (request) => {
      await approveAccountabilityEntry({
        db: ctx.db,
        writer: writerOf(request),
        roundId: request.params.id,
        entryId: request.params.verantwoordingId,
      });
      return entryOut(request.params.id, request.params.verantwoordingId, true);
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
          'Per verantwoording (aangehouden of afgedaan), of het hele voorstel in één keer (volgVoorstellen). De moties gaan naar aangehouden of afgedaan; als alles besloten is, is de ronde besloten.',
        params: idParams,
        body: besluitBody,
        response: { 200: rondeSchema },
      },
    },
    async (request) => {
      const b = request.body;
      const round = await recordAssemblyDecision({
        db: ctx.db,
        writer: writerOf(request),
        roundId: request.params.id,
        decisions: b.besluiten?.map((d) => ({
          entryId: d.verantwoording,
          decision: decision.fromApi(d.besluit) as AccountabilityDecision,
        })),
        followProposals: b.volgVoorstellen,
      });
      return presentRound(round);
    },
  );
}
