import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOutboxByStatus } from '../../src/store/repositories/outbox.js';
import { ENGINES } from '../support/engines.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { type OutboxFixture, openOutboxFixture, queueTestMessages } from './outbox-fixture.js';

const BIN = resolve(import.meta.dirname, '../../bin/motiemonitor.js');
const MESSAGES = 12;

/** `motiemonitor outbox run --once` in its own process, as an operator (or cron) runs it. */
function runOutbox(
  f: OutboxFixture,
  smtp: TestSmtpServer,
): { child: ChildProcess; done: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, 'outbox', 'run', '--once'], {
    env: { ...process.env, DATABASE_URL: f.url, SMTP_URL: smtp.url, OUTBOX_LEASE_SECONDS: '1', LOG: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const done = new Promise<number | null>((resolveExit) =>
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) console.error(output);
      resolveExit(code);
    }),
  );
  return { child, done };
}

describe.each(ENGINES)('a worker killed between write and send, on %s', (engine) => {
  let f: OutboxFixture;
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    f = await openOutboxFixture(engine);
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await f?.cleanup();
    // The held connection of the killed worker is gone; closing does not wait for it.
    await smtp?.close();
  });

  it('loses no message and sends none twice after SIGKILL and a restart', async () => {
    const keys = await queueTestMessages(f, MESSAGES, 'crash');
    // The fourth message arrives in full but is never answered: the worker is killed while it waits for the 250.
    smtp.answer = (n) => (n === 3 ? { kind: 'hold' } : { kind: 'accept' });
    const first = runOutbox(f, smtp);
    await smtp.waitFor(4, 60_000);
    first.child.kill('SIGKILL');
    expect(await first.done).toBeNull();
    expect(smtp.received).toHaveLength(3);
    const between = await countOutboxByStatus(f.ctx.db, f.ctx.organisation.id);
    expect(between).toMatchObject({ sent: 3, sending: 1, queued: MESSAGES - 4 });

    // The killed worker's lease (1 s) runs out; a new worker sends the rest, the held message included.
    await new Promise((r) => setTimeout(r, 1200));
    smtp.answer = () => ({ kind: 'accept' });
    const second = runOutbox(f, smtp);
    expect(await second.done).toBe(0);

    const ids = smtp.received.map((m) => m.messageId);
    expect(ids).toHaveLength(MESSAGES);
    expect(new Set(ids).size).toBe(MESSAGES);
    const recipients = smtp.received.map((m) => m.envelopeTo[0]).sort();
    expect(recipients).toEqual(keys.map((_, i) => `persoon${i + 1}@gemeente${i + 1}.example`).sort());
    expect(await countOutboxByStatus(f.ctx.db, f.ctx.organisation.id)).toMatchObject({
      sent: MESSAGES,
      sending: 0,
      queued: 0,
      failed: 0,
    });
  }, 120_000);
});
