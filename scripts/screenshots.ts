/**
 * Writes the portal screenshots in docs/screenshots/ (home, motion list, motion page, accountability workspace)
 * from a real server with the demo data, in real Chromium: `npm run screenshots`.
 */
import { mkdirSync } from 'node:fs';
import { PASSWORD, startE2EServer, USERS } from '../test/e2e/server.js';
import { launchChromium } from '../test/support/browser.js';
import { signIn } from '../test/support/browser-suite.js';

const OUT = new URL('../docs/screenshots/', import.meta.url);

// Chromium formats date fields in the language of its environment: Dutch, as the staff see them (dd-mm-jjjj).
process.env.LANGUAGE = 'nl';
const [server, browser] = await Promise.all([startE2EServer(), launchChromium()]);
mkdirSync(OUT, { recursive: true });
try {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
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

  const staff = await signIn(browser, server.baseUrl, {
    email: USERS.admin,
    password: PASSWORD,
    context: { viewport: { width: 1280, height: 900 }, locale: 'nl-NL' },
  });
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
  // The workspace from its top down to the first motion, with the answer and proposal just saved.
  const first = await staff.page.locator('#punt-1').boundingBox();
  if (!first) throw new Error('De eerste motie van de ronde staat niet op de pagina.');
  await staff.page.screenshot({
    path: new URL('accountability-workspace.png', OUT).pathname,
    fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height: Math.ceil(first.y + first.height + 32) },
  });
  await staff.context.close();
  console.log(`Schermafdrukken geschreven naar ${OUT.pathname}`);
} finally {
  await browser.close();
  await server.close();
}
