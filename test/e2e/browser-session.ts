import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type BrowserSuite, signIn } from '../support/browser-suite.js';
import { type E2EServer, PASSWORD } from './server.js';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe on the page as it is now: no violations of WCAG 2.2 A/AA; the message names the rule and the elements. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary, `axe on ${page.url()}`).toEqual([]);
}

/** Logs in as one of the server's accounts (USERS) through the login form; lands on /beheer. */
export async function signInAs(
  e2e: BrowserSuite<E2EServer>,
  email: string,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  return signIn(e2e.browser, e2e.server.baseUrl, {
    email,
    password: PASSWORD,
    context: { javaScriptEnabled: options.javaScriptEnabled ?? true },
  });
}
