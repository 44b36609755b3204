import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/seed/demo/seed-demo.js';
import { seedMunicipalities } from '../../src/seed/municipalities.js';
import { verifyAuditChain, verifyRecordStates } from '../../src/store/audit.js';
import { ENGINES } from '../support/engines.js';
import { type Harness, startHarness } from './support/harness.js';

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  format?: string;
  minimum?: number;
  $ref?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
};
type Operation = {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Values a body field gets instead of a good one: wrong types, impossible dates, huge and empty, unstorable text. */
const BODY_VALUES: unknown[] = [
  '2026-02-31',
  'x'.repeat(100_000),
  -1,
  1e308,
  1.5,
  [],
  {},
  null,
  '00000000-0000-0000-0000-000000000000',
  '',
  '9999-12-31T25:61:00Z',
  true,
  'a\u0000b',
  'a\uD800b',
  Array(5000).fill('a'),
];
/** Values every query parameter of an operation gets. */
const QUERY_VALUES = [
  '',
  'x'.repeat(5000),
  '-1',
  '1e309',
  '2026-02-31',
  '%',
  ',,,',
  '99999999999999999999',
  'a\u0000',
];
/** Path ids: a real one of the collection, and ones that are not ids. */
const NOT_IDS = ['x', '0', 'x'.repeat(3000)];
const NO_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Every operation of the OpenAPI document, as the administrator (who may do everything), with bad input in each
 * path parameter, query parameter and body field in turn, against the demo register: the server answers each with
 * a 4xx or a success, never a 5xx, on both engines; and what it accepted left the audit trail whole.
 */
describe.each(ENGINES)('every operation with bad input on %s', (engine) => {
  let h: Harness;
  let spec: { paths: Record<string, Record<string, Operation>> };

  beforeAll(async () => {
    h = await startHarness(engine);
    await seedMunicipalities(h.ctx.db, h.system);
    await seedDemo(h.ctx.db, h.ctx.organisation);
    spec = (await h.as('public', { method: 'GET', url: '/api/v1/openapi.json' })).json();
  });
  afterAll(async () => h?.close());

  const resolve = (schema: Schema | undefined): Schema | undefined => {
    if (!schema) return undefined;
    if (schema.$ref)
      return resolve(
        schema.$ref
          .slice(2)
          .split('/')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], spec) as Schema,
      );
    if (schema.anyOf) return resolve(schema.anyOf.find((s) => s.type !== 'null') ?? schema.anyOf[0]);
    if (schema.oneOf) return resolve(schema.oneOf[0]);
    return schema;
  };
  /** A body with the required fields filled in plausibly (the field under test then gets a bad value). */
  const plausible = (given: Schema | undefined, depth = 0): unknown => {
    const schema = resolve(given);
    if (!schema || depth > 4) return 'tekst';
    if (schema.enum) return schema.enum[0];
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
    if (type === 'object' || schema.properties) {
      const body: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(schema.properties ?? {}))
        if (schema.required?.includes(key)) body[key] = plausible(inner, depth + 1);
      return body;
    }
    if (type === 'array') return [];
    if (type === 'integer' || type === 'number') return schema.minimum ?? 1;
    if (type === 'boolean') return true;
    if (schema.format === 'uuid') return NO_ID;
    if (schema.format === 'date') return '2026-06-10';
    if (schema.format === 'date-time') return '2026-06-10T10:00:00Z';
    return 'tekst';
  };

  it('answers every one without a server error', async () => {
    // A real id of each collection, for the operations on one record.
    const ids: Record<string, string> = {};
    for (const path of Object.keys(spec.paths)) {
      if (path.includes('{')) continue;
      const res = await h.as('admin', { method: 'GET', url: `/api/v1${path}?limit=1` });
      const first = res.statusCode === 200 ? res.json().resultaten?.[0]?.id : undefined;
      if (typeof first === 'string') ids[path] = first;
    }
    expect(Object.keys(ids).length).toBeGreaterThan(8);
    const failures: string[] = [];
    let sent = 0;
    const send = async (method: Method, url: string, payload?: unknown) => {
      sent += 1;
      const res = await h.as('admin', {
        method,
        url,
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      if (res.statusCode >= 500)
        failures.push(
          `${res.statusCode} ${method} ${url.slice(0, 120)} ${JSON.stringify(payload)?.slice(0, 120)}`,
        );
    };
    for (const [path, operations] of Object.entries(spec.paths)) {
      const id = ids[`/${path.split('/')[1]}`] ?? NO_ID;
      const at = (value: string) => `/api/v1${path.replace(/\{[^}]+\}/g, value)}`;
      for (const [verb, operation] of Object.entries(operations)) {
        const method = verb.toUpperCase() as Method;
        if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method) || path.startsWith('/sessies'))
          continue;
        const schema = resolve(operation.requestBody?.content?.['application/json']?.schema);
        const body = () => (method === 'GET' || method === 'DELETE' ? undefined : plausible(schema));
        for (const value of [id, ...NOT_IDS]) await send(method, at(value), body());
        for (const parameter of operation.parameters ?? [])
          if (parameter.in === 'query')
            for (const value of QUERY_VALUES)
              await send(method, `${at(id)}?${parameter.name}=${encodeURIComponent(value)}`, body());
        if (!schema) continue;
        await send(method, at(id), {});
        for (const field of Object.keys(schema.properties ?? {}))
          for (const value of BODY_VALUES)
            await send(method, at(id), { ...(plausible(schema) as object), [field]: value });
      }
    }
    expect(sent).toBeGreaterThan(3000);
    expect(failures).toEqual([]);
    // Whatever was accepted was written with its audit event: the chain holds and every record matches its trail.
    expect(await verifyAuditChain(h.ctx.db)).toMatchObject({ ok: true });
    expect(await verifyRecordStates(h.ctx.db)).toMatchObject({ ok: true });
  }, 300_000);
});
