import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { writerOf } from '../../../auth/index.js';
import { assemblyState } from '../../../services/assembly/assembly-state.js';
import { registerDeparture, registerPresence } from '../../../services/assembly/attendance.js';
import { closeVote, openVote, publishVote } from '../../../services/votes/move-vote.js';
import { prepareVote } from '../../../services/votes/prepare-vote.js';
import { listAttendance } from '../../../store/repositories/attendance.js';
import { getMeeting, setLiveTally } from '../../../store/repositories/meetings.js';
import { listMotions } from '../../../store/repositories/motions.js';
import type { LiveStreams } from '../../assembly/live-stream.js';
import { errorsFromRefusal, type FormErrors, type FormValues, hasErrors, readForm } from '../../forms.js';
import { ConsolePage } from '../../pages/assembly/ConsolePage.js';
import { staffContext, staffOnly } from '../../staff.js';
import { chosen, memberOptions } from '../../staff-options.js';
import { isUuid, pageNotFound, sendPage, type Web } from '../../web.js';

type MeetingParams = { Params: { id: string } };
type VoteParams = { Params: { id: string; vote: string } };
const FIELDS = { lid: 'member', vertegenwoordiger: 'representative', motie: 'motion' };

/** The chair's console under /beheer/vergaderingen/{id}/stemmen (chair, staff, admin). */
export function assemblyConsoleRoutes(app: FastifyInstance, web: Web, live: LiveStreams): void {
  const org = web.ctx.organisation.id;
  const guard = staffOnly('vote.write');
  const meetingOf = async (id: string) => {
    const meeting = isUuid(id) ? await getMeeting(web.ctx.db, org, id) : undefined;
    if (!meeting) throw pageNotFound();
    return meeting;
  };
  const motionOptions = async (meetingId: string) => {
    const { items } = await listMotions(
      web.ctx.db,
      org,
      { meetingId, status: ['submitted'] },
      { limit: 500, offset: 0 },
      'title',
    );
    return items.map((m) => ({ value: m.id, label: m.number ? `${m.number}. ${m.title}` : m.title }));
  };
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    meetingId: string,
    values: FormValues,
    errors: FormErrors,
  ) => {
    const [state, attendance, motions, members] = await Promise.all([
      assemblyState(web.ctx.db, org, meetingId),
      listAttendance(web.ctx.db, org, meetingId),
      motionOptions(meetingId),
      memberOptions(web),
    ]);
    const ctx = await staffContext(web, request, reply);
    const data = { state, attendance, motions, members, values, errors };
    return sendPage(reply, <ConsolePage ctx={ctx} data={data} />, hasErrors(errors) ? 400 : 200);
  };
  /** Runs a change; on success back to the console (Post/Redirect/Get), on refusal the console with the error. */
  const act = async (
    request: FastifyRequest,
    reply: FastifyReply,
    meetingId: string,
    values: FormValues,
    run: () => Promise<unknown>,
  ) => {
    try {
      await run();
    } catch (error) {
      const refused = errorsFromRefusal(error, FIELDS);
      if (!refused) throw error;
      return render(request, reply, meetingId, values, refused);
    }
    live.notify(meetingId);
    return reply.redirect(`/beheer/vergaderingen/${meetingId}/stemmen`, 303);
  };
  const path = '/beheer/vergaderingen/:id/stemmen';

  app.get<MeetingParams>(path, { preHandler: guard }, async (request, reply) => {
    const meeting = await meetingOf(request.params.id);
    return render(request, reply, meeting.id, {}, {});
  });

  app.post<MeetingParams>(path, { preHandler: guard }, async (request, reply) => {
    const meeting = await meetingOf(request.params.id);
    const v = readForm(request.body);
    const motions = await motionOptions(meeting.id);
    const motionId = chosen(v.motion, motions);
    if (!motionId) return render(request, reply, meeting.id, v, { motion: 'Kies een ingediende motie.' });
    const subject = motions.find((m) => m.value === motionId)!.label;
    return act(request, reply, meeting.id, v, async () => {
      const writer = writerOf(request);
      const vote = await prepareVote({ db: web.ctx.db, writer, meetingId: meeting.id, subject, motionId });
      await openVote({ db: web.ctx.db, writer, voteId: vote.id });
    });
  });

  const steps = { openen: openVote, sluiten: closeVote, publiceren: publishVote } as const;
  for (const [step, run] of Object.entries(steps)) {
    app.post<VoteParams>(`${path}/:vote/${step}`, { preHandler: guard }, async (request, reply) => {
      const meeting = await meetingOf(request.params.id);
      if (!isUuid(request.params.vote)) throw pageNotFound();
      const state = await assemblyState(web.ctx.db, org, meeting.id);
      if (!state.votes.some((v) => v.id === request.params.vote)) throw pageNotFound();
      return act(request, reply, meeting.id, {}, () =>
        run({ db: web.ctx.db, writer: writerOf(request), voteId: request.params.vote }),
      );
    });
  }

  app.post<MeetingParams>(`${path}/aanwezig`, { preHandler: guard }, async (request, reply) => {
    const meeting = await meetingOf(request.params.id);
    const v = readForm(request.body);
    const memberId = chosen(v.member, await memberOptions(web));
    const errors: FormErrors = {};
    if (!memberId) errors.member = 'Kies de gemeente.';
    if (!v.representative) errors.representative = 'Vul de naam van de vertegenwoordiger in.';
    if (hasErrors(errors)) return render(request, reply, meeting.id, v, errors);
    return act(request, reply, meeting.id, v, () =>
      registerPresence({
        db: web.ctx.db,
        writer: writerOf(request),
        meetingId: meeting.id,
        memberId: memberId!,
        representative: v.representative,
        by: 'staff',
      }),
    );
  });

  app.post<MeetingParams>(`${path}/tussenstand`, { preHandler: guard }, async (request, reply) => {
    const meeting = await meetingOf(request.params.id);
    const v = readForm(request.body);
    if (v.tonen !== 'ja' && v.tonen !== 'nee')
      return render(request, reply, meeting.id, {}, { tonen: 'Kies of de tussenstand wordt getoond.' });
    return act(request, reply, meeting.id, {}, () =>
      setLiveTally(web.ctx.db, writerOf(request), meeting.id, v.tonen === 'ja'),
    );
  });

  app.post<MeetingParams>(`${path}/vertrek`, { preHandler: guard }, async (request, reply) => {
    const meeting = await meetingOf(request.params.id);
    const v = readForm(request.body);
    const memberId = chosen(v.member, await memberOptions(web));
    if (!memberId) return render(request, reply, meeting.id, {}, { member: 'Kies de gemeente.' });
    return act(request, reply, meeting.id, {}, () =>
      registerDeparture({ db: web.ctx.db, writer: writerOf(request), meetingId: meeting.id, memberId }),
    );
  });
}
