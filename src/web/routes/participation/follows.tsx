import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { csrfGuard, writerOf } from '../../../auth/index.js';
import { ANONYMOUS } from '../../../auth/roles.js';
import { confirmFollow, readFollowLink, requestFollow } from '../../../services/follows/follow-motion.js';
import { canSeeMotion } from '../../../services/visibility.js';
import { systemClock } from '../../../store/clock.js';
import { getMotion } from '../../../store/repositories/motions.js';
import { errorsFromRefusal, type FormErrors, type FormValues, readForm } from '../../forms.js';
import { FollowConfirmPage, FollowFormPage, FollowRequestedPage } from '../../pages/follows/FollowPages.js';
import { publicFormContext } from '../../staff.js';
import { isUuid, pageNotFound, sendPage, type Web } from '../../web.js';

const LIMIT = { rateLimit: { max: 20, timeWindow: '1 minute' } };

/** Public: follow a published motion by e-mail (/moties/{id}/volgen), confirmed by a link (/volgen/{code}). */
export function followRoutes(app: FastifyInstance, web: Web): void {
  const { db, organisation } = web.ctx;
  const clock = web.ctx.clock ?? systemClock;
  const writerFor = (request: FastifyRequest) => ({ ...writerOf(request), organisationId: organisation.id });

  const loadMotion = async (id: string) => {
    const motion = isUuid(id) ? await getMotion(db, organisation.id, id) : undefined;
    if (!motion || !canSeeMotion(ANONYMOUS, motion)) throw pageNotFound();
    return motion;
  };

  const formPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    motionId: string,
    values: FormValues,
    errors: FormErrors,
  ) =>
    sendPage(
      reply,
      <FollowFormPage
        ctx={await publicFormContext(web, request, reply)}
        motion={await loadMotion(motionId)}
        values={values}
        errors={errors}
      />,
      Object.keys(errors).length ? 400 : 200,
    );

  app.get<{ Params: { id: string } }>('/moties/:id/volgen', async (request, reply) =>
    formPage(request, reply, request.params.id, {}, {}),
  );

  app.post<{ Params: { id: string } }>(
    '/moties/:id/volgen',
    { preHandler: csrfGuard, config: LIMIT },
    async (request, reply) => {
      const motion = await loadMotion(request.params.id);
      const values = readForm(request.body);
      try {
        await requestFollow({
          db,
          writer: writerFor(request),
          clock,
          organisationName: organisation.name,
          motionId: motion.id,
          email: values.email ?? '',
        });
      } catch (error) {
        const errors = errorsFromRefusal(error, { email: 'email' });
        if (!errors) throw error;
        return formPage(request, reply, motion.id, values, errors);
      }
      return sendPage(
        reply,
        <FollowRequestedPage ctx={await publicFormContext(web, request, reply)} motion={motion} />,
        202,
      );
    },
  );

  app.get<{ Params: { code: string } }>('/volgen/:code', async (request, reply) => {
    const link = await readFollowLink({ db, writer: writerFor(request), code: request.params.code });
    const ctx = await publicFormContext(web, request, reply);
    if (!link) return sendPage(reply, <FollowConfirmPage ctx={ctx} data={{ state: 'unknown' }} />, 404);
    const data = {
      state: link.confirmed ? ('done' as const) : ('ask' as const),
      motionId: link.motionId,
      motionTitle: link.motionTitle,
      action: `/volgen/${request.params.code}`,
    };
    return sendPage(reply, <FollowConfirmPage ctx={ctx} data={data} />);
  });

  app.post<{ Params: { code: string } }>(
    '/volgen/:code',
    { preHandler: csrfGuard, config: LIMIT },
    async (request, reply) => {
      const link = await confirmFollow({ db, writer: writerFor(request), clock, code: request.params.code });
      const ctx = await publicFormContext(web, request, reply);
      if (!link) return sendPage(reply, <FollowConfirmPage ctx={ctx} data={{ state: 'unknown' }} />, 404);
      return sendPage(reply, <FollowConfirmPage ctx={ctx} data={{ state: 'done', ...link, action: '' }} />);
    },
  );
}
