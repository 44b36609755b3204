import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize, writerOf } from '../../../auth/index.js';
import type { BallotChoice } from '../../../domain/types.js';
import { castRemoteBallot, loadRemoteVote } from '../../../services/remote-votes/remote-vote.js';
import { findMemberBallots } from '../../../services/votes/find-member-ballots.js';
import { errorsFromRefusal, type FormErrors, hasErrors, readForm } from '../../forms.js';
import { clockOf, memberOnly, ownMember } from '../../member-workspace.js';
import { RemoteVotePage } from '../../pages/workspace/RemoteVotePage.js';
import { redirectWithNotice, staffContext } from '../../staff.js';
import { isUuid, pageNotFound, readCaseOf, sendPage, type Web } from '../../web.js';

type Id = { Params: { id: string } };
const CHOICES: readonly BallotChoice[] = ['for', 'against', 'abstain'];

/** A ledenraadpleging: public progress and result; the ballot in the member's workspace during the period. */
export function remoteVoteRoutes(app: FastifyInstance, web: Web): void {
  const view = (request: FastifyRequest, id: string) => {
    if (!isUuid(id)) throw pageNotFound();
    return loadRemoteVote({ ...readCaseOf(web, request), voteId: id });
  };

  app.get<Id>('/raadplegingen/:id', async (request, reply) => {
    const data = { view: await view(request, request.params.id) };
    return sendPage(reply, <RemoteVotePage ctx={await web.pageContext(request)} data={data} />);
  });

  const renderBallot = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    errors: FormErrors,
  ) => {
    const v = await view(request, id);
    const ballots = await findMemberBallots({ ...readCaseOf(web, request), memberId: ownMember(request) });
    const own = ballots.find((b) => b.voteId === v.vote.id);
    const { today } = clockOf(web);
    const running = v.vote.status === 'open' && today >= v.remote.opensOn && today <= v.remote.closesOn;
    const data = { view: v, own, canVote: running && !own, errors };
    return sendPage(
      reply,
      <RemoteVotePage ctx={await staffContext(web, request, reply)} data={data} />,
      hasErrors(errors) ? 400 : 200,
    );
  };
  app.get<Id>('/mijn/raadplegingen/:id', { preHandler: memberOnly() }, (request, reply) =>
    renderBallot(request, reply, request.params.id, {}),
  );
  app.post<Id>('/mijn/raadplegingen/:id', { preHandler: memberOnly() }, async (request, reply) => {
    const { id } = request.params;
    if (!isUuid(id)) throw pageNotFound();
    const choice = readForm(request.body).keuze as BallotChoice;
    const { vote } = await view(request, id);
    const allowed: readonly string[] = vote.alternatives?.length
      ? vote.alternatives.map((a) => a.key)
      : CHOICES;
    if (!allowed.includes(choice))
      return renderBallot(request, reply, id, {
        keuze: vote.alternatives?.length
          ? 'Kies een van de alternatieven.'
          : 'Kies voor, tegen of onthouding.',
      });
    const memberId = ownMember(request);
    authorize(request.principal, 'vote.cast', { memberIds: [memberId] });
    try {
      await castRemoteBallot({
        db: web.ctx.db,
        writer: writerOf(request),
        voteId: id,
        memberId,
        choice,
        today: clockOf(web).today,
      });
      return redirectWithNotice(reply, `/mijn/raadplegingen/${id}`, 'gestemd');
    } catch (error) {
      const refused = errorsFromRefusal(error);
      if (!refused) throw error;
      return renderBallot(request, reply, id, refused);
    }
  });
}
