import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { writerOf } from '../../../auth/index.js';
import { formatDutchDate, portalWords } from '../../../domain/vocabulary/index.js';
import { openRemoteVoteWithInvitations } from '../../../services/remote-votes/open-remote-vote-with-invitations.js';
import { listMeetings } from '../../../store/repositories/meetings.js';
import { listMotions } from '../../../store/repositories/motions.js';
import { listRemoteVotes } from '../../../store/repositories/remote-votes.js';
import { getVote } from '../../../store/repositories/votes.js';
import { errorsFromRefusal, type FormErrors, type FormValues, hasErrors, readForm } from '../../forms.js';
import { clockOf } from '../../member-workspace.js';
import { RemoteVoteFormPage } from '../../pages/staff/RemoteVoteFormPage.js';
import { redirectWithNotice, staffContext, staffOnly } from '../../staff.js';
import { chosen } from '../../staff-options.js';
import { sendPage, type Web } from '../../web.js';

const HOME = '/beheer/raadplegingen';

/**
 * The bureau's form to open a ledenraadpleging (issue 12, point 7) under /beheer/raadplegingen: through
 * services/remote-votes (transaction, audit events, an invitation per member account in the outbox).
 * Associations only: a council has no weighted member votes.
 */
export function staffRemoteVoteRoutes(app: FastifyInstance, web: Web): void {
  if (!portalWords(web.ctx.organisation.kind ?? 'vereniging').associationParts) return;
  const { db, organisation } = web.ctx;
  const org = organisation.id;

  /** Meetings that can still ratify: planned, today or later. */
  const meetingChoices = async () => {
    const { today } = clockOf(web);
    const { items } = await listMeetings(db, org, { from: today }, { limit: 200, offset: 0 }, 'date');
    return items
      .filter((m) => m.status !== 'cancelled')
      .map((m) => ({ value: m.id, label: `${m.title} (${formatDutchDate(m.date)})` }));
  };
  const motionChoices = async () => {
    const { items } = await listMotions(db, org, {}, { limit: 500, offset: 0 });
    return items.map((m) => ({ value: m.id, label: m.title }));
  };

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: FormValues,
    errors: FormErrors,
  ) => {
    const remotes = await listRemoteVotes(db, org);
    const [meetings, motions, votes] = await Promise.all([
      meetingChoices(),
      motionChoices(),
      Promise.all(remotes.map((r) => getVote(db, org, r.id))),
    ]);
    const remoteVotes = remotes.map((r, i) => ({
      id: r.id,
      subject: votes[i]?.subject ?? 'Ledenraadpleging',
      period: `${formatDutchDate(r.opensOn)} t/m ${formatDutchDate(r.closesOn)}`,
    }));
    const page = (
      <RemoteVoteFormPage
        ctx={await staffContext(web, request, reply)}
        remoteVotes={remoteVotes}
        motions={motions}
        meetings={meetings}
        values={values}
        errors={errors}
      />
    );
    return sendPage(reply, page, hasErrors(errors) ? 400 : 200);
  };

  app.get(HOME, { preHandler: staffOnly() }, (request, reply) => render(request, reply, {}, {}));

  app.post(HOME, { preHandler: staffOnly('vote.write') }, async (request, reply) => {
    const v = readForm(request.body);
    const errors: FormErrors = {};
    const ratificationMeetingId = chosen(v.vergadering, await meetingChoices());
    if (!ratificationMeetingId) errors.vergadering = 'Kies de vergadering die de uitslag bekrachtigt.';
    const motionId = v.motie ? chosen(v.motie, await motionChoices()) : null;
    if (v.motie && !motionId) errors.motie = 'Kies een motie uit de lijst.';
    if (!v.onderwerp?.trim()) errors.onderwerp = 'Geef de vraag of het onderwerp van de raadpleging.';
    if (hasErrors(errors)) return render(request, reply, v, errors);
    try {
      const { vote } = await openRemoteVoteWithInvitations({
        db,
        writer: writerOf(request),
        subject: v.onderwerp ?? '',
        motionId,
        alternatives: (v.alternatieven ?? '').split(/\r?\n/),
        opensOn: v.vanaf ?? '',
        closesOn: v.tot ?? '',
        ratificationMeetingId: ratificationMeetingId!,
        organisationName: organisation.name,
        at: clockOf(web).at,
      });
      return redirectWithNotice(reply, `/raadplegingen/${vote.id}`, 'raadpleging-geopend');
    } catch (error) {
      const refused = errorsFromRefusal(error, {
        onderwerp: 'onderwerp',
        motie: 'motie',
        alternatieven: 'alternatieven',
        vanaf: 'vanaf',
        tot: 'tot',
        vergadering: 'vergadering',
      });
      if (!refused) throw error;
      return render(request, reply, v, refused);
    }
  });
}
