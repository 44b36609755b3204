import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Db } from '../../store/database.js';
import { listenChanges, sendChanges, sharesChanges } from '../../store/live-channel.js';

/**
 * Something changed at a meeting (attendance, a ballot, a vote opened or closed): the pages that show it
 * read the state again. One bus per database handle. On SQLite there is one process and the bus stays in it;
 * on PostgreSQL a change is also sent with NOTIFY (coalesced: at most one per meeting per 50 ms per process) and the changes of other
 * processes on the same database arrive through LISTEN (docs/adr/012-live-voting.md).
 */
export type LiveBus = {
  notify: (meetingId: string) => void;
  subscribe: (meetingId: string, listener: () => void) => () => void;
  /** Resolves when changes of other processes are heard (at once on SQLite). */
  ready: () => Promise<void>;
};

const buses = new WeakMap<object, LiveBus>();

/** At most one NOTIFY per process per this many milliseconds (a burst of ballots is one change per meeting). */
export const NOTIFY_INTERVAL_MS = 50;

export function liveBus(db: Db, onError: (error: unknown) => void = () => undefined): LiveBus {
  let bus = buses.get(db);
  if (bus) return bus;
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const shared = sharesChanges(db);
  // This process's own notifications come back through LISTEN too: they carry its origin and are skipped.
  const origin = randomUUID();
  const outgoing = new Set<string>();
  let scheduled = false;
  let lastSent = 0;
  const flush = () => {
    scheduled = false;
    lastSent = Date.now();
    const payloads = [...outgoing].map((meetingId) => `${origin}:${meetingId}`);
    outgoing.clear();
    sendChanges(db, payloads).catch(onError);
  };
  let listening: Promise<void> | null = null;
  const listen = (): Promise<void> => {
    if (!shared) return Promise.resolve();
    listening ??= listenChanges(
      db,
      (payload) => {
        const at = payload.indexOf(':');
        if (at < 0 || payload.slice(0, at) === origin) return;
        emitter.emit(payload.slice(at + 1));
      },
      onError,
    ).ready.catch((error) => {
      listening = null;
      throw error;
    });
    return listening;
  };
  bus = {
    notify: (meetingId) => {
      emitter.emit(meetingId);
      if (!shared) return;
      outgoing.add(meetingId);
      // The first change goes out at once; later ones at most once per NOTIFY_INTERVAL_MS, together.
      if (scheduled) return;
      scheduled = true;
      setTimeout(flush, Math.max(0, lastSent + NOTIFY_INTERVAL_MS - Date.now()));
    },
    subscribe: (meetingId, listener) => {
      void listen().catch(onError);
      emitter.on(meetingId, listener);
      return () => emitter.off(meetingId, listener);
    },
    ready: listen,
  };
  buses.set(db, bus);
  return bus;
}
