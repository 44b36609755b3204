import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/auth/index.js';
import { importFile } from '../../src/importer/persist/import-file.js';
import { buildServer } from '../../src/server.js';
import { deliverDueMessages } from '../../src/services/outbox/deliver.js';
import { smtpMailer } from '../../src/services/outbox/mailer.js';
import { eraseExpiredRegistrations } from '../../src/services/registrations/erase-registrations.js';
import { verifyRecordStates } from '../../src/store/audit.js';
import type { Clock } from '../../src/store/clock.js';
import { readTable } from '../../src/store/dump.js';
import { listMeetings } from '../../src/store/repositories/meetings.js';
import { upsertMembers } from '../../src/store/repositories/members.js';
import { listOutboxMessages } from '../../src/store/repositories/outbox.js';
import { countRegistrations, listRegistrations } from '../../src/store/repositories/registrations.js';
import { createUser } from '../../src/store/repositories/users.js';
import { TABLES_IN_DEPENDENCY_ORDER } from '../../src/store/schema.js';
import { type OutboxFixture, openOutboxFixture } from '../outbox/outbox-fixture.js';
import { ENGINES } from '../support/engines.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

const SEED_001 = new URL('../../../shared/seeds/001_695c627adfd5b37d.txt', import.meta.url);
const PASSWORD = 'aanmeldingen-beheren-wachtwoord';
const PEOPLE = [
  { naam: 'Anna de Vries', email: 'anna.devries@gouda.example', wensen: 'vegetarisch' },
  { naam: 'Bram Jansen', email: 'b.jansen@utrecht.example', wensen: 'notenallergie' },
  { naam: 'Chantal Bakker', email: 'c.bakker@delft.example', wensen: 'glutenvrij, geen varkensvlees' },
  { naam: 'Dirk Visser', email: 'dirk.visser@gouda.example', wensen: 'lactosevrij' },
];

/** A clock the test moves: dates in the tests come from the letter (19 March 2025) and the meeting. */
function movableClock(iso: string): Clock & { set: (iso: string) => void } {
  let now = new Date(iso);
  return { now: () => now, set: (next) => (now = new Date(next)) };
}

