import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Action, can, type Principal, type Resource } from '../../src/auth/index.js';
import { registerDeparture, registerPresence } from '../../src/services/assembly/attendance.js';
import { openVote } from '../../src/services/votes/move-vote.js';
import { prepareVote } from '../../src/services/votes/prepare-vote.js';
import { listBallots } from '../../src/store/repositories/votes.js';
import { ENGINES } from '../support/engines.js';
import { type Harness, startHarness, type TestRole } from './support/harness.js';
import { fixtures } from './support/matrix-fixtures.js';
import {
  MARKERS,
  type Marker,
  type ReadFixtures,
  readFixtures,
  visibleMarkers,
  visibleOpenBallots,
} from './support/read-fixtures.js';
import { type Outcome, PAGE_READS, READ_OPS, type Variant } from './support/read-ops.js';

type Op = {
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** The path template as in the OpenAPI document. */
  path: string;
  action: Action;
  /** Whose record it is, for 'own-member' policies (given the caller's member). */
  resource?: (callerMember: string | null, h: Harness) => Resource;
  setup: (
    f: ReturnType<typeof fixtures>,
    h: Harness,
  ) => Promise<{ url: string; body?: object | string; headers?: Record<string, string> }>;
};

const gouda = (_: string | null, h: Harness): Resource => ({ memberIds: [h.members.gouda] });
const own = (m: string | null): Resource => ({ memberIds: [m] });

