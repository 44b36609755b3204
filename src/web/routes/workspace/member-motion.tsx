import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize, writerOf } from '../../../auth/index.js';
import { motionOwner } from '../../../auth/motion-ownership.js';
import { withdrawMotion } from '../../../services/motions/withdraw-motion.js';
import { inviteCosubmitter } from '../../../services/workspace/cosubmitters.js';
import { followAsAccount } from '../../../services/workspace/follow-as-account.js';
import { loadMotionInvitations } from '../../../services/workspace/load-workspace.js';
import { submitBeforeDeadline } from '../../../services/workspace/submit-before-deadline.js';
import { getMeeting } from '../../../store/repositories/meetings.js';
import { listFollowedMotionIds } from '../../../store/repositories/member-activity.js';
import {
  errorsFromRefusal,
  type FormErrors,
  type FormValues,
  hasErrors,
  invalidField,
  readForm,
} from '../../forms.js';
import { clockOf, memberOnly, ownMember } from '../../member-workspace.js';
import { MemberMotionPage } from '../../pages/workspace/MemberMotionPages.js';
import { redirectWithNotice, staffContext } from '../../staff.js';
import { memberOptions } from '../../staff-options.js';
import { isUuid, pageNotFound, readCaseOf, sendPage, type Web } from '../../web.js';
import { accountEmail, visibleMotion } from './workspace-reads.js';

type Id = { Params: { id: string } };

/** One of the municipality's motions (/mijn/moties/{id}): submit, withdraw, invite co-submitters, follow. */
export function memberMotionRoutes(app: FastifyInstance, web: Web): void {
  const org = web.ctx.organisation.id;
  const renderMotion = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    values: FormValues,
    errors: FormErrors,
  ) => {
    const motion = await visibleMotion(web, request, id);
    const memberId = ownMember(request);
    const isOwner = motion.submitters[0]?.memberId === memberId;
    if (!isOwner && !motion.submitters.some((s) => s.memberId === memberId)) throw pageNotFound();
    const read = readCaseOf(web, request);
    const email = await accountEmail(web, request);
    const [meeting, invitations, members, followed] = await Promise.all([
      motion.meetingId ? getMeeting(web.ctx.db, org, motion.meetingId) : undefined,
      loadMotionInvitations({ ...read, motion }),
      memberOptions(web),
      email ? listFollowedMotionIds(web.ctx.db, org, email) : ([] as string[]),
    ]);
    const taken = new Set([
      ...motion.submitters.map((s) => s.memberId),
      ...invitations.filter((i) => i.status !== 'declined').map((i) => i.memberId),
    ]);
    const data = {
      motion,
      meeting,
      isOwner,
      invitations,
      invitable: members.filter((m) => !taken.has(m.value)),
      following: followed.includes(motion.id),
      values,
      errors,
    };
    return sendPage(
      reply,
      <MemberMotionPage ctx={await staffContext(web, request, reply)} data={data} />,
      hasErrors(errors) ? 400 : 200,
    );
  };
  app.get<Id>('/mijn/moties/:id', { preHandler: memberOnly() }, (request, reply) =>
    renderMotion(request, reply, request.params.id, {}, {}),
  );

  /** A write on one of the municipality's motions: the refusal is shown on the motion's page, nothing lost. */
  const motionAction = (
    path: string,
    run: (request: FastifyRequest<Id>, motionId: string, v: FormValues) => Promise<string>,
  ) =>
    app.post<Id>(`/mijn/moties/:id/${path}`, { preHandler: memberOnly() }, async (request, reply) => {
      const motion = await visibleMotion(web, request, request.params.id);
      const v = readForm(request.body);
      try {
        const notice = await run(request, motion.id, v);
        return redirectWithNotice(reply, `/mijn/moties/${motion.id}`, notice);
      } catch (error) {
        const refused = errorsFromRefusal(error, { lid: 'lid' });
        if (!refused) throw error;
        return renderMotion(request, reply, motion.id, v, refused);
      }
    });

  motionAction('indienen', async (request, motionId) => {
    const motion = await visibleMotion(web, request, motionId);
    authorize(request.principal, 'motion.submit', motionOwner(motion));
    await submitBeforeDeadline({
      db: web.ctx.db,
      writer: writerOf(request),
      motionId,
      today: clockOf(web).today,
    });
    return 'ingediend';
  });
  motionAction('intrekken', async (request, motionId, v) => {
    const motion = await visibleMotion(web, request, motionId);
    authorize(request.principal, 'motion.withdraw', motionOwner(motion));
    await withdrawMotion({
      db: web.ctx.db,
      writer: writerOf(request),
      motionId,
      reason: (v.reden ?? '').slice(0, 500) || null,
    });
    return 'ingetrokken';
  });
  motionAction('uitnodigen', async (request, motionId, v) => {
    const motion = await visibleMotion(web, request, motionId);
    authorize(request.principal, 'motion.update', motionOwner(motion));
    if (!v.lid || !isUuid(v.lid)) throw invalidField('lid', 'Kies de gemeente die u wilt uitnodigen.');
    await inviteCosubmitter({
      db: web.ctx.db,
      writer: writerOf(request),
      motionId,
      memberId: v.lid,
      at: clockOf(web).at,
    });
    return 'uitgenodigd';
  });
  motionAction('volgen', async (request, motionId) => {
    const email = await accountEmail(web, request);
    if (!email) throw pageNotFound();
    await followAsAccount({
      db: web.ctx.db,
      writer: writerOf(request),
      motionId,
      email,
      at: clockOf(web).at,
    });
    return 'gevolgd';
  });
}
