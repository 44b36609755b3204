import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { writerOf } from '../../../auth/index.js';
import { parseDutchPercentage } from '../../../domain/percentage.js';
import type { AccountabilityDecision } from '../../../domain/types.js';
import { reportContentSecurityPolicy } from '../../../report/html-parts.js';
import { loadAccountabilityReport, ReportNotFoundError } from '../../../report/load-accountability-report.js';
import {
  isReportFormat,
  renderAccountabilityReport,
  suggestReportFileName,
} from '../../../report/render-report.js';
import { recordAssemblyDecision } from '../../../services/accountability/record-assembly-decision.js';
import { type RoundVoteInput, recordRoundVote } from '../../../services/accountability/record-round-vote.js';
import { listRoundEntries } from '../../../store/repositories/accountability.js';
import { inTransaction } from '../../../store/transaction.js';
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

/** The vote on the accountability as a whole from the form: none, a Dutch message, or the vote. */
function readRoundVote(v: Record<string, string>): RoundVoteInput | null | string {
  if (!v.uitkomst) return null;
  if (v.uitkomst === 'acclamatie') return { outcome: 'adopted', byAcclamation: true };
  if (v.uitkomst !== 'aangenomen' && v.uitkomst !== 'verworpen') return 'Kies de uitkomst van de stemming.';
  if (!v.percentage) return { outcome: v.uitkomst === 'aangenomen' ? 'adopted' : 'rejected' };
  const percentage = parseDutchPercentage(v.percentage);
  if (percentage === null) return 'Geef het percentage als getal tussen 0 en 100, bijvoorbeeld 97,63.';
  return { outcome: v.uitkomst === 'aangenomen' ? 'adopted' : 'rejected', percentage };
}

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
      const vote = readRoundVote(v);
      if (typeof vote === 'string')
        return renderWorkspace(request, reply, id, { errors: { stempercentage: vote } });
      try {
        const writer = writerOf(request);
        await inTransaction(db, async (trx) => {
          // Following all proposals: the conditional ones come with their own decision from the same form.
          await recordAssemblyDecision({ db: trx, writer, roundId: id, followProposals: follow, decisions });
          if (vote) await recordRoundVote({ db: trx, writer, roundId: id, vote });
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
        // The HTML report carries its own stylesheet: allowed by hash under the portal's strict policy.
        if (format === 'html') reply.header('content-security-policy', reportContentSecurityPolicy());
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
