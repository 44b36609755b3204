import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PortalFixture, startPortal } from './fixtures.js';

let portal: PortalFixture;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

const get = (url: string) => portal.app.inject({ method: 'GET', url });

describe('public pages', () => {
  it('home shows charts with table alternatives, overdue agreements, meetings and letters', async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const html = res.body;
    expect(html).toMatch(/^<!doctype html><html lang="nl"/);
    expect(html).toContain('<form role="search"');
    expect(html).toContain('type="search"');
    expect(html).toContain('href="#inhoud"');
    expect(html).toContain('href="/toegankelijkheid"');
    expect(html).toContain('role="img"');
    expect(html).toContain('Toon de cijfers als tabel');
    // A topic written in lower case opens its bar's label with a capital; the bar's link keeps the stored topic.
    expect(html).toContain('Financiën: 1');
    expect(html).toContain(`onderwerp=${encodeURIComponent('financiën')}`);
    expect(html).toContain('Termijn verstreken');
    expect(html).toContain('ALV juni 2099');
    expect(html).toContain('Uitkomsten Overhedenoverleg');
  });

  it('serves the stylesheet compressed and cacheable', async () => {
    const html = (await get('/')).body;
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toMatch(/^\/assets\/portal\.[0-9a-f]{12}\.css$/);
    const res = await portal.app.inject({
      method: 'GET',
      url: href!,
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('motion list filters by status and topic and finds by stemmed search', async () => {
    const all = await get('/moties');
    expect(all.body).toMatch(/\d+ moties; 1–25 getoond/);
    expect(all.body).not.toContain('>Concept<');
    const held = await get('/moties?status=aangehouden');
    expect(held.body).toContain('duurzame gemeentefinanci');
    expect(held.body).not.toContain('Motie verworpen');
    expect(held.body).not.toContain('mm-badge--negative');
    const topic = await get(`/moties?onderwerp=${encodeURIComponent('Sociaal domein')}`);
    expect(topic.body).toContain('Jeugdzorgkosten');
    expect(topic.body).toContain('Utrecht, Amsterdam en anderen');
    const search = await get('/moties?q=gemeentefinancien');
    expect(search.body).toContain('<mark>gemeentefinanciën</mark>');
    expect(search.body).toMatch(/\d+ moties? gevonden/);
  });

  it('ignores malformed filters instead of failing', async () => {
    const res = await get('/moties?status=onzin&indiener=x&jaar=abc&pagina=-3');
    expect(res.statusCode).toBe(200);
  });

  it('answers unknown pages with a Dutch 404 page', async () => {
    const res = await get('/bestaat-niet');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Pagina niet gevonden');
    expect(res.body).toContain('<form role="search"');
  });
});
