import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/auth/index.js';
import { buildServer } from '../../src/server.js';
import { deliverDueMessages } from '../../src/services/outbox/deliver.js';
import { smtpMailer } from '../../src/services/outbox/mailer.js';
import { upsertMembers } from '../../src/store/repositories/members.js';
import { createPoll } from '../../src/store/repositories/polls.js';
import { createResolution } from '../../src/store/repositories/resolutions.js';
import { createUser } from '../../src/store/repositories/users.js';
import { type OutboxFixture, openOutboxFixture } from '../outbox/outbox-fixture.js';
import { ENGINES } from '../support/engines.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

const PASSWORD = 'peilingen-beheren-wachtwoord';

describe.each(ENGINES)('a member poll from draft to results, on %s', (engine) => {
  let f: OutboxFixture;
  let app: FastifyInstance;
  let smtp: TestSmtpServer;
  let cookie: string;
  let pollId: string;
  let resolutionId: string;
  const links = new Map<string, string>();

  const form = (
    url: string,
    body: URLSearchParams | Record<string, string>,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      payload: new URLSearchParams(body as Record<string, string>).toString(),
    });
  const csrf = async (url: string) =>
    /name="_csrf" value="([^"]+)"/.exec(
      (await app.inject({ method: 'GET', url, headers: { cookie } })).body,
    )![1];

  beforeAll(async () => {
    f = await openOutboxFixture(engine, '2026-11-10T09:00:00.000Z');
    await upsertMembers(f.ctx.db, f.writer, [
      { code: 'GM0513', name: 'Gouda', inhabitants: 75_000, province: 'Zuid-Holland' },
      { code: 'GM0344', name: 'Utrecht', inhabitants: 370_000, province: 'Utrecht' },
      { code: 'GM0503', name: 'Delft', inhabitants: 105_000, province: 'Zuid-Holland' },
      { code: 'GM0096', name: 'Vlieland', inhabitants: 1_200, province: 'Friesland' },
    ]);
    const rows = await f.ctx.db.selectFrom('members').select(['id', 'code']).execute();
    const member = Object.fromEntries(rows.map((r) => [r.code, r.id]));
    for (const [code, email] of [
      ['GM0513', 'griffie@gouda.example'],
      ['GM0344', 'griffie@utrecht.example'],
      ['GM0503', 'griffie@delft.example'],
    ])
      await createUser(f.ctx.db, f.writer, {
        email,
        name: `Griffie ${code}`,
        role: 'member',
        memberId: member[code],
      });
    await createUser(f.ctx.db, f.writer, {
      email: 'bureau@vng.example',
      name: 'Bureau',
      role: 'staff',
      passwordHash: await hashPassword(PASSWORD),
    });
    resolutionId = (
      await createResolution(f.ctx.db, f.writer, { title: 'Resolutie financiële positie', status: 'adopted' })
    ).id;
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

  it('staff create a poll with four kinds of question; bad input is refused with Dutch messages', async () => {
    const bad = await form(
      '/beheer/peilingen/nieuw',
      { _csrf: await csrf('/beheer/peilingen/nieuw'), titel: '', sluitOp: '2026-11-30' },
      { cookie },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Vul de titel van de peiling in.');
    const body = new URLSearchParams({
      _csrf: await csrf('/beheer/peilingen/nieuw'),
      titel: 'Peiling financiële positie',
      omschrijving: 'Ter voorbereiding op het Overhedenoverleg.',
      sluitOp: '2026-11-30',
      doelgroep: 'alle',
      resolutie: resolutionId,
      perGemeente: 'nee',
      vraag1Tekst: 'Verwacht uw gemeente een sluitende begroting?',
      vraag1Soort: 'single-choice',
      vraag1Opties: 'ja\nnee',
      vraag2Tekst: 'Welke maatregelen helpen?',
      vraag2Soort: 'multiple-choice',
      vraag2Opties: 'Opschalingskorting schrappen\nEigen belastinggebied\nStabiel accres',
      vraag3Tekst: 'Hoe groot is de druk op de reserves?',
      vraag3Soort: 'scale',
      vraag4Tekst: 'Toelichting',
      vraag4Soort: 'open',
    });
    const created = await app.inject({
      method: 'POST',
      url: '/beheer/peilingen/nieuw',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      payload: body.toString(),
    });
    expect(created.statusCode).toBe(303);
    pollId = /\/beheer\/peilingen\/([0-9a-f-]{36})/.exec(String(created.headers.location))![1];
    // A draft is not public.
    expect((await app.inject({ method: 'GET', url: `/peilingen/${pollId}` })).statusCode).toBe(404);
  });

  it('opening sends each municipality its personal link over SMTP', async () => {
    const opened = await form(
      `/beheer/peilingen/${pollId}/openen`,
      { _csrf: await csrf(`/beheer/peilingen/${pollId}`) },
      { cookie },
    );
    expect(opened.statusCode).toBe(303);
    await deliverDueMessages({ ctx: f.ctx, mailer: smtpMailer(smtp.url), clock: f.ctx.clock });
    expect(smtp.received.map((m) => m.envelopeTo[0]).sort()).toEqual([
      'griffie@delft.example',
      'griffie@gouda.example',
      'griffie@utrecht.example',
    ]);
    for (const mail of smtp.received) {
      expect(mail.subject).toBe('Ledenpeiling: Peiling financiële positie');
      expect(mail.text).toContain('De peiling sluit op maandag 30 november 2026.');
      const url = /Peiling invullen: (https:\/\/motiemonitor\.vng\.example(\/peilingen\/\S+))/.exec(
        mail.text,
      )!;
      links.set(mail.envelopeTo[0], url[2]);
    }
  });

  it('a municipality answers by its link (no login); one response per municipality, the last one counts', async () => {
    const page = await app.inject({ method: 'GET', url: links.get('griffie@gouda.example')! });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('U antwoordt namens <strong>Gouda</strong>');
    const questions = [...page.body.matchAll(/name="(vraag-[0-9a-f-]{36})"/g)].map((m) => m[1]);
    const [q1, q2, q3, q4] = [...new Set(questions)];
    const answer = async (email: string, values: [string, string][]) => {
      const res = await app.inject({
        method: 'POST',
        url: links.get(email)!,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(values).toString(),
      });
      return res;
    };
    const wrong = await answer('griffie@gouda.example', [[q1, 'misschien']]);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Kies een antwoord uit de lijst.');
    expect((await answer('griffie@gouda.example', [[q1, 'nee']])).statusCode).toBe(200);
    const again = await answer('griffie@gouda.example', [
      [q1, 'ja'],
      [q2, 'Opschalingskorting schrappen'],
      [q2, 'Stabiel accres'],
      [q3, '4'],
      [q4, 'Meer ruimte voor eigen keuzes'],
    ]);
    expect(again.body).toContain('Het antwoord van Gouda is opgeslagen');
    await answer('griffie@utrecht.example', [
      [q1, 'nee'],
      [q2, 'Eigen belastinggebied'],
      [q3, '5'],
    ]);
    const submissions = await f.ctx.db
      .selectFrom('poll_submissions')
      .selectAll()
      .where('poll_id', '=', pollId)
      .execute();
    expect(submissions).toHaveLength(2);
    // The database itself refuses a second submission for a municipality.
    await expect(
      f.ctx.db
        .insertInto('poll_submissions')
        .values({ ...submissions[0], id: crypto.randomUUID() })
        .execute(),
    ).rejects.toThrow();
    const unknown = await app.inject({
      method: 'GET',
      url: `/peilingen/${pollId}/antwoorden?code=onbekende-code-die-niet-bestaat`,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('shows the response rate live and the results unweighted, weighted and per province, and on the resolution', async () => {
    const page = await app.inject({ method: 'GET', url: `/peilingen/${pollId}` });
    expect(page.body).toContain('2 van 4 gemeenten hebben geantwoord (50%)');
    expect(page.body).toMatch(/<title id="vraag-0-title">[^<]*aandeel per antwoord/);
    // Shares are Dutch percentages on the bars, in the text alternative and in the table.
    expect(page.body).toContain('ja: 50%; nee: 50%');
    expect(page.body).toMatch(/class="mm-chart__value"[^>]*>50%<\/text>/);
    expect(page.body).toContain('<td class="mm-num">50%</td>');
    expect(page.body).toContain('Gemiddelde: 4,5');
    // Utrecht (370 000 inhabitants) weighs 12, Gouda (75 000) 5 under the example rule.
    const weighted = await app.inject({ method: 'GET', url: `/peilingen/${pollId}?weging=gewogen` });
    expect(weighted.body).toContain('ja: 29,4%; nee: 70,6%');
    expect(weighted.body).toMatch(/class="mm-chart__value"[^>]*>29,4%<\/text>/);
    expect(weighted.body).toContain('<td class="mm-num">70,6%</td>');
    expect(weighted.body).not.toMatch(/>\s*29,4\s*</);
    const provinces = await app.inject({ method: 'GET', url: `/peilingen/${pollId}?indeling=provincie` });
    expect(provinces.body).toContain('<th scope="row">Utrecht</th>');
    expect(provinces.body).toContain('<th scope="row">Zuid-Holland</th>');
    // Each group's share per answer, as a percentage (one municipality per province here: 0% or 100%).
    expect(provinces.body).toMatch(
      /<th scope="row">Utrecht<\/th><td class="mm-num">1<\/td><td class="mm-num">(0|100)%<\/td>/,
    );
    // Per municipality only when the poll says so; the public CSV leaves names out.
    expect(page.body).not.toContain('Antwoorden per gemeente');
    const csv = await app.inject({ method: 'GET', url: `/peilingen/${pollId}/uitslag.csv` });
    expect(csv.body).not.toContain('Gouda');
    expect(csv.body).toContain('Zuid-Holland');
    // Nor what names a municipality as well as its name: its inhabitants, or its weight beside its province.
    const rows = csv.body.trim().split(/\r?\n/).slice(1);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.split(';').slice(0, 5)).toEqual(['', '', expect.any(String), '', '']);
    expect(csv.body).not.toMatch(/75000|370000/);
    const staffCsv = await app.inject({
      method: 'GET',
      url: `/beheer/peilingen/${pollId}/uitslag.csv`,
      headers: { cookie },
    });
    expect(staffCsv.body).toContain(
      'GM0513;Gouda;Zuid-Holland;75000;5;ja;Opschalingskorting schrappen, Stabiel accres;4;Meer ruimte voor eigen keuzes',
    );
    const resolution = await app.inject({ method: 'GET', url: `/resoluties/${resolutionId}` });
    expect(resolution.body).toContain(`href="/peilingen/${pollId}"`);
    expect(resolution.body).toContain('2 van 4 gemeenten');
  });
  it('serves the poll and its results through the API, per municipality only when the poll says so', async () => {
    const list = await app.inject({ method: 'GET', url: '/api/v1/peilingen?status=lopend' });
    expect(list.statusCode).toBe(200);
    expect(list.json().resultaten.map((p: { id: string }) => p.id)).toEqual([pollId]);
    const one = await app.inject({ method: 'GET', url: `/api/v1/peilingen/${pollId}` });
    expect(one.json()).toMatchObject({
      status: 'lopend',
      respons: { gemeenten: 2, doelgroep: 4, percentage: 50 },
      resolutie: resolutionId,
    });
    expect(one.json().vragen.map((v: { soort: string }) => v.soort)).toEqual([
      'eenKeuze',
      'meerKeuze',
      'schaal',
      'open',
    ]);
    const weighted = await app.inject({
      method: 'GET',
      url: `/api/v1/peilingen/${pollId}/uitslag?weging=gewogen`,
    });
    expect(weighted.statusCode).toBe(200);
    const [first] = weighted.json().groepen;
    expect(
      first.vragen[0].opties.map((o: { optie: string; aandeel: number }) => [o.optie, o.aandeel]),
    ).toEqual([
      ['ja', 29.4],
      ['nee', 70.6],
    ]);
    expect(first.vragen[2].gemiddelde).not.toBeNull();
    expect(first.vragen[3].teksten).toEqual([{ tekst: 'Meer ruimte voor eigen keuzes', aantal: 1 }]);
    expect(weighted.json().perGemeente).toBeNull();
    const provinces = await app.inject({
      method: 'GET',
      url: `/api/v1/peilingen/${pollId}/uitslag?indeling=provincie`,
    });
    expect(
      provinces
        .json()
        .groepen.map((g: { groep: string }) => g.groep)
        .sort(),
    ).toEqual(['Utrecht', 'Zuid-Holland']);
    const bad = await app.inject({
      method: 'GET',
      url: `/api/v1/peilingen/${pollId}/uitslag?indeling=gemeente`,
    });
    expect(bad.statusCode).toBe(400);
    const csv = await app.inject({
      method: 'GET',
      url: `/api/v1/peilingen/${pollId}/uitslag`,
      headers: { accept: 'text/csv' },
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).not.toContain('Gouda');
    expect(csv.body).not.toMatch(/75000|370000/);
    const missing = await app.inject({
      method: 'GET',
      url: '/api/v1/peilingen/00000000-0000-4000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
  });
  it("a municipality's signed-in account answers from the poll page, without a link", async () => {
    const delft = (
      await f.ctx.db.selectFrom('members').select('id').where('code', '=', 'GM0503').execute()
    )[0];
    await createUser(f.ctx.db, f.writer, {
      email: 'wethouder@delft.example',
      name: 'Wethouder Delft',
      role: 'member',
      memberId: delft.id,
      passwordHash: await hashPassword(PASSWORD),
    });
    const login = await form('/inloggen', { email: 'wethouder@delft.example', wachtwoord: PASSWORD });
    const member = String(login.headers['set-cookie']).split(';')[0];
    const poll = await app.inject({
      method: 'GET',
      url: `/peilingen/${pollId}`,
      headers: { cookie: member },
    });
    expect(poll.body).toContain(`href="/peilingen/${pollId}/antwoorden"`);
    expect((await app.inject({ method: 'GET', url: `/peilingen/${pollId}` })).body).not.toContain(
      'Beantwoord deze peiling',
    );
    const page = await app.inject({
      method: 'GET',
      url: `/peilingen/${pollId}/antwoorden`,
      headers: { cookie: member },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Delft');
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)![1];
    const q1 = /name="(vraag-[0-9a-f-]{36})"/.exec(page.body)![1];
    const saved = await form(
      `/peilingen/${pollId}/antwoorden`,
      { _csrf: token, [q1]: 'ja' },
      { cookie: member },
    );
    expect(saved.body).toContain('Het antwoord van Delft is opgeslagen');
    const one = await app.inject({ method: 'GET', url: `/api/v1/peilingen/${pollId}` });
    expect(one.json().respons).toMatchObject({ gemeenten: 3, doelgroep: 4 });

    // A poll for the members of Friesland: Delft is told it is not asked, and is offered no form.
    const frisian = await createPoll(f.ctx.db, f.writer, {
      title: 'Peiling Friese gemeenten',
      opensAt: '2020-01-01T08:00:00.000Z',
      closesAt: '2099-12-31T17:00:00.000Z',
      status: 'open',
      audience: { kind: 'provinces', provinces: ['Friesland'] },
      questions: [{ text: 'Eens?', kind: 'single-choice', options: ['ja', 'nee'] }],
    });
    const elsewhere = await app.inject({
      method: 'GET',
      url: `/peilingen/${frisian.id}/antwoorden`,
      headers: { cookie: member },
    });
    expect(elsewhere.statusCode).toBe(200);
    expect(elsewhere.body).toContain(
      'Deze peiling is gericht aan leden in Friesland; Delft hoort daar niet bij',
    );
    expect(elsewhere.body).not.toContain('name="vraag-');
  });
});
