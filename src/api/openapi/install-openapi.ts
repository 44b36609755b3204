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
      return jsonSchemaTransform(input);
    },
    transformObject: (input) => finalizeDocument(jsonSchemaTransformObject(input)),
  });
}
