import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize, writerOf } from '../../../auth/index.js';
import { draftMemberMotion } from '../../../services/workspace/submit-before-deadline.js';
import {
  changeOrRefuse,
  type FormErrors,
  type FormValues,
  hasErrors,
  readForm,
  requireText,
} from '../../forms.js';
import { clockOf, memberOnly, openAssemblies, ownMember } from '../../member-workspace.js';
import { NewMotionPage } from '../../pages/workspace/MemberMotionPages.js';
import { redirectWithNotice } from '../../staff.js';
import { isUuid, type Web } from '../../web.js';
import { sendFormPage } from './form-page.js';

const MOTION_FIELDS = { vergadering: 'meetingId', titel: 'title', lid: 'lid' };

/** A new motion (/mijn/moties/nieuw): saved as a concept, or submitted at once before the assembly's deadline. */
export function newMotionRoutes(app: FastifyInstance, web: Web): void {
  // A new motion: saved as a concept, or submitted at once before the assembly's deadline.
  const renderNew = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: FormValues,
    errors: FormErrors,
  ) => {
    const meetings = await openAssemblies(web, clockOf(web).today);
    return sendFormPage(web, request, reply, NewMotionPage, { meetings, values, errors });
  };
  app.get('/mijn/moties/nieuw', { preHandler: memberOnly() }, (request, reply) =>
    renderNew(request, reply, {}, {}),
  );
  app.post('/mijn/moties/nieuw', { preHandler: memberOnly() }, async (request, reply) => {
    const v = readForm(request.body);
    const errors: FormErrors = {};
    const submit = v.actie !== 'concept';
    requireText(errors, v, 'title', 'de titel', 300);
    if ((v.topic ?? '').length > 200) errors.topic = 'Het onderwerp is te lang: hoogstens 200 tekens.';
    if ((v.call ?? '').length > 20_000) errors.call = 'De oproep is te lang.';
    if ((v.body ?? '').length > 50_000) errors.body = 'De toelichting is te lang.';
    if (submit && !v.call) errors.call = 'Vul de oproep in: wat vraagt de motie van het bestuur?';
    const { today } = clockOf(web);
    if (v.meetingId && !isUuid(v.meetingId)) errors.meetingId = 'Kies een vergadering uit de lijst.';
    if (submit && !v.meetingId) errors.meetingId = 'Kies de vergadering waarvoor u de motie indient.';
    if (hasErrors(errors)) return renderNew(request, reply, v, errors);
    authorize(request.principal, 'motion.create', { memberIds: [ownMember(request)] });
    return changeOrRefuse(
      () =>
        draftMemberMotion({
          db: web.ctx.db,
          writer: writerOf(request),
          today,
          memberId: ownMember(request),
          submit,
          motion: {
            title: v.title,
            topic: v.topic || null,
            call: v.call || null,
            body: v.body || null,
            meetingId: v.meetingId || null,
          },
        }),
      MOTION_FIELDS,
      (refused) => renderNew(request, reply, v, refused),
      (created) =>
        redirectWithNotice(reply, `/mijn/moties/${created.id}`, submit ? 'ingediend' : 'concept-opgeslagen'),
    );
  });
}
