import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from './database.js';

/**
 * PostgreSQL LISTEN/NOTIFY for the live assembly: several app processes on one database hear each other's
 * changes. The database handle knows its URL (registered by openDatabase); the listener holds one dedicated
 * connection per handle, reconnects after a loss, and is closed with the handle.
 */
export const LIVE_CHANNEL = 'motiemonitor_live';

const urls = new WeakMap<object, string>();
const listeners = new WeakMap<object, Listener>();

type Listener = { ready: Promise<void>; close: () => Promise<void> };

/** Called by openDatabase for a PostgreSQL handle. */
export function registerChannelUrl(db: object, url: string): void {
  urls.set(db, url);
}

/** Whether changes travel between processes (PostgreSQL) or stay in this one (SQLite). */
export function sharesChanges(db: object): boolean {
  return urls.has(db);
}

/** Sends one NOTIFY per payload (after the write committed). */
export async function sendChanges(db: Db, payloads: string[]): Promise<void> {
  for (const payload of payloads) await sql`select pg_notify(${LIVE_CHANNEL}, ${payload})`.execute(db);
}

/**
 * Listens on the channel once per handle; `ready` resolves when LISTEN is in force (a change sent after that
 * is heard). Errors drop the connection and it is opened again after a second.
 */
export function listenChanges(
  db: object,
  onPayload: (payload: string) => void,
  onError: (error: unknown) => void,
): Listener {
  const existing = listeners.get(db);
  if (existing) return existing;
  const url = urls.get(db);
  if (!url) throw new Error('listenChanges needs a PostgreSQL handle');
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (message) => {
      if (message.channel === LIVE_CHANNEL && message.payload) onPayload(message.payload);
    });
    c.on('error', (error) => {
      onError(error);
      c.end().catch(() => undefined);
      if (client === c) client = null;
      if (!closed) retry = setTimeout(() => void connect().catch(onError), 1000);
    });
    await c.connect();
    await c.query(`listen ${LIVE_CHANNEL}`);
    if (closed) {
      await c.end();
      return;
    }
    client = c;
  };
  const listener: Listener = {
    ready: connect(),
    close: async () => {
      closed = true;
      if (retry) clearTimeout(retry);
      listeners.delete(db);
      await client?.end().catch(() => undefined);
      client = null;
    },
  };
  listener.ready.catch((error) => {
    // The first connection failed: the next subscriber tries again.
    if (listeners.get(db) === listener) listeners.delete(db);
    onError(error);
  });
  listeners.set(db, listener);
  return listener;
}

/** Stops the handle's listener, if any (called when the handle is closed). */
export async function stopListening(db: object): Promise<void> {
  await listeners.get(db)?.close();
}
