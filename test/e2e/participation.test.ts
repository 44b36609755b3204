import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/store/clock.js';
import { browserSuite } from '../support/browser-suite.js';
import { expectNoAxeViolations, signInAs } from './browser-session.js';
import { startE2EServer, USERS } from './server.js';

// Ten days before the demo's Najaars-ALV of December 2026: its registration is open, the November poll too.
const e2e = browserSuite(() => startE2EServer({ clock: fixedClock('2026-11-20T10:00:00.000Z') }));

describe('polls, registrations and messages in the browser', () => {
  it('axe finds no violations on the public pages, and a visitor registers by keyboard', async () => {
    const poll = await e2e.server.one({ table: 'polls', where: [['status', 'closed']] });
    const meeting = await e2e.server.one({
      table: 'meetings',
      where: [
        ['kind', 'najaars-alv'],
        ['date', '2026-12-09'],
      ],
    });
    const motion = await e2e.server.one({ table: 'motions', where: [['status', 'adopted']] });
    // The pages ship no JavaScript (see no-javascript.test.ts); axe itself needs it in the browser.
    const context = await e2e.browser.newContext({ baseURL: e2e.server.baseUrl });
    const page = await context.newPage();
    for (const path of [
      '/peilingen',
      `/peilingen/${poll}`,
      `/peilingen/${poll}?weging=gewogen&indeling=provincie`,
      `/peilingen/${poll}?indeling=grootte`,
      `/vergaderingen/${meeting}`,
      `/vergaderingen/${meeting}/aanmelden`,
      '/afmelden/onbekende-afmeldcode-van-test',
      `/moties/${motion}/volgen`,
      '/volgen/onbekende-bevestigingscode-van-test',
    ]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
    // Every value of a chart, "48,6%" included, is drawn inside the chart, never cut off at its edge.
    await page.goto(`/peilingen/${poll}?weging=gewogen`);
    const overflow = await page.$$eval('.mm-chart svg', (svgs) =>
      svgs.flatMap((svg) => {
        const edge = svg.getBoundingClientRect().right;
        return [...svg.querySelectorAll('.mm-chart__value')]
          .filter((t) => t.getBoundingClientRect().right > edge + 0.5)
          .map((t) => t.textContent);
      }),
    );
    expect(await page.locator('.mm-chart__value', { hasText: '%' }).count()).toBeGreaterThan(0);
    expect(overflow).toEqual([]);
    // An empty form: errors on top and next to the fields, still axe clean.
    await page.goto(`/vergaderingen/${meeting}/aanmelden`);
    await page.getByRole('button', { name: /Aanmelden/ }).click();
    await page.getByText('Vul uw naam in.').first().waitFor();
    await expectNoAxeViolations(page);
    // By keyboard: tab to the fields, type, submit with Enter.
    await page.locator('#veld-naam').focus();
    await page.keyboard.type('Fatima El Amrani');
    await page.keyboard.press('Tab');
    await page.keyboard.type('f.elamrani@gouda.example');
    await page.locator('#veld-lid').selectOption({ label: 'Gouda' });
    await page.locator('#veld-wensen').fill('halal');
    await page.locator('#veld-wensen').press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /U bent aangemeld|U staat op de wachtlijst/ }).waitFor();
    await expectNoAxeViolations(page);
    // Following a motion: the form with an error, then the request by keyboard.
    await page.goto(`/moties/${motion}`);
    await page.getByRole('link', { name: 'Volg deze motie per e-mail' }).click();
    await page.getByRole('button', { name: 'Motie volgen' }).click();
    await page.getByText('Vul een geldig e-mailadres in').first().waitFor();
    await expectNoAxeViolations(page);
    await page.locator('#veld-email').fill('volger@example.org');
    await page.locator('#veld-email').press('Enter');
    await page.getByRole('heading', { name: 'Kijk in uw e-mail' }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  }, 240_000);

  it('axe finds no violations on the staff pages', async () => {
    const { context, page } = await signInAs(e2e, USERS.admin);
    const poll = await e2e.server.one({ table: 'polls', where: [['status', 'closed']] });
    const meeting = await e2e.server.one({ table: 'meetings', where: [['title', 'ALV 2027']] });
    for (const path of [
      '/beheer/peilingen',
      '/beheer/peilingen/nieuw',
      `/beheer/peilingen/${poll}`,
      `/beheer/vergaderingen/${meeting}/aanmeldingen`,
      '/beheer/berichten',
    ]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
    await page.goto('/beheer/peilingen/nieuw');
    await page.getByRole('button', { name: 'Peiling opslaan' }).click();
    await page.getByText('Vul de titel van de peiling in.').first().waitFor();
    await expectNoAxeViolations(page);
    // The visitor's confirmation of the first test waits in the outbox (no SMTP_URL here).
    await page.goto('/beheer/berichten?status=queued');
    expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(0);
    await context.close();
  }, 240_000);
});
