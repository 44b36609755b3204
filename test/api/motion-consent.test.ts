import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.js';
import { type Harness, startHarness, type TestRole } from './support/harness.js';

describe.each(ENGINES)('submitting for another municipality needs its consent on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine);
  });
  afterAll(async () => h?.close());

  const post = (role: TestRole, url: string, payload?: object) =>
    h.as(role, { method: 'POST', url: `/api/v1${url}`, ...(payload ? { payload } : {}) });
  /** Gouda's ('member') motion, submitted at a meeting. */
  const goudaMotion = async () => {
    const meeting = await post('staff', '/vergaderingen', {
      soort: 'alv',
      titel: 'ALV',
      datum: '2027-06-09',
    });
    const motion = await post('member', '/moties', { titel: 'Motie van Gouda' });
    expect(motion.statusCode).toBe(201);
    const submitted = await post('member', `/moties/${motion.json().id}/indienen`, {
      vergadering: meeting.json().id,
    });
    expect(submitted.statusCode).toBe(200);
    return motion.json().id as string;
  };

  it('a member cannot name another municipality as (co-)submitter; nothing is written', async () => {
    const before = (await h.as('staff', { method: 'GET', url: '/api/v1/moties?status=concept' })).json()
      .totaal;
    const res = await post('member', '/moties', {
      titel: 'Samen met Utrecht',
      indieners: [{ lid: h.members.gouda }, { lid: h.members.utrecht }],
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toMatch(/mede te ondertekenen/);
    const after = (await h.as('staff', { method: 'GET', url: '/api/v1/moties?status=concept' })).json()
      .totaal;
    expect(after).toBe(before);
  });

  it('another municipality joins by co-signing itself, not by being co-signed by someone else', async () => {
    const id = await goudaMotion();
    expect((await post('member', `/moties/${id}/mede-indienen`, { lid: h.members.utrecht })).statusCode).toBe(
      403,
    );
    const own = await post('otherMember', `/moties/${id}/mede-indienen`);
    expect(own.statusCode).toBe(200);
    expect(own.json().indieners.map((s: { lid: string }) => s.lid)).toEqual([
      h.members.gouda,
      h.members.utrecht,
    ]);
  });

  it('only the first submitter (or staff) withdraws: a co-signer cannot', async () => {
    const id = await goudaMotion();
    expect((await post('otherMember', `/moties/${id}/mede-indienen`)).statusCode).toBe(200);
    const byCosigner = await post('otherMember', `/moties/${id}/intrekken`);
    expect(byCosigner.statusCode).toBe(403);
    const patch = await h.as('otherMember', {
      method: 'PATCH',
      url: `/api/v1/moties/${id}`,
      payload: { onderwerp: 'Overgenomen' },
    });
    expect(patch.statusCode).toBe(403);
    const still = await h.as('public', { method: 'GET', url: `/api/v1/moties/${id}` });
    expect(still.json().status).toBe('ingediend');
    const byOwner = await post('member', `/moties/${id}/intrekken`);
    expect(byOwner.statusCode).toBe(200);
    expect(byOwner.json().status).toBe('ingetrokken');
  });

  it('staff may still record a motion of several municipalities', async () => {
    const res = await post('staff', '/moties', {
      titel: 'Van Gouda en Utrecht',
      indieners: [{ lid: h.members.gouda }, { lid: h.members.utrecht }],
    });
    expect(res.statusCode).toBe(201);
  });
});
