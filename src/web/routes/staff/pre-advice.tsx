import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { writerOf } from '../../../auth/index.js';
import { preAdvice } from '../../../domain/vocabulary/index.js';
import { givePreAdvice } from '../../../services/motions/give-pre-advice.js';
import { listPreAdvices } from '../../../store/repositories/motion-extras.js';
import type { MotionWithSubmitters } from '../../../store/repositories/motions.js';
import { errorsFromRefusal, type FormErrors, type FormValues, hasErrors, readForm } from '../../forms.js';
import { PreAdvicePage } from '../../pages/staff/PreAdvicePage.js';
import { redirectWithNotice, staffContext, staffOnly } from '../../staff.js';
import { chosen } from '../../staff-options.js';
import { sendPage, type Web } from '../../web.js';
import { staffMotionOrNotFound } from './motion-lookup.js';

type Id = { Params: { id: string } };
/** At most this many characters of explanation (as the API). */
const MAX_TEXT = 20_000;

/** The board's pre-advice on a motion, under /beheer/moties/{id}/preadvies (board, staff, admin). */
export function staffPreAdviceRoutes(app: FastifyInstance, web: Web): void {
  const org = web.ctx.organisation.id;
  const guard = { preHandler: staffOnly('preAdvice.create') };
  const load = (id: string) => staffMotionOrNotFound(web, id);
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    motion: MotionWithSubmitters,
    values: FormValues,
    errors: FormErrors,
  ) => {
    const current = (await listPreAdvices(web.ctx.db, org, motion.id)).at(-1);
    const ctx = await staffContext(web, request, reply);
    const data = { motion, current, values, errors };
    return sendPage(reply, <PreAdvicePage ctx={ctx} data={data} />, hasErrors(errors) ? 400 : 200);
  };

  app.get<Id>('/beheer/moties/:id/preadvies', guard, async (request, reply) =>
    render(request, reply, await load(request.params.id), {}, {}),
  );

  app.post<Id>('/beheer/moties/:id/preadvies', guard, async (request, reply) => {
    const motion = await load(request.params.id);
    const v = readForm(request.body);
    const errors: FormErrors = {};
    const advice = chosen(v.advice, preAdvice.options());
    if (!advice) errors.advice = 'Kies het preadvies.';
    const text = (v.text ?? '').trim();
    if (text.length > MAX_TEXT) errors.text = `De toelichting is te lang (ten hoogste ${MAX_TEXT} tekens).`;
    if (hasErrors(errors) || !advice) return render(request, reply, motion, v, errors);
    try {
      await givePreAdvice({
        db: web.ctx.db,
        writer: writerOf(request),
        motionId: motion.id,
        advice: preAdvice.asCode(advice),
        text: text || null,
      });
      return redirectWithNotice(reply, `/moties/${motion.id}`, 'preadvies-gegeven');
    } catch (error) {
      const refused = errorsFromRefusal(error);
      if (!refused) throw error;
      return render(request, reply, motion, v, refused);
    }
  });
}
