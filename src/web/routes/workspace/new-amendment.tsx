import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize, writerOf } from '../../../auth/index.js';
import { amendBeforeDeadline } from '../../../services/workspace/submit-before-deadline.js';
import { listMotions } from '../../../store/repositories/motions.js';
import {
  changeOrRefuse,
  type FormErrors,
  type FormValues,
  hasErrors,
  readForm,
  requireText,
} from '../../forms.js';
import { clockOf, memberOnly, openAssemblies, ownMember } from '../../member-workspace.js';
import { NewAmendmentPage } from '../../pages/workspace/MemberMotionPages.js';
import { redirectWithNotice } from '../../staff.js';
import { isUuid, type Web } from '../../web.js';
import { sendFormPage } from './form-page.js';
import { visibleMotion } from './workspace-reads.js';

const AMENDMENT_FIELDS = { vergadering: 'motionId', titel: 'title' };

/** A new amendment (/mijn/amendementen/nieuw) to a submitted motion, before the assembly's deadline. */
export function newAmendmentRoutes(app: FastifyInstance, web: Web): void {
  const org = web.ctx.organisation.id;
  // Amendments: to a submitted motion of an assembly whose deadline has not passed.
  const renderAmendment = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: FormValues,
    errors: FormErrors,
  ) => {
    const meetings = await openAssemblies(web, clockOf(web).today);
    const lists = await Promise.all(
      meetings.map((m) =>
        listMotions(
          web.ctx.db,
          org,
          { meetingId: m.id, status: ['submitted'], drafts: 'none' },
          { limit: 500, offset: 0 },
          'title',
        ),
      ),
    );
    const motions = lists.flatMap((l, i) =>
      l.items.map((m) => ({
        value: m.id,
        label: `${m.number ? `${m.number}. ` : ''}${m.title} (${meetings[i].title})`,
      })),
    );
    return sendFormPage(web, request, reply, NewAmendmentPage, { motions, values, errors });
  };
  app.get('/mijn/amendementen/nieuw', { preHandler: memberOnly() }, (request, reply) =>
    renderAmendment(request, reply, {}, {}),
  );
  app.post('/mijn/amendementen/nieuw', { preHandler: memberOnly() }, async (request, reply) => {
    const v = readForm(request.body);
    const errors: FormErrors = {};
    if (!v.motionId || !isUuid(v.motionId)) errors.motionId = 'Kies de motie die u wilt amenderen.';
    requireText(errors, v, 'title', 'de titel', 300);
    requireText(errors, v, 'text', 'de wijziging', 20_000);
    if (hasErrors(errors)) return renderAmendment(request, reply, v, errors);
    const memberId = ownMember(request);
    authorize(request.principal, 'amendment.create', { memberIds: [memberId] });
    return changeOrRefuse(
      async () => {
        const motion = await visibleMotion(web, request, v.motionId);
        await amendBeforeDeadline({
          db: web.ctx.db,
          writer: writerOf(request),
          today: clockOf(web).today,
          motionId: motion.id,
          memberId,
          title: v.title,
          text: v.text,
        });
      },
      AMENDMENT_FIELDS,
      (refused) => renderAmendment(request, reply, v, refused),
      () => redirectWithNotice(reply, '/mijn/gemeente', 'amendement-ingediend'),
    );
  });
}
