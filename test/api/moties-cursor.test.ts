import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BulkMotion, bulkInsertMotions } from '../../src/store/bulk.js';
import { ENGINES } from '../support/engines.js';
import { type Harness, startHarness } from './support/harness.js';

/**
 * Keyset (cursor) pagination of GET /moties: following `volgende` from the first page visits exactly the motions
 * that the numbered pages list, in the same order, for every sort (ties on the sort value, empty dates last),
 * with and without a filter; a cursor this server did not make is refused with problem+json.
 */
const COUNT = 95;
const LIMIT = 10;

type Page = {
  totaal: number;
  resultaten: { id: string }[];
  volgendeCursor: string | null;
  _links: { next: { href: string } | null; volgende: { href: string } | null; prev: unknown };
};

describe.each(ENGINES)('cursor pagination of /moties on %s', (engine) => {
  let h: Harness;
  const get = async (url: string): Promise<Page> => {
    const res = await h.as('public', { method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    h = await startHarness(engine);
    const motions: BulkMotion[] = Array.from({ length: COUNT }, (_, i) => ({
      number: `C${i}`,
      // Three motions share each creation time and titles repeat: the id must break the ties.
      title: `Motie ${String.fromCharCode(65 + (i % 7))}`,
      status: i % 5 === 0 ? 'held' : 'adopted',
      createdAt: new Date(Date.UTC(2024, 0, 1 + Math.floor(i / 3))).toISOString(),
      submitters: [{ name: `Gemeente ${i}` }],
    }));
    await bulkInsertMotions(h.ctx.db, h.system, motions);
    // Some submitted, some never (empty dates sort last in both directions).
    await h.ctx.db
      .updateTable('motions')
      .set({ submitted_at: '2024-05-01T00:00:00.000Z' })
      .where(
        'number',
        'in',
        motions.filter((_, i) => i % 3 !== 0).map((m) => m.number!),
      )
      .execute();
  });
  afterAll(async () => h?.close());

  async function byNumbers(query: string): Promise<string[]> {
    const ids: string[] = [];
    for (let page = 1; ; page += 1) {
      const p = await get(`/api/v1/moties?${query}&limit=${LIMIT}&page=${page}`);
      ids.push(...p.resultaten.map((m) => m.id));
      if (!p._links.next) return ids;
    }
  }

  async function byCursor(query: string): Promise<string[]> {
    let p = await get(`/api/v1/moties?${query}&limit=${LIMIT}`);
    const ids = p.resultaten.map((m) => m.id);
    while (p.volgendeCursor) {
      expect(p._links.volgende!.href).toContain(`cursor=${p.volgendeCursor}`);
      p = await get(p._links.volgende!.href);
      expect(p._links.prev).toBeNull();
      ids.push(...p.resultaten.map((m) => m.id));
      if (p.volgendeCursor) expect(p._links.next!.href).toBe(p._links.volgende!.href);
    }
    return ids;
  }

  for (const query of [
    'sort=-aangemaakt',
    'sort=aangemaakt',
    'sort=titel',
    'sort=ingediend',
    'sort=-ingediend',
    'status=aangehouden&sort=-aangemaakt',
  ]) {
    it(`visits the same motions in the same order as the numbered pages (${query})`, async () => {
      const numbered = await byNumbers(query);
      const cursored = await byCursor(query);
      expect(cursored).toEqual(numbered);
      expect(new Set(cursored).size).toBe(cursored.length);
      expect(cursored.length).toBe(query.includes('status') ? COUNT / 5 : COUNT);
    });
  }

  it('gives the Link header rel="volgende" and the total on a page reached by cursor', async () => {
    const first = await h.as('public', { method: 'GET', url: `/api/v1/moties?limit=${LIMIT}` });
    expect(first.headers.link).toContain('rel="volgende"');
    const second = await h.as('public', { method: 'GET', url: first.json()._links.volgende.href });
    expect(second.headers['x-total-count']).toBe(String(COUNT));
    expect(second.headers.link).toContain('rel="first"');
    expect(second.headers.link).toContain('rel="volgende"');
  });

  it('refuses a cursor it did not make, as problem+json naming the parameter', async () => {
    for (const cursor of ['bm9n', 'WzEsMiwzXQ', 'x'.repeat(601), 'a+b']) {
      const res = await h.as('public', {
        method: 'GET',
        url: `/api/v1/moties?cursor=${encodeURIComponent(cursor)}`,
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toContain('cursor');
    }
  });
});
