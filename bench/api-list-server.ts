/**
 * Child process of api-list.bench.ts: a bare Fastify route that returns the same page of motions from memory
 * (`bare`, body read from PAYLOAD_FILE), or the app built in-process on DATABASE_URL (`app`; the bench itself runs
 * the app as `motiemonitor serve`). Listens on PORT (or a free port), prints `{"port":N}`; stops on SIGTERM.
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const mode = process.argv[2];

async function start(): Promise<{ close: () => Promise<void>; port: number }> {
  if (mode === 'bare') {
    const body = JSON.parse(readFileSync(process.env.PAYLOAD_FILE!, 'utf8'));
    const app = Fastify({ logger: false });
    app.get('/api/v1/moties', async () => body);
    await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
    return { close: () => app.close(), port: (app.server.address() as { port: number }).port };
  }
  const { openContext } = await import('../src/cli/context.js');
  const { buildServer } = await import('../src/server.js');
  const ctx = await openContext(process.env.DATABASE_URL);
  const app = await buildServer({ ctx, logger: false });
  await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
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
