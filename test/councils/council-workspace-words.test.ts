import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context.js';
import { seedDemoCouncil } from '../../src/seed/demo-council/seed-demo-council.js';
import { buildServer } from '../../src/server.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { findOrganisationBySlug } from '../../src/store/repositories/organisations.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';
import { addUser, signIn } from '../web/fixtures.js';

/** The griffie's workspace speaks the council's words and offers none of the association's registers. */
describe.each(ENGINES)("a council's staff workspace in its own words, on %s", (engine) => {
  let cleanup: () => Promise<void>;
  let app: FastifyInstance;

  beforeAll(async () => {
    const opened = await openTestDatabase(engine);
    cleanup = opened.cleanup;
    await ensureOrganisation(opened.db, 'vng');
    await seedDemoCouncil(opened.db);
    const council = (await findOrganisationBySlug(opened.db, 'rivierstad'))!;
    const ctx: AppContext = { db: opened.db, engine: opened.engine, organisation: council };
    app = await buildServer({ ctx });
    await addUser(ctx, 'admin', 'griffier@rivierstad.example');
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await cleanup?.();
  });

  it('names its commitments and meetings, and serves no resolutions or member letters', async () => {
    const griffie = await signIn(app, 'griffier@rivierstad.example');
    const home = (await griffie.get('/beheer')).body;
    expect(home).toContain('Nieuwe toezegging');
    for (const word of ['Nieuwe resolutie', 'Nieuwe ledenbrief', 'Nieuwe afspraak', 'Resoluties'])
      expect(home, word).not.toContain(word);
    for (const path of ['/beheer/resoluties/nieuw', '/beheer/ledenbrieven/nieuw'])
      expect((await griffie.get(path)).statusCode, path).toBe(404);
    const meeting = (await griffie.get('/beheer/vergaderingen/nieuw')).body;
    expect(meeting).toContain('>Raadsvergadering</option>');
    expect(meeting).not.toMatch(/>(?:ALV|Najaars-ALV|BALV|Ledenbijeenkomst)<\/option>/);
    const motion = (await griffie.get('/beheer/moties/nieuw')).body;
    expect(motion).toContain('Kies een fractie');
    expect(motion).toContain('Verzoekt het college …');
    const commitment = (await griffie.get('/beheer/afspraken/nieuw')).body;
    expect(commitment).toContain('Nieuwe toezegging');
    expect(commitment).not.toContain('Ministerie van BZK');
    expect((await griffie.get('/beheer/gebruikers')).body).toContain('<th scope="col">Fractie</th>');
  });
});
