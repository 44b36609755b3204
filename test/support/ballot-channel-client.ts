import WebSocket from 'ws';

export type ChannelAnswer = {
  id: string | number | null;
  status: number;
  stem?: Record<string, unknown>;
  probleem?: { code: string; status: number; detail: string };
};

/** A client of the ballot channel (`/api/v1/stemkanaal`): answers matched to ballots by their `id`. */
export type BallotChannel = {
  cast: (ballot: { stemming: string; keuze: string; lid?: string }) => Promise<ChannelAnswer>;
  /** Sends raw text; resolves with the next answer that carries `id` (or none). */
  sendRaw: (text: string, id?: string | number | null) => Promise<ChannelAnswer>;
  closed: Promise<{ code: number; reason: string }>;
  close: () => void;
};

/** Opens the channel; rejects with `HTTP <status>` when the upgrade is refused. */
export async function openBallotChannel(
  base: string,
  headers: Record<string, string>,
): Promise<BallotChannel> {
  const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/api/v1/stemkanaal`, { headers });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (request, response) => {
      reject(new Error(`HTTP ${response.statusCode}`));
      // The refused upgrade's connection is not kept: the server would wait for it when it closes.
      request.destroy();
    });
    socket.once('error', reject);
  });
  const waiting = new Map<string, (answer: ChannelAnswer) => void>();
  const unmatched: ChannelAnswer[] = [];
  socket.on('message', (data) => {
    const answer = JSON.parse(String(data)) as ChannelAnswer;
    const key = JSON.stringify(answer.id);
    const resolve = waiting.get(key);
    if (resolve) {
      waiting.delete(key);
      resolve(answer);
    } else unmatched.push(answer);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  let next = 0;
  const sendRaw = (text: string, id: string | number | null = null) =>
    new Promise<ChannelAnswer>((resolve) => {
      waiting.set(JSON.stringify(id), resolve);
      socket.send(text);
    });
  return {
    cast: (ballot) => {
      next += 1;
      return sendRaw(JSON.stringify({ id: next, ...ballot }), next);
    },
    sendRaw,
    closed,
    close: () => socket.close(),
  };
}
