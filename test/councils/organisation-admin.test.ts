import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type PortalFixture, signIn, startPortal } from '../web/fixtures.js';

let portal: PortalFixture;
beforeAll(async () => {
  portal = await startPortal();
  await addUser(portal.ctx, 'admin');
  await addUser(portal.ctx, 'staff');
});
afterAll(async () => {
  await portal?.close();
});

describe('organisations in the admin workspace', () => {
  it('is for administrators only', async () => {
    const staff = await signIn(portal.app, 'staff@example.nl');
    expect((await staff.get('/beheer/organisaties')).statusCode).toBe(403);
    expect((await staff.get('/beheer/organisaties/nieuw')).statusCode).toBe(403);
  });

  it('creates a council with its kind and path, refusing bad input in Dutch and keeping it', async () => {
    const admin = await signIn(portal.app, 'admin@example.nl');
    const form = await admin.get('/beheer/organisaties/nieuw');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Gemeenteraad');
    expect(form.body).toContain('Provinciale Staten');
    const bad = await admin.post('/beheer/organisaties/nieuw', '/beheer/organisaties/nieuw', {
      name: 'Gemeenteraad van Lindenhout',
      kind: 'gemeenteraad',
      slug: 'Met Spatie',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('kleine letters, cijfers en streepjes');
    expect(bad.body).toContain('value="Gemeenteraad van Lindenhout"');
    const taken = await admin.post('/beheer/organisaties/nieuw', '/beheer/organisaties/nieuw', {
      name: 'Nog een',
      kind: 'waterschap',
      slug: portal.ctx.organisation.slug,
    });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('Er is al een organisatie met de korte naam');
    const before = await portal.ctx.db.selectFrom('organisations').select('id').execute();
    expect(before).toHaveLength(1);

    const ok = await admin.post('/beheer/organisaties/nieuw', '/beheer/organisaties/nieuw', {
      name: 'Gemeenteraad van Lindenhout',
      kind: 'gemeenteraad',
      slug: 'lindenhout',
    });
    expect(ok.statusCode).toBe(303);
    const row = await portal.ctx.db
      .selectFrom('organisations')
      .selectAll()
      .where('slug', '=', 'lindenhout')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: 'Gemeenteraad van Lindenhout', kind: 'gemeenteraad' });
    expect(JSON.parse(row.settings)).toMatchObject({ votingRule: { kind: 'seats' }, majority: 'simple' });
    const audit = await portal.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'actor_label'])
      .where('entity_id', '=', row.id)
      .execute();
    expect(audit).toEqual([{ action: 'organisation.created', actor_label: 'Test admin <admin@example.nl>' }]);
    const list = await admin.get('/beheer/organisaties');
    expect(list.body).toContain('Gemeenteraad van Lindenhout');
    expect(list.body).toContain('/o/lindenhout/');
    // This organisation too is renamed from the list.
    expect(list.body).toContain(`href="/beheer/organisaties/${portal.ctx.organisation.id}"`);
  });
});