/** Every write operation of the API, with fresh state per call. */
const OPS: Op[] = [
  {
    method: 'POST',
    path: '/moties',
    action: 'motion.create',
    resource: gouda,
    setup: async (_f, h) => ({ url: '/moties', body: { titel: 'M', indieners: [{ lid: h.members.gouda }] } }),
  },
  {
    method: 'PATCH',
    path: '/moties/{id}',
    action: 'motion.update',
    resource: gouda,
    setup: async (f) => ({ url: `/moties/${await f.motion('submitted')}`, body: { onderwerp: 'Nieuw' } }),
  },
  {
    method: 'POST',
    path: '/moties/{id}/indienen',
    action: 'motion.submit',
    resource: gouda,
    setup: async (f) => ({ url: `/moties/${await f.motion('postponed')}/indienen` }),
  },
  {
    method: 'POST',
    path: '/moties/{id}/intrekken',
    action: 'motion.withdraw',
    resource: gouda,
    setup: async (f) => ({ url: `/moties/${await f.motion('submitted')}/intrekken` }),
  },
  {
    method: 'POST',
    path: '/moties/{id}/uitstellen',
    action: 'motion.postpone',
    setup: async (f) => ({ url: `/moties/${await f.motion('submitted')}/uitstellen` }),
  },
  {
    method: 'POST',
    path: '/moties/{id}/stemuitslag',
    action: 'motion.recordVote',
    setup: async (f) => ({
      url: `/moties/${await f.motion('submitted')}/stemuitslag`,
      body: { uitkomst: 'aangenomen', percentage: 75 },
    }),
  },
  {
    method: 'POST',
    path: '/moties/{id}/mede-indienen',
    action: 'motion.cosign',
    resource: (_m, h) => ({ memberIds: [h.members.delft] }),
    setup: async (f, h) => ({
      url: `/moties/${await f.motion('submitted')}/mede-indienen`,
      body: { lid: h.members.delft },
    }),
  },
  {
    method: 'POST',
    path: '/moties/{id}/delen',
    action: 'motion.addPart',
    setup: async (f) => ({ url: `/moties/${await f.motion('draft')}/delen`, body: { tekst: 'Deel' } }),
  },
  {
    method: 'PATCH',
    path: '/moties/{id}/delen/{deelId}',
    action: 'motion.addPart',
    setup: async (f) => {
      const m = await f.motion('draft');
      return { url: `/moties/${m}/delen/${await f.part(m)}`, body: { tekst: 'Anders' } };
    },
  },
  {
    method: 'POST',
    path: '/moties/{id}/delen/{deelId}/stemuitslag',
    action: 'motion.recordVote',
    setup: async (f) => {
      const m = await f.motion('submitted');
      return { url: `/moties/${m}/delen/${await f.part(m)}/stemuitslag`, body: { uitkomst: 'aangenomen' } };
    },
  },
  {
    method: 'POST',
    path: '/moties/{id}/amendementen',
    action: 'amendment.create',
    resource: own,
    setup: async (f) => ({
      url: `/moties/${await f.motion('submitted')}/amendementen`,
      body: { titel: 'A', tekst: 'B' },
    }),
  },
  {
    method: 'POST',
    path: '/moties/{id}/preadviezen',
    action: 'preAdvice.create',
    setup: async (f) => ({
      url: `/moties/${await f.motion('submitted')}/preadviezen`,
      body: { advies: 'overnemen' },
    }),
  },
  {
    method: 'POST',
    path: '/verantwoordingsrondes',
    action: 'round.open',
    setup: async (f) => ({
      url: '/verantwoordingsrondes',
      body: { vergadering: await f.meeting('2031-01-01') },
    }),
  },
  {
    method: 'PATCH',
    path: '/verantwoordingsrondes/{id}',
    action: 'round.open',
    setup: async (f) => ({
      url: `/verantwoordingsrondes/${(await f.round('open')).id}`,
      body: { titel: 'T' },
    }),
  },
  {
    method: 'PUT',
    path: '/verantwoordingsrondes/{id}/verantwoordingen/{verantwoordingId}',
    action: 'entry.write',
    setup: async (f) => {
      const r = await f.round('open');
      return {
        url: `/verantwoordingsrondes/${r.id}/verantwoordingen/${r.entry}`,
        body: { tekst: 'T', voorstel: 'afdoen' },
      };
    },
  },
  {
    method: 'POST',
    path: '/verantwoordingsrondes/{id}/verantwoordingen/{verantwoordingId}/goedkeuren',
    action: 'entry.approve',
    setup: async (f) => {
      const r = await f.round('written');
      return { url: `/verantwoordingsrondes/${r.id}/verantwoordingen/${r.entry}/goedkeuren` };
    },
  },
  {
    method: 'POST',
    path: '/verantwoordingsrondes/{id}/goedkeuren',
    action: 'round.approve',
    setup: async (f) => ({ url: `/verantwoordingsrondes/${(await f.round('written')).id}/goedkeuren` }),
  },
  {
    method: 'POST',
    path: '/verantwoordingsrondes/{id}/besluit',
    action: 'round.decide',
    setup: async (f) => ({
      url: `/verantwoordingsrondes/${(await f.round('approved', { held: true })).id}/besluit`,
      body: { volgVoorstellen: true },
    }),
  },
  {
    method: 'POST',
    path: '/verantwoordingsrondes/{id}/stemuitslag',
    action: 'round.decide',
    setup: async (f) => ({
      url: `/verantwoordingsrondes/${(await f.round('approved', { held: true })).id}/stemuitslag`,
      body: { uitkomst: 'aangenomen', percentage: 97.63 },
    }),
  },
  {
    method: 'POST',
    path: '/verantwoordingsrondes/{id}/verantwoordingen',
    action: 'entry.write',
    setup: async (f) => {
      const r = await f.round('open');
      // Adopted after the round was opened: the completeness check finds it missing.
      const missing = await f.motion('adopted', { meetingId: await f.meeting('2020-01-15') });
      return { url: `/verantwoordingsrondes/${r.id}/verantwoordingen`, body: { moties: [missing] } };
    },
  },
  {
    method: 'POST',
    path: '/vergaderingen',
    action: 'meeting.write',
    setup: async () => ({ url: '/vergaderingen', body: { soort: 'alv', titel: 'ALV', datum: '2026-06-01' } }),
  },
  {
    method: 'PATCH',
    path: '/vergaderingen/{id}',
    action: 'meeting.write',
    setup: async (f) => ({ url: `/vergaderingen/${await f.meeting()}`, body: { plaats: 'Den Haag' } }),
  },
  {
    method: 'POST',
    path: '/vergaderingen/{id}/agendapunten',
    action: 'meeting.write',
    setup: async (f) => ({
      url: `/vergaderingen/${await f.meeting()}/agendapunten`,
      body: { nummer: '1', titel: 'Opening' },
    }),
  },
  {
    method: 'PATCH',
    path: '/vergaderingen/{id}/agendapunten/{agendapuntId}',
    action: 'meeting.write',
    setup: async (f) => {
      const m = await f.meeting();
      return {
        url: `/vergaderingen/${m}/agendapunten/${await f.agendaItem(m)}`,
        body: { titel: 'Sluiting' },
      };
    },
  },
  {
    method: 'POST',
    path: '/leden',
    action: 'member.write',
    setup: async (f) => ({ url: '/leden', body: { code: f.code(), naam: 'Nieuwegemeente', inwoners: 1000 } }),
  },
  {
    method: 'PATCH',
    path: '/leden/{id}',
    action: 'member.write',
    setup: async (_f, h) => ({ url: `/leden/${h.members.delft}`, body: { inwoners: 106_000 } }),
  },
  {
    method: 'POST',
    path: '/resoluties',
    action: 'resolution.write',
    setup: async () => ({ url: '/resoluties', body: { titel: 'R' } }),
  },
  {
    method: 'PATCH',
    path: '/resoluties/{id}',
    action: 'resolution.write',
    setup: async (f) => ({ url: `/resoluties/${await f.resolution()}`, body: { titel: 'R2' } }),
  },
  {
    method: 'POST',
    path: '/resoluties/{id}/stemuitslag',
    action: 'resolution.recordVote',
    setup: async (f) => {
      const r = await f.resolution();
      await f.version(r);
      return { url: `/resoluties/${r}/stemuitslag`, body: { uitkomst: 'aangenomen' } };
    },
  },
  {
    method: 'POST',
    path: '/resoluties/{id}/versies',
    action: 'resolution.write',
    setup: async (f) => ({ url: `/resoluties/${await f.resolution()}/versies`, body: { label: 'concept' } }),
  },
  {
    method: 'POST',
    path: '/resoluties/{id}/versies/{versieId}/publiceren',
    action: 'resolution.publishVersion',
    setup: async (f) => {
      const r = await f.resolution();
      return { url: `/resoluties/${r}/versies/${(await f.version(r)).id}/publiceren` };
    },
  },
  {
    method: 'POST',
    path: '/resoluties/{id}/versies/{versieId}/clausules',
    action: 'resolution.write',
    setup: async (f) => {
      const r = await f.resolution();
      return {
        url: `/resoluties/${r}/versies/${(await f.version(r)).id}/clausules`,
        body: { deel: 'dictum', soort: 'verzoekt', tekst: 'x' },
      };
    },
  },
  {
    method: 'PATCH',
    path: '/resoluties/{id}/versies/{versieId}/clausules/{clausuleId}',
    action: 'resolution.write',
    setup: async (f) => {
      const r = await f.resolution();
      const v = await f.version(r);
      return { url: `/resoluties/${r}/versies/${v.id}/clausules/${v.clauses[0].id}`, body: { tekst: 'y' } };
    },
  },
  {
    method: 'POST',
    path: '/afspraken',
    action: 'agreement.write',
    setup: async () => ({ url: '/afspraken', body: { tekst: 'A' } }),
  },
  {
    method: 'PATCH',
    path: '/afspraken/{id}',
    action: 'agreement.write',
    setup: async (f) => ({ url: `/afspraken/${await f.agreement()}`, body: { partij: 'Rijk' } }),
  },
  {
    method: 'POST',
    path: '/afspraken/{id}/status',
    action: 'agreement.changeStatus',
    setup: async (f) => ({ url: `/afspraken/${await f.agreement()}/status`, body: { status: 'nagekomen' } }),
  },
  {
    method: 'POST',
    path: '/overleggen',
    action: 'consultation.write',
    setup: async () => ({ url: '/overleggen', body: { titel: 'O', datum: '2025-01-01' } }),
  },
  {
    method: 'PATCH',
    path: '/overleggen/{id}',
    action: 'consultation.write',
    setup: async (f) => ({ url: `/overleggen/${await f.consultation()}`, body: { titel: 'O2' } }),
  },
  {
    method: 'POST',
    path: '/ledenbrieven',
    action: 'letter.write',
    setup: async () => ({ url: '/ledenbrieven', body: { onderwerp: 'B' } }),
  },
  {
    method: 'PATCH',
    path: '/ledenbrieven/{id}',
    action: 'letter.write',
    setup: async (f) => ({ url: `/ledenbrieven/${await f.letter()}`, body: { onderwerp: 'B2' } }),
  },
  {
    method: 'POST',
    path: '/ledenbrieven/{id}/bijlagen',
    action: 'letter.write',
    setup: async (f) => ({ url: `/ledenbrieven/${await f.letter()}/bijlagen`, body: { titel: 'Bijlage' } }),
  },
  {
    method: 'PATCH',
    path: '/documenten/{id}',
    action: 'document.write',
    setup: async (f) => ({ url: `/documenten/${await f.document()}`, body: { titel: 'D' } }),
  },
  {
    method: 'POST',
    path: '/stemmingen',
    action: 'vote.write',
    setup: async (f) => ({ url: '/stemmingen', body: { vergadering: await f.meeting(), onderwerp: 'S' } }),
  },
  {
    method: 'POST',
    path: '/raadplegingen',
    action: 'vote.write',
    setup: async (f) => ({
      url: '/raadplegingen',
      body: {
        onderwerp: 'R',
        vanaf: '2030-12-01',
        tot: '2030-12-10',
        vergadering: await f.meeting('2031-01-01'),
      },
    }),
  },
  {
    method: 'POST',
    path: '/stemmingen/{id}/openen',
    action: 'vote.write',
    setup: async (f) => ({ url: `/stemmingen/${await f.vote('created')}/openen` }),
  },
  {
    method: 'POST',
    path: '/stemmingen/{id}/sluiten',
    action: 'vote.write',
    setup: async (f) => ({ url: `/stemmingen/${await f.vote('open')}/sluiten` }),
  },
  {
    method: 'POST',
    path: '/stemmingen/{id}/publiceren',
    action: 'vote.write',
    setup: async (f) => ({ url: `/stemmingen/${await f.vote('closed')}/publiceren` }),
  },
  {
    method: 'POST',
    path: '/stemmingen/{id}/stemmen',
    action: 'vote.cast',
    resource: gouda,
    setup: async (f, h) => ({
      url: `/stemmingen/${await f.vote('open')}/stemmen`,
      body: { keuze: 'voor', lid: h.members.gouda },
    }),
  },
  {
    method: 'POST',
    path: '/gebruikers',
    action: 'user.write',
    setup: async (f) => ({
      url: '/gebruikers',
      body: { email: `n${f.code()}@example.nl`, rol: 'medewerker' },
    }),
  },
  {
    method: 'PATCH',
    path: '/gebruikers/{id}',
    action: 'user.write',
    setup: async (f) => ({ url: `/gebruikers/${await f.user()}`, body: { naam: 'N' } }),
  },
  {
    method: 'POST',
    path: '/gebruikers/{id}/tokens',
    action: 'user.write',
    setup: async (f) => ({ url: `/gebruikers/${await f.user()}/tokens` }),
  },
  {
    method: 'POST',
    path: '/gebruikers/{id}/tokens/{tokenId}/intrekken',
    action: 'user.write',
    setup: async (f) => {
      const u = await f.user();
      return { url: `/gebruikers/${u}/tokens/${await f.token(u)}/intrekken` };
    },
  },
  {
    method: 'POST',
    path: '/imports',
    action: 'document.write',
    setup: async () => ({
      url: '/imports?bestandsnaam=notitie.txt',
      // Different bytes every time, so each allowed role really imports a new document.
      body: `Notitie over de ledenvergadering ${Math.random().toString(36).slice(2)}\nGeen motie of resolutie.`,
      headers: { 'content-type': 'text/plain' },
    }),
  },
];

