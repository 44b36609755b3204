import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuthError } from '../../auth/errors.js';
import { isDomainError } from '../../domain/index.js';
import { ServiceError } from '../../services/errors.js';
import { ConflictError, isDatabaseBusy, NotFoundError } from '../../store/errors.js';
import { fromDomainError } from './from-domain.js';
import { ApiError, toProblem } from './problem.js';
import { fromReferenceError } from './references.js';
import { toInvalidParams } from './validation.js';

export const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

const TITLES: Record<number, string> = {
  400: 'Ongeldige invoer',
  401: 'Niet geauthenticeerd',
  403: 'Geen toestemming',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  406: 'Niet aanvaardbaar',
  409: 'Conflict',
  413: 'Verzoek te groot',
  414: 'Adres te lang',
  415: 'Mediatype niet ondersteund',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Niet beschikbaar',
};

/** What a 503 for a busy database asks the client to wait before trying again. */
export const BUSY_RETRY_SECONDS = 2;

/** Maps anything thrown to an ApiError: our own, the domain's, the store's, Fastify's, or unknown (500). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isDomainError(error)) return fromDomainError(error);
  const e = error as FastifyError & { validationContext?: string; entity?: string };
  if (e && Array.isArray(e.validation)) {
    const invalidParams = toInvalidParams(e.validation, e.validationContext ?? 'body');
    const detail =
      invalidParams.length === 1 ? invalidParams[0].reason : `${invalidParams.length} fouten in de invoer.`;
    return new ApiError(400, 'invalid_input', TITLES[400], detail, { invalidParams });
  }
  if (error instanceof AuthError)
    return new ApiError(error.status, error.code, TITLES[error.status], error.message);
  if (error instanceof ServiceError) return fromServiceError(error);
  const reference = fromReferenceError(error);
  if (reference) return reference;
  if (error instanceof NotFoundError) return new ApiError(404, error.code, TITLES[404], error.message);
  if (error instanceof ConflictError) return new ApiError(409, error.code, TITLES[409], error.message);
  if (isDatabaseBusy(error))
    return new ApiError(
      503,
      'database_busy',
      TITLES[503],
      'De database is op dit moment te druk; er is niets gewijzigd. Probeer het over een paar seconden opnieuw.',
    );
  const status = typeof e?.statusCode === 'number' ? e.statusCode : 500;
  if (status >= 400 && status < 500) {
    const code = e.code?.startsWith('FST_CSRF') ? 'csrf_invalid' : (e.code ?? 'client_error').toLowerCase();
    // Fastify's and Node's own messages are English: only ours (Dutch) pass through.
    const foreign = /^(FST_|ERR_)/.test(e.code ?? '');
    const detail =
      CLIENT_DETAILS[e.code ?? ''] ??
      (foreign || !e.message ? `${TITLES[status] ?? 'Fout in het verzoek'}.` : e.message);
    const invalidParams = status === 400 ? [{ name: 'body', code, reason: detail }] : [];
    return new ApiError(status, code, TITLES[status] ?? 'Fout in het verzoek', detail, { invalidParams });
  }
  return new ApiError(
    500,
    'internal_error',
    TITLES[500],
    'Er ging iets mis aan onze kant; probeer het later opnieuw.',
  );
}

const CLIENT_DETAILS: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Dit mediatype wordt niet ondersteund; gebruik application/json.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'De JSON-body is leeg.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'De body is geen geldige JSON.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'De body is te groot.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'De Content-Length klopt niet met de body.',
  FST_ERR_CTP_INVALID_TYPE: 'Het Content-Type is ongeldig.',
  FST_ERR_CTP_INVALID_HEADER: 'Het Content-Type is ongeldig.',
  FST_ERR_BAD_URL: 'Het adres bevat een ongeldige %-codering.',
  FST_ERR_MAX_PARAM_LENGTH: 'Een deel van het adres is te lang.',
  FST_ERR_ASYNC_CONSTRAINT: 'Het verzoek kan niet worden verwerkt.',
  FST_ERR_NOT_FOUND: 'Niet gevonden.',
  FST_ERR_VALIDATION: 'Ongeldige invoer.',
  FST_CSRF_MISSING_SECRET: 'Geen geldige sessie voor CSRF-controle.',
  FST_CSRF_INVALID_TOKEN: 'Ongeldig of ontbrekend CSRF-token (header X-CSRF-Token).',
};

function fromServiceError(error: ServiceError): ApiError {
  if (error.kind === 'not_found') return new ApiError(404, error.code, TITLES[404], error.message);
  if (error.kind === 'conflict') return new ApiError(409, error.code, TITLES[409], error.message);
  return new ApiError(400, error.code, TITLES[400], error.message, {
    invalidParams: [{ name: error.param ?? 'body', code: error.code, reason: error.message }],
  });
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: ApiError): FastifyReply {
  return reply
    .code(error.status)
    .type(PROBLEM_JSON)
    .serializer(JSON.stringify)
    .send(toProblem(error, request.url.split('?')[0]));
}

/** problem+json for every 4xx and 5xx, never a stack trace; 5xx are logged with their cause. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const apiError = toApiError(error);
    if (apiError.status >= 500) request.log.error({ err: error }, 'unhandled error');
    if (apiError.code === 'database_busy') reply.header('retry-after', String(BUSY_RETRY_SECONDS));
    if (apiError.status === 429) {
      const retry = reply.getHeader('retry-after');
      if (retry !== undefined) reply.header('retry-after', retry);
    }
    return sendProblem(reply, request, apiError);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      request,
      new ApiError(
        404,
        'not_found',
        TITLES[404],
        `Er is geen resource op ${request.method} ${request.url.split('?')[0]}.`,
      ),
    ),
  );
}
