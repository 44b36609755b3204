import { describe, expect, it } from 'vitest';
import { browserSuite } from '../support/browser-suite.js';
import { signInAs } from './browser-session.js';
import { startE2EServer, USERS } from './server.js';

const e2e = browserSuite(() => startE2EServer());

describe('with JavaScript disabled', () => {
  it('lists, filters, detail pages, diff and search work', async () => {
    const context = await e2e.browser.newContext({ baseURL: e2e.server.baseUrl, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/moties');
    await page.getByLabel(/^Afgedaan/).check();
    // A topic that has settled motions in the demo (which ones the rounds settled follows from the demo data).
    const settled = (await (
      await fetch(`${e2e.server.baseUrl}/api/v1/moties?status=afgedaan&limit=1`)
    ).json()) as {
      resultaten: { onderwerp: string }[];
    };
    await page.getByLabel('Onderwerp').selectOption({ value: settled.resultaten[0].onderwerp });
    await page.getByRole('button', { name: 'Filters toepassen' }).click();
    await page.waitForURL('**/moties?*status=afgedaan*');
    expect(await page.locator('main .mm-result').count()).toBeGreaterThan(0);
    expect(await page.locator('main .mm-badge--open').count()).toBe(0);
    await page.locator('main .mm-result a').first().click();
    await page.getByRole('heading', { name: 'Verloop' }).waitFor();

    await page.goto('/moties?pagina=2');
    expect(await page.locator('nav[aria-label="Paginering"] [aria-current="page"]').textContent()).toContain(
      '2',
    );

    const resolution = await e2e.server.one({ table: 'resolutions', where: [['status', 'adopted']] });
    await page.goto(`/resoluties/${resolution}`);
    await page.getByLabel('Oudere versie').selectOption('1');
    await page.getByRole('button', { name: 'Vergelijk' }).click();
    await page.getByRole('heading', { name: /Van versie 1/ }).waitFor();

    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('Jeugdzorg');
    await page.getByRole('button', { name: 'Zoek', exact: true }).first().click();
    await page.waitForURL('**/zoeken?q=Jeugdzorg');
    expect(await page.locator('main mark').count()).toBeGreaterThan(0);
    await page.locator('details.mm-details summary').first().isVisible();
    await context.close();
  });

  it('staff forms: validation errors keep the typed values, then save', async () => {
    const { context, page } = await signInAs(e2e, USERS.staff, {
      javaScriptEnabled: false,
    });
    await page.goto('/beheer/afspraken/nieuw');
    await page.getByLabel('Partij').fill('kabinet');
    await page.getByLabel('Uiterlijk').fill('2027-04-14');
    await page.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByRole('heading', { name: /fout/ }).waitFor();
    expect(await page.getByLabel('Partij').inputValue()).toBe('kabinet');
    expect(await page.locator('#veld-text-fout').textContent()).toContain('Vul afspraak in.');
    expect(await page.getByLabel('Uiterlijk').inputValue()).toBe('2027-04-14');
    await page.getByLabel('Afspraak', { exact: true }).fill('Het kabinet compenseert de uitvoeringskosten.');
    await page.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByText('Het record is aangemaakt.').waitFor();
    await context.close();
  });
});
