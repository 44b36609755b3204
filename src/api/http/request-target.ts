import type { FastifyRequest } from 'fastify';
import { badlyEncodedParams } from '../../domain/storable-text.js';
import { ApiError, type InvalidParam } from '../errors/problem.js';

/** Query parameters whose percent-encoding is broken, each named with the reason. */
function badlyEncoded(search: string): InvalidParam[] {
  return badlyEncodedParams(search).map((name) => ({
    name,
    code: 'invalid_encoding',
    reason: `De queryparameter '${name}' is niet correct URL-gecodeerd (UTF-8, bijvoorbeeld %C3%A9 voor é).`,
  }));
}

/**
 * The address itself, before any route looks at it: a trailing slash (or an empty segment) names no resource
 * (404, as /api/v1/health/ already did; /api/v1/moties/ would otherwise reach /moties/{id} with an empty id),
 * and a query string that does not decode is invalid input (400), never silently replaced characters.
 */
export async function checkRequestTarget(request: FastifyRequest): Promise<void> {
  const [path, search = ''] = request.url.split(/\?(.*)/s, 2);
  if (path.endsWith('/') || path.includes('//'))
    throw new ApiError(
      404,
      'not_found',
      'Niet gevonden',
      `Er is geen resource op ${request.method} ${path}.`,
    );
  const invalidParams = badlyEncoded(search);
  if (invalidParams.length > 0)
    throw new ApiError(400, 'invalid_input', 'Ongeldige invoer', invalidParams[0].reason, { invalidParams });
}
