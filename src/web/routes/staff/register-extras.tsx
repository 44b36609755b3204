import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { writerOf } from '../../../auth/index.js';
import { agendaPurpose, agreementStatus } from '../../../domain/vocabulary/index.js';
import { changeAgreementStatus } from '../../../services/agreements/change-agreement-status.js';
import { putOnAgenda } from '../../../services/meetings/add-agenda-item.js';
import { attachToLetter } from '../../../services/registers/write-letter.js';
import type { UseCase } from '../../../services/types.js';
import { errorsFromRefusal, type FormErrors, type FormValues, readForm, requireText } from '../../forms.js';
import { redirectWithNotice, staffOnly } from '../../staff.js';
import { isUuid, pageNotFound, type Web } from '../../web.js';

type Id = { Params: { id: string } };

/**
 * One-action forms below a record (agreement status, letter attachment, agenda item). A refusal or a missing
 * value sends the user back to the record with the message shown as a form error.
 */
export function staffRegisterExtraRoutes(app: FastifyInstance, web: Web): void {
  const { db } = web.ctx;
  const act = (
    path: string,
    back: string,
    action: Parameters<typeof staffOnly>[0],
    run: (id: string, v: FormValues, use: UseCase) => Promise<unknown> | string,
  ) =>
    app.post<Id>(
      path,
      { preHandler: staffOnly(action) },
      async (request: FastifyRequest<Id>, reply: FastifyReply) => {
        const { id } = request.params;
        if (!isUuid(id)) throw pageNotFound();
        const target = `${back}/${id}`;
        try {
          const outcome = await run(id, readForm(request.body), { db, writer: writerOf(request) });
          if (typeof outcome === 'string')
            return reply.redirect(`${target}?fout=${encodeURIComponent(outcome)}`, 303);
          return redirectWithNotice(reply, target, 'opgeslagen');
        } catch (error) {
          const refused = errorsFromRefusal(error);
          if (!refused) throw error;
          return reply.redirect(`${target}?fout=${encodeURIComponent(Object.values(refused)[0])}`, 303);
        }
      },
    );

  act('/beheer/afspraken/:id/stand', '/beheer/afspraken', 'agreement.changeStatus', (id, v, use) => {
    if (!agreementStatus.is(v.status)) return 'Kies de nieuwe stand.';
    return changeAgreementStatus({ ...use, agreementId: id, status: v.status });
  });
  act('/beheer/ledenbrieven/:id/bijlagen', '/beheer/ledenbrieven', 'letter.write', (id, v, use) => {
    const refused = firstRefusal(v, [['attachmentTitle', 'de titel van de bijlage', 500]]);
    if (refused) return refused;
    const documentId = v.documentId && isUuid(v.documentId) ? v.documentId : null;
    return attachToLetter({ ...use, letterId: id, attachment: { title: v.attachmentTitle, documentId } });
  });
  act('/beheer/vergaderingen/:id/agenda', '/beheer/vergaderingen', 'meeting.write', (id, v, use) => {
    const refused = firstRefusal(v, [
      ['itemNumber', 'het nummer van het agendapunt', 20],
      ['itemTitle', 'de titel van het agendapunt', 500],
    ]);
    if (refused) return refused;
    const purpose = agendaPurpose.is(v.purpose) ? v.purpose : 'decision';
    return putOnAgenda({
      ...use,
      item: { meetingId: id, number: v.itemNumber, title: v.itemTitle, purpose },
    });
  });
}

/** The first missing or too long text of a one-action form (the API's limits), as its message; or null. */
function firstRefusal(values: FormValues, fields: [string, string, number][]): string | null {
  const errors: FormErrors = {};
  for (const [field, label, max] of fields) requireText(errors, values, field, label, max);
  return Object.values(errors)[0] ?? null;
}
