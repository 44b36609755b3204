import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.js';
import { type Harness, startHarness } from './support/harness.js';

describe.each(ENGINES)('API infrastructure on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine);
  });
  afterAll(async () => h?.close());

  it('serves health with the API-Version header and an ETag', async () => {
    const res = await h.as('public', { method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['api-version']).toBe('1.0.0');
    expect(res.json()).toEqual({ status: 'ok', database: engine });
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    const again = await h.as('public', {
      method: 'GET',
      url: '/api/v1/health',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('answers unknown paths and trailing slashes with 404 problem+json', async () => {
    for (const url of ['/api/v1/bestaat-niet', '/api/v1/health/']) {
      const res = await h.as('public', { method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['api-version']).toBe('1.0.0');
      expect(res.json()).toMatchObject({
        status: 404,
        title: 'Niet gevonden',
        code: 'not_found',
        invalidParams: [],
      });
    }
  });

  it('refuses unknown query keys with 400 naming each', async () => {
    const res = await h.as('public', { method: 'GET', url: '/api/v1/health?foo=1&bar=2' });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .invalidParams.map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['bar', 'foo']);
  });

  it('refuses a bad bearer token with 401', async () => {
    const res = await h.app.inject({
      method: 'GET',
      url: '/api/v1/health',
      headers: { authorization: 'Bearer nope' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'invalid_token', status: 401 });
  });

  it('publishes an OpenAPI 3.1 document', async () => {
    const res = await h.as('public', { method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/health');
  });
});
