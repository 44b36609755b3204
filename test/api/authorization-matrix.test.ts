import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Action, can, type Principal, type Resource } from '../../src/auth/index.js';
import { ENGINES } from '../support/engines.js';
import { type Harness, startHarness, type TestRole } from './support/harness.js';
import { fixtures } from './support/matrix-fixtures.js';

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
});
