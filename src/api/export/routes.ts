import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { buildOpenData, MAX_OPEN_DATA } from '../../services/open-data/open-raadsinformatie.js';
import { portalBaseUrl } from '../../services/outbox/links.js';
import { listAgreements } from '../../store/repositories/agreements.js';
import { listMeetings } from '../../store/repositories/meetings.js';
import { isoDate, year } from '../http/schemas.js';
import { buildCalendar } from './ical.js';
import { buildPopolo, MAX_POPOLO_MOTIONS } from './popolo.js';

const TAGS = ['Export'];
const MAX_EVENTS = 5000;

const popoloSchema = z
  .looseObject({
    organizations: z.array(z.looseObject({ id: z.string(), name: z.string() })),
    motions: z.array(z.looseObject({ id: z.string(), text: z.string() })),
    vote_events: z.array(
      z.looseObject({
        id: z.string(),
        motion_id: z.string().nullable(),
        votes: z.array(
          z.object({
            vote_event_id: z.string(),
            voter_id: z.string(),
            option: z.string(),
            weight: z.number(),
          }),
        ),
      }),
    ),
  })
  .meta({
    id: 'Popolo',
    description: 'Popolo-document (organizations, motions, vote_events met votes en weight).',
  });

/** Open-data exports: Popolo JSON and an ICS calendar feed (the motions CSV is GET /moties with Accept: text/csv). */
export function exportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/popolo',
    {
      schema: {
        tags: TAGS,
        summary: 'Moties en stemmingen als Popolo JSON',
        description: `Moties, stemmingen (vote_events met tellingen) en stemmen per lid met hun gewicht (weight), in het Popolo-formaat. Hoogstens ${MAX_POPOLO_MOTIONS} moties; filter op vergadering of jaar.`,
        querystring: z.strictObject({ vergadering: z.uuid().optional(), jaar: year.optional() }),
        response: { 200: popoloSchema },
      },
    },
    async (request, reply) => {
      const doc = await buildPopolo(ctx, { meetingId: request.query.vergadering, year: request.query.jaar });
      return reply
        .header('content-disposition', 'inline; filename="motiemonitor-popolo.json"')
        .send(doc as never);
    },
  );

  r.get(
    '/open-data',
    {
      schema: {
        tags: TAGS,
        summary: 'Open data in het model van Open Raadsinformatie (JSON-LD)',
        description: `De vergaderingen met agendapunten, moties met indienende fracties en ondertekenaars, stemmingen met tellingen en stemmen per lid (met de fractie van die dag), toezeggingen, en de organisatie met fracties, personen en lidmaatschappen, als JSON-LD (Popolo en de vergaderontologie van Open Raadsinformatie). Alleen gegevens van deze organisatie; hoogstens ${MAX_OPEN_DATA} per soort.`,
        response: {
          // Served as application/ld+json (JSON-LD), so documented as that media type.
          200: {
            description: 'JSON-LD-document met @graph.',
            content: {
              'application/ld+json': {
                schema: z
                  .looseObject({
                    '@context': z.looseObject({}),
                    '@id': z.string(),
                    '@graph': z.array(z.looseObject({ '@id': z.string(), '@type': z.string() })),
                  })
                  .meta({ id: 'OpenRaadsinformatie', description: 'JSON-LD-document met @graph.' }),
              },
            },
          },
        },
      },
    },
    async (_request, reply) => {
      const doc = await buildOpenData(ctx);
      return reply
        .type('application/ld+json; charset=utf-8')
        .header('content-disposition', `inline; filename="${ctx.organisation.slug}-open-data.jsonld"`)
        .send(doc as never);
    },
  );

  r.get(
    '/kalender',
    {
      schema: {
        tags: TAGS,
        summary: 'Agenda (ICS) met vergaderingen en uiterste data van afspraken',
        description:
          'Een iCalendar-feed om te abonneren: vergaderingen (met tijd en plaats) en de uiterste data van open afspraken. Standaard vanaf een jaar geleden.',
        querystring: z.strictObject({
          vanaf: isoDate.optional().describe('Vanaf deze datum (standaard een jaar geleden).'),
        }),
        response: {
          200: {
            description: 'iCalendar (RFC 5545).',
            content: { 'text/calendar': { schema: z.string().describe('iCalendar-tekst.') } },
          },
        },
      },
    },
    async (request, reply) => {
      const from = request.query.vanaf ?? new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
      const page = { limit: MAX_EVENTS, offset: 0 };
      const [meetings, agreements] = await Promise.all([
        listMeetings(ctx.db, ctx.organisation.id, { from }, page, 'date'),
        listAgreements(ctx.db, ctx.organisation.id, { status: ['open'], dueFrom: from }, page, 'due'),
      ]);
      const host = portalBaseUrl(ctx.organisation);
      const body = buildCalendar({
        name: `${ctx.organisation.name}: vergaderingen en afspraken`,
        host,
        uidDomain: `${ctx.organisation.slug}.motiemonitor`,
        meetings: meetings.items,
        agreements: agreements.items,
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="motiemonitor.ics"')
        .send(body as never);
    },
  );
}
