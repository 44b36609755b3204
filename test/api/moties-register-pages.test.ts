import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentMotion } from '../../src/api/moties/presenter.js';
import { ANONYMOUS } from '../../src/auth/index.js';
import { findMotions } from '../../src/services/motions/find-motions.js';
import { type BulkMotion, bulkInsertMotions } from '../../src/store/bulk.js';
import { updateMotion } from '../../src/store/repositories/motions.js';
import { ENGINES } from '../support/engines.js';
import { type Harness, startHarness } from './support/harness.js';

/**
 * GET /moties answered from the register version (ADR 020): the page served again from memory is byte for byte
 * the page rendered from the database (the presenter's output, odd characters and submitters included), a current
 * If-None-Match gets 304 without a body, any audited write makes the next request render anew, and readers who
 * may see different motions never share a page.
 */
const ODD = [
  'Motie "aanhalingstekens" en \\backslash\\',
  'Regeleinde\nen tab\t</script><script>',
  'Emoji 🚲 en é, ß, ĳ, \u2028 lijnscheider',
  "Apostrof ' & ampersand <b>",
];

describe.each(ENGINES)('the motion list kept per register version on %s', (engine) => {
  let h: Harness;
  const URL = '/api/v1/moties?limit=50&sort=-aangemaakt';

  beforeAll(async () => {
    h = await startHarness(engine);
    const motions: BulkMotion[] = Array.from({ length: 12 }, (_, i) => ({
      number: `R${i}`,
      title: ODD[i % ODD.length],
      topic: i % 2 === 0 ? 'Jeugdzorg' : null,
      call: i % 3 === 0 ? null : `verzoekt ${ODD[(i + 1) % ODD.length]}`,
      status: i === 0 ? 'draft' : i % 2 === 0 ? 'held' : 'adopted',
      createdAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
      submitters:
        i % 4 === 0
          ? []
          : [
              { memberId: h.members.gouda, name: 'Gouda' },
              { name: `Fractie ${ODD[i % ODD.length]}` },
              ...(i % 3 === 0 ? [{ memberId: h.members.delft, name: 'Delft' }] : []),
            ],
    }));
    await bulkInsertMotions(h.ctx.db, h.system, motions);
  });
  afterAll(async () => h?.close());

  it('serves the same bytes again, equal to the presenter output of the rows', async () => {
    const first = await h.as('public', { method: 'GET', url: URL });
    expect(first.statusCode, first.body).toBe(200);
    const again = await h.as('public', { method: 'GET', url: URL });
    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(first.body);
    for (const header of ['etag', 'x-total-count', 'link', 'content-type'])
      expect(again.headers[header], header).toBe(first.headers[header]);
    expect(again.headers['content-type']).toMatch(/^application\/json/);

    const expected = await findMotions({
      db: h.ctx.db,
      organisationId: h.ctx.organisation.id,
      reader: ANONYMOUS,
      page: { limit: 50, offset: 0 },
      sort: '-created',
    });
    const body = JSON.parse(again.body);
    expect(body.totaal).toBe(11); // the draft is not public
    expect(body.resultaten).toEqual(JSON.parse(JSON.stringify(expected.items.map(presentMotion))));
    const withSubmitters = body.resultaten.filter((m: { indieners: unknown[] }) => m.indieners.length > 1);
    expect(withSubmitters.length).toBeGreaterThan(0);
    expect(body.resultaten.map((m: { titel: string }) => m.titel)).toEqual(expect.arrayContaining(ODD));
  });

  it('answers a current If-None-Match with 304 and renders anew after a write', async () => {
    const first = await h.as('public', { method: 'GET', url: URL });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    const unchanged = await h.as('public', { method: 'GET', url: URL, headers: { 'if-none-match': etag } });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');

    const target = JSON.parse(first.body).resultaten[0] as { id: string; titel: string };
    await updateMotion(h.ctx.db, h.system, target.id, { title: 'Gewijzigde titel na het bewaren' });
    const changed = await h.as('public', { method: 'GET', url: URL, headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(JSON.parse(changed.body).resultaten[0]).toMatchObject({
      id: target.id,
      titel: 'Gewijzigde titel na het bewaren',
    });
    const next = await h.as('public', {
      method: 'GET',
      url: URL,
      headers: { 'if-none-match': changed.headers.etag as string },
    });
    expect(next.statusCode).toBe(304);
  });

  it('keeps pages apart per reader and per query', async () => {
    const pub = await h.as('public', { method: 'GET', url: URL });
    const staff = await h.as('staff', { method: 'GET', url: URL });
    expect(JSON.parse(pub.body).totaal).toBe(11);
    expect(JSON.parse(staff.body).totaal).toBe(12); // the bureau sees the draft
    expect(staff.headers.etag).not.toBe(pub.headers.etag);
    const held = await h.as('public', { method: 'GET', url: '/api/v1/moties?limit=50&status=aangehouden' });
    expect(
      JSON.parse(held.body).resultaten.every((m: { status: string }) => m.status === 'aangehouden'),
    ).toBe(true);
    expect(held.headers.etag).not.toBe(pub.headers.etag);
    // A staff ETag is no 304 for the public page.
    const cross = await h.as('public', {
      method: 'GET',
      url: URL,
      headers: { 'if-none-match': staff.headers.etag as string },
    });
    expect(cross.statusCode).toBe(200);
  });
});
