import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context.js';
import { buildServer } from '../../src/server.js';
import { councilRoll, openSeatVote, recordCouncilAttendance } from '../../src/services/council/seat-vote.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { createOrganisationOfKind } from '../../src/services/organisations/create-organisation.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import { listCouncilPeople, listFactions, listMemberships } from '../../src/store/repositories/council.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { createMotion } from '../../src/store/repositories/motions.js';
import { expectNoAxeViolations } from '../e2e/browser-session.js';
import { launchChromium } from '../support/browser.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';
import { addUser, PASSWORD, signIn } from '../web/fixtures.js';

const HOME = '/beheer/fracties';
const TERM = '2026-03-30';

/** The griffie enters a new council's factions and members through the staff forms, then the council votes. */
describe.each(ENGINES)(
  'the griffie enters factions and council members through the staff forms, on %s',
  (engine) => {
    let cleanup: () => Promise<void>;
    let ctx: AppContext;
    let app: FastifyInstance;
    let association: FastifyInstance;
    let w: WriteContext;

    beforeAll(async () => {
      const opened = await openTestDatabase(engine);
      cleanup = opened.cleanup;
      const vng = await ensureOrganisation(opened.db, 'vng');
      const council = await createOrganisationOfKind(opened.db, {
        kind: 'gemeenteraad',
        name: 'Gemeenteraad Beekdal',
        slug: 'beekdal',
        actor: SYSTEM_ACTOR,
      });
      ctx = { db: opened.db, engine: opened.engine, organisation: council };
      w = { organisationId: council.id, actor: SYSTEM_ACTOR };
      app = await buildServer({ ctx });
      association = await buildServer({ ctx: { ...ctx, organisation: vng } });
      await addUser(ctx, 'staff', 'griffie@beekdal.example');
      await addUser({ ...ctx, organisation: vng }, 'staff', 'bureau@vng.example');
    }, 180_000);
    afterAll(async () => {
      await app?.close();
      await association?.close();
      await cleanup?.();
    });

    const org = () => ctx.organisation.id;
    const auditCount = async () =>
      Number(
        (
          await ctx.db
            .selectFrom('audit_events')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('organisation_id', '=', org())
            .executeTakeFirstOrThrow()
        ).n,
      );
    const snapshot = async () => ({
      factions: await listFactions(ctx.db, org()),
      people: await listCouncilPeople(ctx.db, org()),
      memberships: await listMemberships(ctx.db, org()),
      audits: await auditCount(),
    });
    const factionId = async (shortName: string) =>
      (await listFactions(ctx.db, org())).find((f) => f.shortName === shortName)!.id;
    const personId = async (name: string) =>
      (await listCouncilPeople(ctx.db, org())).find((p) => p.name === name)!.id;

    it('adds two factions and three members to an empty council; the public page shows them with seats', async () => {
      const griffie = await signIn(app, 'griffie@beekdal.example');
      expect((await griffie.get('/beheer')).body).toContain(`href="${HOME}"`);
      const empty = await griffie.get(HOME);
      expect(empty.statusCode).toBe(200);
      expect(empty.body).toContain('Er is nog geen fractie.');
      expect(empty.body).toContain('Fractie toevoegen');

      for (const [name, short] of [
        ['Beekdal Vooruit', 'BV'],
        ['Groen Beekdal', 'GB'],
      ]) {
        const added = await griffie.post(HOME, `${HOME}/fractie`, {
          fractieNaam: name!,
          afkorting: short!,
          zittingsperiode: TERM,
        });
        expect(added.statusCode).toBe(303);
        expect(added.headers.location).toBe(`${HOME}?melding=fractie-toegevoegd`);
      }
      const bv = await factionId('BV');
      const gb = await factionId('GB');
      for (const [name, faction] of [
        ['A. de Wit', bv],
        ['B. Jansen', bv],
        ['C. Pieters', gb],
      ]) {
        const added = await griffie.post(HOME, `${HOME}/raadslid`, {
          persoonNaam: name!,
          rol: 'member',
          fractie: faction!,
          vanaf: TERM,
        });
        expect(added.statusCode).toBe(303);
        expect(added.headers.location).toBe(`${HOME}?melding=raadslid-toegevoegd`);
      }
      const people = await listCouncilPeople(ctx.db, org());
      expect(people.map((p) => [p.name, p.role, p.fromDate])).toEqual([
        ['A. de Wit', 'member', TERM],
        ['B. Jansen', 'member', TERM],
        ['C. Pieters', 'member', TERM],
      ]);
      const actions = await ctx.db
        .selectFrom('audit_events')
        .select(['action'])
        .where('organisation_id', '=', org())
        .execute();
      expect(actions.filter((a) => a.action === 'faction.created')).toHaveLength(2);
      expect(actions.filter((a) => a.action === 'council-person.created')).toHaveLength(3);
      expect(actions.filter((a) => a.action === 'faction-membership.started')).toHaveLength(3);

      const staff = await griffie.get(`${HOME}?melding=raadslid-toegevoegd`);
      expect(staff.body).toContain('De persoon is aan de raad toegevoegd.');
      expect(staff.body).toMatch(/<td>Beekdal Vooruit<\/td><td>BV<\/td><td class="mm-num">2<\/td>/);
      expect(staff.body).toMatch(/<td>C\. Pieters<\/td><td>raadslid<\/td><td>Groen Beekdal<\/td>/);

      const pub = await app.inject({ method: 'GET', url: '/fracties' });
      expect(pub.statusCode).toBe(200);
      expect(pub.body).toMatch(
        /Beekdal Vooruit<\/a><\/td><td class="mm-num">2<\/td><td>A\. de Wit, B\. Jansen<\/td>/,
      );
      expect(pub.body).toMatch(/Groen Beekdal<\/a><\/td><td class="mm-num">1<\/td><td>C\. Pieters<\/td>/);
    });

    it('refuses bad input with a Dutch message and writes nothing', async () => {
      const griffie = await signIn(app, 'griffie@beekdal.example');
      const before = await snapshot();
      const cases: [string, Record<string, string>, string][] = [
        [
          'fractie',
          { fractieNaam: '', afkorting: 'X', zittingsperiode: TERM },
          'Vul de naam van de fractie in.',
        ],
        [
          'fractie',
          { fractieNaam: 'Dubbel', afkorting: 'bv', zittingsperiode: TERM },
          'Er is al een fractie BV',
        ],
        [
          'fractie',
          { fractieNaam: 'Nieuw', afkorting: 'N', zittingsperiode: '2026-02-30' },
          'Vul de begindatum van de zittingsperiode in als een geldige datum',
        ],
        ['raadslid', { persoonNaam: '  ', rol: 'member', fractie: '', vanaf: TERM }, 'Vul de naam in.'],
        [
          'raadslid',
          { persoonNaam: 'D. Onbekend', rol: 'member', fractie: 'geen-fractie', vanaf: TERM },
          `Kies een fractie die op ${TERM} in de raad zit.`,
        ],
        [
          'raadslid',
          { persoonNaam: 'D. Onbekend', rol: 'koning', fractie: '', vanaf: TERM },
          'Kies raadslid, wethouder of burgemeester.',
        ],
        [
          'raadslid',
          { persoonNaam: 'D. Onbekend', rol: 'member', fractie: '', vanaf: '30-03-2026' },
          'Vul de datum vanaf in als een geldige datum',
        ],
        [
          'wissel',
          { persoon: 'onbekend', datum: '2026-09-01', naarFractie: '' },
          'Kies het raadslid dat van fractie wisselt.',
        ],
        [
          'wissel',
          { persoon: await personId('C. Pieters'), datum: TERM, naarFractie: '' },
          'Deze wijziging van het fractielidmaatschap is niet mogelijk.',
        ],
        [
          'wissel',
          { persoon: await personId('C. Pieters'), datum: '2026-09-01', naarFractie: 'onzin' },
          'Kies een fractie die op 2026-09-01 in de raad zit.',
        ],
      ];
      for (const [path, fields, message] of cases) {
        const refused = await griffie.post(HOME, `${HOME}/${path}`, fields);
        expect(refused.statusCode, `${path} ${message}`).toBe(400);
        expect(refused.body).toContain(message);
        expect(refused.body).toContain('niets is opgeslagen');
      }
      expect(await snapshot()).toEqual(before);
    });

    it('records a member leaving a faction to sit alone, keeping the old membership as history', async () => {
      const griffie = await signIn(app, 'griffie@beekdal.example');
      const pieters = await personId('C. Pieters');
      const changed = await griffie.post(HOME, `${HOME}/wissel`, {
        persoon: pieters,
        datum: '2026-09-01',
        naarFractie: '',
        reden: 'Onenigheid over de begroting',
      });
      expect(changed.statusCode).toBe(303);
      expect(changed.headers.location).toBe(`${HOME}?melding=fractiewissel-vastgelegd`);
      const own = (await listMemberships(ctx.db, org())).filter((m) => m.personId === pieters);
      expect(own).toHaveLength(1);
      expect(own[0]).toMatchObject({
        factionId: await factionId('GB'),
        fromDate: TERM,
        untilDate: '2026-09-01',
        endReason: 'Onenigheid over de begroting',
      });
    });

    it('opens a vote by seats with those members once half plus one are present', async () => {
      const meeting = await createMeeting(ctx.db, w, {
        kind: 'council-meeting',
        title: 'Raadsvergadering 1 oktober 2026',
        date: '2026-10-01',
      });
      const motion = await createMotion(ctx.db, w, {
        number: 'M2026-01',
        title: 'Motie over het beekherstel',
        status: 'submitted',
        meetingId: meeting.id,
        submitters: [],
      });
      const roll = await councilRoll(ctx.db, org(), meeting.id);
      expect(roll.seats).toBe(3);
      expect(roll.quorum).toBe(2);
      const byName = new Map(roll.members.map((m) => [m.name, m]));
      expect(byName.get('A. de Wit')!.factionId).toBe(await factionId('BV'));
      expect(byName.get('C. Pieters')!.factionId).toBeNull();

      const open = () =>
        openSeatVote({
          db: ctx.db,
          writer: w,
          meetingId: meeting.id,
          motionId: motion.id,
          subject: motion.title,
        });
      await recordCouncilAttendance({
        db: ctx.db,
        writer: w,
        meetingId: meeting.id,
        personIds: [byName.get('A. de Wit')!.id],
      });
      await expect(open()).rejects.toMatchObject({ code: 'no_quorum' });
      await recordCouncilAttendance({
        db: ctx.db,
        writer: w,
        meetingId: meeting.id,
        personIds: [byName.get('A. de Wit')!.id, byName.get('C. Pieters')!.id],
      });
      const vote = await open();
      expect(vote.status).toBe('open');

      // The public page of the term now shows the member who left as sitting alone.
      const pub = await app.inject({ method: 'GET', url: '/fracties' });
      expect(pub.body).toMatch(/Groen Beekdal<\/a><\/td><td class="mm-num">0<\/td>/);
      expect(pub.body).toMatch(/Zonder [^<]*<\/h2><ul><li>C\. Pieters<\/li>/);
    });

    it('does not exist for an association', async () => {
      const bureau = await signIn(association, 'bureau@vng.example');
      expect((await bureau.get('/beheer')).body).not.toContain(`href="${HOME}"`);
      expect((await bureau.get(HOME)).statusCode).toBe(404);
      const audits = await auditCount();
      const viaAssociation = await bureau.post('/beheer', `${HOME}/fractie`, {
        fractieNaam: 'Ledenfractie',
        afkorting: 'LF',
        zittingsperiode: TERM,
      });
      expect(viaAssociation.statusCode).toBe(404);
      expect(await auditCount()).toBe(audits);
    });

    it('is axe clean, also with the error summary and the messages next to the fields', async () => {
      const base = await app.listen({ host: '127.0.0.1', port: 0 });
      const browser = await launchChromium();
      try {
        const page = await (await browser.newContext({ baseURL: base })).newPage();
        await page.goto('/inloggen');
        await page.getByLabel('E-mailadres').fill('griffie@beekdal.example');
        await page.getByLabel('Wachtwoord').fill(PASSWORD);
        await page.getByRole('button', { name: 'Inloggen' }).click();
        await page.waitForURL('**/beheer');
        await page.goto(HOME);
        await expectNoAxeViolations(page);
        await page.getByRole('button', { name: 'Fractie toevoegen' }).click();
        await page.getByText('Vul de naam van de fractie in.').first().waitFor();
        await expectNoAxeViolations(page);
      } finally {
        await browser.close();
      }
    }, 120_000);
  },
);
