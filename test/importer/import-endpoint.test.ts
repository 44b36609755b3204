import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRoutes } from '../../src/api/imports/routes.js';
import { type Harness, startHarness } from '../api/support/harness.js';
import { binaryJunk } from '../fixtures/importer/make-zip.js';
import { seedPath } from './support.js';

const upload = (
  h: Harness,
  role: Parameters<Harness['as']>[0],
  name: string,
  body: Buffer,
  preview = false,
) =>
  h.as(role, {
    method: 'POST',
    url: `/api/v1/imports?bestandsnaam=${encodeURIComponent(name)}${preview ? '&voorbeeld=true' : ''}`,
    headers: { 'content-type': name.endsWith('.pdf') ? 'application/pdf' : 'text/plain' },
    payload: body,
  });

describe('POST /api/v1/imports', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('sqlite');
  });
  afterAll(async () => h?.close());

  it('is for staff only', async () => {
    expect(importRoutes).toBeTypeOf('function');
    const seed = readFileSync(seedPath('000'));
    expect((await upload(h, 'public', 'r.txt', seed)).statusCode).toBe(401);
    expect((await upload(h, 'member', 'r.txt', seed)).statusCode).toBe(403);
  });

  it('shows a preview and stores nothing', async () => {
    const response = await upload(h, 'staff', 'resolutie.txt', readFileSync(seedPath('000')), true);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe('voorbeeld');
    expect(body.analyse).toMatchObject({
      file: 'resolutie.txt',
      kind: 'resolution',
      title: 'VNG-inzet richting nieuwe kabinet',
    });
    const list = await h.as('staff', { method: 'GET', url: '/api/v1/documenten' });
    expect(list.json().totaal).toBe(0);
  });

  it('imports once, then says the file is unchanged; provenance is exposed through /documenten', async () => {
    const bytes = readFileSync(seedPath('003'));
    const first = await upload(h, 'staff', 'verantwoording.txt', bytes);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      status: 'ingelezen',
      soort: 'accountability-report',
      telling: { motionsCreated: 23 },
    });
    const document = first.headers.location as string;
    const again = await upload(h, 'staff', 'andere-naam.txt', bytes);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ status: 'ongewijzigd', _links: { document: { href: document } } });
    const origin = await h.as('staff', { method: 'GET', url: `${document}/herkomst?limit=100` });
    expect(origin.statusCode).toBe(200);
    expect(origin.json().totaal).toBeLessThanOrEqual(100);
    expect(
      origin.json().resultaten.filter((span: { soort: string }) => span.soort === 'motion'),
    ).toHaveLength(23);
  });

  it('lists an imported list of motion results under its own kind (soort=motion-list)', async () => {
    const list =
      'Uitslagen moties Najaars ALV 29 november 2024\n\n1. Motie Apeldoorn “Gelijkwaardigheid als basis voor (aanvullend) Zorgakkoord”\nUitslag: aangenomen met 98,29%\n2. Motie Goirle “Compensatie onderwijshuisvesting” – verworpen\n';
    const imported = await upload(h, 'staff', 'uitslagen.txt', Buffer.from(list, 'utf8'));
    expect([imported.statusCode, imported.json().soort]).toEqual([201, 'motion-list']);
    const found = await h.as('staff', { method: 'GET', url: '/api/v1/documenten?soort=motion-list' });
    expect(found.statusCode).toBe(200);
    expect(found.json().resultaten.map((d: { bestandsnaam: string }) => d.bestandsnaam)).toEqual([
      'uitslagen.txt',
    ]);
  });

  it('refuses garbage with problem+json and a stable code', async () => {
    const junk = await upload(h, 'staff', 'kapot.pdf', binaryJunk(1000));
    expect(junk.statusCode).toBe(415);
    expect(junk.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(junk.json()).toMatchObject({
      status: 415,
      code: 'unsupported_format',
      detail: expect.stringContaining('kapot.pdf'),
    });
    const empty = await upload(h, 'staff', 'leeg.txt', Buffer.alloc(0), true);
    expect([empty.statusCode, empty.json().code]).toEqual([422, 'empty_file']);
  });

  it('refuses a file over 25 MB as file_too_large, whether sent as a form or as the body itself', async () => {
    const big = Buffer.alloc(27 * 1024 * 1024, 'a');
    const asBody = await upload(h, 'staff', 'groot.txt', big, true);
    expect(asBody.statusCode).toBe(413);
    expect(asBody.json()).toMatchObject({
      code: 'file_too_large',
      detail: 'Het bestand is te groot (maximaal 25 MB).',
    });
  });

  it('refuses a form cut off in the middle (no closing boundary) with 400, not a 500', async () => {
    for (const payload of [
      'garbage',
      '--xx\r\nContent-Disposition: form-data; name="bestand"; filename="a.txt"\r\n\r\nhallo',
    ]) {
      const cut = await h.as('staff', {
        method: 'POST',
        url: '/api/v1/imports',
        headers: { 'content-type': 'multipart/form-data; boundary=xx' },
        payload,
      });
      expect(cut.statusCode).toBe(400);
      expect(cut.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(cut.json()).toMatchObject({
        code: 'invalid_input',
        invalidParams: [{ name: 'bestand', code: 'invalid_multipart' }],
      });
    }
  });

  it('is documented in the OpenAPI document without linter errors', async () => {
    const response = await h.as('public', { method: 'GET', url: '/api/v1/openapi.json' });
    const openapi = response.json();
    expect(Object.keys(openapi.paths['/api/v1/imports'] ?? openapi.paths['/imports'] ?? {})).toEqual([
      'post',
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'mm-import-spectral-')), 'openapi.json');
    writeFileSync(file, response.body);
    const ruleset = join(import.meta.dirname, '..', 'api', 'fixtures', 'adr-ruleset.yaml');
    const { stdout } = await promisify(execFile)(
      'npx',
      ['spectral', 'lint', '--quiet', '-r', ruleset, '-f', 'json', '--fail-severity', 'error', file],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    const results = JSON.parse(stdout || '[]') as {
      code: string;
      message: string;
      path: string[];
      severity: number;
    }[];
    const errors = results
      .filter((r) => r.severity === 0)
      .map((r) => `${r.code} at ${r.path.join('.')}: ${r.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});
