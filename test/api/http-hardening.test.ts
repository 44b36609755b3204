import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server.js';
import { ENGINES } from '../support/engines.js';
import { type Harness, PASSWORD, startHarness } from './support/harness.js';

/** Sends raw bytes to the server and returns the whole answer (the server closes or the body completes). */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let out = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => {
      out += chunk;
      const [head, body = ''] = out.split('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(head)?.[1];
      if (length !== undefined && Buffer.byteLength(body, 'latin1') >= Number(length)) socket.destroy();
    });
    socket.on('close', () => resolve(out));
    socket.on('error', (e) => (out ? resolve(out) : reject(e)));
    socket.write(text);
  });
}

function parse(raw: string) {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const [statusLine, ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(
    lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
}

function expectDutchProblem(res: ReturnType<typeof parse>, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  const problem = JSON.parse(res.body);
  expect(problem).toMatchObject({ status, code: expect.any(String), title: expect.any(String) });
  // Dutch, not Fastify's English.
  expect(`${problem.title} ${problem.detail}`).not.toMatch(/Bad Request|Exceeded|not a valid|exceeding/);
  return problem;
}

describe('errors raised before routing answer Dutch problem+json', () => {
  let h: Harness;
  let port: number;
  beforeAll(async () => {
    h = await startHarness('sqlite');
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    port = (h.app.server.address() as { port: number }).port;
  });
  afterAll(async () => h?.close());

  const get = (path: string, extra = '') =>
    rawRequest(port, `GET ${path} HTTP/1.1\r\nHost: localhost\r\n${extra}Connection: close\r\n\r\n`).then(
      parse,
    );

  it('431 for oversized headers', async () => {
    const res = await get('/api/v1/health', `X-Groot: ${'a'.repeat(40_000)}\r\n`);
    expect(expectDutchProblem(res, 431).code).toBe('headers_too_large');
  });

  it('400 for a URL that does not decode, on the API and the portal', async () => {
    expect(expectDutchProblem(await get('/api/v1/moties/%E0%A4%A'), 400).code).toBe('bad_url');
    expect(expectDutchProblem(await get('/%E0%A4%A'), 400).code).toBe('bad_url');
  });

  it('414 for an over-long path parameter', async () => {
    const problem = expectDutchProblem(await get(`/api/v1/moties/${'a'.repeat(300)}`), 414);
    expect(problem.invalidParams[0].name).toBe('pad');
  });

  it('404 for unknown API paths, also outside /api/v1', async () => {
    expectDutchProblem(await get('/api/v1/bestaat-niet'), 404);
    expectDutchProblem(await get('/api/v2/moties'), 404);
  });

  it('413 for a body over the limit, before reading it', async () => {
    const res = parse(
      await rawRequest(
        port,
        'POST /api/v1/moties HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
          `Authorization: Bearer ${h.tokens.staff}\r\nContent-Length: ${70 * 1024 * 1024}\r\nConnection: close\r\n\r\n{`,
      ),
    );
    expectDutchProblem(res, 413);
  });

  it('security headers on API answers', async () => {
    const res = await h.as('public', { method: 'GET', url: '/api/v1/moties' });
    expect(res.statusCode).toBe(200);
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    });
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
  });
});

describe.each(ENGINES)('references to records that do not exist on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine);
  });
  afterAll(async () => h?.close());

  const post = (url: string, payload: object) =>
    h.as('staff', { method: 'POST', url: `/api/v1${url}`, payload });

  it('a random agendapunt is 400 naming the field, and nothing is written', async () => {
    const before = await h.as('staff', { method: 'GET', url: '/api/v1/resoluties' });
    const res = await post('/resoluties', { titel: 'R', agendapunt: randomUUID() });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'agendapunt', code: 'unknown_reference' }),
    ]);
    const after = await h.as('staff', { method: 'GET', url: '/api/v1/resoluties' });
    expect(after.headers['x-total-count']).toBe(before.headers['x-total-count']);
  });

  it('a random ledenbrief is 400 naming the field', async () => {
    const meeting = await post('/vergaderingen', { soort: 'alv', titel: 'ALV', datum: '2027-06-09' });
    const res = await post('/verantwoordingsrondes', {
      vergadering: meeting.json().id,
      ledenbrief: randomUUID(),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams[0]).toMatchObject({ name: 'ledenbrief', code: 'unknown_reference' });
  });

  it('a source of an agreement that does not exist is refused as well', async () => {
    const res = await post('/afspraken', {
      tekst: 'A',
      bron: { soort: 'ledenbrief', ledenbrief: randomUUID() },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams[0].name).toBe('ledenbrief');
  });
});

describe('after signing in, only paths of this site', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('sqlite');
  });
  afterAll(async () => h?.close());

  const login = (terug: string) =>
    h.app.inject({
      method: 'POST',
      url: '/inloggen',
      payload: new URLSearchParams({ email: 'staff@example.nl', wachtwoord: PASSWORD, terug }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });

  it.each([
    ['/\t/elders.example', '/beheer'],
    ['/\n/elders.example', '/beheer'],
    ['/\\elders.example', '/beheer'],
    ['//elders.example', '/beheer'],
    ['https://elders.example/', '/beheer'],
    ['/a\r\nSet-Cookie: x=1', '/beheer'],
    ['/beheer/moties?pagina=2', '/beheer/moties?pagina=2'],
  ])('terug=%j goes to %s', async (terug, expected) => {
    const res = await login(terug);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(expected);
  });

  it('a signed-in visitor of /inloggen?terug=… with a line break is redirected home, not a 500', async () => {
    const cookie = (await login('')).cookies[0];
    const res = await h.app.inject({
      method: 'GET',
      url: '/inloggen?terug=%2F%09%2Felders.example%0D%0A',
      cookies: { [cookie.name]: cookie.value },
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/beheer');
  });
});

describe('the session cookie is Secure behind HTTPS', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('sqlite');
  });
  afterAll(async () => h?.close());

  const sessionCookie = async (trustProxy: string | undefined, proto: string | undefined) => {
    const saved = process.env.TRUST_PROXY;
    if (trustProxy === undefined) delete process.env.TRUST_PROXY;
    else process.env.TRUST_PROXY = trustProxy;
    const app = await buildServer({ ctx: h.ctx });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/sessies',
        payload: { email: 'staff@example.nl', wachtwoord: PASSWORD },
        headers: proto ? { 'x-forwarded-proto': proto } : {},
      });
      expect(res.statusCode).toBe(201);
      return { cookie: String(res.headers['set-cookie']), hsts: res.headers['strict-transport-security'] };
    } finally {
      await app.close();
      if (saved === undefined) delete process.env.TRUST_PROXY;
      else process.env.TRUST_PROXY = saved;
    }
  };

  it('behind a trusted proxy that says https: Secure and HSTS', async () => {
    const { cookie, hsts } = await sessionCookie('true', 'https');
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(hsts).toMatch(/max-age=/);
  });

  it('plain HTTP, or a client claiming https without a trusted proxy: not Secure', async () => {
    expect((await sessionCookie('true', undefined)).cookie).not.toMatch(/Secure/);
    expect((await sessionCookie(undefined, 'https')).cookie).not.toMatch(/Secure/);
  });
});
