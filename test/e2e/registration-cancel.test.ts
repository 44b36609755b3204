import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueMessages } from '../../src/services/outbox/deliver.js';
import { smtpMailer } from '../../src/services/outbox/mailer.js';
import { fixedClock } from '../../src/store/clock.js';
import { browserSuite } from '../support/browser-suite.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { expectNoAxeViolations, signInAs } from './browser-session.js';
import { startE2EServer, USERS } from './server.js';

const NOW = '2026-11-20T10:00:00.000Z';
const e2e = browserSuite(() => startE2EServer({ clock: fixedClock(NOW) }));
let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp?.close();
});

/** Sends what the outbox holds to the test SMTP server, as the worker would, and returns what arrived. */
async function deliver() {
  const before = smtp.received.length;
  await deliverDueMessages({ ctx: e2e.server.ctx, mailer: smtpMailer(smtp.url), clock: fixedClock(NOW) });
  return smtp.received.slice(before);
}

async function register(page: Page, meeting: string, name: string, email: string, member: string) {
  await page.goto(`/vergaderingen/${meeting}/aanmelden`);
  await page.getByLabel('Naam').fill(name);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Gemeente').selectOption({ label: member });
  await page.getByRole('button', { name: /Aanmelden/ }).click();
}

describe('a visitor registers for an upcoming event and cancels by the personal link', () => {
  it('the waiting list moves up, everyone hears of it, and every page is axe clean', async () => {
    const meeting = await e2e.server.one({ table: 'meetings', where: [['title', 'ALV 2027']] });
    // Staff open registration with one place.
    const staff = await signInAs(e2e, USERS.staff);
    await staff.page.goto(`/beheer/vergaderingen/${meeting}/aanmeldingen`);
    await staff.page.getByLabel('Aanmelden').selectOption('ja');
    await staff.page.getByLabel('Capaciteit').fill('1');
    await staff.page.getByRole('button', { name: 'Opslaan' }).click();
    await staff.page.getByLabel('Capaciteit').waitFor();
    expect(await staff.page.getByLabel('Capaciteit').inputValue()).toBe('1');

    // The first visitor gets the place, the second the waiting list.
    const first = await e2e.browser.newContext({ baseURL: e2e.server.baseUrl });
    const firstPage = await first.newPage();
    await register(firstPage, meeting, 'Fatima El Amrani', 'f.elamrani@gouda.example', 'Gouda');
    await firstPage.getByRole('heading', { name: 'U bent aangemeld' }).waitFor();
    await expectNoAxeViolations(firstPage);
    const second = await e2e.browser.newContext({ baseURL: e2e.server.baseUrl });
    const secondPage = await second.newPage();
    await secondPage.goto(`/vergaderingen/${meeting}/aanmelden`);
    await secondPage.getByRole('button', { name: 'Aanmelden voor de wachtlijst' }).waitFor();
    await expectNoAxeViolations(secondPage);
    await register(secondPage, meeting, 'Joost de Vries', 'j.devries@zwolle.example', 'Zwolle');
    await secondPage.getByRole('heading', { name: 'U staat op de wachtlijst' }).waitFor();
    await expectNoAxeViolations(secondPage);

    const mails = await deliver();
    expect(mails.map((m) => [m.envelopeTo[0], m.subject]).sort()).toEqual([
      ['f.elamrani@gouda.example', 'Bevestiging van uw aanmelding: ALV 2027'],
      ['j.devries@zwolle.example', 'U staat op de wachtlijst: ALV 2027'],
    ]);
    const confirmation = mails.find((m) => m.envelopeTo[0] === 'f.elamrani@gouda.example')!;
    const link = /https?:\/\/[^\s/]+(\/aanmeldingen\/[0-9a-f-]{36}\/annuleren\?code=[\w-]+)/.exec(
      confirmation.text,
    )?.[1];
    expect(link).toBeDefined();

    // The personal link works without logging in: it asks, then cancels.
    await firstPage.goto(link!);
    await firstPage.getByRole('heading', { name: 'Aanmelding annuleren' }).waitFor();
    await expect(firstPage.getByText('Wilt u de aanmelding van Fatima El Amrani').count()).resolves.toBe(1);
    await expectNoAxeViolations(firstPage);
    await firstPage.getByRole('button', { name: 'Aanmelding annuleren' }).click();
    await firstPage.getByRole('heading', { name: 'Aanmelding geannuleerd' }).waitFor();
    await expectNoAxeViolations(firstPage);
    // Used once: the link no longer cancels anything.
    await firstPage.goto(link!);
    await firstPage.getByRole('heading', { name: 'Aanmelding annuleren' }).waitFor();
    expect(await firstPage.getByRole('button', { name: 'Aanmelding annuleren' }).count()).toBe(0);

    // The waiting list moved up: the second visitor has the place and is told so.
    const after = await deliver();
    expect(after.map((m) => [m.envelopeTo[0], m.subject]).sort()).toEqual([
      ['f.elamrani@gouda.example', 'Uw aanmelding is geannuleerd: ALV 2027'],
      ['j.devries@zwolle.example', 'Er is een plaats vrij: u bent aangemeld voor ALV 2027'],
    ]);
    await staff.page.goto(`/beheer/vergaderingen/${meeting}/aanmeldingen`);
    const row = (name: string) => staff.page.locator('main table tbody tr', { hasText: name });
    await expect(row('Joost de Vries').locator('td').nth(5).innerText()).resolves.toBe('Aangemeld');
    await expect(row('Fatima El Amrani').locator('td').nth(5).innerText()).resolves.toBe('Geannuleerd');
    await expectNoAxeViolations(staff.page);
    await Promise.all([first.close(), second.close(), staff.context.close()]);
  }, 300_000);
});
