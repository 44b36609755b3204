import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { writerOf } from '../../../auth/index.js';
import type { AccountabilityDecision } from '../../../domain/types.js';
import { loadAccountabilityReport, ReportNotFoundError } from '../../../report/load-accountability-report.js';
import {
  isReportFormat,
  renderAccountabilityReport,
  suggestReportFileName,
} from '../../../report/render-report.js';
import { recordAssemblyDecision } from '../../../services/accountability/record-assembly-decision.js';
import { listRoundEntries } from '../../../store/repositories/accountability.js';
import { errorsFromRefusal, type FormErrors, readForm } from '../../forms.js';
import { redirectWithNotice, staffOnly } from '../../staff.js';
import { isUuid, pageNotFound, type Web } from '../../web.js';

/** Renders the round workspace again, with the errors of a refused form (rounds.tsx). */
export type RenderWorkspace = (
  request: FastifyRequest,
  reply: FastifyReply,
  roundId: string,
  extra?: { errors?: FormErrors },
) => Promise<FastifyReply>;

const DECISIONS = new Set(['held', 'settled']);

/** The assembly's decisions on a round, and the report download in Word, PDF or HTML. */
export function registerDecisionRoutes(
  app: FastifyInstance,
  web: Web,
  renderWorkspace: RenderWorkspace,
): void {
  const { db, organisation } = web.ctx;

  app.post<{ Params: { id: string } }>(
    '/beheer/verantwoording/:id/besluiten',
    { preHandler: staffOnly('round.decide') },
    async (request, reply) => {
      const { id } = request.params;
      const v = readForm(request.body);
      const follow = v.volgVoorstellen === 'ja';
      const entries = isUuid(id) ? await listRoundEntries(db, organisation.id, id) : [];
      const decisions = entries
        .map((e) => ({ entryId: e.id, decision: v[`besluit-${e.id}`] }))
        .filter((d): d is { entryId: string; decision: AccountabilityDecision } =>
          DECISIONS.has(d.decision ?? ''),
        );
      if (!follow && decisions.length === 0)
        return renderWorkspace(request, reply, id, {
          errors: { '': 'Kies bij ten minste één motie het besluit, of volg alle voorstellen.' },
        });
      try {
        await recordAssemblyDecision({
          db,
          writer: writerOf(request),
          roundId: id,
          followProposals: follow,
          decisions: follow ? undefined : decisions,
        });
        return redirectWithNotice(reply, `/beheer/verantwoording/${id}`, 'besloten');
      } catch (error) {
        const refused = errorsFromRefusal(error);
        if (!refused) throw error;
        return renderWorkspace(request, reply, id, { errors: refused });
      }
    },
  );

  app.get<{ Params: { id: string; format: string } }>(
    '/beheer/verantwoording/:id/rapport.:format',
    { preHandler: staffOnly('accountability.readDraft') },
    async (request, reply) => {
      const { id, format } = request.params;
      if (!isUuid(id) || !isReportFormat(format)) throw pageNotFound();
      try {
        const model = await loadAccountabilityReport(db, organisation.id, { roundId: id });
        const rendered = await renderAccountabilityReport(model, format, { estimatePages: false });
        const name = suggestReportFileName(model, format);
        return reply
          .type(rendered.mediaType)
          .header('content-disposition', `${format === 'html' ? 'inline' : 'attachment'}; filename="${name}"`)
          .header('cache-control', 'no-store')
          .send(Buffer.from(rendered.bytes));
      } catch (error) {
        if (error instanceof ReportNotFoundError) throw pageNotFound();
        throw error;
      }
    },
  );
}
