import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/auth/index.js';
import { reindexAll } from '../../src/search/index.js';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { findMemberByCode } from '../../src/store/repositories/members.js';
import { createMotion } from '../../src/store/repositories/motions.js';
import { createResolution } from '../../src/store/repositories/resolutions.js';
import { createUser } from '../../src/store/repositories/users.js';
import { PASSWORD, type PortalFixture, signIn, startPortal } from './fixtures.js';

/** Motion ids linked from a portal page, in order. */
const linkedMotions = (html: string) =>
  [...html.matchAll(/href="\/moties\/([0-9a-f-]{36})"/g)].map((m) => m[1]);

/** The portal and the API read through the same use cases: the same reader sees the same motions in both. */
describe('one read path for the portal and the API', () => {
  let portal: PortalFixture;
  const ids = {} as Record<'utrechtDraft' | 'amsterdamDraft' | 'draftResolution', string>;
  const published: string[] = [];

  beforeAll(async () => {
    portal = await startPortal();
    const { ctx } = portal;
    const w = { organisationId: ctx.organisation.id, actor: SYSTEM_ACTOR };
    const member = async (code: string) => (await findMemberByCode(ctx.db, ctx.organisation.id, code))!;
    const utrecht = await member('GM0344');
    const amsterdam = await member('GM0363');
    await createUser(ctx.db, w, {
      email: 'griffie@utrecht.example',
      name: 'Griffie Utrecht',
      role: 'member',
      memberId: utrecht.id,
      passwordHash: await hashPassword(PASSWORD),
    });
    const draft = (title: string, m: { id: string; name: string }) =>
      createMotion(ctx.db, w, { title, topic: 'Leespad', submitters: [{ memberId: m.id, name: m.name }] });
    ids.utrechtDraft = (await draft('Leespad concept Utrecht', utrecht)).id;
    ids.amsterdamDraft = (await draft('Leespad concept Amsterdam', amsterdam)).id;
    ids.draftResolution = (await createResolution(ctx.db, w, { title: 'Leespad conceptresolutie' })).id;
    // Three submitted motions, then more concepts than a page and its margin after them (newer, so first).
    for (let i = 0; i < 3; i += 1)
      published.push(
        (
          await createMotion(ctx.db, w, {
            title: `Schaduwstrook ingediend ${i}`,
            topic: 'Schaduw',
            status: 'submitted',
            submitters: [{ memberId: amsterdam.id, name: amsterdam.name }],
          })
        ).id,
      );
    for (let i = 0; i < 45; i += 1) await draft(`Schaduwstrook concept ${i}`, amsterdam);
    await reindexAll(ctx.db, ctx.organisation.id);
  });
  afterAll(async () => portal?.close());

  it('shows a member its own municipality’s drafts, in the portal and through the API alike', async () => {
    const list = '/moties?status=concept&onderwerp=Leespad';
    const anonymous = await portal.app.inject({ method: 'GET', url: list });
    expect(linkedMotions(anonymous.body)).toEqual([]);
    const member = await signIn(portal.app, 'griffie@utrecht.example');
    expect(linkedMotions((await member.get(list)).body)).toEqual([ids.utrechtDraft]);
    const api = await member.get('/api/v1/moties?status=concept&onderwerp=Leespad');
    expect(api.json().resultaten.map((m: { id: string }) => m.id)).toEqual([ids.utrechtDraft]);
    // Without a status filter the member sees the published motions plus its own draft.
    const all = linkedMotions((await member.get('/moties?onderwerp=Leespad')).body);
    expect(all).toEqual([ids.utrechtDraft]);
    expect((await member.get(`/moties/${ids.utrechtDraft}`)).statusCode).toBe(200);
    expect((await member.get(`/moties/${ids.amsterdamDraft}`)).statusCode).toBe(404);
    expect((await member.get(`/api/v1/moties/${ids.amsterdamDraft}`)).statusCode).toBe(404);
    expect((await portal.app.inject({ method: 'GET', url: `/moties/${ids.utrechtDraft}` })).statusCode).toBe(
      404,
    );
  });

  it('keeps a concept resolution from members and the public on both faces', async () => {
    const member = await signIn(portal.app, 'griffie@utrecht.example');
    expect((await member.get(`/resoluties/${ids.draftResolution}`)).statusCode).toBe(404);
    expect((await member.get(`/api/v1/resoluties/${ids.draftResolution}`)).statusCode).toBe(404);
    expect((await member.get('/resoluties')).body).not.toContain('Leespad conceptresolutie');
    const anonymous = await portal.app.inject({ method: 'GET', url: '/resoluties' });
    expect(anonymous.body).not.toContain('Leespad conceptresolutie');
  });

  it('searches only what the reader may see: a member finds its own concept, not another municipality’s', async () => {
    const search = '/zoeken?q=leespad&soort=motie';
    const anonymous = await portal.app.inject({ method: 'GET', url: search });
    expect(linkedMotions(anonymous.body)).toEqual([]);
    const member = await signIn(portal.app, 'griffie@utrecht.example');
    expect(linkedMotions((await member.get(search)).body)).toEqual([ids.utrechtDraft]);
  });

  it('searches past the concepts the reader may not see, and counts only what it shows', async () => {
    const member = await signIn(portal.app, 'griffie@utrecht.example');
    for (const url of ['/zoeken?q=schaduwstrook', '/zoeken?q=schaduwstrook&soort=motie']) {
      for (const body of [
        (await portal.app.inject({ method: 'GET', url })).body,
        (await member.get(url)).body,
      ]) {
        // The 45 newer concepts are skipped: the three submitted motions fill the page, counted as three.
        expect(new Set(linkedMotions(body))).toEqual(new Set(published));
        expect(body).toContain('Alles (3)');
        expect(body).toContain('Moties (3)');
        expect(body).not.toContain('Schaduwstrook concept');
      }
    }
  });
});
