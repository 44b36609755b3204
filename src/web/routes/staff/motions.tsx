import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { writerOf } from '../../../auth/index.js';
import { parseDutchPercentage } from '../../../domain/percentage.js';
import { draftMotion, type MotionText } from '../../../services/motions/draft-motion.js';
import { editMotion } from '../../../services/motions/edit-motion.js';
import { postponeMotion } from '../../../services/motions/postpone-motion.js';
import { recordVoteResult } from '../../../services/motions/record-vote-result.js';
import { submitMotion } from '../../../services/motions/submit-motion.js';
import { withdrawMotion } from '../../../services/motions/withdraw-motion.js';
import type { MotionWithSubmitters } from '../../../store/repositories/motions.js';
import {
  errorsFromRefusal,
  type FormErrors,
  type FormValues,
  hasErrors,
  readForm,
  requireText,
} from '../../forms.js';
import { MotionFormPage } from '../../pages/staff/MotionFormPage.js';
import { MotionVotePage, OUTCOMES } from '../../pages/staff/MotionVotePage.js';
import { redirectWithNotice, staffContext, staffOnly } from '../../staff.js';
import { chosen, meetingOptions, memberOptions } from '../../staff-options.js';
import { sendPage, type Web } from '../../web.js';
import { staffMotionOrNotFound } from './motion-lookup.js';

type Id = { Params: { id: string } };
const FIELDS = { titel: 'title', onderwerp: 'topic', vergadering: 'meetingId', indieners: 'submitter1' };

const valuesOf = (m: MotionWithSubmitters): FormValues => ({
  title: m.title,
  number: m.number ?? '',
  topic: m.topic ?? '',
  meetingId: m.meetingId ?? '',
  body: m.body ?? '',
  call: m.call ?? '',
});

