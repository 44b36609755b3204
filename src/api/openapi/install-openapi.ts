import fastifySwagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { API_PREFIX, API_VERSION } from '../http/api-version.js';
import { finalizeDocument } from './finalize-document.js';
import { TAGS } from './tags.js';

/**
 * Collects every route under /api/v1 into an OpenAPI 3.1 document generated from the zod schemas.
 * Register on the root instance before the routes; other routes (the portal) are left out.
 */
export async function installOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Motiemonitor API',
        version: API_VERSION,
        description:
          'Open API van Motiemonitor: moties, resoluties, verantwoording, afspraken, ledenbrieven en vergaderingen ' +
          'van een vereniging van gemeenten. Volgt de NL API Design Rules: Nederlandse resourcenamen, ' +
          'application/problem+json bij fouten, paginering met Link-headers en een API-Version-header.',
        contact: { name: 'Motiemonitor', email: 'motiemonitor@vng.nl', url: 'https://www.vng.nl' },
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: API_PREFIX, description: 'Deze server' }],
      tags: TAGS,
      components: {
        securitySchemes: {
          bearerToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'API-token, aan te maken met `motiemonitor users add … --token`.',
          },
          sessieCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: 'mm_sessie',
            description: 'Sessie na POST /sessies; schrijfverzoeken vragen dan ook de header X-CSRF-Token.',
          },
        },
      },
    },
    transform: (input) => {
      if (!input.url.startsWith(API_PREFIX)) return { schema: { hide: true } as never, url: input.url };
      return jsonSchemaTransform({ ...input, schema: withPolicy(input.schema, input.route.config?.policy) });
    },
    transformObject: (input) => finalizeDocument(jsonSchemaTransformObject(input)),
  });
}

/**
 * A route with a policy (also a read: users, registrations, audit trails) refuses the anonymous with 401 and the
 * wrong role with 403 (src/api/http/policy-hook.ts): its operation says so, instead of the reads' default of
 * "no credentials needed" without those errors.
 */
// biome-ignore lint/suspicious/noExplicitAny: a route's schema is plain JSON here
function withPolicy(schema: any, policy: string | undefined): any {
  if (!policy || !schema) return schema;
  const errors: string[] = schema['x-fouten'] ?? [];
  return {
    ...schema,
    security: schema.security ?? [{ bearerToken: [] }, { sessieCookie: [] }],
    'x-fouten': [...new Set([...errors, '401', '403'])],
  };
}
