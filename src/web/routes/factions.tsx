import type { FastifyInstance } from 'fastify';
import { portalWords } from '../../domain/vocabulary/index.js';
import { loadFactionOverview } from '../../services/council/faction-overview.js';
import { KEPT } from '../kept-pages.js';
import { FactionListPage } from '../pages/FactionListPage.js';
import { FactionPage } from '../pages/FactionPage.js';
import { isUuid, pageNotFound, sendPage, type Web } from '../web.js';

/** A council's factions (not an association's: it has members, at /leden). */
export function factionRoutes(app: FastifyInstance, web: Web): void {
  const isCouncil = () => !portalWords(web.ctx.organisation.kind ?? 'vereniging').associationParts;

  app.get('/fracties', KEPT, async (request, reply) => {
    if (!isCouncil()) throw pageNotFound();
    const data = await loadFactionOverview(web.ctx.db, web.ctx.organisation.id);
    return sendPage(reply, <FactionListPage ctx={await web.pageContext(request)} data={data} />);
  });

  app.get<{ Params: { id: string } }>('/fracties/:id', KEPT, async (request, reply) => {
    if (!isCouncil() || !isUuid(request.params.id)) throw pageNotFound();
    const overview = await loadFactionOverview(web.ctx.db, web.ctx.organisation.id);
    const view = overview.factions.find((f) => f.faction.id === request.params.id);
    if (!view) throw pageNotFound();
    return sendPage(
      reply,
      <FactionPage
        ctx={await web.pageContext(request)}
        data={{ view, referenceDate: overview.referenceDate }}
      />,
    );
  });
}
