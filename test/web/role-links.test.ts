import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRole } from '../../src/domain/types.js';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { createMotion } from '../../src/store/repositories/motions.js';
import { addUser, type PortalFixture, signIn, startPortal } from './fixtures.js';

let portal: PortalFixture;
const roles: UserRole[] = ['staff', 'board', 'chair', 'admin'];
const browsers = {} as Record<UserRole, Awaited<ReturnType<typeof signIn>>>;

beforeAll(async () => {
  portal = await startPortal();
  for (const role of roles) {
    await addUser(portal.ctx, role);
    browsers[role] = await signIn(portal.app, `${role}@example.nl`);
  }
});
afterAll(async () => {
  await portal?.close();
});

/** The links into the staff pages on a page (not downloads, not signing out). */
const staffLinks = (html: string) =>
  [
    ...new Set([...html.matchAll(/href="(\/beheer[^"#]*)"/g)].map((m) => m[1].replaceAll('&amp;', '&'))),
  ].filter((href) => !/\.(csv|ics|docx|pdf)(\?|$)/.test(href));

/**
 * Every role of the bureau and the assembly sees only the staff forms it may open: the board records resolutions
 * and pre-advices but does not edit meetings or run votes, the chair runs the assembly but does not write
 * resolutions. A link a role cannot follow is not shown to it.
 */
describe('staff links by role', () => {
  it('links each role only to staff pages it may open', async () => {
    const resolution = /href="\/resoluties\/([0-9a-f-]{36})"/.exec(
      (await portal.app.inject({ method: 'GET', url: '/resoluties' })).body,
    )?.[1];
    expect(resolution).toBeDefined();
    const { ids } = portal;
    const pages = [
      '/beheer',
      `/vergaderingen/${ids.meeting}`,
      `/afspraken/${ids.agreement}`,
      `/ledenbrieven/${ids.letter}`,
      `/moties/${ids.motion}`,
      `/resoluties/${resolution}`,
    ];
    for (const role of roles) {
      const browser = browsers[role];
      const followed: string[] = [];
      for (const page of pages) {
        const res = await browser.get(page);
        expect(res.statusCode, `${role} ${page}`).toBe(200);
        for (const href of staffLinks(res.body)) {
          const target = await browser.get(href);
          expect([200, 303], `${role}: ${href} (linked from ${page})`).toContain(target.statusCode);
          followed.push(href);
        }
      }
      expect(followed.length, role).toBeGreaterThan(3);
    }
  });

  it('offers the forms to record something new by role', async () => {
    const home = async (role: UserRole) => (await browsers[role].get('/beheer')).body;
    const board = await home('board');
    expect(board).toContain('href="/beheer/resoluties/nieuw"');
    expect(board).not.toContain('href="/beheer/moties/nieuw"');
    expect(board).not.toContain('href="/beheer/vergaderingen/nieuw"');
    const chair = await home('chair');
    expect(chair).toContain('href="/beheer/vergaderingen/nieuw"');
    expect(chair).not.toContain('href="/beheer/resoluties/nieuw"');
    const staff = await home('staff');
    for (const form of ['moties', 'resoluties', 'afspraken', 'ledenbrieven', 'vergaderingen', 'documenten'])
      expect(staff).toContain(`href="/beheer/${form}/nieuw"`);
    // The board and the chair read the member polls with their answers; only the bureau makes and opens them.
    expect(board).toContain('href="/beheer/peilingen"');
    const polls = (await browsers.board.get('/beheer/peilingen')).body;
    expect(polls).not.toContain('href="/beheer/peilingen/nieuw"');
    const poll = /href="(\/beheer\/peilingen\/[0-9a-f-]{36})"/.exec(polls)?.[1] as string;
    expect(poll).toBeDefined();
    const pollPage = await browsers.board.get(poll);
    expect(pollPage.statusCode).toBe(200);
    expect(pollPage.body).not.toMatch(/action="\/beheer\/peilingen\/[^"]+\/(openen|sluiten)"/);
    expect((await browsers.board.get(`${poll}/uitslag.csv`)).statusCode).toBe(200);
    expect((await browsers.staff.get('/beheer/peilingen')).body).toContain('href="/beheer/peilingen/nieuw"');
    for (const role of roles)
      expect((await home(role)).includes('href="/beheer/berichten"'), role).toBe(true);
    const meeting = `/vergaderingen/${portal.ids.meeting}`;
    expect((await browsers.chair.get(meeting)).body).toContain('Stemmingen leiden');
    expect((await browsers.board.get(meeting)).body).not.toContain('Stemmingen leiden');
  });

  it('lets the board set an agreement’s stand without editing its text', async () => {
    const { board } = browsers;
    const page = `/beheer/afspraken/${portal.ids.agreement}`;
    const publicPage = (await board.get(`/afspraken/${portal.ids.agreement}`)).body;
    expect(publicPage).toContain('Stand van de afspraak vastleggen');
    const form = await board.get(page);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<h1');
    expect(form.body).not.toContain('Wijzigingen opslaan');
    const stand = /<select[^>]*name="status"[^>]*>([\s\S]*?)<\/select>/.exec(form.body)?.[1] ?? '';
    const next = [...stand.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]).find((v) => v !== '');
    expect(next).toBeDefined();
    const set = await board.post(page, `${page}/stand`, { status: next as string });
    expect(set.statusCode).toBe(303);
    expect(String(set.headers.location)).toContain(page);
    expect(String(set.headers.location)).not.toContain('fout=');
    expect((await board.post(page, page, { text: 'Door het bestuur herschreven' })).statusCode).toBe(403);
  });

  it('lets the board give its pre-advice before the vote, and leads the chair to the vote’s result', async () => {
    const { board, chair } = browsers;
    const writer = { organisationId: portal.ctx.organisation.id, actor: SYSTEM_ACTOR };
    const motion = await createMotion(portal.ctx.db, writer, {
      title: 'Motie Preadvies via het portaal',
      status: 'submitted',
      submittedAt: '2026-05-01T10:00:00.000Z',
      submitters: [{ name: 'Gouda' }],
    });
    const page = `/moties/${motion.id}`;
    const form = `/beheer/moties/${motion.id}/preadvies`;
    expect((await board.get(page)).body).toContain(`href="${form}"`);
    expect((await board.get(page)).body).not.toContain('Stemuitslag vastleggen');
    expect((await chair.get(page)).body).toContain(`href="/beheer/moties/${motion.id}/stemuitslag"`);
    expect((await chair.get(page)).body).not.toContain(`href="${form}"`);
    expect((await chair.get(form)).statusCode).toBe(403);
    expect((await chair.get('/beheer')).body).toContain(`href="/beheer/moties/${motion.id}/stemuitslag"`);

    expect((await board.get(form)).body).toContain('nog geen preadvies');
    const none = await board.post(form, form, { advice: 'onzin' });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Kies het preadvies.');
    const given = await board.post(form, form, {
      advice: 'advise-against',
      text: 'Past niet in de begroting.',
    });
    expect(given.statusCode).toBe(303);
    expect(String(given.headers.location)).toBe(`${page}?melding=preadvies-gegeven`);
    const shown = (await board.get(String(given.headers.location))).body;
    expect(shown).toContain('Het preadvies van het bestuur is vastgelegd.');
    expect(shown).toMatch(/Preadvies bestuur[\s\S]*Ontraden/);
    expect((await board.get(form)).body).toContain('<strong>ontraden</strong>');

    // After the vote there is nothing to advise on: the form says so and changes nothing.
    const decided = (await board.get(`/moties/${portal.ids.motion}`)).body;
    expect(decided).not.toContain('/preadvies"');
    const late = await board.post(
      form.replace(motion.id, portal.ids.motion),
      form.replace(motion.id, portal.ids.motion),
      {
        advice: 'adopt',
      },
    );
    expect(late.statusCode).toBe(400);
    expect(late.body).toContain('kan alleen vóór de stemming');
  });
});
