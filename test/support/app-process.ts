import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './postgres-cluster.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'motiemonitor.js');

export type AppProcess = { child: ChildProcess; base: string; stop: () => Promise<void> };

/** Starts `motiemonitor serve` in its own process on a free port and resolves once it listens. */
export async function startAppProcess(env: Record<string, string | undefined>): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve'], {
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

export async function openEventStream(url: string): Promise<EventStream> {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal, headers: { accept: 'text/event-stream' } });
  if (!response.ok || !response.body) throw new Error(`event stream ${url}: ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const queue: unknown[] = [];
  let buffer = '';
  const wake: { waiting: (() => void) | null } = { waiting: null };
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split('\n')
            .filter((line) => line.startsWith('data: '))
            .map((line) => line.slice(6))
            .join('\n');
          if (data) queue.push(JSON.parse(data));
        }
        wake.waiting?.();
      }
    } catch {
      // aborted
    }
  })();
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
    return queue.shift();
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
    close: () => controller.abort(),
  };
}
