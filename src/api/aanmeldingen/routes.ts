import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { authorize, writerOf } from '../../auth/index.js';
import { cancelRegistration } from '../../services/registrations/cancel-registration.js';
import { registerForMeeting } from '../../services/registrations/register-for-meeting.js';
import { registrationsCsv } from '../../services/registrations/registrations-csv.js';
import { systemClock } from '../../store/clock.js';
import { getMeeting } from '../../store/repositories/meetings.js';
import { listRegistrations, type RegistrationRecord } from '../../store/repositories/registrations.js';
import { notFound } from '../errors/problem.js';
import { API_PREFIX } from '../http/api-version.js';
import { negotiate } from '../http/negotiate.js';
import { pageSchema, presentPage, toPage } from '../http/pagination.js';
import { idParams } from '../http/schemas.js';
import {
  aanmeldBody,
  aanmeldingListQuery,
  aanmeldingSchema,
  aanmeldResultSchema,
  annuleerBody,
  REGISTRATION_STATUS_API,
} from './schema.js';

const TAGS = ['Aanmeldingen'];
const FROM_API = Object.fromEntries(Object.entries(REGISTRATION_STATUS_API).map(([k, v]) => [v, k]));

export function presentRegistration(r: RegistrationRecord) {
  return {
    id: r.id,
    vergadering: r.meetingId,
    naam: r.personName,
    email: r.email,
    lid: r.memberId,
    functie: r.role,
    wensen: r.wishes,
    status: REGISTRATION_STATUS_API[r.status as keyof typeof REGISTRATION_STATUS_API],
    aangemeldOp: r.createdAt,
    geannuleerdOp: r.cancelledAt,
    gegevensVerwijderdOp: r.erasedAt,
    _links: {
      self: { href: `${API_PREFIX}/aanmeldingen/${r.id}` },
      vergadering: { href: `${API_PREFIX}/vergaderingen/${r.meetingId}` },
    },
  };
}

/** Registrations for meetings and events: sign up (public), cancel with the personal code, the list for staff. */
export function registrationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = ctx.organisation.id;
  const clock = ctx.clock ?? systemClock;

  r.get(
    '/vergaderingen/:id/aanmeldingen',
    {
      config: { policy: 'registration.read' },
      schema: {
        tags: TAGS,
        summary: 'Aanmeldingen voor een vergadering',
        description:
          'Wie zich aanmeldde, met status (aangemeld, wachtlijst, geannuleerd), gemeente, functie en dieetwensen. Met Accept: text/csv de hele lijst als CSV. Alleen voor medewerkers.',
        params: idParams,
        querystring: aanmeldingListQuery,
        response: {
          200: {
            description: 'Een pagina aanmeldingen, of de hele lijst als CSV.',
            content: {
              'application/json': { schema: pageSchema(aanmeldingSchema) },
              'text/csv': { schema: z.string().describe('CSV met puntkomma’s en een kopregel.') },
            },
          },
        },
        'x-fouten': ['406'],
      },
    },
    async (request, reply) => {
      const meeting = await getMeeting(ctx.db, org, request.params.id);
      if (!meeting) throw notFound('Vergadering', request.params.id);
      const format = negotiate(request.headers.accept, ['application/json', 'text/csv'] as const);
      if (format === 'text/csv')
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="aanmeldingen-${meeting.date}.csv"`)
          .send((await registrationsCsv(ctx.db, org, meeting.id)) as never);
      const q = request.query;
      const result = await listRegistrations(
        ctx.db,
        org,
        { meetingId: meeting.id, status: q.status ? [FROM_API[q.status]] : undefined },
        toPage(q),
        'created',
      );
      return presentPage(request, reply, q, {
        items: result.items.map(presentRegistration),
        total: result.total,
      }) as never;
    },
  );

  r.post(
    '/vergaderingen/:id/aanmeldingen',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: TAGS,
        summary: 'Aanmelden voor een vergadering of bijeenkomst',
        description:
          'Openbaar: aanmelden met naam, e-mailadres, gemeente, functie en dieetwensen. Is de bijeenkomst vol, dan komt de aanmelding op de wachtlijst. De bevestiging met de persoonlijke annuleerlink gaat per e-mail (outbox). 409 als aanmelden gesloten is of het e-mailadres al is aangemeld.',
        params: idParams,
        body: aanmeldBody,
        response: { 201: aanmeldResultSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const done = await registerForMeeting({
        db: ctx.db,
        writer: writerOf(request),
        clock,
        organisationName: ctx.organisation.name,
        meetingId: request.params.id,
        person: {
          name: b.naam,
          email: b.email,
          memberId: b.lid ?? null,
          role: b.functie ?? null,
          wishes: b.wensen ?? null,
        },
      });
      return reply
        .code(201)
        .header('location', `${API_PREFIX}/aanmeldingen/${done.registration.id}`)
        .send({
          id: done.registration.id,
          status: REGISTRATION_STATUS_API[done.registration.status as 'confirmed'],
          wachtlijstPlaats: done.position,
          annuleerCode: done.cancelCode,
        });
    },
  );

  r.post(
    '/aanmeldingen/:id/annuleren',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: TAGS,
        summary: 'Aanmelding annuleren',
        description:
          'Met de persoonlijke code uit de bevestiging (geen inlog nodig), of door een medewerker zonder code. Een vrijgekomen plaats gaat naar de eerste op de wachtlijst, die daarover bericht krijgt.',
        params: idParams,
        body: annuleerBody,
        response: { 200: aanmeldingSchema },
      },
    },
    async (request) => {
      const code = request.body?.code ?? null;
      if (code === null) authorize(request.principal, 'registration.write');
      const { registration } = await cancelRegistration({
        db: ctx.db,
        writer: writerOf(request),
        clock,
        organisationName: ctx.organisation.name,
        registrationId: request.params.id,
        code,
      });
      return presentRegistration(registration);
    },
  );
}
