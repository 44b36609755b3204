import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server.js';
import { moveMotion } from '../../src/services/motions/move-motion.js';
import { deliverDueMessages } from '../../src/services/outbox/deliver.js';
import { smtpMailer } from '../../src/services/outbox/mailer.js';
import { systemClock } from '../../src/store/clock.js';
import { createMotion } from '../../src/store/repositories/motions.js';
import { type OutboxFixture, openOutboxFixture } from '../outbox/outbox-fixture.js';
import { ENGINES } from '../support/engines.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

const BASE = 'https://motiemonitor.vng.example';
const ANNA = 'anna.devries@gouda.example';
const BRAM = 'b.jansen@utrecht.example';

describe.each(ENGINES)('following a motion by e-mail, on %s', (engine) => {
  let f: OutboxFixture;
  let app: FastifyInstance;
  let smtp: TestSmtpServer;
  let motionId: string;
  let draftId: string;

  const form = (url: string, body: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(body).toString(),
    });
  const deliver = async () => {
    const before = smtp.received.length;
    await deliverDueMessages({ ctx: f.ctx, mailer: smtpMailer(smtp.url), clock: f.ctx.clock });
    return smtp.received.slice(before);
  };
  const move = (to: 'postponed' | 'submitted' | 'withdrawn') =>
    moveMotion({ db: f.ctx.db, writer: f.writer, motionId, to, reason: `naar ${to}` });
  const follows = () =>
    f.ctx.db.selectFrom('motion_follows').select(['email', 'confirmed_at']).orderBy('email').execute();

  beforeAll(async () => {
    f = await openOutboxFixture(engine);
    // A status change is stamped with the system's time (moveMotion), so the worker runs on that clock too.
    f.ctx.clock = systemClock;
    const motion = await createMotion(f.ctx.db, f.writer, {
      number: '2026-07',
      title: 'Structurele middelen voor de jeugdzorg',
      status: 'submitted',
      submitters: [],
    });
    motionId = motion.id;
    draftId = (
      await createMotion(f.ctx.db, f.writer, { title: 'Nog niet ingediend', status: 'draft', submitters: [] })
    ).id;
    smtp = await startSmtpServer();
    process.env.PUBLIC_URL = BASE;
    app = await buildServer({ ctx: f.ctx });
  });
  afterAll(async () => {
    delete process.env.PUBLIC_URL;
    await app?.close();
    await smtp?.close();
    await f?.cleanup();
  });

  it('offers following on a published motion only, and refuses a bad address storing nothing', async () => {
    const page = await app.inject({ method: 'GET', url: `/moties/${motionId}` });
    expect(page.body).toContain(`href="/moties/${motionId}/volgen"`);
    const formPage = await app.inject({ method: 'GET', url: `/moties/${motionId}/volgen` });
    expect(formPage.statusCode).toBe(200);
    expect(formPage.body).toContain('E-mailadres');
    expect((await app.inject({ method: 'GET', url: `/moties/${draftId}/volgen` })).statusCode).toBe(404);
    expect((await form(`/moties/${draftId}/volgen`, { email: ANNA })).statusCode).toBe(404);
    const bad = await form(`/moties/${motionId}/volgen`, { email: 'geen-adres' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Vul een geldig e-mailadres in');
    expect(await follows()).toEqual([]);
  });

  it('confirms the address by a link with a button, then mails each status change to confirmed followers only', async () => {
    expect((await form(`/moties/${motionId}/volgen`, { email: ANNA })).statusCode).toBe(202);
    expect((await form(`/moties/${motionId}/volgen`, { email: BRAM })).statusCode).toBe(202);
    const confirmations = await deliver();
    expect(confirmations.map((m) => m.envelopeTo[0]).sort()).toEqual([ANNA, BRAM]);
    const annaMail = confirmations.find((m) => m.envelopeTo[0] === ANNA)!;
    expect(annaMail.subject).toBe(
      'Bevestig dat u motie 2026-07, Structurele middelen voor de jeugdzorg wilt volgen',
    );
    expect(annaMail.text).toContain(f.ctx.organisation.name);
    const link = new RegExp(`Ja, ik wil deze motie volgen: ${BASE}(/volgen/\\S+)`).exec(annaMail.text)![1];

    // Opening the link (as a mail scanner would) confirms nothing; the button does.
    const ask = await app.inject({ method: 'GET', url: link });
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain('Ja, motie volgen');
    expect((await follows()).every((r) => r.confirmed_at === null)).toBe(true);
    expect((await form('/volgen/onbekende-code-maar-lang-genoeg', {})).statusCode).toBe(404);
    const confirmed = await form(link, {});
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('U volgt nu de motie');
    expect((await follows()).map((r) => [r.email, r.confirmed_at !== null])).toEqual([
      [ANNA, true],
      [BRAM, false],
    ]);

    // The change and its message are one transaction; only Anna (confirmed) hears of it.
    await move('postponed');
    const news = await deliver();
    expect(news.map((m) => m.envelopeTo[0])).toEqual([ANNA]);
    expect(news[0].subject).toBe('Motie 2026-07 is uitgesteld: Structurele middelen voor de jeugdzorg');
    expect(news[0].text).toContain('is nu uitgesteld (was ingediend)');
    expect(news[0].text).toContain(`${BASE}/moties/${motionId}`);
    expect(news[0].html).toContain(`href="${BASE}/moties/${motionId}"`);
    expect(news[0].text).toContain('U ontvangt dit bericht omdat u deze motie volgt.');

    // Her unsubscribe link works without logging in: the next change reaches nobody.
    const unsubscribe = new RegExp(`${BASE}(/afmelden/[A-Za-z0-9_-]+)`).exec(news[0].text)![1];
    expect((await form(unsubscribe, {})).statusCode).toBe(200);
    await move('submitted');
    expect(await deliver()).toEqual([]);

    // Asking again (and confirming) lifts that: the withdrawal reaches her.
    await form(`/moties/${motionId}/volgen`, { email: ANNA.toUpperCase() });
    const again = (await deliver()).find((m) => m.envelopeTo[0] === ANNA)!;
    await form(new RegExp(`Ja, ik wil deze motie volgen: ${BASE}(/volgen/\\S+)`).exec(again.text)![1], {});
    await move('withdrawn');
    const last = await deliver();
    expect(last.map((m) => [m.envelopeTo[0], m.subject.split(':')[0]])).toEqual([
      [ANNA, 'Motie 2026-07 is ingetrokken'],
    ]);
  });

  it('keeps no follower address in the audit trail', async () => {
    const events = await f.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'new_values', 'old_values'])
      .where('entity_kind', '=', 'motion-follow')
      .execute();
    expect(events.map((e) => e.action).sort()).toEqual([
      'motion.follow_confirmed',
      'motion.follow_confirmed',
      'motion.follow_requested',
      'motion.follow_requested',
      'motion.follow_requested_again',
    ]);
    for (const e of events) expect(`${e.new_values} ${e.old_values}`).not.toMatch(/@/);
  });
});