/** Operations that need no role: signing in and out. */
const OPEN_OPS = [
  'POST /sessies',
  'DELETE /sessies/huidig',
  // Public: signing up for a meeting, and cancelling with the personal code (staff cancel without one).
  'POST /vergaderingen/{id}/aanmeldingen',
  'POST /aanmeldingen/{id}/annuleren',
];

const ROLES: TestRole[] = ['public', 'member', 'otherMember', 'staff', 'board', 'chair', 'admin'];

function principalFor(role: TestRole, h: Harness): Principal {
  const memberId = role === 'member' ? h.members.gouda : role === 'otherMember' ? h.members.utrecht : null;
  const code = role === 'otherMember' ? 'member' : role;
  return {
    role: code,
    userId: role === 'public' ? null : role,
    memberId,
    label: role,
    via: role === 'public' ? 'anonymous' : 'token',
    sessionId: null,
  };
}

describe.each(ENGINES)('authorisation matrix on %s', (engine) => {
  let h: Harness;
  let f: ReturnType<typeof fixtures>;
  beforeAll(async () => {
    h = await startHarness(engine);
    f = fixtures(h);
  });
  afterAll(async () => h?.close());

  it('covers every write operation of the OpenAPI document', async () => {
    const doc = (await h.as('public', { method: 'GET', url: '/api/v1/openapi.json' })).json();
    const writes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, item]) =>
        Object.keys(item)
          .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
          .map((m) => `${m.toUpperCase()} ${path}`),
    );
    const covered = [...OPS.map((op) => `${op.method} ${op.path}`), ...OPEN_OPS];
    expect(writes.filter((w) => !covered.includes(w))).toEqual([]);
  });

  for (const op of OPS) {
    it(`${op.method} ${op.path} (${op.action})`, async () => {
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const role of ROLES) {
        const principal = principalFor(role, h);
        const allowed = can(principal, op.action, op.resource?.(principal.memberId, h));
        const { url, body, headers } = await op.setup(f, h);
        const res = await h.as(role, {
          method: op.method,
          url: `/api/v1${url}`,
          ...(body ? { payload: body } : {}),
          ...(headers ? { headers } : {}),
        });
        const refused = res.statusCode === 401 || res.statusCode === 403;
        outcomes.push(
          `${role}: ${refused ? res.statusCode : res.statusCode < 300 ? 'ok' : `unexpected ${res.statusCode} ${res.body}`}`,
        );
        expected.push(`${role}: ${allowed ? 'ok' : role === 'public' ? 401 : 403}`);
      }
      expect(outcomes).toEqual(expected);
    });
  }

  it('a member votes only for its own municipality, only while present, only once', async () => {
    const { db } = h.ctx;
    const w = h.system;
    const meetingId = await f.meeting();
    const vote = await prepareVote({ db, writer: w, meetingId, subject: 'Stemming met presentielijst' });
    await openVote({ db, writer: w, voteId: vote.id });
    const { gouda, utrecht } = h.members;
    const present = (memberId: string) =>
      registerPresence({ db, writer: w, meetingId, memberId, representative: 'Wethouder', by: 'staff' });
    await present(utrecht);
    const cast = async (role: TestRole, lid: string, keuze = 'voor') => {
      const res = await h.as(role, {
        method: 'POST',
        url: `/api/v1/stemmingen/${vote.id}/stemmen`,
        payload: { keuze, lid },
      });
      return `${res.statusCode}${res.statusCode >= 400 ? ` ${res.json().code}` : ''}`;
    };
    // Gouda's representative: not for Utrecht; not for Gouda while Gouda is not present.
    expect(await cast('member', utrecht)).toBe('403 forbidden');
    expect(await cast('member', gouda)).toBe('409 not_present');
    await present(gouda);
    expect(await cast('member', gouda)).toBe('201');
    // Once: a second ballot, even another choice, is refused; Utrecht's representative cannot vote for Gouda.
    expect(await cast('member', gouda, 'tegen')).toBe('409 duplicate_ballot');
    expect(await cast('otherMember', gouda, 'tegen')).toBe('403 forbidden');
    // Utrecht leaves before voting: it may no longer vote.
    await registerDeparture({ db, writer: w, meetingId, memberId: utrecht });
    expect(await cast('otherMember', utrecht)).toBe('409 not_present');
    const ballots = await listBallots(db, w.organisationId, vote.id);
    expect(ballots.map((b) => [b.memberId, b.choice])).toEqual([[gouda, 'for']]);
  });
});

