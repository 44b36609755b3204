import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** GET /api/v1/openapi.json: this API's OpenAPI 3.1 document, public. */
export function openApiRoute(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/openapi.json',
    {
      schema: {
        tags: ['Algemeen'],
        summary: 'OpenAPI-specificatie',
        description: 'De OpenAPI 3.1-specificatie van deze API, gegenereerd uit de schema’s van de routes.',
        response: { 200: z.looseObject({}).describe('OpenAPI-document.') },
      },
    },
    async (_request, reply) =>
      reply.type('application/json; charset=utf-8').send(app.swagger() as Record<string, unknown>),
  );
}
