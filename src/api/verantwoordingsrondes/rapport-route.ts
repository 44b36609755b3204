import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { can } from '../../auth/index.js';
import { reportContentSecurityPolicy } from '../../report/html-parts.js';
import { loadAccountabilityReport, ReportNotFoundError } from '../../report/load-accountability-report.js';
import type { ReportFormat } from '../../report/model.js';
import {
  MEDIA_TYPES,
  renderAccountabilityReport,
  suggestReportFileName,
} from '../../report/render-report.js';
import { getAccountabilityRound } from '../../store/repositories/accountability.js';
import { forbidden, notFound } from '../errors/problem.js';
import { negotiate } from '../http/negotiate.js';
import { idParams } from '../http/schemas.js';

/** Offered in this order: a client without preference (no Accept, or * / *) gets the PDF. */
const OFFERED = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/html': 'html',
  'text/csv': 'csv',
} as const satisfies Record<string, ReportFormat>;
type Offered = keyof typeof OFFERED;

const document = (description: string) => ({ schema: z.string().describe(description) });

/** GET /verantwoordingsrondes/{id}/rapport: the report "Verantwoording over uitvoering moties", format by Accept. */
export function roundReportRoute(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/verantwoordingsrondes/:id/rapport',
    {
      schema: {
        tags: ['Verantwoording'],
        summary: 'Rapport “Verantwoording over uitvoering moties”',
        description:
          'Het rapport van de ronde zoals het bureau het opstelt: titel met vergadering, samenvatting, voorstel aan ' +
          'de leden, inhoudsopgave per vergadering en per motie onderwerp, motie en indiener, oproep, verantwoording ' +
          'en voorstel. Het formaat volgt de Accept-header: PDF (standaard, getagd, A4), Word (.docx, met kopstijlen ' +
          'en inhoudsopgave), HTML of CSV (één regel per motie). Zolang de ronde open is, alleen voor bureau, bestuur ' +
          'en voorzitter.',
        params: idParams,
        response: {
          200: {
            description: 'Het rapport in het gevraagde formaat.',
            content: {
              'application/pdf': document('PDF/1.7, getagd, taal nl-NL.'),
              'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
                document('Word-document.'),
              'text/html': document('Toegankelijke HTML-pagina (lang="nl").'),
              'text/csv': document('CSV met puntkomma’s en BOM, één regel per motie.'),
            },
          },
        },
        'x-fouten': ['403', '404', '406'],
      },
    },
    async (request, reply) => {
      const accept = negotiate(request.headers.accept, Object.keys(OFFERED) as Offered[]);
      const round = await getAccountabilityRound(ctx.db, ctx.organisation.id, request.params.id);
      if (!round) throw notFound('Verantwoordingsronde', request.params.id);
      if (round.status === 'open' && !can(request.principal, 'accountability.readDraft'))
        throw forbidden(
          'Het rapport van een ronde in voorbereiding is alleen zichtbaar voor bureau, bestuur en voorzitter.',
        );
      const model = await loadAccountabilityReport(ctx.db, ctx.organisation.id, { roundId: round.id }).catch(
        (error: unknown) => {
          throw error instanceof ReportNotFoundError ? notFound('Verantwoordingsronde', round.id) : error;
        },
      );
      const format = OFFERED[accept];
      // Estimating the Word pages takes seconds of CPU for a large round: not inside a request.
      const rendered = await renderAccountabilityReport(model, format, { estimatePages: false });
      const disposition = format === 'html' ? 'inline' : 'attachment';
      // The HTML report carries its own stylesheet: allowed by hash, nothing else loads.
      if (format === 'html') reply.header('content-security-policy', reportContentSecurityPolicy());
      return reply
        .type(MEDIA_TYPES[format])
        .header('vary', 'Accept')
        .header('content-disposition', `${disposition}; filename="${suggestReportFileName(model, format)}"`)
        .send(Buffer.from(rendered.bytes) as never);
    },
  );
}