const VARIANTS: Variant[] = ['published', 'unpublished'];
const outcomeOf = (status: number): Outcome | number =>
  status === 200 ? 'ok' : status === 404 ? 'hidden' : status;

/** Reads: every GET × every role × a published and an unpublished record; nothing unpublished leaks. */
describe.each(ENGINES)('read authorisation matrix on %s', (engine) => {
  let h: Harness;
  let f: ReadFixtures;
  beforeAll(async () => {
    h = await startHarness(engine);
    f = await readFixtures(h);
  });
  afterAll(async () => h?.close());

  /** Which markers of unpublished records the body shows that the role may not see. */
  const leaks = (role: TestRole, body: string) => {
    const visible = visibleMarkers(principalFor(role, h), h);
    return (Object.keys(MARKERS) as Marker[]).filter((m) => !visible[m] && body.includes(MARKERS[m]));
  };

  it('covers every GET of the OpenAPI document', async () => {
    const doc = (await h.as('public', { method: 'GET', url: '/api/v1/openapi.json' })).json();
    const reads = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .filter(([, item]) => 'get' in item)
      .map(([path]) => path);
    expect(reads.filter((path) => !READ_OPS.some((op) => op.path === path))).toEqual([]);
  });

  for (const op of READ_OPS) {
    it(`GET ${op.path}`, async () => {
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const role of ROLES)
        for (const variant of VARIANTS) {
          const principal = principalFor(role, h);
          const res = await h.as(role, { method: 'GET', url: `/api/v1${op.url(f, variant)}` });
          const want = op.outcome?.(principal, variant, h) ?? 'ok';
          const label = `${role} ${variant}`;
          outcomes.push(`${label}: ${outcomeOf(res.statusCode)}`, `${label} leaks: ${leaks(role, res.body)}`);
          expected.push(`${label}: ${want}`, `${label} leaks: `);
          if (res.statusCode >= 400)
            expect(res.headers['content-type'], label).toMatch(/^application\/problem\+json/);
          if (
            op.shows &&
            variant === 'unpublished' &&
            want === 'ok' &&
            visibleMarkers(principal, h)[op.shows]
          )
            expect(res.body, `${label} sees its record`).toContain(MARKERS[op.shows]);
        }
      expect(outcomes).toEqual(expected);
    });
  }

  it('portal pages (and search) show no unpublished record to a reader who may not see it', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const page of PAGE_READS)
      for (const role of ROLES)
        for (const variant of VARIANTS) {
          const res = await h.as(role, { method: 'GET', url: page.url(f, variant) });
          const want = page.outcome?.(principalFor(role, h), variant, h) ?? 'ok';
          const label = `${page.url(f, variant)} as ${role}`;
          outcomes.push(`${label}: ${outcomeOf(res.statusCode)} leaks: ${leaks(role, res.body)}`);
          expected.push(`${label}: ${want} leaks: `);
        }
    expect(outcomes).toEqual(expected);
  });

  it('an open vote: choice and weight only of the own municipality, the tally for those who run it', async () => {
    for (const role of ROLES) {
      const principal = principalFor(role, h);
      const ballots = await h.as(role, {
        method: 'GET',
        url: `/api/v1/stemmingen/${f.unpublished.vote}/stemmen`,
      });
      expect(ballots.json().resultaten, role).toHaveLength(visibleOpenBallots(principal));
      if (role === 'public') continue;
      const trail = await h.as(role, {
        method: 'GET',
        url: `/api/v1/stemmingen/${f.unpublished.vote}/audittrail`,
      });
      const cast = (trail.json().resultaten as { actie: string; nieuweWaarden: unknown }[]).filter(
        (e) => e.actie === 'vote.ballot-cast',
      );
      expect(cast, role).toHaveLength(2);
      expect(
        cast.filter((e) => e.nieuweWaarden !== null),
        role,
      ).toHaveLength(visibleOpenBallots(principal));
    }
  });

  it('file paths on the server only for those who manage documents', async () => {
    for (const role of ROLES.filter((r) => r !== 'public')) {
      const trail = await h.as(role, {
        method: 'GET',
        url: `/api/v1/documenten/${f.published.document}/audittrail`,
      });
      expect(trail.statusCode).toBe(200);
      expect(trail.body.includes('/srv/motiemonitor'), role).toBe(
        can(principalFor(role, h), 'document.write'),
      );
    }
  });
});
