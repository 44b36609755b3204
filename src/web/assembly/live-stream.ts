import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { assemblyState } from '../../services/assembly/assembly-state.js';
import { liveBus } from '../../services/assembly/live-bus.js';
import type { Web } from '../web.js';
import { liveMessage } from './live-texts.js';

type Channel = {
  /** The watchers' sockets: after the head, a message is written to the socket itself (see `open`). */
  clients: Set<Socket>;
  /** A state read running; when the last one started; the next one waiting (`timer`). */
  busy: boolean;
  last: number;
  /** How long writing the last message to every watcher took (ms): a large audience is written to less often. */
  writing: number;
  /** Changes not yet sent (since the last read began): several within the short interval are ballots streaming in. */
  changes: number;
  timer: NodeJS.Timeout | null;
  unsubscribe: () => void;
};

/** A meeting's state is read at most once per this many milliseconds, however many changes arrive. */
const BROADCAST_INTERVAL_MS = 50;
/**
 * While changes stream in (STREAM_CHANGES or more since the last read when the short interval is over: ballots
 * arriving faster than it), at most once per this many milliseconds: five times a second is as fast as a tally
 * on a screen can be read, and each read is a round of the state's statements and a write to every watcher. A
 * lone change (a ballot, a vote prepared and opened) is still sent after the short interval.
 */
const STREAM_INTERVAL_MS = 200;
const STREAM_CHANGES = 3;
/**
 * And at most once per this many times the last write to all its watchers took: with a thousand watchers the
 * writes (a system call each) would otherwise take most of the process while ballots stream in.
 */
const WRITE_SHARE = 3;

/**
 * Server-Sent Events per meeting: every open console, ballot and screen of a meeting shares one channel; a
 * change at the meeting reads its state once and sends the same message to all of them.
 */
export function createLiveStreams(app: FastifyInstance, web: Web) {
  const channels = new Map<string, Channel>();
  const bus = liveBus(web.ctx.db, (error) => app.log.error({ err: error }, 'live channel failed'));
  const org = web.ctx.organisation.id;

  const render = async (meetingId: string) =>
    `data: ${JSON.stringify(liveMessage(await assemblyState(web.ctx.db, org, meetingId)))}\n\n`;
  // Watchers that connect together share one read of the state (2 000 at once do not each wait for a pool
  // connection): a read already running started before they asked, so they share the next one, after it.
  const firstReads = new Map<string, { running: Promise<string>; next: Promise<string> | null }>();
  const message = (meetingId: string): Promise<string> => {
    const reads = firstReads.get(meetingId);
    if (!reads) {
      const running = render(meetingId).finally(() => {
        const current = firstReads.get(meetingId);
        if (current?.running === running && !current.next) firstReads.delete(meetingId);
      });
      firstReads.set(meetingId, { running, next: null });
      return running;
    }
    reads.next ??= reads.running
      .catch(() => undefined)
      .then(() => {
        firstReads.delete(meetingId);
        return message(meetingId);
      });
    return reads.next;
  };

  // The first change is sent at once; changes during a read or within the interval make one more read after it.
  const broadcast = (meetingId: string) => {
    const channel = channels.get(meetingId);
    if (!channel) return;
    channel.changes += 1;
    schedule(meetingId, channel);
  };

  const schedule = (meetingId: string, channel: Channel) => {
    if (channel.busy || channel.timer) return;
    const interval = Math.max(BROADCAST_INTERVAL_MS, WRITE_SHARE * channel.writing);
    const wait = Math.max(0, channel.last + interval - Date.now());
    channel.timer = setTimeout(() => void send(meetingId, channel), wait);
  };

  const send = async (meetingId: string, channel: Channel) => {
    channel.timer = null;
    const streamingFor = channel.last + STREAM_INTERVAL_MS - Date.now();
    if (channel.changes >= STREAM_CHANGES && streamingFor > 0) {
      channel.timer = setTimeout(() => void send(meetingId, channel), streamingFor);
      return;
    }
    channel.changes = 0;
    channel.busy = true;
    channel.last = Date.now();
    try {
      // Rendered and encoded once, the same bytes written to every watcher.
      const bytes = Buffer.from(await message(meetingId));
      const started = performance.now();
      for (const socket of channel.clients) socket.write(bytes);
      channel.writing = performance.now() - started;
    } catch (error) {
      app.log.error({ err: error }, 'live update failed');
    } finally {
      channel.busy = false;
      if (channel.changes > 0 && channels.get(meetingId) === channel) schedule(meetingId, channel);
    }
  };

  const heartbeat = setInterval(() => {
    for (const channel of channels.values()) for (const socket of channel.clients) socket.write(': \n\n');
  }, 15_000);
  heartbeat.unref();

  app.addHook('onClose', async () => {
    clearInterval(heartbeat);
    for (const channel of channels.values()) {
      if (channel.timer) clearTimeout(channel.timer);
      channel.unsubscribe();
      for (const socket of channel.clients) socket.end();
    }
    channels.clear();
  });

  return {
    /** Opens the stream for one browser; the first message is the current state. */
    async open(reply: FastifyReply, meetingId: string): Promise<void> {
      // On PostgreSQL: listen before the first state is read, so no change of another process falls between.
      await bus.ready().catch((error) => app.log.error({ err: error }, 'live channel failed'));
      const first = await message(meetingId);
      reply.hijack();
      // Not chunked: the body ends when the connection closes (an event stream never ends otherwise), so every
      // later message is one plain write of the same bytes to each watcher's socket, without chunk framing and
      // without the response object's bookkeeping: with a thousand watchers per process these writes are most
      // of the fan-out's cost.
      reply.raw.useChunkedEncodingByDefault = false;
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-accel-buffering': 'no',
      });
      reply.raw.write(`retry: 3000\n${first}`);
      const socket = reply.raw.socket;
      if (!socket) return;
      let channel = channels.get(meetingId);
      if (!channel) {
        const created: Channel = {
          clients: new Set(),
          busy: false,
          last: 0,
          writing: 0,
          changes: 0,
          timer: null,
          unsubscribe: () => {},
        };
        created.unsubscribe = bus.subscribe(meetingId, () => broadcast(meetingId));
        channels.set(meetingId, created);
        channel = created;
      }
      channel.clients.add(socket);
      reply.raw.on('close', () => {
        const current = channels.get(meetingId);
        if (!current) return;
        current.clients.delete(socket);
        if (current.clients.size === 0) {
          if (current.timer) clearTimeout(current.timer);
          current.unsubscribe();
          channels.delete(meetingId);
        }
      });
    },
    /** After a write at the meeting (in this process). */
    notify: (meetingId: string) => bus.notify(meetingId),
  };
}

export type LiveStreams = ReturnType<typeof createLiveStreams>;