export function staffMotionRoutes(app: FastifyInstance, web: Web): void {
  const load = (id: string) => staffMotionOrNotFound(web, id);
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    motion: MotionWithSubmitters | null,
    values: FormValues,
    errors: FormErrors,
  ) => {
    const [meetings, members] = await Promise.all([meetingOptions(web), memberOptions(web)]);
    const ctx = await staffContext(web, request, reply);
    const data = { motion, values, errors, meetings, members };
    return sendPage(reply, <MotionFormPage ctx={ctx} data={data} />, hasErrors(errors) ? 400 : 200);
  };
  const text = async (v: FormValues, errors: FormErrors): Promise<MotionText> => {
    requireText(errors, v, 'title', 'de titel', 300);
    const meetingId = chosen(v.meetingId, await meetingOptions(web));
    if (v.meetingId && !meetingId) errors.meetingId = 'Kies een vergadering uit de lijst.';
    return {
      title: v.title,
      number: v.number || null,
      topic: v.topic || null,
      meetingId,
      body: v.body || null,
      call: v.call || null,
    };
  };

  app.get('/beheer/moties/nieuw', { preHandler: staffOnly('motion.create') }, (request, reply) =>
    render(request, reply, null, {}, {}),
  );

  app.post('/beheer/moties/nieuw', { preHandler: staffOnly('motion.create') }, async (request, reply) => {
    const v = readForm(request.body);
    const errors: FormErrors = {};
    const motion = await text(v, errors);
    const members = await memberOptions(web);
    const submitters = [v.submitter1, v.submitter2, v.submitter3]
      .map((s) => chosen(s, members))
      .filter((s) => s !== null);
    if (!chosen(v.submitter1, members)) errors.submitter1 = 'Kies de indiener.';
    if (new Set(submitters).size !== submitters.length)
      errors.submitter2 = 'Noem elk lid maar één keer als indiener.';
    if (hasErrors(errors)) return render(request, reply, null, v, errors);
    try {
      const created = await draftMotion({
        db: web.ctx.db,
        writer: writerOf(request),
        motion: { ...motion, andOthers: v.andOthers === 'ja' },
        submitters: submitters.map((memberId) => ({ memberId })),
      });
      return redirectWithNotice(reply, `/beheer/moties/${created.id}`, 'aangemaakt');
    } catch (error) {
      const refused = errorsFromRefusal(error, FIELDS);
      if (!refused) throw error;
      return render(request, reply, null, v, refused);
    }
  });

  app.get<Id>('/beheer/moties/:id', { preHandler: staffOnly('motion.update') }, async (request, reply) => {
    const motion = await load(request.params.id);
    return render(request, reply, motion, valuesOf(motion), {});
  });

  app.post<Id>('/beheer/moties/:id', { preHandler: staffOnly('motion.update') }, async (request, reply) => {
    const motion = await load(request.params.id);
    const v = readForm(request.body);
    const errors: FormErrors = {};
    const changes = await text(v, errors);
    if (hasErrors(errors)) return render(request, reply, motion, v, errors);
    try {
      await editMotion({ db: web.ctx.db, writer: writerOf(request), motionId: motion.id, changes });
      return redirectWithNotice(reply, `/beheer/moties/${motion.id}`, 'opgeslagen');
    } catch (error) {
      const refused = errorsFromRefusal(error, FIELDS);
      if (!refused) throw error;
      return render(request, reply, motion, v, refused);
    }
  });

  // The motion's next step from its staff page: submit a draft; postpone the vote on a submitted one, or withdraw
  // it for its first submitter. A refusal (a meeting still ahead, a step the lifecycle does not allow) is shown there.
  const steps = [
    ['indienen', 'motion.submit', submitMotion, 'ingediend'],
    ['uitstellen', 'motion.postpone', postponeMotion, 'uitgesteld'],
    ['intrekken', 'motion.withdraw', withdrawMotion, 'ingetrokken'],
  ] as const;
  for (const [path, action, run, notice] of steps)
    app.post<Id>(`/beheer/moties/:id/${path}`, { preHandler: staffOnly(action) }, async (request, reply) => {
      const motion = await load(request.params.id);
      try {
        await run({ db: web.ctx.db, writer: writerOf(request), motionId: motion.id });
        return redirectWithNotice(reply, `/beheer/moties/${motion.id}`, notice);
      } catch (error) {
        const refused = errorsFromRefusal(error, FIELDS);
        if (!refused) throw error;
        return render(request, reply, motion, valuesOf(motion), refused);
      }
    });

  const renderVote = async (
    request: FastifyRequest,
    reply: FastifyReply,
    motion: MotionWithSubmitters,
    v: FormValues,
    e: FormErrors,
  ) =>
    sendPage(
      reply,
      <MotionVotePage
        ctx={await staffContext(web, request, reply)}
        motion={motion}
        values={v}
        errors={e}
        meetings={motion.meetingId ? [] : await meetingOptions(web)}
      />,
      hasErrors(e) ? 400 : 200,
    );

  app.get<Id>(
    '/beheer/moties/:id/stemuitslag',
    { preHandler: staffOnly('motion.recordVote') },
    async (request, reply) => renderVote(request, reply, await load(request.params.id), {}, {}),
  );

  app.post<Id>(
    '/beheer/moties/:id/stemuitslag',
    { preHandler: staffOnly('motion.recordVote') },
    async (request, reply) => {
      const motion = await load(request.params.id);
      const v = readForm(request.body);
      const errors: FormErrors = {};
      const outcome = OUTCOMES.find((o) => o.value === v.outcome)?.value;
      if (!outcome) errors.outcome = 'Kies de uitslag.';
      const percentage = v.percentage ? parseDutchPercentage(v.percentage) : null;
      if (v.percentage && percentage === null)
        errors.percentage = 'Vul een percentage tussen 0 en 100 in, bijvoorbeeld 98,29.';
      // A motion without a meeting gets the one the form names (only one of the organisation's own).
      const meetingId = motion.meetingId ? null : chosen(v.meetingId, await meetingOptions(web));
      if (!motion.meetingId && !meetingId) errors.meetingId = 'Kies de vergadering die over de motie stemde.';
      if (hasErrors(errors)) return renderVote(request, reply, motion, v, errors);
      try {
        await recordVoteResult({
          db: web.ctx.db,
          writer: writerOf(request),
          motionId: motion.id,
          meetingId,
          outcome: outcome!,
          percentage,
          byAcclamation: v.byAcclamation === 'ja',
        });
        return redirectWithNotice(reply, `/moties/${motion.id}`, 'opgeslagen');
      } catch (error) {
        const refused = errorsFromRefusal(error, {
          percentage: 'percentage',
          bijAcclamatie: 'byAcclamation',
          vergadering: motion.meetingId ? 'outcome' : 'meetingId',
        });
        if (!refused) throw error;
        return renderVote(request, reply, motion, v, refused);
      }
    },
  );
}
