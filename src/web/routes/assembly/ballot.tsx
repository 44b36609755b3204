import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { writerOf } from '../../../auth/index.js';
import type { VoteChoice } from '../../../domain/index.js';
import { assemblyState } from '../../../services/assembly/assembly-state.js';
import { registerPresence } from '../../../services/assembly/attendance.js';
import { castOrChangeBallot } from '../../../services/assembly/ballot.js';
import { getAttendance } from '../../../store/repositories/attendance.js';
import { findBallot } from '../../../store/repositories/ballot-changes.js';
import { getMeeting } from '../../../store/repositories/meetings.js';
import { getMember } from '../../../store/repositories/members.js';
import type { LiveStreams } from '../../assembly/live-stream.js';
import { errorsFromRefusal, type FormErrors, type FormValues, readForm } from '../../forms.js';
import { memberOnly } from '../../member-workspace.js';
import { BallotPage } from '../../pages/assembly/BallotPage.js';
import { choicesOf, choiceWord } from '../../pages/assembly/vote-words.js';
import { staffContext } from '../../staff.js';
import { isUuid, pageNotFound, queryString, sendPage, type Web } from '../../web.js';

type MeetingParams = { Params: { id: string } };
const FIELDS = { vertegenwoordiger: 'representative', keuze: 'choice', lid: 'choice' };

/** The ballot of a member's representative: /vergaderingen/{id}/stembiljet (works without JavaScript). */
export function assemblyBallotRoutes(app: FastifyInstance, web: Web, live: LiveStreams): void {
  const org = web.ctx.organisation.id;
  // The members' workspace's own guard: a member's representative, signed in, for its own municipality.
  const guard = memberOnly();
  const meetingOf = async (id: string) => {
    const meeting = isUuid(id) ? await getMeeting(web.ctx.db, org, id) : undefined;
    if (!meeting) throw pageNotFound();
    return meeting;
  };
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    meetingId: string,
    values: FormValues,
    errors: FormErrors,
    confirmation: string | null = null,
  ) => {
    const memberId = request.principal.memberId!;
    const state = await assemblyState(web.ctx.db, org, meetingId);
    const [member, attendance, ballot] = await Promise.all([
      getMember(web.ctx.db, org, memberId),
      getAttendance(web.ctx.db, org, meetingId, memberId),
      state.open ? findBallot(web.ctx.db, org, state.open.id, memberId) : undefined,
    ]);
    const ctx = await staffContext(web, request, reply);
    const data = { state, memberName: member?.name ?? '', attendance, ballot, confirmation, values, errors };
    return sendPage(reply, <BallotPage ctx={ctx} data={data} />, Object.keys(errors).length ? 400 : 200);
  };
  const path = '/vergaderingen/:id/stembiljet';

  app.get<MeetingParams>(path, { preHandler: guard }, async (request, reply) => {
    const meeting = await meetingOf(request.params.id);
    const given = queryString(request.query, 'gestemd');
    const open = (await assemblyState(web.ctx.db, org, meeting.id)).open;
    const confirmation = choicesOf(open?.alternatives).some((c) => c.value === given)
      ? `Uw stem is ontvangen: ${choiceWord(given, open?.alternatives)}. U kunt uw stem wijzigen tot de stemming sluit.`
      : queryString(request.query, 'aangemeld') === 'ja'
        ? 'U bent aangemeld als aanwezig.'
        : null;
    return render(request, reply, meeting.id, {}, {}, confirmation);
  });

  app.post<MeetingParams>(`${path}/aanmelden`, { preHandler: guard }, async (request, reply) => {
    const meeting = await meetingOf(request.params.id);
    const v = readForm(request.body);
    try {
      await registerPresence({
        db: web.ctx.db,
        writer: writerOf(request),
        meetingId: meeting.id,
        memberId: request.principal.memberId!,
        representative: v.representative ?? '',
        userId: request.principal.userId,
        by: 'self',
      });
    } catch (error) {
      const refused = errorsFromRefusal(error, FIELDS);
      if (!refused) throw error;
      return render(request, reply, meeting.id, v, refused);
    }
    live.notify(meeting.id);
    return reply.redirect(`/vergaderingen/${meeting.id}/stembiljet?aangemeld=ja`, 303);
  });

  app.post<MeetingParams>(`${path}/stem`, { preHandler: guard }, async (request, reply) => {
    const meeting = await meetingOf(request.params.id);
    const v = readForm(request.body);
    const state = await assemblyState(web.ctx.db, org, meeting.id);
    const choices = choicesOf(state.open?.alternatives);
    if (!choices.some((c) => c.value === v.choice))
      return render(request, reply, meeting.id, v, {
        choice: `Kies ${choices
          .map((c) => c.label.toLowerCase())
          .join(', ')
          .replace(/, ([^,]*)$/, ' of $1')}.`,
      });
    if (!state.open || state.open.id !== v.vote)
      return render(
        request,
        reply,
        meeting.id,
        {},
        {
          '': 'Deze stemming is gesloten of er is een andere geopend; uw stem is niet verwerkt.',
        },
      );
    try {
      await castOrChangeBallot({
        db: web.ctx.db,
        writer: writerOf(request),
        voteId: state.open.id,
        memberId: request.principal.memberId!,
        choice: v.choice as VoteChoice,
      });
    } catch (error) {
      const refused = errorsFromRefusal(error, FIELDS);
      if (!refused) throw error;
      return render(request, reply, meeting.id, v, refused);
    }
    live.notify(meeting.id);
    return reply.redirect(`/vergaderingen/${meeting.id}/stembiljet?gestemd=${v.choice}`, 303);
  });
}
