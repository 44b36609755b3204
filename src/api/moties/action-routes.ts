import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { type Action, authorize, type Resource, writerOf } from '../../auth/index.js';
import { motionOwner } from '../../auth/motion-ownership.js';
import { cosignMotion } from '../../services/motions/cosign-motion.js';
import { postponeMotion } from '../../services/motions/postpone-motion.js';
import { recordVoteResult } from '../../services/motions/record-vote-result.js';
import { submitMotion } from '../../services/motions/submit-motion.js';
import type { VoteOutcome } from '../../services/motions/vote-result.js';
import { withdrawMotion } from '../../services/motions/withdraw-motion.js';
import type { UseCase } from '../../services/types.js';
import { motionResource } from '../../services/visibility.js';
import type { MotionWithSubmitters } from '../../store/repositories/motions.js';
import { invalidParam } from '../errors/problem.js';
import { idParams } from '../http/schemas.js';
import { medeIndienenBody, meetingBody, reasonBody, stemuitslagBody } from './input.js';
import { presentMotion } from './presenter.js';
import { motieSchema } from './schema.js';
import { visibleMotion } from './visible-motion.js';

const OUTCOME: Record<string, VoteOutcome> = {
  aangenomen: 'adopted',
  verworpen: 'rejected',
  uitgesteld: 'postponed',
};

type ActionSpec<B extends z.ZodType> = {
  path: string;
  summary: string;
  description: string;
  body: B;
  action: Action;
  /** Whose record it is for an 'own-member' policy; default: the motion's submitters. */
  resource?: (motion: MotionWithSubmitters, body: z.output<B>, request: FastifyRequest) => Resource;
  run: (
    use: UseCase & { motion: MotionWithSubmitters; request: FastifyRequest },
    body: z.output<B>,
  ) => Promise<MotionWithSubmitters>;
};

/** The motion lifecycle as POST sub-resources (DESIGN §3); an illegal step answers 409 with the allowed ones. */
export function motionActionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const register = <B extends z.ZodType>(spec: ActionSpec<B>) =>
    r.post(
      `/moties/:id/${spec.path}`,
      {
        config: { policy: spec.action },
        schema: {
          tags: ['Moties'],
          summary: spec.summary,
          description: `${spec.description} Geeft de motie terug; een niet-toegestane stap geeft 409 met de huidige status en de toegestane vervolgstappen.`,
          params: idParams,
          body: spec.body,
          response: { 200: motieSchema },
        },
      },
      async (request) => {
        const motion = await visibleMotion(ctx, request, request.params.id);
        const body = request.body as z.output<B>;
        const resource = spec.resource?.(motion, body, request) ?? motionResource(motion);
        authorize(request.principal, spec.action, resource);
        const use = { db: ctx.db, writer: writerOf(request), motion, request };
        return presentMotion(await spec.run(use, body));
      },
    );

  register({
    path: 'indienen',
    summary: 'Motie indienen',
    description: 'concept → ingediend; ook uitgesteld → ingediend (de stemming wordt weer opgepakt).',
    body: meetingBody,
    action: 'motion.submit',
    resource: (motion) => motionOwner(motion),
    run: (u, b) => submitMotion({ ...u, motionId: u.motion.id, meetingId: b?.vergadering }),
  });
  register({
    path: 'intrekken',
    summary: 'Motie intrekken',
    description:
      'De eerste indiener trekt de motie in vóór de stemming (ingetrokken, definitief); mede-indieners kunnen dat niet.',
    body: reasonBody,
    action: 'motion.withdraw',
    resource: (motion) => motionOwner(motion),
    run: (u, b) => withdrawMotion({ ...u, motionId: u.motion.id, reason: b?.reden }),
  });
  register({
    path: 'uitstellen',
    summary: 'Stemming over de motie uitstellen',
    description: 'ingediend → uitgesteld (aangehouden vóór stemming).',
    body: meetingBody,
    action: 'motion.postpone',
    run: (u, b) =>
      postponeMotion({ ...u, motionId: u.motion.id, meetingId: b?.vergadering, reason: b?.reden }),
  });
  register({
    path: 'stemuitslag',
    summary: 'Stemuitslag vastleggen',
    description:
      'Legt de uitkomst van de stemming vast: aangenomen of verworpen (met het percentage vóór, of bij acclamatie), ' +
      'of uitgesteld. Per deel: POST /moties/{id}/delen/{deelId}/stemuitslag.',
    body: stemuitslagBody,
    action: 'motion.recordVote',
    run: (u, b) =>
      recordVoteResult({
        ...u,
        motionId: u.motion.id,
        outcome: OUTCOME[b.uitkomst],
        percentage: b.percentage,
        byAcclamation: b.bijAcclamatie,
        meetingId: b.vergadering,
      }),
  });
  register({
    path: 'mede-indienen',
    summary: 'Motie mede-indienen',
    description: 'Een lid tekent mee (vóór de stemming). Een vertegenwoordiger tekent voor het eigen lid.',
    body: medeIndienenBody,
    action: 'motion.cosign',
    resource: (_m, b, request) => ({ memberIds: [b?.lid ?? request.principal.memberId] }),
    run: (u, b) => {
      const memberId = b?.lid ?? u.request.principal.memberId;
      if (!memberId) throw invalidParam('lid', 'required', 'Geef het lid dat mede-indient.');
      return cosignMotion({ ...u, motionId: u.motion.id, memberId });
    },
  });
}
