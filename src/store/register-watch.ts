import pg from 'pg';

/**
 * The register version kept in memory on PostgreSQL (ADR 026). Reading it from the database on every request
 * cost a pool connection and a round trip to another process each time — the most of an unchanged list page's
 * time. Instead each app process listens on `motiemonitor_register`, which a trigger on `audit_events` notifies
 * when a transaction that appended to the audit trail commits (migration 2026-12-01T0500), in any process on the
 * database. A version read from the database is then kept until:
 *
 * - a notification arrives (another process, or this one, committed a write);
 * - a statement other than a `select` finishes on this process's pool (this process wrote, commit included): so a
 *   client that sees its write acknowledged by this process is never answered from before it, not even before the
 *   notification arrives;
 * - the listening connection fails or is replaced (until LISTEN is in force again every request reads the
 *   database, as without this module);
 * - it is `MAX_TRUST_MS` old, so a listening connection that is cut without an error (a network gone quiet)
 *   leaves a process behind by at most that long.
 *
 * A read keeps its result only when nothing of the above happened between its start and its end. Another
 * process's write reaches this one when its notification does: PostgreSQL signals the listeners as it commits,
 * before the writer hears of the commit, so in practice the next request already knows.
 */
export const REGISTER_CHANNEL = 'motiemonitor_register';
export const MAX_TRUST_MS = 1_000;
const RETRY_MS = 1_000;

type Known = { version: number | undefined; epoch: number; readAt: number };
type Watch = {
  url: string;
  /** Moves on every notification, local write, listener change: a version read across a move is not kept. */
  epoch: number;
  /** LISTEN is in force on a live connection. */
  listening: boolean;
  started: boolean;
  closed: boolean;
  client: pg.Client | null;
  /** The listening connection being opened, if any (closing the handle waits for it). */
  connecting: Promise<void> | null;
  retry: NodeJS.Timeout | null;
  known: Known | null;
};

const watches = new WeakMap<object, Watch>();
const pending = new WeakMap<pg.Pool, Watch>();

/**
 * Called by openDatabase for a PostgreSQL pool, before its first connection: every statement of the pool other
 * than a `select` forgets the kept version when it finishes (this process wrote).
 */
export function watchPoolWrites(pool: pg.Pool, url: string): void {
  const watch: Watch = {
    url,
    epoch: 0,
    listening: false,
    started: false,
    closed: false,
    client: null,
    connecting: null,
    retry: null,
    known: null,
  };
  pending.set(pool, watch);
  const moved = () => forget(watch);
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: typeof query }).query = (...args: unknown[]) => {
      const result = query(...args);
      const first = args[0] as string | { text?: unknown } | undefined;
      const text = typeof first === 'string' ? first : first?.text;
      if (typeof text === 'string' && !/^\s*select\s/i.test(text) && result instanceof Promise) {
        forget(watch);
        result.then(moved, moved);
      }
      return result;
    };
  });
}

/** Called by openDatabase once the pool's Kysely handle exists. */
export function attachRegisterWatch(db: object, pool: pg.Pool): void {
  const watch = pending.get(pool);
  if (watch) watches.set(db, watch);
}

function forget(watch: Watch): void {
  watch.epoch += 1;
  watch.known = null;
}

/** The kept version, if it may be trusted now; `null` when the database must be asked. */
export function keptRegisterVersion(db: object): { version: number | undefined } | null {
  const watch = watches.get(db);
  const known = watch?.known;
  if (!watch || !known || !watch.listening || known.epoch !== watch.epoch) return null;
  if (Date.now() - known.readAt >= MAX_TRUST_MS) return null;
  return known;
}

/**
 * Wraps one read of the version from the database: the result is kept only when LISTEN was in force when the read
 * started and nothing moved before it ended. Starts listening on the first read.
 */
export async function readAndKeep(
  db: object,
  read: () => Promise<number | undefined>,
): Promise<number | undefined> {
  const watch = watches.get(db);
  if (!watch) return read();
  if (!watch.started) listen(watch);
  const epoch = watch.epoch;
  const listening = watch.listening;
  const readAt = Date.now();
  const version = await read();
  if (listening && watch.listening && watch.epoch === epoch) watch.known = { version, epoch, readAt };
  return version;
}

function listen(watch: Watch): void {
  watch.started = true;
  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: watch.url, keepAlive: true });
    const lost = () => {
      if (watch.client === client) watch.client = null;
      watch.listening = false;
      forget(watch);
      client.end().catch(() => undefined);
      if (!watch.closed && !watch.retry)
        watch.retry = setTimeout(() => {
          watch.retry = null;
          open();
        }, RETRY_MS);
    };
    client.on('notification', (message) => {
      if (message.channel === REGISTER_CHANNEL) forget(watch);
    });
    client.on('error', lost);
    client.on('end', () => {
      if (watch.client === client) lost();
    });
    try {
      await client.connect();
      await client.query(`listen ${REGISTER_CHANNEL}`);
      // Without the trigger (a database not yet migrated) no write is told: then nothing is ever kept.
      const trigger = await client.query(
        "select 1 from pg_trigger where tgname = 'audit_events_register_moved' and not tgisinternal",
      );
      if (trigger.rowCount === 0) {
        watch.closed = true;
        await client.end().catch(() => undefined);
        return;
      }
    } catch {
      lost();
      return;
    }
    if (watch.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    watch.client = client;
    forget(watch);
    watch.listening = true;
  };
  const open = () => {
    const connecting = connect();
    watch.connecting = connecting;
    void connecting.finally(() => {
      if (watch.connecting === connecting) watch.connecting = null;
    });
  };
  open();
}

/** Stops listening (called when the handle is closed). */
export async function stopRegisterWatch(db: object): Promise<void> {
  const watch = watches.get(db);
  if (!watch) return;
  watch.closed = true;
  watch.listening = false;
  forget(watch);
  if (watch.retry) clearTimeout(watch.retry);
  await watch.connecting;
  const client = watch.client;
  watch.client = null;
  await client?.end().catch(() => undefined);
}
