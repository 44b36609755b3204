import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { authorize, hashSecret } from '../../auth/index.js';
import { principalOf } from '../../auth/principal.js';
import { choiceFromApi } from '../../domain/vote-alternatives.js';
import { liveBus } from '../../services/assembly/live-bus.js';
import { castVote } from '../../services/votes/cast-vote.js';
import type { StoredCredential } from '../../store/repositories/credential-users.js';
import { toApiError } from '../errors/error-handler.js';
import { forbidden, invalidParam, tooManyRequests, toProblem, unauthorized } from '../errors/problem.js';
import { presentBallot } from './presenter.js';
import { stemBody } from './schema.js';

/** At most this many ballots of one connection waiting for their answer; more are refused (429). */
export const MAX_IN_FLIGHT = 200;
/** A ballot message is small; a connection that sends a larger one is closed (1009). */
export const MAX_MESSAGE_BYTES = 4 * 1024;

/** One ballot over the channel: the fields of `POST /stemmingen/{id}/stemmen`, the vote, and the client's id. */
export const channelBallot = stemBody.extend({
  id: z.union([z.string().max(100), z.number()]),
  stemming: z.uuid(),
});

const CLOSE_POLICY = 1008;

/**
 * The ballot channel (docs/adr/027-ballot-channel.md): `GET /api/v1/stemkanaal` upgraded to a WebSocket,
 * authenticated once at the upgrade (API token, or the session cookie from the portal's own origin), then any
 * number of ballots per connection. Each message `{"id", "stemming", "keuze", "lid"?}` passes the same rules as
 * `POST /stemmingen/{id}/stemmen` (own municipality, present, once, vote open, the meeting's weight), joins the
 * same group commit and leaves its own audit event; the answer `{"id", "status": 201, "stem"}` or `{"id",
 * "status", "probleem"}` (problem+json) comes when the ballot is committed. The credential is checked again for
 * every message, in the transaction of its group of ballots (one statement for all credentials of the group,
 * docs/adr/031): a revoked token or an ended session stops at once, and the connection is closed.
 */
export function ballotChannel(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/stemkanaal',
    {
      websocket: true,
      config: { policy: 'vote.cast' },
      schema: { hide: true },
      // A browser sends the session cookie with a WebSocket from any site: only the portal's own pages may use it.
      preHandler: async (request) => {
        if (request.principal.via !== 'session') return;
        const origin = request.headers.origin;
        if (!origin || !sameOrigin(origin, request))
          throw forbidden('Het stemkanaal is met een sessie alleen te gebruiken vanaf de eigen site.');
      },
    },
    (socket, request) => openChannel(ctx, socket, request),
  );
}

function sameOrigin(origin: string, request: FastifyRequest): boolean {
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

function credentialOf(request: FastifyRequest): StoredCredential {
  const p = request.principal;
  if (p.via === 'session' && p.sessionId) return { kind: 'session', hash: p.sessionId };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return { kind: 'token', hash: hashSecret(match?.[1] ?? '') };
}

function openChannel(ctx: AppContext, socket: WebSocket, request: FastifyRequest): void {
  const credential = credentialOf(request);
  const instance = `${request.url.split('?')[0]}`;
  let inFlight = 0;
  let closed = false;
  socket.on('close', () => {
    closed = true;
  });
  const answer = (message: object) => {
    if (!closed) socket.send(JSON.stringify(message));
  };

  const handle = async (data: RawData, isBinary: boolean): Promise<void> => {
    let id: string | number | null = null;
    inFlight += 1;
    try {
      if (isBinary) throw invalidParam('body', 'invalid_input', 'Stuur een stem als JSON-tekst.');
      let body: unknown;
      try {
        body = JSON.parse(String(data));
      } catch {
        throw invalidParam('body', 'invalid_json', 'Het bericht is geen geldige JSON.');
      }
      const rawId = (body as { id?: unknown } | null)?.id;
      if (typeof rawId === 'string' || typeof rawId === 'number') id = rawId;
      if (inFlight > MAX_IN_FLIGHT)
        throw tooManyRequests(
          `Wacht op antwoord: hoogstens ${MAX_IN_FLIGHT} stemmen tegelijk per verbinding.`,
        );
      const parsed = channelBallot.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw invalidParam(issue.path.join('.') || 'body', 'invalid_input', issue.message);
      }
      const message = parsed.data;
      const ballot = await castVote({
        db: ctx.db,
        writer: {
          organisationId: ctx.organisation.id,
          actor: { id: request.principal.userId, label: request.principal.label },
          requestId: randomUUID(),
        },
        voteId: message.stemming,
        choice: choiceFromApi(message.keuze)!,
        // Checked in the group's transaction, with the credential as it stands there (docs/adr/031).
        credential: {
          ...credential,
          memberOf: (user) => {
            if (!user || user.organisationId !== ctx.organisation.id) throw new CredentialEnded();
            const principal = principalOf(user, request.principal.via, request.principal.sessionId);
            const memberId = message.lid ?? principal.memberId;
            if (!memberId) throw invalidParam('lid', 'required', 'Geef het lid namens wie gestemd wordt.');
            authorize(principal, 'vote.cast', { memberIds: [memberId] });
            return memberId;
          },
        },
      });
      if (ballot.meetingId) liveBus(ctx.db).notify(ballot.meetingId);
      answer({ id, status: 201, stem: presentBallot(ballot) });
    } catch (error) {
      if (error instanceof CredentialEnded) {
        answer({
          id,
          ...problem(unauthorized('Het API-token of de sessie is ingetrokken of verlopen.'), instance),
        });
        socket.close(CLOSE_POLICY, 'ingetrokken');
        return;
      }
      const apiError = toApiError(error);
      if (apiError.status >= 500) request.log.error({ err: error }, 'ballot channel: unhandled error');
      answer({ id, ...problem(apiError, instance) });
    } finally {
      inFlight -= 1;
    }
  };

  socket.on('message', (data, isBinary) => {
    void handle(data, isBinary);
  });
}

/** The channel's credential no longer holds (revoked, ended, the user disabled): the connection is closed. */
class CredentialEnded extends Error {}

const problem = (error: ReturnType<typeof toApiError>, instance: string) => ({
  status: error.status,
  probleem: toProblem(error, instance),
});
