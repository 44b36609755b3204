import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { signInAs } from './browser-session.js';
import { type E2EServer, startE2EServer, USERS } from './server.js';

/** Writes docs/screenshots/*.png; run with SCREENSHOTS=1 (`SCREENSHOTS=1 npx vitest run test/e2e/screenshots`). */
const OUT = new URL('../../docs/screenshots/', import.meta.url);
const enabled = process.env.SCREENSHOTS === '1';

let server: E2EServer;
let browser: Browser;
beforeAll(async () => {
  if (!enabled) return;
  [server, browser] = await Promise.all([startE2EServer(), launchChromium()]);
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.runIf(enabled)('screenshots for docs/screenshots', () => {
  it('home, motion list, motion page, accountability workspace', async () => {
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const shot = (name: string) =>
      page.screenshot({ path: new URL(`${name}.png`, OUT).pathname, fullPage: true });
    await page.goto('/');
    await shot('home');
    await page.goto('/moties?status=aangenomen&status=aangehouden');
    await shot('motion-list');
    await page.goto('/moties?q=duurzame+gemeentefinancien');
    await page.locator('main .mm-result a').first().click();
    await page.getByRole('heading', { name: 'Verloop' }).waitFor();
    await shot('motion-page');
    await context.close();

    const staff = await signInAs(browser, server.baseUrl, USERS.admin);
    await staff.page.setViewportSize({ width: 1280, height: 900 });
    await staff.page.goto('/beheer/verantwoording');
    await staff.page.getByLabel('Vergadering').selectOption({ label: 'ALV 2027 (9 juni 2027)' });
    await staff.page.getByRole('button', { name: 'Ronde openen' }).click();
    await staff.page
      .locator('#punt-1-text')
      .fill(
        'Het bestuur heeft de motie ingebracht in het Overhedenoverleg; de uitwerking volgt in het najaar.',
      );
    await staff.page.locator('#punt-1-proposal-hold').check();
    await staff.page.locator('#punt-1 button[type=submit]').click();
    await staff.page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
    await staff.page.goto(staff.page.url().replace(/[?#].*$/, ''));
    await staff.page.setViewportSize({ width: 1280, height: 1500 });
    await staff.page.screenshot({ path: new URL('accountability-workspace.png', OUT).pathname });
    await staff.context.close();
  });
});
