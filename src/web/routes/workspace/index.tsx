import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize, writerOf } from '../../../auth/index.js';
import { motionOwner } from '../../../auth/motion-ownership.js';
import { loadMotionDetail } from '../../../services/motions/load-motion-detail.js';
import { withdrawMotion } from '../../../services/motions/withdraw-motion.js';
import { answerCosubmitInvitation, inviteCosubmitter } from '../../../services/workspace/cosubmitters.js';
import { followAsAccount } from '../../../services/workspace/follow-as-account.js';
import {
  loadInvitation,
  loadMemberWorkspace,
  loadMotionInvitations,
} from '../../../services/workspace/load-workspace.js';
import {
  amendBeforeDeadline,
  draftMemberMotion,
  submitBeforeDeadline,
} from '../../../services/workspace/submit-before-deadline.js';
import { getMeeting } from '../../../store/repositories/meetings.js';
import { listFollowedMotionIds } from '../../../store/repositories/member-activity.js';
import { listMotions } from '../../../store/repositories/motions.js';
import { listRemoteVotes } from '../../../store/repositories/remote-votes.js';
import { getUser } from '../../../store/repositories/users.js';
import { getVote } from '../../../store/repositories/votes.js';
import {
  errorsFromRefusal,
  type FormErrors,
  type FormValues,
  hasErrors,
  invalidField,
  readForm,
  requireText,
} from '../../forms.js';
import { clockOf, memberOnly, openAssemblies, ownMember } from '../../member-workspace.js';
import { isStaff } from '../../page-context.js';
import {
  InvitationPage,
  LogoutPage,
  MemberMotionPage,
  NewAmendmentPage,
  NewMotionPage,
} from '../../pages/workspace/MemberMotionPages.js';
import { WorkspacePage } from '../../pages/workspace/WorkspacePage.js';
import { viewerOf } from '../../session.js';
import { redirectWithNotice, staffContext } from '../../staff.js';
import { memberOptions } from '../../staff-options.js';
import { isUuid, pageNotFound, readCaseOf, sendPage, type Web } from '../../web.js';

type Id = { Params: { id: string } };
const MOTION_FIELDS = { vergadering: 'meetingId', titel: 'title', lid: 'lid' };
const AMENDMENT_FIELDS = { vergadering: 'motionId', titel: 'title' };

/** The account's e-mail address (what it follows is kept by address). */
async function accountEmail(web: Web, request: FastifyRequest): Promise<string | null> {
  const id = request.principal.userId;
  return id ? ((await getUser(web.ctx.db, web.ctx.organisation.id, id))?.email ?? null) : null;
}

/**
 * The members' workspace (/mijn): a municipality's clerk or representative drafts and submits motions and
 * amendments before the deadline, invites co-submitters and confirms invitations, withdraws, follows, and sees
 * the municipality's motions, votes and registrations. Reads go through the read use cases; writes through the
 * same use cases as the API (issue 13), each in one transaction with its audit event.
 */
