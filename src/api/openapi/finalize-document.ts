import { API_VERSION } from '../http/api-version.js';
import { ERROR_DESCRIPTIONS, PROBLEM_SCHEMA } from './problem-schema.js';

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is plain JSON walked generically
type Json = any;

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];
const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };
const VERSION_HEADER = { $ref: '#/components/headers/API-Version' };

/**
 * Adds what every operation shares, so route schemas only declare their own shape:
 * the API-Version header on every 2xx/3xx, problem+json error responses, security and an operationId.
 */
export function finalizeDocument(doc: Json): Json {
  doc.components ??= {};
  doc.components.schemas = { ...doc.components.schemas, Problem: PROBLEM_SCHEMA };
  doc.components.headers = {
    'API-Version': {
      description: 'Volledige versie van de API.',
      schema: { type: 'string', example: API_VERSION },
    },
  };
  doc.components.responses = Object.fromEntries(
    Object.entries(ERROR_DESCRIPTIONS).map(([status, description]) => [
      `Fout${status}`,
      { description, headers: {}, content: { 'application/problem+json': { schema: PROBLEM_REF } } },
    ]),
  );
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      op.operationId ??= operationId(method, path);
      finalizeOperation(op, method, path);
    }
  }
  return doc;
}

function finalizeOperation(op: Json, method: string, path: string): void {
  // A route that reads the raw body (an upload) declares its request body for the document only.
  if (op['x-requestBody']) op.requestBody ??= op['x-requestBody'];
  delete op['x-requestBody'];
  const responses: Json = op.responses ?? {};
  for (const [status, response] of Object.entries<Json>(responses)) {
    if (/^[23]/.test(status))
      response.headers = { 'API-Version': VERSION_HEADER, ...(response.headers ?? {}) };
  }
  const write = method !== 'get';
  const hasParams = (op.parameters?.length ?? 0) > 0 || path.includes('{');
  const errors = new Set<string>(['500']);
  if (write || hasParams) errors.add('400');
  if (path.includes('{')) errors.add('404');
  if (write) {
    errors.add('401');
    errors.add('403');
    errors.add('409');
  }
  for (const status of (op['x-fouten'] as string[] | undefined) ?? []) errors.add(status);
  delete op['x-fouten'];
  for (const status of errors) responses[status] ??= { $ref: `#/components/responses/Fout${status}` };
  op.responses = responses;
  op.security ??= write
    ? [{ bearerToken: [] }, { sessieCookie: [] }]
    : [{}, { bearerToken: [] }, { sessieCookie: [] }];
}

function operationId(method: string, path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith('{') ? 'byId' : segment))
    .join('-');
  const camel = `${method}-${words}`.replace(/[-_.]([a-z0-9])/gi, (_, c: string) => c.toUpperCase());
  return camel;
}
