import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../api/support/harness.js';
import { generateRound } from './support/generate-round.js';
import { populateRound } from './support/populate-round.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('GET /api/v1/verantwoordingsrondes/{id}/rapport', () => {
  let h: Harness;
  let url: string;
  beforeAll(async () => {
    h = await startHarness('sqlite');
    const round = await populateRound(h.ctx.db, generateRound(6), { organisationId: h.ctx.organisation.id });
    url = `/api/v1/verantwoordingsrondes/${round.roundId}/rapport`;
  });
  afterAll(async () => h?.close());

  it('gives staff the PDF by default, named after the meeting', async () => {
    const response = await h.as('staff', { method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="verantwoording-moties-alv-2025-06-18.pdf"',
    );
    expect(response.headers.vary).toContain('Accept');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.each([
    [DOCX, DOCX, 'PK'],
    ['text/html', 'text/html; charset=utf-8', '<!doctype html>\n<html lang="nl">'],
    ['text/csv', 'text/csv; charset=utf-8', '\ufeffNr;'],
  ])('chooses the format by Accept: %s', async (accept, type, start) => {
    const response = await h.as('board', { method: 'GET', url, headers: { accept } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.rawPayload.subarray(0, Buffer.byteLength(start)).toString()).toBe(start);
  });

  it('answers 406 as problem+json for a format it cannot make', async () => {
    const response = await h.as('staff', { method: 'GET', url, headers: { accept: 'image/png' } });
    expect(response.statusCode).toBe(406);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('keeps the report of an open round from the public, and answers 404 for an unknown round', async () => {
    expect((await h.as('public', { method: 'GET', url })).statusCode).toBe(403);
    const unknown = await h.as('staff', {
      method: 'GET',
      url: '/api/v1/verantwoordingsrondes/00000000-0000-4000-8000-000000000000/rapport',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ status: 404 });
  });
});
