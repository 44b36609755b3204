import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { writerOf } from '../../auth/index.js';
import { motionStatus } from '../../domain/vocabulary/index.js';
import {
  addMissingMotions,
  checkRoundCompleteness,
} from '../../services/accountability/round-completeness.js';
import { listRoundEntries } from '../../store/repositories/accountability.js';
import { API_PREFIX } from '../http/api-version.js';
import { pageOnlyQuery, presentPage, toPage } from '../http/pagination.js';
import { idParams } from '../http/schemas.js';
import { presentEntry } from './presenter.js';
import { toevoegenBody, verantwoordingSchema, volledigheidSchema } from './schema.js';

const TAGS = ['Verantwoording'];

/** "3 open moties staan niet in deze ronde" / "Alle open moties staan in deze ronde." */
export function describeCompleteness(missing: number): string {
  if (missing === 0) return 'Alle open moties staan in deze ronde.';
  return missing === 1
    ? '1 open motie staat niet in deze ronde'
    : `${missing} open moties staan niet in deze ronde`;
}

/** The completeness check of a round against the register, and adding what is missing (staff). */
export function roundCompletenessRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = ctx.organisation.id;

  r.get(
    '/verantwoordingsrondes/:id/volledigheid',
    {
      config: { policy: 'entry.write' },
      schema: {
        tags: TAGS,
        summary: 'Volledigheid van een ronde',
        description:
          'Welke open moties van het register (aangenomen of aangehouden, aangenomen vóór de vergadering, niet afgedaan) niet in de ronde staan, hoe ze ook zijn binnengekomen: formulier, API of import. De ontbrekende moties komen per pagina (`page`, `limit`, met `Link`-header en `X-Total-Count`); `aantalOntbrekend` en de melding tellen ze allemaal.',
        params: idParams,
        querystring: pageOnlyQuery,
        response: { 200: volledigheidSchema },
      },
    },
    async (request, reply) => {
      const result = await checkRoundCompleteness({
        db: ctx.db,
        organisationId: org,
        roundId: request.params.id,
        page: toPage(request.query),
      });
      const page = presentPage(request, reply, request.query, {
        items: result.missing.map((motion) => ({
          id: motion.id,
          titel: motion.title,
          status: motionStatus.toApi(motion.status),
          indieners: motion.submitters.map((s) => s.name),
          vergadering: motion.meetingId,
          _links: { motie: { href: `${API_PREFIX}/moties/${motion.id}` } },
        })),
        total: result.missingTotal,
      });
      return {
        ronde: request.params.id,
        compleet: result.missingTotal === 0,
        melding: describeCompleteness(result.missingTotal),
        aantalVerantwoordingen: result.entries,
        aantalOntbrekend: page.totaal,
        pagina: page.pagina,
        limit: page.limit,
        ontbrekend: page.resultaten,
        _links: page._links,
      };
    },
  );

  r.post(
    '/verantwoordingsrondes/:id/verantwoordingen',
    {
      config: { policy: 'entry.write' },
      schema: {
        tags: TAGS,
        summary: 'Ontbrekende moties aan de ronde toevoegen',
        description:
          'Voegt ontbrekende moties toe, één of enkele (moties) of alle (alle: true), zolang de ronde open is. Een motie die niet ontbreekt geeft 400 en er wordt niets toegevoegd.',
        params: idParams,
        body: toevoegenBody,
        response: { 201: z.array(verantwoordingSchema) },
      },
    },
    async (request, reply) => {
      const added = await addMissingMotions({
        db: ctx.db,
        writer: writerOf(request),
        roundId: request.params.id,
        motionIds: request.body.moties,
        all: request.body.alle,
      });
      const ids = new Set(added.map((entry) => entry.id));
      const entries = (await listRoundEntries(ctx.db, org, request.params.id)).filter((e) => ids.has(e.id));
      return reply.code(201).send(entries.map((e) => presentEntry(e, true, false)));
    },
  );
}
