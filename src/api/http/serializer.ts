import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { type $ZodType, safeEncode } from 'zod/v4/core';

/**
 * Presenters already whitelist what goes out, so responses are plain JSON.stringify (fast).
 * With `validate` (tests), every JSON response is first checked against its zod schema, so a
 * presenter that drifts from the published OpenAPI document fails loudly.
 */
export function serializerCompiler(validate: boolean): FastifySerializerCompiler<unknown> {
  return ({ schema, method, url }) => {
    if (!validate || !isZod(schema)) return (data) => JSON.stringify(data);
    return (data) => {
      const result = safeEncode(schema, data);
      if (!result.success) {
        const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new Error(`Response of ${method} ${url} does not match its schema: ${issues}`);
      }
      return JSON.stringify(data);
    };
  };
}

const isZod = (schema: unknown): schema is $ZodType =>
  typeof schema === 'object' && schema !== null && '_zod' in schema;
