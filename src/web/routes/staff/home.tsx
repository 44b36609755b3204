import type { FastifyInstance } from 'fastify';
import { can } from '../../../auth/index.js';
import { portalWords } from '../../../domain/vocabulary/index.js';
import { listAccountabilityRounds } from '../../../store/repositories/accountability.js';
import { listMotions } from '../../../store/repositories/motions.js';
import { listResolutions } from '../../../store/repositories/resolutions.js';
import { StaffHomePage } from '../../pages/staff/StaffHomePage.js';
import { staffContext, staffOnly } from '../../staff.js';
import { sendPage, type Web } from '../../web.js';

export function staffHomeRoutes(app: FastifyInstance, web: Web): void {
  app.get('/beheer', { preHandler: staffOnly() }, async (request, reply) => {
    const { db, organisation } = web.ctx;
    const org = organisation.id;
    const page = { limit: 20, offset: 0 };
    const [drafts, submitted, resolutions, rounds] = await Promise.all([
      listMotions(db, org, { status: ['draft'] }, page, '-created'),
      listMotions(db, org, { status: ['submitted'] }, page, '-created'),
      listResolutions(db, org, {}, page, '-created'),
      listAccountabilityRounds(db, org, {}, { limit: 5, offset: 0 }, '-opened'),
    ]);
    const data = {
      drafts: drafts.items,
      submitted: submitted.items,
      resolutions: resolutions.items,
      rounds: rounds.items,
      isAdmin: can(request.principal, 'user.write'),
      managesOrganisations: web.ctx.managesOrganisations !== false,
      isCouncil: !portalWords(organisation.kind ?? 'vereniging').associationParts,
    };
    return sendPage(reply, <StaffHomePage ctx={await staffContext(web, request, reply)} data={data} />);
  });
}
