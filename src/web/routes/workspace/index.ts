import type { FastifyInstance } from 'fastify';
import type { Web } from '../../web.js';
import { cosubmitInvitationRoutes } from './cosubmit-invitations.js';
import { memberMotionRoutes } from './member-motion.js';
import { newAmendmentRoutes } from './new-amendment.js';
import { newMotionRoutes } from './new-motion.js';
import { workspaceHomeRoutes } from './workspace-home.js';

/**
 * The members' workspace (/mijn): a municipality's clerk or representative drafts and submits motions and
 * amendments before the deadline, invites co-submitters and confirms invitations, withdraws, follows, and sees
 * the municipality's motions, votes and registrations. Reads go through the read use cases; writes through the
 * same use cases as the API (issue 13), each in one transaction with its audit event.
 */
export function workspaceRoutes(app: FastifyInstance, web: Web): void {
  workspaceHomeRoutes(app, web);
  newMotionRoutes(app, web);
  memberMotionRoutes(app, web);
  cosubmitInvitationRoutes(app, web);
  newAmendmentRoutes(app, web);
}
