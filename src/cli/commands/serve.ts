import type { Command } from 'commander';
import { buildServer } from '../../server.js';
import { openContext } from '../context.js';

export async function serve(): Promise<void> {
  const ctx = await openContext();
  const app = await buildServer({ ctx, logger: process.env.LOG !== 'off' });
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  const stop = async () => {
    await app.close();
    await ctx.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port, host });
  console.log(`Motiemonitor draait op http://${host}:${port} (database: ${ctx.engine})`);
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start de webserver (PORT, standaard 3000; HOST, standaard 127.0.0.1)')
    .action(serve);
}
