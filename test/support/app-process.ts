import { type ChildProcess, spawn } from 'node:child_process';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { freePort } from './postgres-cluster.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'motiemonitor.js');

export type AppProcess = { child: ChildProcess; base: string; stop: () => Promise<void> };

/** Starts `motiemonitor serve` in its own process on a free port and resolves once it listens. */
export async function startAppProcess(env: Record<string, string | undefined>): Promise<AppProcess> {
  const port = await freePort();
  // APP_NODE_FLAGS: extra flags for the server's node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/x` to profile it.
  const flags = process.env.APP_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...flags, BIN, 'serve'], {
    env: { ...process.env, LOG: 'off', OUTBOX_WORKER: 'off', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('draait op')) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`server stopped (${code}): ${output}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { child, base: `http://127.0.0.1:${port}`, stop };
}

/** One Server-Sent Events stream read message by message (the `data:` of each event, parsed as JSON). */
export type EventStream = {
  next: (timeoutMs?: number) => Promise<unknown>;
  /** Waits for a message that satisfies `test`, skipping others. */
  until: (test: (message: unknown) => boolean, timeoutMs?: number) => Promise<unknown>;
  close: () => void;
};

/**
 * Opens a stream with node:http (not fetch and web streams: a bench holds thousands of these in one process, so
 * the reading must cost little). Messages are kept as text and parsed when taken.
 */
export async function openEventStream(url: string): Promise<EventStream> {
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const request = httpGet(url, { headers: { accept: 'text/event-stream' }, agent: false }, resolve);
    request.on('error', reject);
  });
  if (response.statusCode !== 200) {
    response.destroy();
    throw new Error(`event stream ${url}: ${response.statusCode}`);
  }
  const queue: string[] = [];
  let buffer = '';
  const wake: { waiting: (() => void) | null } = { waiting: null };
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    buffer += chunk;
    let end = buffer.indexOf('\n\n');
    if (end < 0) return;
    for (; end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data: '))
        .map((line) => line.slice(6))
        .join('\n');
      if (data) queue.push(data);
    }
    wake.waiting?.();
  });
  response.on('error', () => undefined);
  const next = async (timeoutMs = 10_000): Promise<unknown> => {
    const deadline = Date.now() + timeoutMs;
    while (queue.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no event from ${url} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        wake.waiting = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake.waiting = null;
    }
    return JSON.parse(queue.shift()!);
  };
  return {
    next,
    until: async (test, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const message = await next(Math.max(1, deadline - Date.now()));
        if (test(message)) return message;
      }
    },
    close: () => response.destroy(),
  };
}