export function workspaceRoutes(app: FastifyInstance, web: Web): void {
  const org = web.ctx.organisation.id;
  const ctxOf = (request: FastifyRequest, reply: FastifyReply) => staffContext(web, request, reply);
  const meetingTitles = async (ids: (string | null)[]) => {
    const unique = [...new Set(ids.filter((id): id is string => id !== null))];
    const found = await Promise.all(unique.map((id) => getMeeting(web.ctx.db, org, id)));
    return new Map(found.filter((m) => m !== undefined).map((m) => [m.id, m.title]));
  };
  /** A motion the reader may see (the read path), or the 404 page. */
  const visibleMotion = async (request: FastifyRequest, id: string) => {
    if (!isUuid(id)) throw pageNotFound();
    return (await loadMotionDetail({ ...readCaseOf(web, request), motionId: id })).motion;
  };

  // Every role can log out: the footer links here, the page holds the button (with the CSRF token).
  app.get('/uitloggen', async (request, reply) => {
    if (!viewerOf(request)) return reply.redirect('/inloggen', 303);
    return sendPage(reply, <LogoutPage ctx={await ctxOf(request, reply)} />);
  });

  app.get('/mijn', async (request, reply) => {
    const viewer = viewerOf(request);
    if (viewer && isStaff(viewer)) return reply.redirect('/beheer', 303);
    return reply.redirect('/mijn/gemeente', 303);
  });

  app.get('/mijn/gemeente', { preHandler: memberOnly() }, async (request, reply) => {
    const workspace = await loadMemberWorkspace({
      ...readCaseOf(web, request),
      memberId: ownMember(request),
      email: await accountEmail(web, request),
    });
    const titles = await meetingTitles([
      ...workspace.motions.map((m) => m.meetingId),
      ...workspace.ballots.map((b) => b.meetingId),
      ...workspace.registrations.map((r) => r.meetingId),
    ]);
    const remote = await listRemoteVotes(web.ctx.db, org, { openOn: clockOf(web).today });
    const consultations = (await Promise.all(remote.map((r) => getVote(web.ctx.db, org, r.id))))
      .filter((v) => v !== undefined && v.status === 'open')
      .map((v) => ({ id: v!.id, subject: v!.subject }));
    const data = { ...workspace, meetingTitles: titles, consultations };
    return sendPage(reply, <WorkspacePage ctx={await ctxOf(request, reply)} data={data} />);
  });

  // A new motion: saved as a concept, or submitted at once before the assembly's deadline.
  const renderNew = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: FormValues,
    errors: FormErrors,
  ) => {
    const meetings = await openAssemblies(web, clockOf(web).today);
    const data = { meetings, values, errors };
    return sendPage(
      reply,
      <NewMotionPage ctx={await ctxOf(request, reply)} data={data} />,
      hasErrors(errors) ? 400 : 200,
    );
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
    try {
      const created = await draftMemberMotion({
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
      });
      return redirectWithNotice(
        reply,
        `/mijn/moties/${created.id}`,
        submit ? 'ingediend' : 'concept-opgeslagen',
      );
    } catch (error) {
      const refused = errorsFromRefusal(error, MOTION_FIELDS);
      if (!refused) throw error;
      return renderNew(request, reply, v, refused);
    }
  });

  const renderMotion = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    values: FormValues,
    errors: FormErrors,
  ) => {
    const motion = await visibleMotion(request, id);
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
      <MemberMotionPage ctx={await ctxOf(request, reply)} data={data} />,
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
      const motion = await visibleMotion(request, request.params.id);
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
    const motion = await visibleMotion(request, motionId);
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
    const motion = await visibleMotion(request, motionId);
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
    const motion = await visibleMotion(request, motionId);
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

  // Invitations to co-submit: the invited municipality reads the motion and confirms or declines.
  const renderInvitation = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    errors: FormErrors,
  ) => {
    if (!isUuid(id)) throw pageNotFound();
    const found = await loadInvitation({ ...readCaseOf(web, request), invitationId: id });
    return sendPage(
      reply,
      <InvitationPage ctx={await ctxOf(request, reply)} data={{ ...found, errors }} />,
      hasErrors(errors) ? 409 : 200,
    );
  };
  app.get<Id>('/mijn/uitnodigingen/:id', { preHandler: memberOnly() }, (request, reply) =>
    renderInvitation(request, reply, request.params.id, {}),
  );
  for (const [path, accept] of [
    ['bevestigen', true],
    ['afwijzen', false],
  ] as const)
    app.post<Id>(`/mijn/uitnodigingen/:id/${path}`, { preHandler: memberOnly() }, async (request, reply) => {
      const { id } = request.params;
      if (!isUuid(id)) throw pageNotFound();
      const memberId = ownMember(request);
      authorize(request.principal, 'motion.cosign', { memberIds: [memberId] });
      try {
        const answered = await answerCosubmitInvitation({
          db: web.ctx.db,
          writer: writerOf(request),
          invitationId: id,
          memberId,
          accept,
          at: clockOf(web).at,
        });
        return accept
          ? redirectWithNotice(reply, `/mijn/moties/${answered.motionId}`, 'mede-ingediend')
          : redirectWithNotice(reply, '/mijn/gemeente', 'uitnodiging-afgewezen');
      } catch (error) {
        const refused = errorsFromRefusal(error);
        if (!refused) throw error;
        return renderInvitation(request, reply, id, refused);
      }
    });

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
    const data = { motions, values, errors };
    return sendPage(
      reply,
      <NewAmendmentPage ctx={await ctxOf(request, reply)} data={data} />,
      hasErrors(errors) ? 400 : 200,
    );
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
    try {
      const motion = await visibleMotion(request, v.motionId);
      await amendBeforeDeadline({
        db: web.ctx.db,
        writer: writerOf(request),
        today: clockOf(web).today,
        motionId: motion.id,
        memberId,
        title: v.title,
        text: v.text,
      });
      return redirectWithNotice(reply, '/mijn/gemeente', 'amendement-ingediend');
    } catch (error) {
      const refused = errorsFromRefusal(error, AMENDMENT_FIELDS);
      if (!refused) throw error;
      return renderAmendment(request, reply, v, refused);
    }
  });
}
