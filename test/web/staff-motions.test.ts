import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type PortalFixture, signIn, startPortal } from './fixtures.js';

let portal: PortalFixture;
beforeAll(async () => {
  portal = await startPortal();
  await addUser(portal.ctx, 'staff');
  await addUser(portal.ctx, 'member');
});
afterAll(async () => {
  await portal?.close();
});

describe('staff workspace: login and motions', () => {
  it('sends visitors to the login page and back', async () => {
    const res = await portal.app.inject({ method: 'GET', url: '/beheer/moties/nieuw' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/inloggen?terug=%2Fbeheer%2Fmoties%2Fnieuw');
    const bad = await portal.app.inject({
      method: 'POST',
      url: '/inloggen',
      payload: { email: 'staff@example.nl', wachtwoord: 'fout' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Onbekend e-mailadres of onjuist wachtwoord');
    expect(bad.body).toContain('value="staff@example.nl"');
  });

  it('signs out with the CSRF token of the session', async () => {
    const staff = await signIn(portal.app, 'staff@example.nl');
    const out = await staff.post('/beheer', '/uitloggen', {});
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe('/inloggen?melding=uitgelogd');
    expect((await staff.get('/beheer')).statusCode).toBe(303);
  });

  it('refuses members the workspace', async () => {
    const member = await signIn(portal.app, 'member@example.nl');
    expect((await member.get('/beheer')).statusCode).toBe(403);
  });

  it('validates on the server, keeps typed values and shows errors next to fields', async () => {
    const staff = await signIn(portal.app, 'staff@example.nl');
    const res = await staff.post('/beheer/moties/nieuw', '/beheer/moties/nieuw', {
      title: '',
      topic: 'Wonen',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Vul de titel in.');
    expect(res.body).toContain('Kies de indiener.');
    expect(res.body).toContain('href="#veld-title"');
    expect(res.body).toContain('aria-invalid="true"');
    expect(res.body).toContain('value="Wonen"');
  });

  it('refuses a form without the CSRF token', async () => {
    const staff = await signIn(portal.app, 'staff@example.nl');
    const res = await portal.app.inject({
      method: 'POST',
      url: '/beheer/moties/nieuw',
      headers: { cookie: staff.cookie },
      payload: { title: 'Zonder token' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Het formulier is verlopen');
  });

  it('creates, edits, submits a motion and records the vote', async () => {
    const staff = await signIn(portal.app, 'staff@example.nl');
    const member = portal.ids.member;
    const meeting = portal.ids.meeting;
    const created = await staff.post('/beheer/moties/nieuw', '/beheer/moties/nieuw', {
      title: 'Motie over de portaltest',
      topic: 'Digitalisering',
      meetingId: meeting,
      submitter1: member,
      call: 'verzoekt het bestuur te testen',
    });
    expect(created.statusCode).toBe(303);
    const path = String(created.headers.location).split('?')[0];
    const edited = await staff.post(path, path, {
      title: 'Motie over de portaltest (gewijzigd)',
      meetingId: meeting,
    });
    expect(edited.statusCode).toBe(303);
    expect((await staff.get(`${path}?melding=opgeslagen`)).body).toContain('De wijzigingen zijn opgeslagen.');
    expect((await staff.post(path, `${path}/indienen`, {})).statusCode).toBe(303);
    const vote = await staff.post(`${path}/stemuitslag`, `${path}/stemuitslag`, {
      outcome: 'adopted',
      percentage: '98,29',
    });
    expect(vote.statusCode).toBe(303);
    const id = path.split('/').pop();
    const page = await portal.app.inject({ method: 'GET', url: `/moties/${id}` });
    expect(page.body).toContain('aangenomen met 98,29%');
    expect(page.body).toContain('Motie over de portaltest (gewijzigd)');
    // The history names the result once (in the step's title), not again as its reason.
    const history = page.body.slice(page.body.indexOf('id="verloop"'), page.body.indexOf('id="bronnen"'));
    expect(history.split('aangenomen met 98,29%')).toHaveLength(2);
  });

  it('asks for the meeting on the vote page when the motion has none, and dates the result by it', async () => {
    const staff = await signIn(portal.app, 'staff@example.nl');
    const created = await staff.post('/beheer/moties/nieuw', '/beheer/moties/nieuw', {
      title: 'Motie zonder vergadering',
      submitter1: portal.ids.member,
    });
    const path = String(created.headers.location).split('?')[0];
    expect((await staff.post(path, `${path}/indienen`, {})).statusCode).toBe(303);
    const vote = `${path}/stemuitslag`;
    expect((await staff.get(vote)).body).toContain('Kies de vergadering');
    const without = await staff.post(vote, vote, { outcome: 'adopted', percentage: '70' });
    expect(without.statusCode).toBe(400);
    expect(without.body).toContain('Kies de vergadering die over de motie stemde.');
    const recorded = await staff.post(vote, vote, {
      outcome: 'adopted',
      percentage: '70',
      meetingId: portal.ids.meeting,
    });
    expect(recorded.statusCode).toBe(303);
    const motion = (
      await portal.app.inject({ method: 'GET', url: `/api/v1/moties/${path.split('/').pop()}` })
    ).json();
    expect(motion).toMatchObject({ status: 'aangenomen', vergadering: portal.ids.meeting });
    expect(String(motion.besluitOp)).toMatch(/^2023-06-07/);
  });

  it("postpones the vote on a submitted motion and withdraws another, from the motion's staff page", async () => {
    const staff = await signIn(portal.app, 'staff@example.nl');
    const submitted = async (title: string) => {
      const created = await staff.post('/beheer/moties/nieuw', '/beheer/moties/nieuw', {
        title,
        meetingId: portal.ids.meeting,
        submitter1: portal.ids.member,
      });
      const path = String(created.headers.location).split('?')[0];
      expect((await staff.post(path, `${path}/indienen`, {})).statusCode).toBe(303);
      return path;
    };
    const status = async (path: string) =>
      (await portal.app.inject({ method: 'GET', url: `/api/v1/moties/${path.split('/').pop()}` })).json()
        .status;
    const later = await submitted('Motie die later aan bod komt');
    const page = (await staff.get(later)).body;
    expect(page).toContain('Stemming uitstellen');
    expect(page).toContain('Motie intrekken namens de indieners');
    const postponed = await staff.post(later, `${later}/uitstellen`, {});
    expect(postponed.statusCode).toBe(303);
    expect(String(postponed.headers.location)).toContain('melding=uitgesteld');
    expect(await status(later)).toBe('uitgesteld');
    const gone = await submitted('Motie die wordt ingetrokken');
    expect((await staff.post(gone, `${gone}/intrekken`, {})).statusCode).toBe(303);
    expect(await status(gone)).toBe('ingetrokken');
    // Withdrawn is final: a second step is refused on the page, nothing changes.
    const again = await staff.post(gone, `${gone}/uitstellen`, {});
    expect(again.statusCode).toBe(400);
    expect(await status(gone)).toBe('ingetrokken');
  });
});

describe('staff workspace: login rate limit', () => {
  it('answers the eleventh attempt within a minute with 429 and a Dutch page', async () => {
    const attempt = () =>
      portal.app.inject({
        method: 'POST',
        url: '/inloggen',
        remoteAddress: '10.11.12.13',
        payload: { email: 'staff@example.nl', wachtwoord: 'fout' },
      });
    for (let i = 0; i < 10; i++) expect((await attempt()).statusCode).toBe(400);
    const refused = await attempt();
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toMatch(/Te veel inlogpogingen; probeer het over \d+ seconden? opnieuw\./);
  });
});
