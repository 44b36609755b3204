import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { API_VERSION } from '../http/api-version.js';
import { SECURITY_HEADERS } from '../http/security-headers.js';
import { ApiError, toProblem } from './problem.js';

const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

/**
 * Errors Fastify raises before a route is chosen (a URL that does not decode, a path parameter longer than
 * the router allows): answered as Dutch problem+json instead of Fastify's own English JSON.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const apiError =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new ApiError(
          414,
          'uri_too_long',
          'Adres te lang',
          'Een deel van het adres is langer dan toegestaan (hoogstens 100 tekens per padsegment).',
          { invalidParams: [{ name: 'pad', code: 'too_long', reason: 'Padsegment te lang.' }] },
        )
      : error.code === 'FST_ERR_BAD_URL'
        ? new ApiError(400, 'bad_url', 'Ongeldig adres', 'Het adres bevat een ongeldige %-codering.', {
            invalidParams: [{ name: 'pad', code: 'bad_url', reason: 'Ongeldige %-codering in het pad.' }],
          })
        : new ApiError(400, 'bad_request', 'Ongeldig verzoek', 'Het verzoek kan niet worden verwerkt.');
  void reply
    .code(apiError.status)
    .headers({ ...SECURITY_HEADERS, 'api-version': API_VERSION })
    .type(PROBLEM_JSON)
    .serializer(JSON.stringify)
    .send(toProblem(apiError));
  void request;
}

const CLIENT_ERRORS: Record<string, { status: number; code: string; title: string; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'headers_too_large',
    title: 'Headers te groot',
    detail: 'De headers van het verzoek zijn samen groter dan toegestaan.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'request_timeout',
    title: 'Verzoek verlopen',
    detail: 'Het verzoek kwam niet op tijd binnen.',
  },
};

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (headers too large, malformed request line):
 * written straight to the socket as problem+json, then the connection is closed.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const spec = CLIENT_ERRORS[error.code ?? ''] ?? {
    status: 400,
    code: 'bad_request',
    title: 'Ongeldig verzoek',
    detail: 'Het HTTP-verzoek is onleesbaar.',
  };
  const body = JSON.stringify(toProblem(new ApiError(spec.status, spec.code, spec.title, spec.detail)));
  const headers = {
    'Content-Type': PROBLEM_JSON,
    'Content-Length': String(Buffer.byteLength(body)),
    'API-Version': API_VERSION,
    Connection: 'close',
    ...SECURITY_HEADERS,
  };
  if (socket.writable) {
    const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
    socket.write(`HTTP/1.1 ${spec.status} ${REASONS[spec.status]}\r\n${lines.join('\r\n')}\r\n\r\n${body}`);
  }
  socket.destroy(error);
}

/** An address under /api/ that no route answers: Dutch problem+json with the API's security headers. */
export function apiNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split('?')[0];
  const error = new ApiError(404, 'not_found', 'Niet gevonden', `Er is geen resource op ${path}.`);
  return reply.code(404).headers(SECURITY_HEADERS).type(PROBLEM_JSON).send(toProblem(error, path));
}
