import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context.js';
import { ASSOCIATION_ONLY_WORDS } from '../../src/domain/vocabulary/index.js';
import { buildInstallation, type Installation } from '../../src/installation.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { ServiceError } from '../../src/services/errors.js';
import { createOrganisationOfKind } from '../../src/services/organisations/create-organisation.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import { createAgreement } from '../../src/store/repositories/agreements.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { createMotion } from '../../src/store/repositories/motions.js';
import {
  type OrganisationRecord,
  updateOrganisationProfile,
  updateOrganisationSettings,
} from '../../src/store/repositories/organisations.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';

type Link = { href: string } | null;
/** A page of an API list, as far as these tests read it. */
type Listed = { resultaten: { _links: { self: { href: string } } }[]; _links: Record<string, Link> };

/** Nothing of one organisation shows in another's portal or API; a council's portal speaks a council's words. */
describe.each(ENGINES)('several organisations on one installation, on %s', (engine) => {
  let cleanup: () => Promise<void>;
  let db: AppContext['db'];
  let installation: Installation;
  let base: string;
  let council: OrganisationRecord;
  const ids = { vngMotion: '', vngAgreement: '', councilMotion: '', commitment: '' };

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { redirect: 'manual', headers });
  const text = async (path: string) => {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    const opened = await openTestDatabase(engine);
    cleanup = opened.cleanup;
    db = opened.db;
    const vng = await ensureOrganisation(opened.db, 'vng');
    council = await createOrganisationOfKind(opened.db, {
      kind: 'gemeenteraad',
      name: 'Gemeenteraad van Lindenhout',
      slug: 'lindenhout',
      actor: SYSTEM_ACTOR,
    });
    const inVng: WriteContext = { organisationId: vng.id, actor: SYSTEM_ACTOR };
    const inCouncil: WriteContext = { organisationId: council.id, actor: SYSTEM_ACTOR };
    const alv = await createMeeting(opened.db, inVng, {
      kind: 'alv',
      title: 'ALV juni 2099',
      date: '2099-06-10',
    });
    ids.vngMotion = (
      await createMotion(opened.db, inVng, {
        title: 'Motie Verenigingsgeheim over gemeentefinanciën',
        status: 'adopted',
        meetingId: alv.id,
        submitters: [{ name: 'Utrecht' }],
      })
    ).id;
    ids.vngAgreement = (
      await createAgreement(opened.db, inVng, {
        text: 'Het kabinet compenseert de Verenigingsgeheim-kosten',
        party: 'Rijk',
        dueDate: '2099-04-14',
      })
    ).id;
    const raad = await createMeeting(opened.db, inCouncil, {
      kind: 'council-meeting',
      title: 'Raadsvergadering 9 juli 2099',
      date: '2099-07-09',
    });
    ids.councilMotion = (
      await createMotion(opened.db, inCouncil, {
        title: 'Motie Raadsgeheim speeltuinen',
        status: 'adopted',
        meetingId: raad.id,
        submitters: [{ name: 'J. de Vries (Lindenhouts Belang)' }],
      })
    ).id;
    ids.commitment = (
      await createAgreement(opened.db, inCouncil, {
        kind: 'commitment',
        text: 'De wethouder stuurt de raad vóór de zomer een Raadsgeheim-notitie over speeltuinen',
        party: 'college',
        portfolioHolder: 'wethouder A. Bakker',
        meetingId: raad.id,
        dueDate: '2099-06-30',
      })
    ).id;
    const ctx: AppContext = { db: opened.db, engine: opened.engine, organisation: vng };
    installation = await buildInstallation({ ctx });
    base = await installation.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await installation?.close();
    await cleanup?.();
  });

  it('serves the default organisation at / and the council under /o/{slug}/', async () => {
    expect(await text('/moties')).toContain('Verenigingsgeheim');
    const councilMotions = await text('/o/lindenhout/moties');
    expect(councilMotions).toContain('Raadsgeheim');
    expect(councilMotions).toContain('Gemeenteraad van Lindenhout');
    // Links on the council's pages stay under its path.
    expect(councilMotions).toContain(`href="/o/lindenhout/moties/${ids.councilMotion}"`);
    const bare = await get('/o/lindenhout');
    expect(bare.status).toBe(308);
    expect(bare.headers.get('location')).toBe('/o/lindenhout/');
    expect((await get('/o/bestaat-niet/moties')).status).toBe(404);
  });

  it('serves a renamed organisation under its new name at once, without a restart', async () => {
    // Both servers are built (earlier requests); the admin workspace renames through this repository.
    expect(await text('/o/lindenhout/')).toContain('Gemeenteraad van Lindenhout');
    expect(await text('/')).toContain('Vereniging van Nederlandse Gemeenten');
    await updateOrganisationProfile(db, { id: council.id, name: 'Raad van Lindenhout', actor: SYSTEM_ACTOR });
    expect(await text('/o/lindenhout/moties')).toContain('Raad van Lindenhout');
    const vng = (
      await db.selectFrom('organisations').select('id').where('slug', '=', 'vng').executeTakeFirstOrThrow()
    ).id;
    await updateOrganisationProfile(db, { id: vng, name: 'VNG (hernoemd)', actor: SYSTEM_ACTOR });
    expect(await text('/moties')).toContain('VNG (hernoemd)');
    await updateOrganisationProfile(db, {
      id: vng,
      name: 'Vereniging van Nederlandse Gemeenten',
      actor: SYSTEM_ACTOR,
    });
    await updateOrganisationProfile(db, {
      id: council.id,
      name: 'Gemeenteraad van Lindenhout',
      actor: SYSTEM_ACTOR,
    });
    expect(await text('/o/lindenhout/moties')).toContain('Gemeenteraad van Lindenhout');
  });

  it('shows nothing of one organisation in the other, in the portal', async () => {
    for (const path of ['/', '/moties', '/afspraken', '/vergaderingen', '/zoeken?q=geheim'])
      expect(await text(path), path).not.toContain('Raadsgeheim');
    for (const path of ['/', '/moties', '/afspraken', '/vergaderingen', '/zoeken?q=geheim'])
      expect(await text(`/o/lindenhout${path}`), path).not.toContain('Verenigingsgeheim');
    expect((await get(`/o/lindenhout/moties/${ids.vngMotion}`)).status).toBe(404);
    expect((await get(`/o/lindenhout/afspraken/${ids.vngAgreement}`)).status).toBe(404);
    expect((await get(`/moties/${ids.councilMotion}`)).status).toBe(404);
    expect((await get(`/afspraken/${ids.commitment}`)).status).toBe(404);
  });

  it('shows nothing of one organisation in the other, in the API', async () => {
    const councilMotions = (await (await get('/o/lindenhout/api/v1/moties')).json()) as Listed;
    expect(JSON.stringify(councilMotions)).toContain('Raadsgeheim');
    expect(JSON.stringify(councilMotions)).not.toContain('Verenigingsgeheim');
    const vngMotions = (await (await get('/api/v1/moties')).json()) as Listed;
    expect(JSON.stringify(vngMotions)).not.toContain('Raadsgeheim');
    const councilAgreements = await (await get('/o/lindenhout/api/v1/afspraken')).text();
    expect(councilAgreements).toContain('Raadsgeheim');
    expect(councilAgreements).not.toContain('Verenigingsgeheim');
    expect((await get(`/o/lindenhout/api/v1/moties/${ids.vngMotion}`)).status).toBe(404);
    expect((await get(`/api/v1/moties/${ids.councilMotion}`)).status).toBe(404);
    expect((await get(`/api/v1/afspraken/${ids.commitment}`)).status).toBe(404);
    // Paging links point into the council's own API.
    expect((await get('/o/lindenhout/api/v1/moties')).headers.get('link')).toContain(
      '</o/lindenhout/api/v1/moties',
    );
    // So do the links in the answers: following one stays with the council, a problem names its own address.
    const self = councilMotions.resultaten[0]._links.self.href;
    expect(self).toBe(`/o/lindenhout/api/v1/moties/${ids.councilMotion}`);
    expect(councilMotions._links.first?.href).toMatch(/^\/o\/lindenhout\/api\/v1\/moties\?/);
    expect(((await (await get(self)).json()) as { titel: string }).titel).toBe(
      'Motie Raadsgeheim speeltuinen',
    );
    const missing = (await (await get(`/o/lindenhout/api/v1/moties/${ids.vngMotion}`)).json()) as {
      instance: string;
    };
    expect(missing.instance).toBe(`/o/lindenhout/api/v1/moties/${ids.vngMotion}`);
    const spec = (await (await get('/o/lindenhout/api/v1/openapi.json')).json()) as {
      servers: { url: string }[];
    };
    expect(spec.servers[0].url).toBe('/o/lindenhout/api/v1');
    // At the root nothing changes.
    expect(vngMotions.resultaten[0]._links.self.href).toBe(`/api/v1/moties/${ids.vngMotion}`);
  });

  it('serves an organisation at / for a host name in its settings', async () => {
    await updateOrganisationSettings(db, {
      id: council.id,
      settings: { ...council.settings, hosts: ['raad.lindenhout.test'] },
      actor: SYSTEM_ACTOR,
    });
    // fetch may not set Host; a plain HTTP request may.
    const page = await new Promise<string>((resolve, reject) => {
      const url = new URL(`${base}/moties`);
      const request = httpRequest(
        { host: url.hostname, port: url.port, path: url.pathname, headers: { host: 'raad.lindenhout.test' } },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            body += chunk;
          });
          response.on('end', () => resolve(body));
        },
      );
      request.on('error', reject);
      request.end();
    });
    expect(page).toContain('Raadsgeheim');
    expect(page).not.toContain('Verenigingsgeheim');
  });

  it("speaks the council's words on its pages: no association word", async () => {
    for (const path of ['/', '/moties', '/afspraken', '/vergaderingen', `/moties/${ids.councilMotion}`]) {
      const html = await text(`/o/lindenhout${path}`);
      const visible = html
        .replace(/<head>[\s\S]*?<\/head>/, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&[a-z]+;/g, ' ');
      for (const word of ASSOCIATION_ONLY_WORDS)
        expect(visible, `${path}: "${word}"`).not.toMatch(
          new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u'),
        );
    }
    const home = await text('/o/lindenhout/');
    expect(home).toContain('Toezeggingen');
    expect(home).toContain('wethouder A. Bakker');
    expect(home).toContain('college');
  });

  it('refuses a second organisation with the same slug, a bad slug and an unknown kind, in Dutch', async () => {
    const attempt = (input: { kind: string; name: string; slug: string }) =>
      createOrganisationOfKind(db, { ...input, actor: SYSTEM_ACTOR }).then(
        () => null,
        (error: unknown) => error,
      );
    const taken = await attempt({ kind: 'waterschap', name: 'Waterschap', slug: 'lindenhout' });
    expect(taken).toBeInstanceOf(ServiceError);
    expect((taken as ServiceError).message).toBe('Er is al een organisatie met de korte naam "lindenhout".');
    expect(((await attempt({ kind: 'raad', name: 'X', slug: 'x-y' })) as ServiceError).param).toBe('soort');
    expect(
      ((await attempt({ kind: 'gemeenteraad', name: 'X', slug: 'Met Spatie' })) as ServiceError).param,
    ).toBe('slug');
    expect(((await attempt({ kind: 'gemeenteraad', name: '  ', slug: 'leeg' })) as ServiceError).param).toBe(
      'naam',
    );
    const organisations = await db.selectFrom('organisations').select('slug').orderBy('slug').execute();
    expect(organisations.map((o) => o.slug)).toEqual(['lindenhout', 'vng']);
    const created = await db
      .selectFrom('audit_events')
      .select(['action', 'organisation_id'])
      .where('action', '=', 'organisation.created')
      .execute();
    expect(created).toHaveLength(2);
  });
});
