import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.js';
import { freePort } from './postgres-cluster.js';

/** What a browser test drives: a server the test file started on 127.0.0.1, and how to stop it. */
export type BrowserTarget = { baseUrl: string; close: () => Promise<void> };

/**
 * Lets the app listen on 127.0.0.1 and a free port. Closing the target closes the app, then runs `after` (the
 * database and its folder, say).
 */
export async function listenOnFreePort(
  app: FastifyInstance,
  after: () => Promise<void> | void,
): Promise<BrowserTarget> {
  const port = await freePort();
  await app.listen({ host: '127.0.0.1', port });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await after();
    },
  };
}

/** The server and the Chromium of one test file, available inside its tests. */
export type BrowserSuite<S extends BrowserTarget> = { readonly server: S; readonly browser: Browser };

/**
 * Starts the file's server (`start`) and Chromium together before its tests and stops both after them (every
 * context opened in the browser closes with it). When one of the two fails to start, the other is stopped before
 * the error is reported.
 */
export function browserSuite<S extends BrowserTarget>(start: () => Promise<S>): BrowserSuite<S> {
  let server: S | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const [started, launched] = await Promise.allSettled([start(), launchChromium()]);
    if (started.status === 'fulfilled') server = started.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    const failed = [started, launched].find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: browserSuite's beforeAll has not run`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'the server');
    },
    get browser() {
      return ready(browser, 'Chromium');
    },
  };
}

export type SignIn = {
  email: string;
  password: string;
  /** The page opened first: the login form, or a page that sends a visitor to it and back (default /inloggen). */
  from?: string;
  /** Where the login lands, waited for (default: `from`, or /beheer when logging in from /inloggen). */
  lands?: string;
  /** For the new browser context: viewport, JavaScript off, and so on. */
  context?: BrowserContextOptions;
};

/** Logs in through the login form in a new browser context, as a user would. */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  how: SignIn,
): Promise<{ context: BrowserContext; page: Page }> {
  const from = how.from ?? '/inloggen';
  const context = await browser.newContext({ ...how.context, baseURL: baseUrl });
  const page = await context.newPage();
  await page.goto(from);
  await page.getByLabel('E-mailadres').fill(how.email);
  await page.getByLabel('Wachtwoord').fill(how.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(`**${how.lands ?? (from === '/inloggen' ? '/beheer' : from)}`);
  return { context, page };
}

/** The little of the DOM the focus check reads inside the page (the tests run without the DOM types). */
type FocusDom = { document: { activeElement: { matches: (s: string) => boolean } | null } };

/** Presses Tab until the element matching `selector` has the focus (as a keyboard user would). */
export async function tabTo(page: Page, selector: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      (s) => (globalThis as unknown as FocusDom).document.activeElement?.matches(s) ?? false,
      selector,
    );
    if (focused) return;
  }
  throw new Error(`${selector} not reached by Tab on ${page.url()}`);
}
