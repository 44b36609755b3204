import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server.js';
import { backoffMs, deliverDueMessages } from '../../src/services/outbox/deliver.js';
import { smtpMailer } from '../../src/services/outbox/mailer.js';
import { queueMessage } from '../../src/services/outbox/queue-message.js';
import { fixedClock } from '../../src/store/clock.js';
import {
  claimDueMessages,
  countOutboxByStatus,
  listOutboxMessages,
} from '../../src/store/repositories/outbox.js';
import { inTransaction } from '../../src/store/transaction.js';
import { ENGINES } from '../support/engines.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { type OutboxFixture, openOutboxFixture, queueTestMessages } from './outbox-fixture.js';

describe('SMTP_URL', () => {
  it('that is no mail server address is refused in Dutch, without repeating it (it may hold a password)', () => {
    for (const url of ['nonsense', 'http://gebruiker:geheim@mail.example.nl'])
      expect(() => smtpMailer(url)).toThrow(
        /^SMTP_URL is geen geldig adres van een mailserver \(voorbeeld: smtp:\/\/gebruiker:wachtwoord@/,
      );
    expect(() => smtpMailer('smtp://mail.example.nl:587')).not.toThrow();
  });
});

describe.each(ENGINES)('the outbox on %s', (engine) => {
  let f: OutboxFixture;
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    f = await openOutboxFixture(engine);
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp?.close();
    await f?.cleanup();
  });
  afterEach(() => {
    smtp.answer = () => ({ kind: 'accept' });
  });

  it('stores a message once per idempotency key, with a Message-ID derived from the key', async () => {
    await queueTestMessages(f, 2, 'idem');
    await queueTestMessages(f, 2, 'idem');
    const list = await listOutboxMessages(f.ctx.db, f.ctx.organisation.id, { kind: 'test' });
    expect(list.total).toBe(2);
    expect(new Set(list.items.map((m) => m.messageId)).size).toBe(2);
    expect(list.items.every((m) => /^<[0-9a-f]{40}@motiemonitor>$/.test(m.messageId))).toBe(true);
  });

  it('sends every due message over SMTP: recipient, Dutch text and HTML, links and the unsubscribe header', async () => {
    const before = smtp.received.length;
    const report = await deliverDueMessages({ ctx: f.ctx, mailer: smtpMailer(smtp.url), clock: f.ctx.clock });
    expect(report).toEqual({ sent: 2, retried: 0, failed: 0 });
    const mails = smtp.received.slice(before);
    expect(mails.map((m) => m.envelopeTo).sort()).toEqual([
      ['persoon1@gemeente1.example'],
      ['persoon2@gemeente2.example'],
    ]);
    const first = mails.find((m) => m.envelopeTo[0] === 'persoon1@gemeente1.example')!;
    expect(first.subject).toBe('Bericht 1');
    expect(first.text).toContain('Beste Persoon 1,');
    expect(first.text).toContain('Bekijk: https://portal.example/vergaderingen/1');
    expect(first.text).toContain('Vereniging van Nederlandse Gemeenten');
    expect(first.html).toContain('<html lang="nl">');
    expect(first.html).toContain('href="https://portal.example/vergaderingen/1"');
    const unsubscribe = /Meld u af: (https:\/\/portal\.example\/afmelden\/[A-Za-z0-9_-]+)/.exec(
      first.text,
    )?.[1];
    expect(unsubscribe).toBeTruthy();
    expect(first.headerLines).toContain(`List-Unsubscribe: <${unsubscribe}>`);
    expect(first.headerLines).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(first.envelopeFrom).toBe('no-reply@motiemonitor.invalid');
    const counts = await countOutboxByStatus(f.ctx.db, f.ctx.organisation.id);
    expect(counts).toMatchObject({ queued: 0, sending: 0, sent: 2 });
    // Nothing is due any more: a second run sends nothing.
    expect(
      await deliverDueMessages({ ctx: f.ctx, mailer: smtpMailer(smtp.url), clock: f.ctx.clock }),
    ).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
    });
  });

  it('retries a temporary refusal later with back-off, and fails a permanent one', async () => {
    await queueTestMessages(f, 2, 'retry');
    smtp.answer = (_n, mail) =>
      mail.envelopeTo[0] === 'persoon1@gemeente1.example'
        ? { kind: 'refuse', code: 451, message: 'Probeer het later nog eens' }
        : { kind: 'refuse', code: 550, message: 'Onbekende ontvanger' };
    const t0 = f.ctx.clock.now();
    const report = await deliverDueMessages({ ctx: f.ctx, mailer: smtpMailer(smtp.url), clock: f.ctx.clock });
    expect(report).toEqual({ sent: 0, retried: 1, failed: 1 });
    const queued = await listOutboxMessages(f.ctx.db, f.ctx.organisation.id, { status: ['queued'] });
    expect(queued.items).toHaveLength(1);
    expect(queued.items[0].attempts).toBe(1);
    expect(queued.items[0].nextAttemptAt).toBe(new Date(t0.getTime() + backoffMs(1)).toISOString());
    expect(queued.items[0].lastError).toContain('451');
    const failed = await listOutboxMessages(f.ctx.db, f.ctx.organisation.id, { status: ['failed'] });
    expect(failed.items.map((m) => m.lastError)).toEqual([expect.stringContaining('550')]);

    // Not due yet a minute later minus a second; due at the back-off time; then accepted.
    smtp.answer = () => ({ kind: 'accept' });
    const early = fixedClock(new Date(t0.getTime() + backoffMs(1) - 1000).toISOString());
    expect((await deliverDueMessages({ ctx: f.ctx, mailer: smtpMailer(smtp.url), clock: early })).sent).toBe(
      0,
    );
    const later = fixedClock(new Date(t0.getTime() + backoffMs(1)).toISOString());
    expect((await deliverDueMessages({ ctx: f.ctx, mailer: smtpMailer(smtp.url), clock: later })).sent).toBe(
      1,
    );
    expect(backoffMs(2)).toBe(2 * backoffMs(1));
    expect(backoffMs(30)).toBe(6 * 3_600_000);
  });

  it('does not let two workers claim the same message, and takes back a message whose lease ran out', async () => {
    await queueTestMessages(f, 1, 'lease');
    const now = f.ctx.clock.now().toISOString();
    const leaseUntil = new Date(Date.parse(now) + 60_000).toISOString();
    const claim = (at: string) =>
      claimDueMessages(f.ctx.db, { organisationId: f.ctx.organisation.id, now: at, leaseUntil, limit: 10 });
    const [a, b] = await Promise.all([claim(now), claim(now)]);
    expect(a.length + b.length).toBe(1);
    expect(await claim(now)).toHaveLength(0);
    const afterLease = await claim(new Date(Date.parse(leaseUntil) + 1).toISOString());
    expect(afterLease.map((m) => m.idempotencyKey)).toEqual(['lease-1']);
    expect(afterLease[0].attempts).toBe(2);
  });

  it('keeps messages queued without SMTP, and the unsubscribe link works without logging in', async () => {
    const app = await buildServer({ ctx: f.ctx });
    try {
      await inTransaction(f.ctx.db, (trx) =>
        queueMessage(trx, f.writer, {
          key: 'unsubscribe-1',
          kind: 'test',
          category: 'poll',
          to: { email: 'Griffie@Gouda.example' },
          content: { subject: 'Peiling geopend', paragraphs: ['Er is een nieuwe peiling.'] },
          organisationName: f.ctx.organisation.name,
          at: f.ctx.clock.now().toISOString(),
          baseUrl: 'https://portal.example',
        }),
      );
      const [message] = (
        await listOutboxMessages(f.ctx.db, f.ctx.organisation.id, { kind: 'test', status: ['queued'] })
      ).items;
      expect(message.recipientEmail).toBe('griffie@gouda.example');
      const link = /\/afmelden\/[A-Za-z0-9_-]+/.exec(message.bodyText)![0];
      const page = await app.inject({ method: 'GET', url: link });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('berichten over ledenpeilingen');
      expect(page.body).toContain('g…e@gouda.example');
      const done = await app.inject({ method: 'POST', url: link, payload: {} });
      expect(done.statusCode).toBe(200);
      expect(done.body).toContain('U bent afgemeld');
      // The message still waiting is not sent any more, and a new one of that category is not queued.
      const after = await listOutboxMessages(f.ctx.db, f.ctx.organisation.id, {
        entityId: undefined,
        kind: 'test',
      });
      expect(after.items.find((m) => m.id === message.id)?.status).toBe('cancelled');
      const queuedAgain = await inTransaction(f.ctx.db, (trx) =>
        queueMessage(trx, f.writer, {
          key: 'unsubscribe-2',
          kind: 'test',
          category: 'poll',
          to: { email: 'griffie@gouda.example' },
          content: { subject: 'Peiling sluit', paragraphs: ['De peiling sluit.'] },
          organisationName: f.ctx.organisation.name,
          at: f.ctx.clock.now().toISOString(),
        }),
      );
      expect(queuedAgain).toBe(false);
      // A mail program's one-click unsubscribe (RFC 8058) and an unknown token.
      const oneClick = await app.inject({
        method: 'POST',
        url: link,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
      expect(oneClick.statusCode).toBe(200);
      const unknown = await app.inject({ method: 'GET', url: '/afmelden/onbekend-maar-lang-genoeg' });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.body).toContain('onbekend of niet meer geldig');
    } finally {
      await app.close();
    }
  });
});
