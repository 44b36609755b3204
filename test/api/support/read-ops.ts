import type { Principal } from '../../../src/auth/index.js';
import { can } from '../../../src/auth/index.js';
import type { Harness } from './harness.js';
import { type Marker, type ReadFixtures, visibleMarkers } from './read-fixtures.js';

export type Variant = 'published' | 'unpublished';

/**
 * What a GET answers a reader: 'ok' (200), 'hidden' (404: a record the reader may not see is as missing),
 * or the refusal of a role (401/403). Lists always answer 200: what they may not show, they leave out.
 */
export type Outcome = 'ok' | 'hidden' | 401 | 403;

export type ReadOp = {
  /** The path template as in the OpenAPI document. */
  path: string;
  url: (f: ReadFixtures, v: Variant) => string;
  /** The outcome for a reader; default: 'ok'. */
  outcome?: (p: Principal, v: Variant, h: Harness) => Outcome;
  /** The marker an unpublished record's answer carries when the reader may see it. */
  shows?: Marker;
};

const record =
  (marker: Marker) =>
  (p: Principal, v: Variant, h: Harness): Outcome =>
    v === 'published' || visibleMarkers(p, h)[marker] ? 'ok' : 'hidden';
const trail =
  (marker?: Marker) =>
  (p: Principal, v: Variant, h: Harness): Outcome => {
    if (!can(p, 'audit.read')) return 401;
    return marker ? record(marker)(p, v, h) : 'ok';
  };
const signedIn = (p: Principal): Outcome => (p.role === 'public' ? 401 : 'ok');
const admin = (p: Principal): Outcome => (p.role === 'public' ? 401 : can(p, 'user.read') ? 'ok' : 403);
const policy =
  (name: Parameters<typeof can>[1]) =>
  (p: Principal): Outcome =>
    p.role === 'public' ? 401 : can(p, name) ? 'ok' : 403;
/** A draft poll is for staff only; others are told there is none. */
const poll = (p: Principal, v: Variant): Outcome =>
  v === 'published' || can(p, 'poll.read') ? 'ok' : 'hidden';

const M = (f: ReadFixtures, v: Variant) => f[v].motion;
const R = (f: ReadFixtures, v: Variant) => f[v].resolution;
const D = (f: ReadFixtures, v: Variant) => f[v].document;
const V = (f: ReadFixtures, v: Variant) => f[v].vote;
const RR = (f: ReadFixtures, v: Variant) => f[v].round;
const P = (f: ReadFixtures, v: Variant) => f[v].poll;
/** The version of a resolution both variants can see the resolution of: published, or not yet. */
const VERSION = (f: ReadFixtures, v: Variant) =>
  v === 'published'
    ? `${f.published.resolution}/versies/${f.published.version}`
    : `${f.published.resolution}/versies/${f.unpublished.version}`;

