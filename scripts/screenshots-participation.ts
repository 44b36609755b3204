/**
 * Writes the screenshots of a poll's results and of a registration page in docs/screenshots/ from a real server
 * with the demo data, in real Chromium: `npm run screenshots:participation`. The clock stands ten days before the
 * demo's Najaars-ALV of 9 December 2026, so its registration is open.
 */
import { mkdirSync } from 'node:fs';
import { fixedClock } from '../src/store/clock.js';
import { startE2EServer } from '../test/e2e/server.js';
import { launchChromium } from '../test/support/browser.js';

const OUT = new URL('../docs/screenshots/', import.meta.url);

const [server, browser] = await Promise.all([
  startE2EServer({ clock: fixedClock('2026-11-29T10:00:00.000Z') }),
  launchChromium(),
]);
mkdirSync(OUT, { recursive: true });
try {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const shot = (name: string) =>
    page.screenshot({ path: new URL(`${name}.png`, OUT).pathname, fullPage: true });
  const poll = await server.one({ table: 'polls', where: [['status', 'closed']] });
  await page.goto(`/peilingen/${poll}?weging=gewogen`);
  await shot('poll-results');
  await page.goto(`/peilingen/${poll}?weging=gewogen&indeling=provincie`);
  await shot('poll-results-per-province');
  const meeting = await server.one({
    table: 'meetings',
    where: [
      ['kind', 'najaars-alv'],
      ['date', '2026-12-09'],
    ],
  });
  await page.goto(`/vergaderingen/${meeting}/aanmelden`);
  await shot('registration');
  await page.getByRole('button', { name: /Aanmelden/ }).click();
  await page.getByText('Vul uw naam in.').first().waitFor();
  await shot('registration-errors');
  await context.close();
  console.log(`Schermafdrukken geschreven naar ${OUT.pathname}`);
} finally {
  await browser.close();
  await server.close();
}
