import { type ChildProcess, spawn } from 'node:child_process';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
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
  /** How many messages (not heartbeats) arrived so far, taken or not. */
  received: () => number;
};

/**
 * Opens a stream with node:http (not fetch and web streams: a bench holds thousands of these in one process, so
 * the reading must cost little). Messages are kept as bytes and decoded and parsed only when taken.
 * `latestOnly`: keep only the latest unread message (the live messages are whole states, so the latest says all
 * the earlier ones said): a bench's watchers that are not read while ballots stream in then hold one message
 * each, not every message of the run, and read the plain socket after the response's head (no node:http parser
 * and response stream per message).
 */
export async function openEventStream(
  url: string,
  options: { latestOnly?: boolean } = {},
): Promise<EventStream> {
  const queue: Buffer[] = [];
  let rest: Buffer | null = null;
  const wake: { waiting: (() => void) | null } = { waiting: null };
  const COLON = 0x3a;
  let received = 0;
  const onBody = (chunk: Buffer) => {
    const data = rest ? Buffer.concat([rest, chunk]) : chunk;
    rest = null;
    let start = 0;
    let added = false;
    for (let end = data.indexOf('\n\n', start); end >= 0; end = data.indexOf('\n\n', start)) {
      // A comment (the heartbeat `: `) carries no message.
      if (data[start] !== COLON) {
        if (options.latestOnly) queue.length = 0;
        queue.push(data.subarray(start, end));
        added = true;
        received += 1;
      }
      start = end + 2;
    }
    if (start < data.length) rest = Buffer.from(data.subarray(start));
    if (added) wake.waiting?.();
  };
  // A bench's watchers (latestOnly) read the plain socket: the stream is not chunked (ADR 031), so after the
  // head every byte is the body, and node:http's parser and response stream per message are saved (the bench
  // client shares the two cores with what it measures).
  const close = options.latestOnly ? await openPlainStream(url, onBody) : await openHttpStream(url, onBody);
  /** The `data:` lines of one event block, joined; empty when it has none. */
  const dataOf = (block: Buffer) =>
    block
      .toString('utf8')
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => line.slice(6))
      .join('\n');
  const next = async (timeoutMs = 10_000): Promise<unknown> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (queue.length > 0) {
        const data = dataOf(queue.shift()!);
        if (data) return JSON.parse(data);
      }
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
    close,
    received: () => received,
  };
}

/** An event stream over node:http; returns its close. */
async function openHttpStream(url: string, onBody: (chunk: Buffer) => void): Promise<() => void> {
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const request = httpGet(url, { headers: { accept: 'text/event-stream' }, agent: false }, resolve);
    request.on('error', reject);
  });
  if (response.statusCode !== 200) {
    response.destroy();
    throw new Error(`event stream ${url}: ${response.statusCode}`);
  }
  response.on('data', onBody);
  response.on('error', () => undefined);
  return () => response.destroy();
}

/** An event stream (not chunked) read from the plain socket after the response's head; returns its close. */
async function openPlainStream(url: string, onBody: (chunk: Buffer) => void): Promise<() => void> {
  const { hostname, port, pathname, search } = new URL(url);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.write(
    `GET ${pathname}${search} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAccept: text/event-stream\r\n\r\n`,
  );
  let head = Buffer.alloc(0);
  await new Promise<void>((resolve, reject) => {
    const onHead = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onHead);
      const lines = head.subarray(0, end).toString('latin1').split('\r\n');
      if (!/^HTTP\/1\.1 200 /.test(lines[0]) || lines.some((l) => /^transfer-encoding:/i.test(l))) {
        socket.destroy();
        reject(new Error(`event stream ${url}: ${lines[0]}`));
        return;
      }
      socket.on('data', onBody);
      if (head.length > end + 4) onBody(head.subarray(end + 4));
      resolve();
    };
    socket.on('data', onHead);
    socket.once('error', reject);
  });
  socket.on('error', () => undefined);
  return () => socket.destroy();
}
