import type { AppContext } from '../../src/app-context.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { queueMessage } from '../../src/services/outbox/queue-message.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import { type Clock, fixedClock } from '../../src/store/clock.js';
import { inTransaction } from '../../src/store/transaction.js';
import { type EngineName, openTestDatabase } from '../support/engines.js';

export type OutboxFixture = {
  ctx: AppContext & { clock: Clock };
  writer: WriteContext;
  url: string;
  cleanup: () => Promise<void>;
};

/** A fresh database with the association (as `start` creates it) and a fixed clock. */
export async function openOutboxFixture(
  engine: EngineName,
  now = '2026-03-02T09:00:00.000Z',
): Promise<OutboxFixture> {
  const t = await openTestDatabase(engine);
  const organisation = await ensureOrganisation(t.db, 'vng');
  return {
    ctx: { db: t.db, engine: t.engine, organisation, clock: fixedClock(now) },
    writer: { organisationId: organisation.id, actor: SYSTEM_ACTOR },
    url: t.url,
    cleanup: t.cleanup,
  };
}

/** Queues `count` plain messages to test addresses (each in its own transaction, as a change would). */
export async function queueTestMessages(f: OutboxFixture, count: number, prefix = 'test'): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 1; i <= count; i++) {
    const key = `${prefix}-${i}`;
    await inTransaction(f.ctx.db, (trx) =>
      queueMessage(trx, f.writer, {
        key,
        kind: 'test',
        category: 'registration',
        to: { email: `persoon${i}@gemeente${i}.example`, name: `Persoon ${i}` },
        content: {
          subject: `Bericht ${i}`,
          greetingName: `Persoon ${i}`,
          paragraphs: [`Dit is bericht ${i}.`],
          links: [{ label: 'Bekijk', url: `https://portal.example/vergaderingen/${i}` }],
        },
        organisationName: f.ctx.organisation.name,
        at: f.ctx.clock.now().toISOString(),
        baseUrl: 'https://portal.example',
      }),
    );
    keys.push(key);
  }
  return keys;
}
