import type { FastifyInstance } from 'fastify';
import { AccessibilityPage } from '../pages/AccessibilityPage.js';
import { sendPage, type Web } from '../web.js';

export function staticPageRoutes(app: FastifyInstance, web: Web): void {
  app.get('/toegankelijkheid', async (request, reply) =>
    sendPage(reply, <AccessibilityPage ctx={await web.pageContext(request)} />),
  );
  app.get('/toegankelijkheidsverklaring', async (_request, reply) =>
    reply.redirect('/toegankelijkheid', 301),
  );
}
