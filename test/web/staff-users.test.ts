import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type PortalFixture, signIn, signInWith, startPortal } from './fixtures.js';

let portal: PortalFixture;
beforeAll(async () => {
  portal = await startPortal();
  await addUser(portal.ctx, 'admin');
  await addUser(portal.ctx, 'staff');
});
afterAll(async () => {
  await portal?.close();
});

describe('user management', () => {
  it('is for administrators only', async () => {
    const staff = await signIn(portal.app, 'staff@example.nl');
    expect((await staff.get('/beheer/gebruikers')).statusCode).toBe(403);
    expect((await staff.get('/beheer/gebruikers/nieuw')).statusCode).toBe(403);
  });

  it('creates a user with validation, then blocks the account', async () => {
    const admin = await signIn(portal.app, 'admin@example.nl');
    const bad = await admin.post('/beheer/gebruikers/nieuw', '/beheer/gebruikers/nieuw', {
      email: 'geen-adres',
      role: 'staff',
      password: 'kort',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('geldig e-mailadres');
    // The typed password is not written back into the page.
    expect(bad.body).not.toContain('value="kort"');
    const short = await admin.post('/beheer/gebruikers/nieuw', '/beheer/gebruikers/nieuw', {
      email: 'nieuw@example.nl',
      role: 'staff',
      password: 'kort',
    });
    expect(short.body).toContain('minstens 12 tekens');
    expect(short.body).toContain('value="nieuw@example.nl"');
    const member = await admin.post('/beheer/gebruikers/nieuw', '/beheer/gebruikers/nieuw', {
      email: 'lid@example.nl',
      role: 'member',
      password: 'een-geheim-wachtwoord',
    });
    expect(member.body).not.toContain('een-geheim-wachtwoord');
    expect(member.statusCode).toBe(400);
    expect(member.body).toContain('hoort bij een lid');
    const ok = await admin.post('/beheer/gebruikers/nieuw', '/beheer/gebruikers/nieuw', {
      email: 'nieuw@example.nl',
      name: 'Nieuwe Medewerker',
      role: 'staff',
      password: 'een-lang-wachtwoord',
    });
    expect(ok.statusCode).toBe(303);
    expect((await signInWith(portal.app, 'nieuw@example.nl', 'een-lang-wachtwoord')).cookie).toContain(
      'mm_sessie',
    );
    const path = String(ok.headers.location).split('?')[0];
    // A user has no public page: the account's page links back to the list under its own name.
    const account = (await admin.get(path)).body;
    expect(account).not.toContain('Bekijk de openbare pagina');
    expect(account).toContain('<a href="/beheer/gebruikers">Alle gebruikers</a>');
    expect((await admin.post(path, path, { role: 'staff', disabled: 'ja' })).statusCode).toBe(303);
    await expect(signInWith(portal.app, 'nieuw@example.nl', 'een-lang-wachtwoord')).rejects.toThrow();
    expect((await admin.get('/beheer/gebruikers')).body).toContain('Geblokkeerd');
  });
});
