import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/store/audit.js';
import { updateMotion } from '../../src/store/repositories/motions.js';
import { addUser, type PortalFixture, signIn, startPortal } from './fixtures.js';

// Public pages are kept per register version (ADR 029): these tests check that a kept page is never stale or
// shown to the wrong reader, and that the kept bytes are the page.
let portal: PortalFixture;
beforeAll(async () => {
  portal = await startPortal();
  await addUser(portal.ctx, 'staff', 'bureau@example.nl');
});
afterAll(async () => {
  await portal?.close();
});

const visit = (url: string, gzip = false) =>
  portal.app.inject({ method: 'GET', url, headers: gzip ? { 'accept-encoding': 'gzip' } : {} });
const rename = (title: string) =>
  updateMotion(
    portal.ctx.db,
    { organisationId: portal.ctx.organisation.id, actor: SYSTEM_ACTOR },
    portal.ids.motion,
    { title },
  );

describe('public pages kept per register version', () => {
  it('shows a write on the next request of every kept page that shows the record', async () => {
    const motionPage = `/moties/${portal.ids.motion}`;
    for (const url of [motionPage, '/moties', `/vergaderingen/${portal.ids.meeting}`]) {
      expect((await visit(url)).body).toContain('Motie over duurzame gemeentefinanciën');
      expect((await visit(url)).body).toContain('Motie over duurzame gemeentefinanciën');
    }
    await rename('Motie over houdbare gemeentefinanciën');
    for (const url of [motionPage, '/moties', `/vergaderingen/${portal.ids.meeting}`]) {
      const body = (await visit(url)).body;
      expect(body).toContain('Motie over houdbare gemeentefinanciën');
      expect(body).not.toContain('Motie over duurzame gemeentefinanciën');
    }
    await rename('Motie over duurzame gemeentefinanciën');
    expect((await visit(motionPage)).body).toContain('Motie over duurzame gemeentefinanciën');
  });

  it('serves the kept page gzipped and plain, the same page either way', async () => {
    await visit('/moties');
    const plain = await visit('/moties');
    const zipped = await visit('/moties', true);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(plain.body);
    expect(zipped.headers['cache-control']).toBe('no-store');
    expect(zipped.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('never gives a visitor the page of a signed-in reader, nor the other way round', async () => {
    const motionPage = `/moties/${portal.ids.motion}`;
    await visit(motionPage);
    expect((await visit(motionPage)).body).not.toContain('Uitloggen');
    const editor = await signIn(portal.app, 'bureau@example.nl');
    const signedIn = (await editor.get(motionPage)).body;
    expect(signedIn).toContain('Uitloggen');
    expect((await editor.get(motionPage)).body).toContain('Uitloggen');
    expect((await visit(motionPage)).body).not.toContain('Uitloggen');
  });

  it('keeps the page per address: another page number or filter is its own page', async () => {
    const first = (await visit('/moties')).body;
    const held = (await visit('/moties?status=aangehouden')).body;
    expect(held).not.toBe(first);
    expect((await visit('/moties?status=aangehouden')).body).toBe(held);
    expect((await visit('/moties')).body).toBe(first);
  });

  it('does not keep a page that is not found', async () => {
    const missing = '/moties/00000000-0000-4000-8000-000000000000';
    expect((await visit(missing)).statusCode).toBe(404);
    expect((await visit(missing)).statusCode).toBe(404);
  });
});
