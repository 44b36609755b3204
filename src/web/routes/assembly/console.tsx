import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { writerOf } from '../../../auth/index.js';
import { assemblyState } from '../../../services/assembly/assembly-state.js';
import { registerDeparture, registerPresence } from '../../../services/assembly/attendance.js';
import { subjectOfChoice, voteChoices } from '../../../services/assembly/vote-choices.js';
import { closeVoteByHand } from '../../../services/votes/close-by-hand.js';
import { closeVote, openVote, publishVote } from '../../../services/votes/move-vote.js';
import { prepareVote } from '../../../services/votes/prepare-vote.js';
import { listAttendance } from '../../../store/repositories/attendance.js';
import { setLiveTally } from '../../../store/repositories/meetings.js';
import { inTransaction } from '../../../store/transaction.js';
import type { LiveStreams } from '../../assembly/live-stream.js';
import { changeOrRefuse, type FormErrors, type FormValues, hasErrors, readForm } from '../../forms.js';
import { ConsolePage } from '../../pages/assembly/ConsolePage.js';
import { staffContext, staffOnly } from '../../staff.js';
import { chosen, memberOptions } from '../../staff-options.js';
import { isUuid, pageNotFound, sendPage, type Web } from '../../web.js';
import { meetingOrNotFound } from './meeting-lookups.js';

type MeetingParams = { Params: { id: string } };
type VoteParams = { Params: { id: string; vote: string } };
const FIELDS = {
  lid: 'member',
  vertegenwoordiger: 'representative',
  motie: 'motion',
  amendement: 'motion',
  preadvies: 'motion',
  verantwoordingsronde: 'motion',
  onderwerp: 'motion',
  alternatieven: 'alternatives',
};

/** The chair's console under /beheer/vergaderingen/{id}/stemmen (chair, staff, admin). */
export function assemblyConsoleRoutes(app: FastifyInstance, web: Web, live: LiveStreams): void {
  const org = web.ctx.organisation.id;
  const guard = staffOnly('vote.write');
  const meetingOf = (id: string) => meetingOrNotFound(web, id);
  const motionOptions = (meetingId: string) => voteChoices(web.ctx.db, org, meetingId);
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
  ) =>
    changeOrRefuse(
      run,
      FIELDS,
      (refused) => render(request, reply, meetingId, values, refused),
      () => {
        live.notify(meetingId);
        return reply.redirect(`/beheer/vergaderingen/${meetingId}/stemmen`, 303);
      },
    );
  const path = '/beheer/vergaderingen/:id/stemmen';

  app.get<MeetingParams>(path, { preHandler: guard }, async (request, reply) => {
    const meeting = await meetingOf(request.params.id);
    return render(request, reply, meeting.id, {}, {});
  });

  app.post<MeetingParams>(path, { preHandler: guard }, async (request, reply) => {
    const meeting = await meetingOf(request.params.id);
    const v = readForm(request.body);
    const motions = await motionOptions(meeting.id);
    const value = chosen(v.motion, motions);
    if (!value)
      return render(request, reply, meeting.id, v, {
        motion:
          'Kies een agendapunt: een motie, deel, amendement, preadvies, resolutie of de verantwoording.',
      });
    const subject = motions.find((m) => m.value === value)!.label;
    const about = subjectOfChoice(value);
    const lines = (v.alternatives ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    const alternatives = lines.length ? lines : null;
    // Prepared and opened together: a vote that may not be opened (another is open) leaves nothing behind.
    return act(request, reply, meeting.id, v, () =>
      inTransaction(web.ctx.db, async (trx) => {
        const writer = writerOf(request);
        const vote = await prepareVote({
          db: trx,
          writer,
          meetingId: meeting.id,
          subject,
          ...about,
          alternatives,
        });
        await openVote({ db: trx, writer, voteId: vote.id });
      }),
    );
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

  /** The result recorded by hand: acclamation, or the weights counted in the hall. */
  app.post<VoteParams>(`${path}/:vote/hand`, { preHandler: guard }, async (request, reply) => {
    const meeting = await meetingOf(request.params.id);
    if (!isUuid(request.params.vote)) throw pageNotFound();
    const state = await assemblyState(web.ctx.db, org, meeting.id);
    if (!state.votes.some((x) => x.id === request.params.vote)) throw pageNotFound();
    const v = readForm(request.body);
    const writer = writerOf(request);
    if (v.wijze === 'acclamatie')
      return act(request, reply, meeting.id, v, () =>
        closeVoteByHand({ db: web.ctx.db, writer, voteId: request.params.vote, acclamation: true }),
      );
    const errors: FormErrors = {};
    const counted = { for: 0, against: 0, abstain: 0 };
    for (const [field, choice] of [
      ['voor', 'for'],
      ['tegen', 'against'],
      ['onthouding', 'abstain'],
    ] as const) {
      const text = (v[field] ?? '').replace(',', '.');
      const n = text === '' ? 0 : Number(text);
      if (!Number.isFinite(n) || n < 0) errors[field] = 'Vul een gewicht in (een getal van 0 of meer).';
      else counted[choice] = n;
    }
    if (!hasErrors(errors) && counted.for + counted.against + counted.abstain === 0)
      errors.voor = 'Vul de getelde gewichten in.';
    if (hasErrors(errors)) return render(request, reply, meeting.id, v, errors);
    return act(request, reply, meeting.id, v, () =>
      closeVoteByHand({ db: web.ctx.db, writer, voteId: request.params.vote, acclamation: false, counted }),
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