/** Every GET of the API, with the records it reads in both variants. */
export const READ_OPS: ReadOp[] = [
  { path: '/openapi.json', url: () => '/openapi.json' },
  { path: '/health', url: () => '/health' },
  { path: '/moties', url: () => '/moties?limit=100' },
  {
    path: '/moties/{id}',
    url: (f, v) => `/moties/${M(f, v)}`,
    outcome: record('draftMotion'),
    shows: 'draftMotion',
  },
  ...['statusovergangen', 'delen', 'preadviezen', 'amendementen', 'verantwoordingen'].map(
    (part): ReadOp => ({
      path: `/moties/{id}/${part}`,
      url: (f, v) => `/moties/${M(f, v)}/${part}`,
      outcome: record('draftMotion'),
    }),
  ),
  {
    path: '/moties/{id}/audittrail',
    url: (f, v) => `/moties/${M(f, v)}/audittrail`,
    outcome: trail('draftMotion'),
    shows: 'draftMotion',
  },
  { path: '/verantwoordingsrondes', url: () => '/verantwoordingsrondes' },
  { path: '/verantwoordingsrondes/{id}', url: (f, v) => `/verantwoordingsrondes/${RR(f, v).id}` },
  {
    path: '/verantwoordingsrondes/{id}/verantwoordingen',
    url: (f, v) => `/verantwoordingsrondes/${RR(f, v).id}/verantwoordingen`,
    shows: 'openEntry',
  },
  {
    path: '/verantwoordingsrondes/{id}/verantwoordingen/{verantwoordingId}',
    url: (f, v) => `/verantwoordingsrondes/${RR(f, v).id}/verantwoordingen/${RR(f, v).entry}`,
    shows: 'openEntry',
  },
  {
    path: '/verantwoordingsrondes/{id}/audittrail',
    url: (f, v) => `/verantwoordingsrondes/${RR(f, v).id}/audittrail`,
    outcome: trail(),
  },
  {
    path: '/verantwoordingsrondes/{id}/rapport',
    url: (f, v) => `/verantwoordingsrondes/${RR(f, v).id}/rapport`,
    outcome: (p, v, h) => (v === 'published' || visibleMarkers(p, h).openEntry ? 'ok' : 403),
  },
  {
    path: '/verantwoordingsrondes/{id}/volledigheid',
    url: (f, v) => `/verantwoordingsrondes/${RR(f, v).id}/volledigheid`,
    outcome: policy('entry.write'),
  },
  { path: '/vergaderingen', url: () => '/vergaderingen' },
  {
    path: '/vergaderingen/{id}/aanmeldingen',
    url: (f) => `/vergaderingen/${f.meeting}/aanmeldingen`,
    outcome: policy('registration.read'),
  },
  { path: '/vergaderingen/{id}/kalender', url: (f) => `/vergaderingen/${f.meeting}/kalender` },
  { path: '/leden/{id}/kalender', url: (f) => `/leden/${f.member}/kalender` },
  { path: '/peilingen', url: () => '/peilingen' },
  { path: '/peilingen/{id}', url: (f, v) => `/peilingen/${P(f, v)}`, outcome: poll },
  { path: '/peilingen/{id}/uitslag', url: (f, v) => `/peilingen/${P(f, v)}/uitslag`, outcome: poll },
  { path: '/vergaderingen/{id}', url: (f) => `/vergaderingen/${f.meeting}` },
  { path: '/vergaderingen/{id}/agendapunten', url: (f) => `/vergaderingen/${f.meeting}/agendapunten` },
  {
    path: '/vergaderingen/{id}/audittrail',
    url: (f) => `/vergaderingen/${f.meeting}/audittrail`,
    outcome: trail(),
  },
  { path: '/leden', url: () => '/leden?limit=100' },
  { path: '/leden/{id}', url: (f) => `/leden/${f.member}` },
  { path: '/leden/{id}/audittrail', url: (f) => `/leden/${f.member}/audittrail`, outcome: trail() },
  { path: '/resoluties', url: () => '/resoluties', shows: 'draftResolution' },
  {
    path: '/resoluties/{id}',
    url: (f, v) => `/resoluties/${R(f, v)}`,
    outcome: record('draftResolution'),
    shows: 'draftResolution',
  },
  {
    path: '/resoluties/{id}/audittrail',
    url: (f, v) => `/resoluties/${R(f, v)}/audittrail`,
    outcome: trail('draftResolution'),
    shows: 'draftResolution',
  },
  {
    path: '/resoluties/{id}/versies',
    url: (f, v) => `/resoluties/${R(f, v)}/versies`,
    outcome: record('draftResolution'),
    shows: 'draftResolution',
  },
  {
    path: '/resoluties/{id}/versies/{versieId}',
    url: (f, v) => `/resoluties/${VERSION(f, v)}`,
    outcome: record('unpublishedVersion'),
    shows: 'unpublishedVersion',
  },
  {
    path: '/resoluties/{id}/versies/{versieId}/verschillen',
    url: (f, v) => `/resoluties/${VERSION(f, v)}/verschillen`,
    outcome: record('unpublishedVersion'),
    shows: 'unpublishedVersion',
  },
  { path: '/afspraken', url: () => '/afspraken' },
  { path: '/afspraken/{id}', url: (f) => `/afspraken/${f.agreement}` },
  {
    path: '/afspraken/{id}/audittrail',
    url: (f) => `/afspraken/${f.agreement}/audittrail`,
    outcome: trail(),
  },
  { path: '/overleggen', url: () => '/overleggen' },
  { path: '/overleggen/{id}', url: (f) => `/overleggen/${f.consultation}` },
  {
    path: '/overleggen/{id}/audittrail',
    url: (f) => `/overleggen/${f.consultation}/audittrail`,
    outcome: trail(),
  },
  { path: '/ledenbrieven', url: () => '/ledenbrieven' },
  { path: '/ledenbrieven/{id}', url: (f) => `/ledenbrieven/${f.letter}` },
  { path: '/ledenbrieven/{id}/bijlagen', url: (f) => `/ledenbrieven/${f.letter}/bijlagen` },
  {
    path: '/ledenbrieven/{id}/audittrail',
    url: (f) => `/ledenbrieven/${f.letter}/audittrail`,
    outcome: trail(),
  },
  { path: '/documenten', url: () => '/documenten' },
  {
    path: '/documenten/{id}',
    url: (f, v) => `/documenten/${D(f, v)}`,
    outcome: record('draftSource'),
    shows: 'draftSource',
  },
  {
    path: '/documenten/{id}/herkomst',
    url: (f, v) => `/documenten/${D(f, v)}/herkomst`,
    outcome: record('draftSource'),
  },
  {
    path: '/documenten/{id}/audittrail',
    url: (f, v) => `/documenten/${D(f, v)}/audittrail`,
    outcome: trail('draftSource'),
  },
  { path: '/gebruikers/ik', url: () => '/gebruikers/ik', outcome: signedIn },
  { path: '/gebruikers', url: () => '/gebruikers', outcome: admin },
  { path: '/gebruikers/{id}', url: (f) => `/gebruikers/${f.user}`, outcome: admin },
  { path: '/gebruikers/{id}/tokens', url: (f) => `/gebruikers/${f.user}/tokens`, outcome: admin },
  { path: '/gebruikers/{id}/audittrail', url: (f) => `/gebruikers/${f.user}/audittrail`, outcome: admin },
  // Tokens are not sessions: every caller here is told there is none.
  { path: '/sessies/huidig', url: () => '/sessies/huidig', outcome: () => 401 },
  { path: '/stemmingen', url: () => '/stemmingen' },
  { path: '/stemmingen/{id}', url: (f, v) => `/stemmingen/${V(f, v)}` },
  { path: '/stemmingen/{id}/stemmen', url: (f, v) => `/stemmingen/${V(f, v)}/stemmen` },
  {
    path: '/stemmingen/{id}/audittrail',
    url: (f, v) => `/stemmingen/${V(f, v)}/audittrail`,
    outcome: trail(),
  },
  { path: '/popolo', url: () => '/popolo' },
  { path: '/open-data', url: () => '/open-data' },
  { path: '/kalender', url: () => '/kalender' },
];

/** Portal pages that read the same records (a bearer token signs in there too). */
export const PAGE_READS: { url: (f: ReadFixtures, v: Variant) => string; outcome?: ReadOp['outcome'] }[] = [
  { url: () => '/moties' },
  { url: (f, v) => `/moties/${M(f, v)}`, outcome: record('draftMotion') },
  { url: () => '/resoluties' },
  { url: (f, v) => `/resoluties/${R(f, v)}`, outcome: record('draftResolution') },
  { url: (f) => `/resoluties/${f.published.resolution}` },
  { url: (f, v) => `/documenten/${D(f, v)}`, outcome: record('draftSource') },
  { url: (f) => `/vergaderingen/${f.meeting}` },
  { url: (f) => `/leden/${f.member}` },
  // Words beside the markers (the page repeats what was searched for, so not the markers themselves).
  { url: () => '/zoeken?q=jeugdzorg' },
  { url: () => '/zoeken?q=resolutie' },
  { url: () => '/zoeken?q=concepttekst' },
  { url: () => '/zoeken?q=nieuwe+tekst' },
];
