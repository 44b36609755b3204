import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize, writerOf } from '../../../auth/index.js';
import { answerCosubmitInvitation } from '../../../services/workspace/cosubmitters.js';
import { loadInvitation } from '../../../services/workspace/load-workspace.js';
import { errorsFromRefusal, type FormErrors, hasErrors } from '../../forms.js';
import { clockOf, memberOnly, ownMember } from '../../member-workspace.js';
import { InvitationPage } from '../../pages/workspace/MemberMotionPages.js';
import { redirectWithNotice, staffContext } from '../../staff.js';
import { isUuid, pageNotFound, readCaseOf, sendPage, type Web } from '../../web.js';

type Id = { Params: { id: string } };

/** Invitations to co-submit (/mijn/uitnodigingen/{id}): the invited municipality confirms or declines. */
export function cosubmitInvitationRoutes(app: FastifyInstance, web: Web): void {
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
      <InvitationPage ctx={await staffContext(web, request, reply)} data={{ ...found, errors }} />,
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
}
