import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { writerOf } from '../../auth/index.js';
import { openRemoteVoteWithInvitations } from '../../services/remote-votes/open-remote-vote-with-invitations.js';
import { systemClock } from '../../store/clock.js';
import { API_PREFIX } from '../http/api-version.js';
import { raadplegingCreateBody, raadplegingSchema } from './schema.js';

const TAGS = ['Ledenraadplegingen'];

/** Opening a ledenraadpleging (remote weighted vote); the page /raadplegingen/{id} shows it. */
export function remoteVoteRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/raadplegingen',
    {
      config: { policy: 'vote.write' },
      schema: {
        tags: TAGS,
        summary: 'Ledenraadpleging openen',
        description:
          'Opent een gewogen stemming buiten de vergadering, van vanaf tot en met tot, en zet voor elk ledenaccount een uitnodiging in de uitgaande post. De uitslag gaat ter bekrachtiging naar de gekozen vergadering. 400 bij een periode die eindigt voor ze begint, ongeldige alternatieven of een onbekende vergadering.',
        body: raadplegingCreateBody,
        response: { 201: raadplegingSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const { vote, remote, invited } = await openRemoteVoteWithInvitations({
        db: ctx.db,
        writer: writerOf(request),
        subject: b.onderwerp,
        motionId: b.motie ?? null,
        alternatives: b.alternatieven ?? null,
        opensOn: b.vanaf,
        closesOn: b.tot,
        ratificationMeetingId: b.vergadering,
        organisationName: ctx.organisation.name,
        at: (ctx.clock ?? systemClock).now().toISOString(),
      });
      return reply
        .code(201)
        .header('location', `${API_PREFIX}/stemmingen/${vote.id}`)
        .send({
          id: vote.id,
          onderwerp: vote.subject,
          motie: vote.motionId,
          alternatieven: vote.alternatives?.map((a) => ({ sleutel: a.key, label: a.label })) ?? null,
          vanaf: remote.opensOn,
          tot: remote.closesOn,
          vergadering: remote.ratificationMeetingId,
          geopendOp: vote.openedAt,
          uitgenodigd: invited,
          _links: {
            self: { href: `/raadplegingen/${vote.id}` },
            stemming: { href: `${API_PREFIX}/stemmingen/${vote.id}` },
          },
        });
    },
  );
}
