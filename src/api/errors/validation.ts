import type { FastifySchemaValidationError } from 'fastify';
import type { InvalidParam } from './problem.js';

type Context = 'body' | 'querystring' | 'params' | 'headers' | string;

/** Every validation issue as an invalidParam; unknown query keys get their own code. */
export function toInvalidParams(issues: FastifySchemaValidationError[], context: Context): InvalidParam[] {
  const out: InvalidParam[] = [];
  for (const issue of issues) {
    const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const params = issue.params as { keys?: string[] } | undefined;
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(params?.keys)) {
      for (const key of params.keys) {
        const name = path ? `${path}.${key}` : key;
        out.push({
          name,
          code: context === 'querystring' ? 'unknown_parameter' : 'unknown_field',
          reason:
            context === 'querystring' ? `Onbekende queryparameter '${key}'.` : `Onbekend veld '${name}'.`,
        });
      }
      continue;
    }
    // A query value is one parameter, also when it is parsed into a list (status=a,b).
    const name = context === 'querystring' ? path.split('.')[0] : path;
    out.push({
      name: name || (context === 'body' ? 'body' : context),
      code: issue.keyword ?? 'invalid',
      reason: issue.message ?? 'Ongeldige waarde.',
    });
  }
  return out;
}
