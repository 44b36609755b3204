import { EventEmitter } from 'node:events';

/**
 * Something changed at a meeting (attendance, a ballot, a vote opened or closed): the pages that show it
 * read the state again. One bus per database handle, in this process; on SQLite there is one process.
 * (LISTEN/NOTIFY for several processes on one PostgreSQL is not built yet: see docs/adr/008-live-assembly.md.)
 */
export type LiveBus = {
  notify: (meetingId: string) => void;
  subscribe: (meetingId: string, listener: () => void) => () => void;
};

const buses = new WeakMap<object, LiveBus>();

export function liveBus(db: object): LiveBus {
  let bus = buses.get(db);
  if (!bus) {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    bus = {
      notify: (meetingId) => emitter.emit(meetingId),
      subscribe: (meetingId, listener) => {
        emitter.on(meetingId, listener);
        return () => emitter.off(meetingId, listener);
      },
    };
    buses.set(db, bus);
  }
  return bus;
}
