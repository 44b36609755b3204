import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defuseFormula } from '../../src/report/csv.js';
import { parseCsv, startsFormula } from '../support/csv-parse.js';
import { ENGINES } from '../support/engines.js';
import { type Harness, startHarness } from './support/harness.js';

describe.each(ENGINES)('the motions CSV export on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine);
  });
  afterAll(async () => h?.close());

  it('quotes line breaks and defuses formulas in every cell, also after a line break', async () => {
    const texts = [
      { titel: '=HYPERLINK("http://elders.example")', oproep: 'verzoekt:\n=1+1\r\n@SUM(A1)' },
      { titel: '+31 gemeenten', oproep: 'regel 1\r-regel 2\n\tregel 3' },
      { titel: 'Gewoon, met "aanhalingstekens"; en puntkomma', oproep: 'Geen formule.' },
    ];
    for (const t of texts) {
      const res = await h.as('member', {
        method: 'POST',
        url: '/api/v1/moties',
        payload: { ...t, onderwerp: 'CSV-test', indieners: [{ lid: h.members.gouda }] },
      });
      expect(res.statusCode).toBe(201);
      const meeting = await h.as('staff', {
        method: 'POST',
        url: '/api/v1/vergaderingen',
        payload: { soort: 'alv', titel: 'ALV', datum: '2027-06-09' },
      });
      await h.as('member', {
        method: 'POST',
        url: `/api/v1/moties/${res.json().id}/indienen`,
        payload: { vergadering: meeting.json().id },
      });
    }
    const csv = await h.as('public', {
      method: 'GET',
      url: '/api/v1/moties?onderwerp=CSV-test&sort=aangemaakt',
      headers: { accept: 'text/csv' },
    });
    expect(csv.statusCode).toBe(200);
    const rows = parseCsv(csv.body);
    expect(rows).toHaveLength(1 + texts.length);
    const header = rows[0];
    for (const row of rows) {
      expect(row).toHaveLength(header.length);
      for (const cell of row) expect(startsFormula(cell)).toBe(false);
    }
    const byTitle = new Map(rows.slice(1).map((r) => [r[header.indexOf('titel')], r]));
    for (const t of texts) {
      const row = byTitle.get(defuseFormula(t.titel));
      expect(row?.[header.indexOf('oproep')]).toBe(defuseFormula(t.oproep));
    }
  });
});
