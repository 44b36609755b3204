import type { FastifyInstance } from 'fastify';
import { writerOf } from '../../../auth/index.js';
import { readUnsubscribeLink, unsubscribe } from '../../../services/outbox/unsubscribe.js';
import { systemClock } from '../../../store/clock.js';
import {
  countOutboxByStatus,
  getOutboxMessage,
  listOutboxMessages,
  requeueMessage,
} from '../../../store/repositories/outbox.js';
import { OUTBOX_STATUS_LABELS, OutboxMessagePage, OutboxPage } from '../../pages/outbox/OutboxPage.js';
import { UnsubscribePage } from '../../pages/outbox/UnsubscribePage.js';
import { publicFormContext, redirectWithNotice, staffContext, staffOnly } from '../../staff.js';
import { isUuid, pageNotFound, queryPage, queryString, sendPage, type Web } from '../../web.js';

const PAGE_SIZE = 50;
const ONE_CLICK = /List-Unsubscribe=One-Click/;

/** Staff: the outbox (/beheer/berichten). Public: the unsubscribe link of every message (/afmelden/{token}). */
export function outboxRoutes(app: FastifyInstance, web: Web): void {
  const { db, organisation } = web.ctx;
  const clock = web.ctx.clock ?? systemClock;

  app.get('/beheer/berichten', { preHandler: staffOnly() }, async (request, reply) => {
    const status = queryString(request.query, 'status');
    const known = Object.hasOwn(OUTBOX_STATUS_LABELS, status) ? status : '';
    const page = queryPage(request.query);
    const [counts, list] = await Promise.all([
      countOutboxByStatus(db, organisation.id),
      listOutboxMessages(
        db,
        organisation.id,
        { status: known ? [known] : undefined },
        { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
      ),
    ]);
    const data = {
      smtpConfigured: Boolean(process.env.SMTP_URL?.trim()),
      counts,
      status: known,
      messages: list.items,
      page,
      pageCount: Math.max(1, Math.ceil(list.total / PAGE_SIZE)),
    };
    return sendPage(reply, <OutboxPage ctx={await staffContext(web, request, reply)} data={data} />);
  });

  app.get<{ Params: { id: string } }>(
    '/beheer/berichten/:id',
    { preHandler: staffOnly() },
    async (request, reply) => {
      const message = isUuid(request.params.id)
        ? await getOutboxMessage(db, organisation.id, request.params.id)
        : undefined;
      if (!message) throw pageNotFound();
      return sendPage(
        reply,
        <OutboxMessagePage ctx={await staffContext(web, request, reply)} message={message} />,
      );
    },
  );

  app.post<{ Params: { id: string } }>(
    '/beheer/berichten/:id/opnieuw',
    { preHandler: staffOnly('meeting.write') },
    async (request, reply) => {
      if (!isUuid(request.params.id)) throw pageNotFound();
      await requeueMessage(db, writerOf(request), request.params.id, clock.now().toISOString());
      return redirectWithNotice(reply, `/beheer/berichten/${request.params.id}`, 'opnieuw-in-wachtrij');
    },
  );

  app.get<{ Params: { token: string } }>('/afmelden/:token', async (request, reply) => {
    const link = await readUnsubscribeLink(db, request.params.token);
    const ctx = await publicFormContext(web, request, reply);
    if (!link || link.organisationId !== organisation.id)
      return sendPage(reply, <UnsubscribePage ctx={ctx} data={{ state: 'unknown' }} />, 404);
    const data = {
      state: link.done ? ('done' as const) : ('ask' as const),
      description: link.description,
      maskedEmail: link.maskedEmail,
      action: `/afmelden/${request.params.token}`,
    };
    return sendPage(reply, <UnsubscribePage ctx={ctx} data={data} />);
  });

  // A form post from the page, or a mail program's one-click unsubscribe (RFC 8058): no login, the token is the key.
  app.post<{ Params: { token: string } }>(
    '/afmelden/:token',
    { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const done = await unsubscribe({
        db,
        writer: { ...writerOf(request), organisationId: organisation.id },
        token: request.params.token,
        at: clock.now().toISOString(),
      });
      const oneClick = typeof request.body === 'string' && ONE_CLICK.test(request.body);
      if (oneClick || (request.body as Record<string, unknown> | undefined)?.['List-Unsubscribe'])
        return reply
          .code(done ? 200 : 404)
          .type('text/plain; charset=utf-8')
          .send(done ? 'Afgemeld.' : 'Onbekend.');
      const ctx = await publicFormContext(web, request, reply);
      if (!done) return sendPage(reply, <UnsubscribePage ctx={ctx} data={{ state: 'unknown' }} />, 404);
      return sendPage(
        reply,
        <UnsubscribePage
          ctx={ctx}
          data={{ state: 'done', description: done.description, maskedEmail: done.maskedEmail, action: '' }}
        />,
      );
    },
  );
}
