import type { FastifyRequest } from 'fastify';
import { ApiError, type InvalidParam } from '../errors/problem.js';

const decode = (text: string): string | null => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
};

/** Query parameters whose percent-encoding is broken (`%E9` alone is not UTF-8, `%zz` is no encoding at all). */
function badlyEncoded(search: string): InvalidParam[] {
  const out: InvalidParam[] = [];
  for (const pair of search.split('&')) {
    if (pair === '') continue;
    const [rawKey, ...rest] = pair.split('=');
    const key = decode(rawKey);
    if (key !== null && decode(rest.join('=')) !== null) continue;
    const name = key ?? 'query';
    out.push({
      name,
      code: 'invalid_encoding',
      reason: `De queryparameter '${name}' is niet correct URL-gecodeerd (UTF-8, bijvoorbeeld %C3%A9 voor é).`,
    });
  }
  return out;
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