describe.each(ENGINES)('registrations for the event of a member letter, on %s', (engine) => {
  let f: OutboxFixture;
  let app: FastifyInstance;
  let smtp: TestSmtpServer;
  let clock: ReturnType<typeof movableClock>;
  let meetingId: string;
  let members: Record<string, string>;
  let cookie: string;
  const org = () => f.ctx.organisation.id;

  const form = (url: string, body: Record<string, string>, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      payload: new URLSearchParams(body).toString(),
    });

  beforeAll(async () => {
    f = await openOutboxFixture(engine);
    clock = movableClock('2025-03-19T10:00:00.000Z');
    f.ctx.clock = clock;
    await upsertMembers(f.ctx.db, f.writer, [
      { code: 'GM0513', name: 'Gouda', inhabitants: 75_000, province: 'Zuid-Holland' },
      { code: 'GM0344', name: 'Utrecht', inhabitants: 370_000, province: 'Utrecht' },
      { code: 'GM0503', name: 'Delft', inhabitants: 105_000, province: 'Zuid-Holland' },
    ]);
    const rows = await f.ctx.db.selectFrom('members').select(['id', 'code']).execute();
    members = Object.fromEntries(rows.map((r) => [r.code, r.id]));
    await importFile(f.ctx.db, f.writer, { name: 'ledenbrief-25-015.txt', bytes: readFileSync(SEED_001) });
    const events = await listMeetings(f.ctx.db, org(), { kind: ['ledenbijeenkomst'] });
    meetingId = events.items[0].id;
    await createUser(f.ctx.db, f.writer, {
      email: 'bureau@vng.example',
      name: 'Bureau',
      role: 'staff',
      passwordHash: await hashPassword(PASSWORD),
    });
    smtp = await startSmtpServer();
    process.env.PUBLIC_URL = 'https://motiemonitor.vng.example';
    app = await buildServer({ ctx: f.ctx });
    const login = await form('/inloggen', { email: 'bureau@vng.example', wachtwoord: PASSWORD });
    cookie = String(login.headers['set-cookie']).split(';')[0];
  });
  afterAll(async () => {
    delete process.env.PUBLIC_URL;
    await app?.close();
    await smtp?.close();
    await f?.cleanup();
  });

  const staffGet = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
  const csrfFrom = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1];

  it('offers the letter’s event (date, start, end, place from seed 001) for registration', async () => {
    const events = await listMeetings(f.ctx.db, org(), { kind: ['ledenbijeenkomst'] });
    expect(events.items).toHaveLength(1);
    expect(events.items[0]).toMatchObject({
      date: '2025-03-21',
      startTime: '11:00',
      endTime: '12:30',
      place: 'VNG-kantoor, Nassaulaan 12, Den Haag',
    });
    const meetingPage = await app.inject({ method: 'GET', url: `/vergaderingen/${meetingId}` });
    expect(meetingPage.body).toContain(`href="/vergaderingen/${meetingId}/aanmelden"`);
    const page = await app.inject({ method: 'GET', url: `/vergaderingen/${meetingId}/aanmelden` });
    expect(page.statusCode).toBe(200);
    for (const label of ['Naam', 'E-mailadres', 'Gemeente', 'Functie', 'Dieetwensen en allergieën'])
      expect(page.body).toContain(label);
    expect(page.body).toContain('VNG-kantoor, Nassaulaan 12, Den Haag');
  });

  it('refuses bad input with Dutch messages next to the fields and stores nothing', async () => {
    const res = await form(`/vergaderingen/${meetingId}/aanmelden`, { naam: '', email: 'geen-adres' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Vul uw naam in.');
    const api = await app.inject({
      method: 'POST',
      url: `/api/v1/vergaderingen/${meetingId}/aanmeldingen`,
      payload: { naam: 'X', email: 'geen-adres' },
    });
    expect(api.statusCode).toBe(400);
    expect(api.json().invalidParams[0]).toMatchObject({ name: 'email' });
    expect((await countRegistrations(f.ctx.db, org(), meetingId)).confirmed).toBe(0);
  });

  it('fills the seats, puts the rest on the waiting list, and moves the first up when someone cancels', async () => {
    const settingsPage = await staffGet(`/beheer/vergaderingen/${meetingId}/aanmeldingen`);
    expect(settingsPage.statusCode).toBe(200);
    const saved = await form(
      `/beheer/vergaderingen/${meetingId}/aanmeldingen`,
      { _csrf: csrfFrom(settingsPage.body), open: 'ja', capaciteit: '2' },
      { cookie },
    );
    expect(saved.statusCode).toBe(303);

    const [anna, bram] = PEOPLE;
    const first = await form(`/vergaderingen/${meetingId}/aanmelden`, {
      ...anna,
      lid: members.GM0513,
      functie: 'wethouder',
    });
    expect(first.statusCode).toBe(201);
    expect(first.body).toContain('U bent aangemeld');
    const second = await app.inject({
      method: 'POST',
      url: `/api/v1/vergaderingen/${meetingId}/aanmeldingen`,
      payload: { ...bram, lid: members.GM0344, functie: 'raadslid' },
    });
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ status: 'aangemeld', wachtlijstPlaats: null });
    const twice = await form(`/vergaderingen/${meetingId}/aanmelden`, { ...anna });
    expect(twice.statusCode).toBe(400);
    expect(twice.body).toContain('al iemand aangemeld');
    // People register one after another; the waiting list keeps that order.
    clock.set('2025-03-19T10:05:00.000Z');
    const third = await form(`/vergaderingen/${meetingId}/aanmelden`, { ...PEOPLE[2], lid: members.GM0503 });
    expect(third.body).toContain('plaats 1 van de wachtlijst');
    clock.set('2025-03-19T10:10:00.000Z');
    const fourth = await form(`/vergaderingen/${meetingId}/aanmelden`, { ...PEOPLE[3], lid: members.GM0513 });
    expect(fourth.body).toContain('plaats 2 van de wachtlijst');
    expect(await countRegistrations(f.ctx.db, org(), meetingId)).toMatchObject({ confirmed: 2, waiting: 2 });

    // The confirmations go out over SMTP, each to its own address, with the personal cancel link.
    await deliverDueMessages({ ctx: f.ctx, mailer: smtpMailer(smtp.url), clock });
    expect(smtp.received.map((m) => m.envelopeTo[0]).sort()).toEqual(PEOPLE.map((p) => p.email).sort());
    const mailTo = (email: string) => smtp.received.find((m) => m.envelopeTo[0] === email)!;
    const annaMail = mailTo(PEOPLE[0].email);
    expect(annaMail.subject).toBe(
      `Bevestiging van uw aanmelding: ${(await listMeetings(f.ctx.db, org(), { kind: ['ledenbijeenkomst'] })).items[0].title}`,
    );
    expect(annaMail.text).toContain('Datum: vrijdag 21 maart 2025');
    expect(annaMail.text).toContain('Tijd: 11:00–12:30 uur');
    expect(annaMail.text).toContain('Plaats: VNG-kantoor, Nassaulaan 12, Den Haag');
    expect(annaMail.text).toContain(
      `https://motiemonitor.vng.example/api/v1/vergaderingen/${meetingId}/kalender`,
    );
    expect(mailTo(PEOPLE[2].email).subject).toContain('U staat op de wachtlijst');
    const cancelUrl = /Aanmelding annuleren: (https:\/\/\S+)/.exec(annaMail.text)![1];
    const path = cancelUrl.replace('https://motiemonitor.vng.example', '');

    // Anna cancels by her link (no login); Chantal moves up and is told so.
    const ask = await app.inject({ method: 'GET', url: path });
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain('Anna de Vries');
    const wrong = await form(path.replace(/code=[^&]+/, 'code=verkeerde-code-maar-lang-genoeg'), {});
    expect(wrong.statusCode).toBe(404);
    const cancelled = await form(path, {});
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.body).toContain('is geannuleerd');
    expect((await app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    expect(await countRegistrations(f.ctx.db, org(), meetingId)).toMatchObject({
      confirmed: 2,
      waiting: 1,
      cancelled: 1,
    });
    const before = smtp.received.length;
    await deliverDueMessages({ ctx: f.ctx, mailer: smtpMailer(smtp.url), clock });
    const sent = smtp.received.slice(before);
    expect(sent.map((m) => [m.envelopeTo[0], m.subject.split(':')[0]]).sort()).toEqual([
      [PEOPLE[0].email, 'Uw aanmelding is geannuleerd'],
      [PEOPLE[2].email, 'Er is een plaats vrij'],
    ]);
  });

  it('gives staff the list and a CSV export; the public does not get it', async () => {
    const page = await staffGet(`/beheer/vergaderingen/${meetingId}/aanmeldingen`);
    expect(page.body).toContain('Chantal Bakker');
    expect(page.body).toContain('notenallergie');
    const csv = await staffGet(`/beheer/vergaderingen/${meetingId}/aanmeldingen.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Naam;E-mailadres;Gemeente;Functie;Dieetwensen en allergieën;Status;Aangemeld op');
    expect(lines).toHaveLength(5);
    expect(lines.find((l) => l.startsWith('Bram Jansen'))).toContain(
      ';Utrecht;raadslid;notenallergie;Aangemeld;',
    );
    expect(lines.find((l) => l.startsWith('Chantal'))).toContain(
      ';Delft;;glutenvrij, geen varkensvlees;Aangemeld;',
    );
    const api = await app.inject({ method: 'GET', url: `/api/v1/vergaderingen/${meetingId}/aanmeldingen` });
    expect(api.statusCode).toBe(401);
    const ics = await app.inject({ method: 'GET', url: `/api/v1/vergaderingen/${meetingId}/kalender` });
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('DTSTART:20250321T100000Z');
    expect(ics.body).toContain('DTEND:20250321T113000Z');
    expect(ics.body).toMatch(/LOCATION:VNG-kantoor\\, Nassaulaan 12\\, Den Haag/);
  });

  it('erases the personal data 30 days after the event: counts stay, names, addresses and wishes are gone', async () => {
    const run = () => eraseExpiredRegistrations.run({ ctx: f.ctx, clock });
    clock.set('2025-04-20T10:00:00.000Z');
    expect(await run()).toEqual({ aanmeldingen: 0, berichten: 0 });
    const countsBefore = await countRegistrations(f.ctx.db, org(), meetingId);
    clock.set('2025-04-21T10:00:00.000Z');
    expect(await run()).toEqual({ aanmeldingen: 4, berichten: 6 });
    expect(await run()).toEqual({ aanmeldingen: 0, berichten: 0 });
    expect(await countRegistrations(f.ctx.db, org(), meetingId)).toEqual({ ...countsBefore, erased: 4 });
    const list = await listRegistrations(f.ctx.db, org(), { meetingId });
    expect(list.items.map((r) => [r.personName, r.email, r.wishes, r.role])).toEqual(
      Array(4).fill(['(verwijderd)', null, null, null]),
    );
    expect(list.items.map((r) => r.memberId).sort()).toEqual(
      [members.GM0513, members.GM0513, members.GM0344, members.GM0503].sort(),
    );
    // Nowhere in the database — registrations, outbox, audit trail — is any of it left.
    const secrets = PEOPLE.flatMap((p) => [p.naam, p.email, p.wensen, p.naam.split(' ').at(-1)!]).concat([
      'wethouder',
      'raadslid',
    ]);
    const found: string[] = [];
    for (const table of TABLES_IN_DEPENDENCY_ORDER) {
      if (table === 'users') continue;
      for await (const rows of readTable(f.ctx.db, table))
        for (const row of rows) {
          const text = JSON.stringify(row);
          for (const s of secrets) if (text.includes(s)) found.push(`${table}: ${s}`);
        }
    }
    expect(found).toEqual([]);
    // Each erased registration's trail ends with its erasure: the audit's check of every record still holds.
    expect(await verifyRecordStates(f.ctx.db)).toMatchObject({ ok: true });
    const messages = await listOutboxMessages(f.ctx.db, org(), {});
    expect(messages.items.every((m) => m.recipientEmail === null)).toBe(true);
    const page = await staffGet(`/beheer/vergaderingen/${meetingId}/aanmeldingen`);
    expect(page.body).toContain('bij 4 aanmeldingen is dat al gebeurd');
  });
});
