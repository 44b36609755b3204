import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.js';
import { type Harness, PASSWORD, startHarness } from './support/harness.js';

const cookieOf = (res: { headers: Record<string, unknown> }) =>
  String([res.headers['set-cookie']].flat()[0]).split(';')[0];

describe.each(ENGINES)('/gebruikers and /sessies on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine);
  });
  afterAll(async () => h?.close());

  it('lets an admin manage users and tokens; nobody else', async () => {
    expect((await h.as('staff', { method: 'GET', url: '/api/v1/gebruikers' })).statusCode).toBe(403);
    expect((await h.as('public', { method: 'GET', url: '/api/v1/gebruikers' })).statusCode).toBe(401);
    const list = (await h.as('admin', { method: 'GET', url: '/api/v1/gebruikers?rol=lid' })).json();
    expect(list.totaal).toBe(2);
    const noMember = await h.as('admin', {
      method: 'POST',
      url: '/api/v1/gebruikers',
      payload: { email: 'griffie@delft.nl', rol: 'lid' },
    });
    expect(noMember.json().invalidParams[0].name).toBe('lid');
    const created = await h.as('admin', {
      method: 'POST',
      url: '/api/v1/gebruikers',
      payload: {
        email: 'Griffie@Delft.nl',
        rol: 'lid',
        lid: h.members.delft,
        wachtwoord: 'lang-genoeg-wachtwoord',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email: 'griffie@delft.nl', rol: 'lid', heeftWachtwoord: true });
    const dup = await h.as('admin', {
      method: 'POST',
      url: '/api/v1/gebruikers',
      payload: { email: 'griffie@delft.nl', rol: 'medewerker' },
    });
    expect(dup.statusCode).toBe(409);
    const id = created.json().id;
    const token = await h.as('admin', {
      method: 'POST',
      url: `/api/v1/gebruikers/${id}/tokens`,
      payload: { label: 'script' },
    });
    expect(token.statusCode).toBe(201);
    const plain = token.json().token as string;
    expect(plain).toMatch(/^mm_/);
    const me = await h.app.inject({
      method: 'GET',
      url: '/api/v1/gebruikers/ik',
      headers: { authorization: `Bearer ${plain}` },
    });
    expect(me.json().email).toBe('griffie@delft.nl');
    const tokens = (await h.as('admin', { method: 'GET', url: `/api/v1/gebruikers/${id}/tokens` })).json();
    expect(tokens.totaal).toBe(1);
    expect(tokens.resultaten[0]).not.toHaveProperty('token');
    await h.as('admin', {
      method: 'POST',
      url: `/api/v1/gebruikers/${id}/tokens/${token.json().id}/intrekken`,
    });
    const revoked = await h.app.inject({
      method: 'GET',
      url: '/api/v1/gebruikers/ik',
      headers: { authorization: `Bearer ${plain}` },
    });
    expect(revoked.statusCode).toBe(401);
    const blocked = await h.as('admin', {
      method: 'PATCH',
      url: `/api/v1/gebruikers/${id}`,
      payload: { geblokkeerd: true },
    });
    expect(blocked.json().geblokkeerdOp).not.toBeNull();
    const trail = (await h.as('admin', { method: 'GET', url: `/api/v1/gebruikers/${id}/audittrail` })).json();
    expect(JSON.stringify(trail)).not.toContain('$argon2');
    expect(
      (await h.as('staff', { method: 'GET', url: `/api/v1/gebruikers/${id}/audittrail` })).statusCode,
    ).toBe(403);
  });

  it('logs in with a session cookie, requires CSRF for writes, logs out', async () => {
    const wrong = await h.app.inject({
      method: 'POST',
      url: '/api/v1/sessies',
      payload: { email: 'staff@example.nl', wachtwoord: 'fout' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('invalid_credentials');
    const login = await h.app.inject({
      method: 'POST',
      url: '/api/v1/sessies',
      payload: { email: 'STAFF@example.nl', wachtwoord: PASSWORD },
    });
    expect(login.statusCode).toBe(201);
    const setCookie = String([login.headers['set-cookie']].flat()[0]);
    expect(setCookie).toMatch(/mm_sessie=.+; .*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = cookieOf(login);
    const csrf = login.json().csrfToken as string;
    expect(login.json().gebruiker.rol).toBe('medewerker');
    const motion = { titel: 'Via de browser', indieners: [{ naam: 'Bureau' }] };
    const noToken = await h.app.inject({
      method: 'POST',
      url: '/api/v1/moties',
      headers: { cookie },
      payload: motion,
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('csrf_invalid');
    const ok = await h.app.inject({
      method: 'POST',
      url: '/api/v1/moties',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: motion,
    });
    expect(ok.statusCode).toBe(201);
    const current = await h.app.inject({ method: 'GET', url: '/api/v1/sessies/huidig', headers: { cookie } });
    expect(current.json().gebruiker.email).toBe('staff@example.nl');
    const fresh = current.json().csrfToken;
    const out = await h.app.inject({
      method: 'DELETE',
      url: '/api/v1/sessies/huidig',
      headers: { cookie, 'x-csrf-token': fresh },
    });
    expect(out.statusCode).toBe(204);
    const after = await h.app.inject({ method: 'GET', url: '/api/v1/sessies/huidig', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('rate-limits login attempts with 429 problem+json', async () => {
    let last = 0;
    for (let i = 0; i < 12; i++) {
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/v1/sessies',
        remoteAddress: '10.9.8.7',
        payload: { email: 'x@example.nl', wachtwoord: 'nee' },
      });
      last = res.statusCode;
      if (last === 429) {
        expect(res.headers['content-type']).toMatch(/problem\+json/);
        expect(res.json()).toMatchObject({ status: 429, code: 'too_many_requests' });
        expect(res.json().detail).toMatch(
          /^Te veel inlogpogingen; probeer het over \d+ seconden? opnieuw\.$/,
        );
        expect(res.headers['retry-after']).toBeDefined();
        break;
      }
    }
    expect(last).toBe(429);
  });
});
