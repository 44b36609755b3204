import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { writerOf } from '../../../auth/index.js';
import {
  castSeatBallots,
  closeSeatVote,
  councilRoll,
  openSeatVote,
  recordCouncilAttendance,
  recordFactionVote,
} from '../../../services/council/seat-vote.js';
import { publishVote } from '../../../services/votes/move-vote.js';
import { listFactions } from '../../../store/repositories/council.js';
import { listCouncilBallots } from '../../../store/repositories/council-votes.js';
import { listVotes } from '../../../store/repositories/votes.js';
import {
  changeOrRefuse,
  type FormErrors,
  type FormValues,
  formList,
  hasErrors,
  readForm,
} from '../../forms.js';
import { CouncilConsolePage } from '../../pages/assembly/CouncilConsolePage.js';
import { staffContext, staffOnly } from '../../staff.js';
import { isUuid, pageNotFound, sendPage, type Web } from '../../web.js';
import { meetingOrNotFound, submittedMotions } from './meeting-lookups.js';

type MeetingParams = { Params: { id: string } };
type VoteParams = { Params: { id: string; vote: string } };

/**
 * The chair's console for a council meeting under /beheer/vergaderingen/{id}/raadsstemming: the council's
 * attendance list and votes by seats; served instead of the association's weighted console (by organisation kind).
 */
export function councilConsoleRoutes(app: FastifyInstance, web: Web): void {
  const org = web.ctx.organisation.id;
  const guard = staffOnly('vote.write');
  const path = '/beheer/vergaderingen/:id/raadsstemming';
  const home = (id: string) => `/beheer/vergaderingen/${id}/raadsstemming`;
  const meetingOf = (id: string) => meetingOrNotFound(web, id);
  const motionOptions = async (meetingId: string) =>
    (await submittedMotions(web, meetingId)).map((m) => ({ value: m.id, label: m.label }));

  // The meeting page links every organisation's console at /stemmen: a council's is this one.
  app.get<MeetingParams>('/beheer/vergaderingen/:id/stemmen', async (request, reply) => {
    if (!isUuid(request.params.id)) throw pageNotFound();
    return reply.redirect(home(request.params.id), 303);
  });
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    meetingId: string,
    values: FormValues,
    errors: FormErrors,
  ) => {
    const db = web.ctx.db;
    const [roll, factions, motions, votes] = await Promise.all([
      councilRoll(db, org, meetingId),
      listFactions(db, org),
      motionOptions(meetingId),
      listVotes(db, org, { meetingId }, { limit: 200, offset: 0 }, 'created'),
    ]);
    const open = votes.items.find((v) => v.status === 'open') ?? null;
    const ballots = open ? await listCouncilBallots(db, org, open.id) : [];
    const date = roll.meeting.date;
    const termFactions = factions.filter(
      (f) => f.termStart <= date && (f.termEnd === null || date <= f.termEnd),
    );
    const ctx = await staffContext(web, request, reply);
    const data = { roll, factions: termFactions, motions, votes: votes.items, open, ballots, values, errors };
    return sendPage(reply, <CouncilConsolePage ctx={ctx} data={data} />, hasErrors(errors) ? 400 : 200);
  };
  const act = async (
    request: FastifyRequest,
    reply: FastifyReply,
    meetingId: string,
    values: FormValues,
    run: () => Promise<unknown>,
  ) =>
    changeOrRefuse(
      run,
      { motie: 'motie' },
      (refused) => render(request, reply, meetingId, values, refused),
      () => reply.redirect(home(meetingId), 303),
    );
  const voteOf = async (meetingId: string, voteId: string) => {
    if (!isUuid(voteId)) throw pageNotFound();
    const votes = await listVotes(web.ctx.db, org, { meetingId }, { limit: 200, offset: 0 });
    if (!votes.items.some((v) => v.id === voteId)) throw pageNotFound();
    return voteId;
  };
  /** Fields named `{prefix}{uuid}` with a non-empty value, as [uuid, value]. */
  const prefixed = (values: FormValues, prefix: string) =>
    Object.entries(values)
      .filter(([key, value]) => key.startsWith(prefix) && value !== '')
      .map(([key, value]) => [key.slice(prefix.length), value] as const);

  app.get<MeetingParams>(path, { preHandler: guard }, async (request, reply) => {
    const meeting = await meetingOf(request.params.id);
    return render(request, reply, meeting.id, {}, {});
  });

  app.post<MeetingParams>(`${path}/aanwezig`, { preHandler: guard }, async (request, reply) => {
    const meeting = await meetingOf(request.params.id);
    const personIds = formList(request.body, 'aanwezig').filter(isUuid);
    return act(request, reply, meeting.id, {}, () =>
      recordCouncilAttendance({
        db: web.ctx.db,
        writer: writerOf(request),
        meetingId: meeting.id,
        personIds,
      }),
    );
  });

  app.post<MeetingParams>(`${path}/openen`, { preHandler: guard }, async (request, reply) => {
    const meeting = await meetingOf(request.params.id);
    const v = readForm(request.body);
    const motion = (await motionOptions(meeting.id)).find((m) => m.value === v.motie);
    if (!motion)
      return render(request, reply, meeting.id, v, {
        motie: 'Kies een ingediende motie van deze vergadering.',
      });
    return act(request, reply, meeting.id, v, () =>
      openSeatVote({
        db: web.ctx.db,
        writer: writerOf(request),
        meetingId: meeting.id,
        motionId: motion.value,
        subject: motion.label,
      }),
    );
  });

  app.post<VoteParams>(`${path}/:vote/leden`, { preHandler: guard }, async (request, reply) => {
    const meeting = await meetingOf(request.params.id);
    const voteId = await voteOf(meeting.id, request.params.vote);
    const v = readForm(request.body);
    const ballots = prefixed(v, 'stem-').map(([personId, choice]) => ({ personId, choice }));
    if (ballots.length === 0)
      return render(request, reply, meeting.id, v, { '': 'Kies bij minstens één raadslid een stem.' });
    return act(request, reply, meeting.id, v, () =>
      castSeatBallots({ db: web.ctx.db, writer: writerOf(request), voteId, ballots }),
    );
  });

  app.post<VoteParams>(`${path}/:vote/fracties`, { preHandler: guard }, async (request, reply) => {
    const meeting = await meetingOf(request.params.id);
    const voteId = await voteOf(meeting.id, request.params.vote);
    const v = readForm(request.body);
    const factionChoices = Object.fromEntries(prefixed(v, 'fractie-'));
    const apart = prefixed(v, 'afwijkend-').map(([personId, choice]) => ({ personId, choice }));
    if (Object.keys(factionChoices).length === 0 && apart.length === 0)
      return render(request, reply, meeting.id, v, {
        '': 'Kies bij minstens één fractie of raadslid een stem.',
      });
    return act(request, reply, meeting.id, v, () =>
      recordFactionVote({ db: web.ctx.db, writer: writerOf(request), voteId, factionChoices, apart }),
    );
  });

  for (const [step, run] of Object.entries({ sluiten: closeSeatVote, publiceren: publishVote })) {
    app.post<VoteParams>(`${path}/:vote/${step}`, { preHandler: guard }, async (request, reply) => {
      const meeting = await meetingOf(request.params.id);
      const voteId = await voteOf(meeting.id, request.params.vote);
      return act(request, reply, meeting.id, {}, () =>
        run({ db: web.ctx.db, writer: writerOf(request), voteId }),
      );
    });
  }
}
