import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, tabTo } from '../support/browser-suite.js';
import { PASSWORD, startE2EServer, USERS } from './server.js';

/** The little of the DOM these checks read inside the page (the test runs without the DOM types). */
type Dom = {
  document: {
    activeElement: { matches: (s: string) => boolean; id: string; textContent: string | null } | null;
  };
};

const e2e = browserSuite(() => startE2EServer());

async function newPage(): Promise<Page> {
  const context = await e2e.browser.newContext({ baseURL: e2e.server.baseUrl });
  return context.newPage();
}

describe('main flows by keyboard alone', () => {
  it('skip link, header search and the motion filters', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => (globalThis as unknown as Dom).document.activeElement?.textContent),
    ).toContain('Direct naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (globalThis as unknown as Dom).document.activeElement?.id)).toBe(
      'inhoud',
    );

    await tabTo(page, '#zoeken-kop');
    await page.keyboard.type('gemeentefinancien');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/zoeken?q=gemeentefinancien');
    expect(await page.locator('main mark').count()).toBeGreaterThan(0);

    await page.goto('/moties');
    await tabTo(page, '#filter-status-held');
    await page.keyboard.press('Space');
    await tabTo(page, 'form.mm-facets button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/moties?*status=aangehouden*');
    await tabTo(page, 'main ol .mm-result a');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/moties\/[0-9a-f-]{36}$/);
    expect(await page.getByRole('heading', { name: 'Verloop' }).count()).toBe(1);
    await page.context().close();
  });

  it('staff: sign in, create a motion, write an accountability entry', async () => {
    const page = await newPage();
    await page.goto('/inloggen');
    await tabTo(page, '#veld-email');
    await page.keyboard.type(USERS.staff);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/beheer');

    await page.goto('/beheer/moties/nieuw');
    await tabTo(page, '#veld-title');
    await page.keyboard.type('Motie met het toetsenbord');
    await tabTo(page, '#veld-submitter1');
    await page.keyboard.type('Beesel');
    await tabTo(page, 'form.mm-form button[type=submit]');
    await page.keyboard.press('Enter');
    await page.getByText('Het record is aangemaakt.').waitFor();

    await page.goto('/beheer/verantwoording');
    await tabTo(page, '#veld-meetingId');
    await page.keyboard.type('ALV 2027');
    await tabTo(page, 'form.mm-form button[type=submit]');
    await page.keyboard.press('Enter');
    await page.getByText('De verantwoordingsronde is geopend.').waitFor();
    await tabTo(page, '#punt-1-text');
    await page.keyboard.type('Het bestuur heeft de motie ingebracht in het overleg met het Rijk.');
    await tabTo(page, '#punt-1-proposal-hold');
    await page.keyboard.press('Space');
    await tabTo(page, '#punt-1 button[type=submit]');
    await page.keyboard.press('Enter');
    await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
    expect(await page.locator('#punt-1-text').inputValue()).toContain('ingebracht in het overleg');
    await page.context().close();
  });
});
