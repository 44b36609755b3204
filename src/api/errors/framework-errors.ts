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

/** An address under /api/ that no route answers: Dutch problem+json with the API's security headers. */
export function apiNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split('?')[0];
  const error = new ApiError(404, 'not_found', 'Niet gevonden', `Er is geen resource op ${path}.`);
  return reply.code(404).headers(SECURITY_HEADERS).type(PROBLEM_JSON).send(toProblem(error, path));
}
