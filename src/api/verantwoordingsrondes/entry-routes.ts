import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { writerOf } from '../../auth/index.js';
import { proposal } from '../../domain/vocabulary/index.js';
import { approveAccountabilityEntry } from '../../services/accountability/approve-accountability-entry.js';
import { writeAccountabilityEntry } from '../../services/accountability/write-accountability-entry.js';
import { listRoundEntries } from '../../store/repositories/accountability.js';
import { notFound } from '../errors/problem.js';
import { emptyBody } from '../http/schemas.js';
import { presentEntry } from './presenter.js';
import { entryParams } from './read-routes.js';
import { verantwoordingBody, verantwoordingSchema } from './schema.js';

const TAGS = ['Verantwoording'];

/** Writing an entry (staff) and approving its proposal (board), while the round is open. */
export function entryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = ctx.organisation.id;
  const entryOut = async (roundId: string, entryId: string) => {
    const entry = (await listRoundEntries(ctx.db, org, roundId)).find((e) => e.id === entryId);
    if (!entry) throw notFound('Verantwoording', entryId);
    return presentEntry(entry, true, false);
  };

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
        proposal: proposal.codeOf(b.voorstel),
        condition: b.voorwaarde,
        groupLabel: b.groep,
      });
      return entryOut(request.params.id, request.params.verantwoordingId);
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
      return entryOut(request.params.id, request.params.verantwoordingId);
    },
  );
}
