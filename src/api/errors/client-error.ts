import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { API_PREFIX, API_VERSION } from '../http/api-version.js';
import { SECURITY_HEADERS } from '../http/security-headers.js';
import { PROBLEM_TYPE_BASE } from './problem.js';

/** What Node's HTTP server passes on 'clientError' (Fastify types rawPacket loosely). */
type ClientError = Error & { code?: string; rawPacket?: unknown };

const REASONS: Record<number, string> = {
  400: 'Het verzoek is ongeldig: gebruik in het adres alleen URL-gecodeerde tekens (bijvoorbeeld %C3%A9 voor é).',
  408: 'Het verzoek duurde te lang.',
  431: 'De headers van het verzoek zijn te groot.',
};
const CODES: Record<number, string> = {
  400: 'invalid_request',
  408: 'request_timeout',
  431: 'headers_too_large',
};
const TITLES: Record<number, string> = {
  400: 'Ongeldige invoer',
  408: 'Verzoek verlopen',
  431: 'Headers te groot',
};

/** The request target of a packet the HTTP parser refused, when it can still be read. */
function targetOf(error: ClientError): string {
  const packet = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.toString('latin1') : '';
  const line = packet.split('\r\n', 1)[0];
  return line.split(' ')[1] ?? '';
}

/**
 * A request the HTTP parser itself refuses (raw non-ASCII bytes in the address, a broken request line, huge
 * headers) never reaches a route. It still gets the answer every other client error gets: problem+json with
 * a Dutch detail and the API-Version header for the API, a short Dutch page for the portal.
 */
export function answerClientError(error: ClientError, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const target = targetOf(error);
  const api = target.startsWith(`${API_PREFIX}/`) || target === API_PREFIX;
  const path = target.split('?')[0].replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
  const body = api
    ? JSON.stringify({
        type: `${PROBLEM_TYPE_BASE}${CODES[status]}`,
        title: TITLES[status],
        status,
        detail: REASONS[status],
        instance: path,
        code: CODES[status],
        invalidParams: status === 400 ? [{ name: 'url', code: CODES[status], reason: REASONS[status] }] : [],
      })
    : `<!doctype html><html lang="nl"><meta charset="utf-8"><title>${TITLES[status]}</title><h1>${TITLES[status]}</h1><p>${REASONS[status]}</p></html>`;
  const headers = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    `Content-Type: ${api ? 'application/problem+json' : 'text/html'}; charset=utf-8`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...(api
      ? [`API-Version: ${API_VERSION}`, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `${k}: ${v}`)]
      : ['X-Content-Type-Options: nosniff']),
    'Connection: close',
  ];
  if (socket.writable) socket.write(`${headers.join('\r\n')}\r\n\r\n${body}`);
  socket.destroy(error);
}
