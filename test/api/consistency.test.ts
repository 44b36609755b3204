import { readFileSync } from 'node:fs';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { seedPath } from '../importer/support.js';
import { ENGINES } from '../support/engines.js';
import { type Harness, startHarness } from './support/harness.js';

type Json = Record<string, unknown>;

/** One request written byte for byte, as a client that does not percent-encode would send it. */
function rawRequest(port: number, target: Buffer): Promise<{ head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.write(
        Buffer.concat([
          Buffer.from('GET '),
          target,
          Buffer.from(' HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'),
        ]),
      ),
    );
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head, body = ''] = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n');
      resolve({ head, body });
    });
  });
}

/** A multipart/form-data body with one file, as a browser or `curl -F bestand=@file` sends it. */
async function multipart(field: string, filename: string, bytes: Buffer, type = 'text/plain') {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(bytes)], { type }), filename);
  const encoded = new Response(form);
  return {
    payload: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type')! },
  };
}

describe.each(ENGINES)('API consistency (NL API Design Rules) on %s', (engine) => {
  let h: Harness;
  let meeting: string;
  const get = (url: string, role: Parameters<Harness['as']>[0] = 'public') =>
    h.as(role, { method: 'GET', url: `/api/v1${url}` });
  const post = (role: Parameters<Harness['as']>[0], url: string, payload?: object) =>
    h.as(role, { method: 'POST', url: `/api/v1${url}`, ...(payload ? { payload } : {}) });
  const expectProblem = (res: Awaited<ReturnType<typeof get>>, status: number) => {
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['api-version']).toBe('1.0.0');
    expect(res.json()).toMatchObject({ status, invalidParams: expect.any(Array) });
  };

  beforeAll(async () => {
    h = await startHarness(engine);
    meeting = (
      await createMeeting(h.ctx.db, h.system, { kind: 'alv', title: 'ALV juni 2025', date: '2025-06-18' })
    ).id;
  });
  afterAll(async () => h?.close());

  it('answers a trailing slash or an empty segment with 404, never a validation error', async () => {
    const motion = (
      await post('staff', '/moties', { titel: 'Slash', indieners: [{ naam: 'Bestuur' }] })
    ).json().id;
    for (const url of [
      '/moties/',
      '/leden/',
      '/vergaderingen/',
      `/moties/${motion}/`,
      `/moties//${motion}`,
    ]) {
      const res = await get(url);
      expectProblem(res, 404);
      expect(res.json()).toMatchObject({ code: 'not_found', invalidParams: [] });
    }
    expect((await get('/moties')).statusCode).toBe(200);
  });

  it('answers a query string that is not valid URL encoding with problem+json 400', async () => {
    for (const url of ['/moties?q=%E9', '/moties?q=caf%C3', '/leden?q=%zz']) {
      const res = await get(url);
      expectProblem(res, 400);
      expect(res.json().invalidParams).toEqual([
        expect.objectContaining({ name: 'q', code: 'invalid_encoding' }),
      ]);
    }
    expect((await get('/moties?q=caf%C3%A9')).statusCode).toBe(200);
    // The portal too: a Dutch page, not a search for U+FFFD.
    for (const url of ['/moties?q=%E9', '/zoeken?q=%ED%A0%80', '/leden?naam=caf%C3']) {
      const page = await h.app.inject({ method: 'GET', url });
      expect(page.statusCode, url).toBe(400);
      expect(page.body).toContain('niet goed gecodeerd');
    }
    expect((await h.app.inject({ method: 'GET', url: '/zoeken?q=caf%C3%A9' })).statusCode).toBe(200);
  });

  it('refuses text that cannot be stored as sent (NUL, a lone surrogate) with 400 on both engines, API and portal', async () => {
    const before = (await get('/moties?limit=100')).json().totaal;
    for (const [titel, reason] of [
      ['Motie\u0000met NUL', 'NUL (U+0000)'],
      ['Motie \uD800 half', 'losse surrogaat'],
    ]) {
      const res = await post('staff', '/moties', { titel, indieners: [{ naam: 'Bestuur' }] });
      expectProblem(res, 400);
      expect(res.json().invalidParams).toEqual([
        expect.objectContaining({ name: 'titel', code: 'invalid_character' }),
      ]);
      expect(res.json().detail).toContain(reason);
    }
    const nested = await post('staff', '/moties', { titel: 'Goed', indieners: [{ naam: 'Be\u0000stuur' }] });
    expect(nested.json().invalidParams[0]).toMatchObject({ name: 'indieners.0.naam' });
    for (const url of ['/moties?onderwerp=a%00b', '/moties?q=%00', '/vergaderingen?q=a%00']) {
      const res = await get(url);
      expectProblem(res, 400);
      expect(res.json().invalidParams[0]).toMatchObject({ code: 'invalid_character' });
    }
    expect((await get('/moties?limit=100')).json().totaal).toBe(before);
    for (const url of ['/moties?onderwerp=a%00b', '/zoeken?q=%00', '/leden?naam=a%00b']) {
      const page = await h.app.inject({ method: 'GET', url });
      expect(page.statusCode).toBe(400);
      expect(page.body).toContain('er is niets gewijzigd');
    }
  });

  it('answers raw non-ASCII bytes in the address with problem+json 400 (API) and a Dutch page (portal)', async () => {
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = h.app.server.address() as net.AddressInfo;
    const api = await rawRequest(port, Buffer.from('/api/v1/moties?q=café', 'utf8'));
    expect(api.head).toMatch(/^HTTP\/1\.1 400 /);
    expect(api.head).toMatch(/content-type: application\/problem\+json/i);
    expect(api.head).toMatch(/api-version: 1\.0\.0/i);
    expect(JSON.parse(api.body)).toMatchObject({
      status: 400,
      title: 'Ongeldige invoer',
      code: 'invalid_request',
      invalidParams: [expect.objectContaining({ name: 'url' })],
    });
    const latin1 = await rawRequest(port, Buffer.from('/api/v1/moties?q=caf\xe9', 'latin1'));
    expect(JSON.parse(latin1.body)).toMatchObject({ status: 400, code: 'invalid_request' });
    const page = await rawRequest(port, Buffer.from('/moties?q=café', 'utf8'));
    expect(page.head).toMatch(/^HTTP\/1\.1 400 /);
    expect(page.body).toContain('<html lang="nl">');
  });

  it('answers every collection in the same paged envelope: ballots, a round’s entries, a motion’s history', async () => {
    const motion = (await post('member', '/moties', { titel: 'Pagina’s' })).json().id;
    await post('member', `/moties/${motion}/indienen`, { vergadering: meeting });
    const vote = (
      await post('chair', '/stemmingen', { vergadering: meeting, onderwerp: 'Pagina’s', motie: motion })
    ).json().id;
    await post('chair', `/stemmingen/${vote}/openen`);
    await post('member', `/stemmingen/${vote}/stemmen`, { keuze: 'voor' });
    await post('otherMember', `/stemmingen/${vote}/stemmen`, { keuze: 'voor' });
    await post('staff', `/stemmingen/${vote}/stemmen`, { keuze: 'tegen', lid: h.members.delft });
    await post('chair', `/stemmingen/${vote}/sluiten`);
    await post('chair', `/stemmingen/${vote}/publiceren`);

    const ballots = await get(`/stemmingen/${vote}/stemmen?limit=2`);
    expect(ballots.statusCode).toBe(200);
    expect(ballots.headers['x-total-count']).toBe('3');
    expect(ballots.headers.link).toContain('rel="next"');
    expect(ballots.json()).toMatchObject({ totaal: 3, pagina: 1, limit: 2 });
    expect(ballots.json().resultaten.map((b: Json) => b.naam)).toEqual(['Delft', 'Gouda']);
    expect((await get(`/stemmingen/${vote}/stemmen?limit=2&page=2`)).json().resultaten).toHaveLength(1);

    const history = await get(`/moties/${motion}/statusovergangen?limit=1&page=2`);
    expect(history.json()).toMatchObject({ totaal: 2, pagina: 2, limit: 1 });
    expect(history.json().resultaten.map((t: Json) => t.naar)).toEqual(['aangenomen']);
    expect(history.json()._links.prev.href).toContain('page=1');

    // The next assembly accounts for what this one adopted.
    const december = (
      await createMeeting(h.ctx.db, h.system, {
        kind: 'najaars-alv',
        title: 'Najaars-ALV 2025',
        date: '2025-12-10',
      })
    ).id;
    const round = (await post('staff', '/verantwoordingsrondes', { vergadering: december })).json().id;
    const entries = await get(`/verantwoordingsrondes/${round}/verantwoordingen`, 'staff');
    expect(entries.headers['x-total-count']).toBe('1');
    expect(entries.json()).toMatchObject({ totaal: 1, pagina: 1, limit: 20 });
    expect(entries.json().resultaten[0].motie.id).toBe(motion);
    expectProblem(await get(`/verantwoordingsrondes/${round}/verantwoordingen?limit=0&sort=titel`), 400);
  });

  it('declares no bare array anywhere: every list in the OpenAPI document is the envelope, with page and limit', async () => {
    const doc = (await get('/openapi.json')).json();
    const schemas = doc.components.schemas as Record<string, Json>;
    const resolve = (schema: Json): Json =>
      typeof schema.$ref === 'string' ? schemas[schema.$ref.split('/').at(-1)!] : schema;
    const lists: string[] = [];
    for (const [path, item] of Object.entries<Json>(doc.paths)) {
      const op = item.get as Json | undefined;
      const schema = (op?.responses as Json | undefined)?.['200'] as Json | undefined;
      const json = (schema?.content as Json | undefined)?.['application/json'] as Json | undefined;
      if (!json) continue;
      const body = resolve(json.schema as Json);
      expect(body.type, `GET ${path}`).not.toBe('array');
      if ((body.properties as Json | undefined)?.resultaten) {
        lists.push(path);
        const names = ((op!.parameters as Json[]) ?? []).map((p) => p.name);
        expect(names, `GET ${path}`).toEqual(expect.arrayContaining(['page', 'limit']));
      }
    }
    expect(lists).toEqual(
      expect.arrayContaining([
        '/stemmingen/{id}/stemmen',
        '/verantwoordingsrondes/{id}/verantwoordingen',
        '/moties/{id}/statusovergangen',
        '/resoluties/{id}/versies',
        '/gebruikers/{id}/tokens',
      ]),
    );
  });

  it('documents 401 and required credentials for every read that refuses the anonymous', async () => {
    const doc = (await get('/openapi.json')).json();
    const refused: string[] = [];
    for (const [path, item] of Object.entries<Json>(doc.paths)) {
      const op = item.get as Json | undefined;
      if (!op) continue;
      const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      if ((await get(url)).statusCode !== 401) continue;
      refused.push(path);
      expect(Object.keys(op.responses as Json), `GET ${path}`).toEqual(expect.arrayContaining(['401']));
      expect(op.security, `GET ${path}`).not.toContainEqual({});
    }
    expect(refused).toEqual(
      expect.arrayContaining([
        '/gebruikers',
        '/gebruikers/ik',
        '/moties/{id}/audittrail',
        '/verantwoordingsrondes/{id}/volledigheid',
      ]),
    );
  });

  it('takes a CBS code in /leden/{id} as the lists do, and speaks Dutch about member kinds and roles', async () => {
    const byCode = await get('/leden/GM0513');
    expect(byCode.statusCode).toBe(200);
    expect(byCode.json()).toMatchObject({
      id: h.members.gouda,
      code: 'GM0513',
      naam: 'Gouda',
      soort: 'gemeente',
    });
    expect((await get('/leden/gm0513')).json().id).toBe(h.members.gouda);
    expect((await get(`/leden/${h.members.gouda}`)).json().code).toBe('GM0513');
    expectProblem(await get('/leden/GM9999'), 404);
    expectProblem(await get('/leden/Gouda'), 400);
    expect((await get('/moties?lid=GM0513')).statusCode).toBe(200);
    const list = (await get('/leden')).json();
    expect(new Set(list.resultaten.map((m: Json) => m.soort))).toEqual(new Set(['gemeente']));
    const me = (await get('/gebruikers/ik', 'member')).json();
    expect(me.rol).toBe('lid');
    const doc = (await get('/openapi.json')).json();
    expect(doc.components.schemas.Lid.properties.soort.enum).toEqual(['gemeente', 'fractie']);
    expect(doc.components.schemas.Gebruiker.properties.rol.enum).toEqual([
      'lid',
      'medewerker',
      'bestuur',
      'voorzitter',
      'beheerder',
    ]);
  });

  it('takes an upload as multipart/form-data as well as raw bytes, and names both in its 415', async () => {
    const seed = readFileSync(seedPath('000'));
    const form = await multipart('bestand', 'resolutie.txt', seed);
    const preview = await h.as('staff', { method: 'POST', url: '/api/v1/imports?voorbeeld=true', ...form });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      status: 'voorbeeld',
      analyse: { file: 'resolutie.txt', kind: 'resolution' },
    });
    const raw = await h.as('staff', {
      method: 'POST',
      url: '/api/v1/imports?voorbeeld=true&bestandsnaam=resolutie.txt',
      headers: { 'content-type': 'text/plain' },
      payload: seed,
    });
    expect(raw.json().analyse).toEqual(preview.json().analyse);
    const stored = await h.as('staff', { method: 'POST', url: '/api/v1/imports', ...form });
    expect(stored.statusCode).toBe(201);
    expect(stored.json()).toMatchObject({ status: 'ingelezen', soort: 'resolution' });

    const json = await h.as('staff', {
      method: 'POST',
      url: '/api/v1/imports?bestandsnaam=a.txt',
      payload: { tekst: 'x' },
    });
    expectProblem(json, 415);
    expect(json.json().code).toBe('unsupported_media_type');
    expect(json.json().detail).toContain('multipart/form-data');
    expect(json.json().detail).toContain('application/pdf');
    const nameless = await h.as('staff', {
      method: 'POST',
      url: '/api/v1/imports',
      headers: { 'content-type': 'text/plain' },
      payload: seed,
    });
    expectProblem(nameless, 400);
    expect(nameless.json().invalidParams[0].name).toBe('bestandsnaam');
    const noFile = new FormData();
    noFile.append('opmerking', 'geen bestand');
    const encoded = new Response(noFile);
    const empty = await h.as('staff', {
      method: 'POST',
      url: '/api/v1/imports',
      headers: { 'content-type': encoded.headers.get('content-type')! },
      payload: Buffer.from(await encoded.arrayBuffer()),
    });
    expectProblem(empty, 400);
    expect(empty.json().invalidParams[0].name).toBe('bestand');
    expect((await h.as('member', { method: 'POST', url: '/api/v1/imports', ...form })).statusCode).toBe(403);
  });
});
