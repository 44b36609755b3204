import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context.js';
import { hashPassword } from '../../src/auth/index.js';
import { buildServer } from '../../src/server.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { issueApiToken } from '../../src/services/users/issue-api-token.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { upsertMembers } from '../../src/store/repositories/members.js';
import { listRemoteVotes } from '../../src/store/repositories/remote-votes.js';
import { createUser } from '../../src/store/repositories/users.js';
import { ENGINES, openTestDatabase } from '../support/engines.js';
import { addUser, PASSWORD, signIn } from '../web/fixtures.js';

const HOME = '/beheer/raadplegingen';

/** Opening a ledenraadpleging through the staff form and the API (issue 12, point 7), on 30 November 2026. */
describe.each(ENGINES)(
  'the bureau opens a ledenraadpleging through the form and the API, on %s',
  (engine) => {
    let cleanup: () => Promise<void>;
    let ctx: AppContext;
    let app: FastifyInstance;
    let token = '';
    let assembly = '';
    let formVoteId = '';
    let apiVoteId = '';
    let now = new Date('2026-11-30T09:00:00.000Z');

    beforeAll(async () => {
      const opened = await openTestDatabase(engine);
      cleanup = opened.cleanup;
      const organisation = await ensureOrganisation(opened.db);
      ctx = { db: opened.db, engine: opened.engine, organisation, clock: { now: () => now } };
      const w: WriteContext = { organisationId: organisation.id, actor: SYSTEM_ACTOR };
      await upsertMembers(ctx.db, w, [
        { code: 'GM0344', name: 'Utrecht', province: 'Utrecht', inhabitants: 374000 },
        { code: 'GM0889', name: 'Beesel', province: 'Limburg', inhabitants: 13500 },
      ]);
      const members = await ctx.db.selectFrom('members').select(['id', 'name']).execute();
      for (const m of members)
        await createUser(ctx.db, w, {
          email: `griffie@${m.name.toLowerCase()}.example`,
          name: `Griffie ${m.name}`,
          role: 'member',
          memberId: m.id,
          passwordHash: await hashPassword(PASSWORD),
        });
      assembly = (await createMeeting(ctx.db, w, { kind: 'alv', title: 'ALV december', date: '2026-12-17' }))
        .id;
      const staffId = await addUser(ctx, 'staff', 'bureau@vng.example');
      token = (await issueApiToken({ db: ctx.db, writer: w, userId: staffId })).token;
      app = await buildServer({ ctx });
    }, 180_000);
    afterAll(async () => {
      await app?.close();
      await cleanup?.();
    });

    const count = async (table: 'remote_votes' | 'outbox_messages' | 'audit_events') =>
      Number(
        (
          await ctx.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .where('organisation_id', '=', ctx.organisation.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const api = (body: object) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/raadplegingen',
        headers: { authorization: `Bearer ${token}` },
        payload: body,
      });

    it('opens one through the staff form, refusing a reversed period, and queues an invitation per member account', async () => {
      const bureau = await signIn(app, 'bureau@vng.example');
      expect((await bureau.get('/beheer')).body).toContain(`href="${HOME}"`);
      expect((await bureau.get(HOME)).body).toContain('Ledenraadpleging openen');
      const before = [
        await count('remote_votes'),
        await count('outbox_messages'),
        await count('audit_events'),
      ];
      const fields = {
        onderwerp: 'Cao gemeenten 2027',
        alternatieven: '',
        vanaf: '2026-12-10',
        tot: '2026-12-01',
        vergadering: assembly,
      };
      const bad = await bureau.post(HOME, HOME, fields);
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('De laatste dag ligt vóór de eerste dag van de raadpleging.');
      const noMeeting = await bureau.post(HOME, HOME, {
        ...fields,
        vanaf: '2026-12-01',
        vergadering: 'onzin',
      });
      expect(noMeeting.statusCode).toBe(400);
      expect(noMeeting.body).toContain('Kies de vergadering die de uitslag bekrachtigt.');
      expect([
        await count('remote_votes'),
        await count('outbox_messages'),
        await count('audit_events'),
      ]).toEqual(before);

      const ok = await bureau.post(HOME, HOME, { ...fields, vanaf: '2026-12-01', tot: '2026-12-10' });
      expect(ok.statusCode).toBe(303);
      const location = String(ok.headers.location);
      expect(location).toMatch(/^\/raadplegingen\/[0-9a-f-]{36}/);
      formVoteId = location.split('/')[2].split('?')[0];
      const remotes = await listRemoteVotes(ctx.db, ctx.organisation.id);
      expect(remotes).toMatchObject([
        { id: formVoteId, opensOn: '2026-12-01', closesOn: '2026-12-10', ratificationMeetingId: assembly },
      ]);
      const mail = await ctx.db
        .selectFrom('outbox_messages')
        .select(['recipient_email', 'kind', 'subject', 'body_text'])
        .where('entity_id', '=', formVoteId)
        .orderBy('recipient_email')
        .execute();
      expect(mail.map((m) => [m.recipient_email, m.kind])).toEqual([
        ['griffie@beesel.example', 'remote-vote.opened'],
        ['griffie@utrecht.example', 'remote-vote.opened'],
      ]);
      expect(mail[0].subject).toBe('Ledenraadpleging: Cao gemeenten 2027');
      expect(mail[0].body_text).toContain(`/mijn/raadplegingen/${formVoteId}`);
      const audit = await ctx.db
        .selectFrom('audit_events')
        .select('action')
        .where('entity_id', '=', formVoteId)
        .execute();
      expect(audit.map((a) => a.action)).toEqual(
        expect.arrayContaining(['vote.created', 'vote.remote-opened']),
      );
    });

    it('opens one through the API, with alternatives; bad input is a problem+json 400 and changes nothing', async () => {
      const before = [await count('remote_votes'), await count('outbox_messages')];
      const body = {
        onderwerp: 'Keuze voor het nieuwe bestuursmodel',
        alternatieven: ['Model A', 'Model B'],
        vanaf: '2026-12-01',
        tot: '2026-12-10',
        vergadering: assembly,
      };
      for (const bad of [
        { ...body, tot: '2026-11-20' },
        { ...body, alternatieven: ['Model A', 'model a'] },
        { ...body, vergadering: '00000000-0000-4000-8000-000000000000' },
        { ...body, vanaf: 'morgen' },
      ]) {
        const res = await api(bad);
        expect(res.statusCode, JSON.stringify(bad)).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
      expect([await count('remote_votes'), await count('outbox_messages')]).toEqual(before);

      const res = await api(body);
      expect(res.statusCode).toBe(201);
      const created = res.json();
      apiVoteId = created.id;
      expect(created).toMatchObject({
        onderwerp: 'Keuze voor het nieuwe bestuursmodel',
        vanaf: '2026-12-01',
        tot: '2026-12-10',
        vergadering: assembly,
        uitgenodigd: 2,
        alternatieven: [
          { sleutel: 'a1', label: 'Model A' },
          { sleutel: 'a2', label: 'Model B' },
          { sleutel: 'against', label: 'tegen' },
          { sleutel: 'abstain', label: 'onthouding' },
        ],
      });
      expect(await count('outbox_messages')).toBe(before[1] + 2);
      const anonymous = await app.inject({ method: 'POST', url: '/api/v1/raadplegingen', payload: body });
      expect(anonymous.statusCode).toBe(401);
    });

    it("shows the ratification on the assembly's public page, linking to the remote vote", async () => {
      const page = await app.inject({ method: 'GET', url: `/vergaderingen/${assembly}` });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Bekrachtiging ledenraadpleging:');
      expect(page.body).toContain(`href="/raadplegingen/${formVoteId}"`);
      expect(page.body).toContain('Cao gemeenten 2027');
    });

    it('lets a member vote within the period, not before', async () => {
      const utrecht = await signIn(app, 'griffie@utrecht.example');
      const url = `/mijn/raadplegingen/${formVoteId}`;
      // Before the first day the workspace shows the vote without a ballot form.
      const early = await utrecht.get(url);
      expect(early.statusCode).toBe(200);
      expect(early.body).not.toContain(`action="${url}"`);
      now = new Date('2026-12-02T10:00:00.000Z');
      const cast = await utrecht.post(url, url, { keuze: 'for' });
      expect(cast.statusCode).toBe(303);
      const view = await app.inject({ method: 'GET', url: `/raadplegingen/${formVoteId}` });
      expect(view.body).toContain('1 van 2 gemeenten heeft gestemd');

      // A ballot with alternatives: the member chooses one of them.
      const alt = `/mijn/raadplegingen/${apiVoteId}`;
      expect((await utrecht.get(alt)).body).toContain('Model B');
      expect((await utrecht.post(alt, alt, { keuze: 'for' })).statusCode).toBe(400);
      expect((await utrecht.post(alt, alt, { keuze: 'a2' })).statusCode).toBe(303);
      const ballot = await ctx.db
        .selectFrom('ballots')
        .select('choice')
        .where('vote_id', '=', apiVoteId)
        .executeTakeFirstOrThrow();
      expect(ballot.choice).toBe('a2');
    });
  },
);
