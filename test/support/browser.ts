import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

/** Flags for a headless Chromium in a container or CI runner: no sandbox, no GPU, no calls home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * The Chromium to drive: CHROMIUM_PATH, else the system's /usr/bin/chromium, else the binary that ships inside
 * the @sparticuz/chromium npm package (unpacked to /tmp on first use). Never downloads a browser.
 */
export async function chromiumExecutable(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const sparticuz = (await import('@sparticuz/chromium')).default;
  // Test files run in parallel: one unpacks the binary, the others wait for it instead of racing.
  return withLock(join(tmpdir(), 'motiemonitor-chromium.lock'), () => sparticuz.executablePath());
}

async function withLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(dir);
      break;
    } catch {
      if (waited > 120_000) rmSync(dir, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumExecutable(), args: CHROMIUM_ARGS });
}
