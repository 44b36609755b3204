/**
 * Child process of api-list.bench.ts: serves either the real app on DATABASE_URL (`app`) or a bare Fastify
 * route that returns the same page of motions from memory (`bare`, body read from PAYLOAD_FILE). Prints
 * `{"port":N}` once listening; stops on SIGTERM.
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { openContext } from '../src/cli/context.js';
import { buildServer } from '../src/server.js';

const mode = process.argv[2];

async function start(): Promise<{ close: () => Promise<void>; port: number }> {
  if (mode === 'bare') {
    const body = JSON.parse(readFileSync(process.env.PAYLOAD_FILE!, 'utf8'));
    const app = Fastify({ logger: false });
    app.get('/api/v1/moties', async () => body);
    await app.listen({ port: 0, host: '127.0.0.1' });
    return { close: () => app.close(), port: (app.server.address() as { port: number }).port };
  }
  const ctx = await openContext(process.env.DATABASE_URL);
  const app = await buildServer({ ctx, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    close: async () => {
      await app.close();
      await ctx.close();
    },
    port: (app.server.address() as { port: number }).port,
  };
}

const server = await start();
process.stdout.write(`${JSON.stringify({ port: server.port })}\n`);
process.once('SIGTERM', async () => {
  await server.close();
  process.exit(0);
});
