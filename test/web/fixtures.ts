import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../src/app-context.js';
import type { UserRole } from '../../src/domain/types.js';
import { reindexAll } from '../../src/search/index.js';
import { seedDemo } from '../../src/seed/demo/seed-demo.js';
import { seedMunicipalities } from '../../src/seed/municipalities.js';
import { buildServer } from '../../src/server.js';
import { ensureOrganisation } from '../../src/services/default-organisation.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../src/store/audit.js';
import { createAgreement } from '../../src/store/repositories/agreements.js';
import { createLetter } from '../../src/store/repositories/letters.js';
import { createMeeting } from '../../src/store/repositories/meetings.js';
import { upsertMembers } from '../../src/store/repositories/members.js';
import { createMotion } from '../../src/store/repositories/motions.js';
import { openTestDatabase } from '../support/engines.js';

export type PortalFixture = {
  ctx: AppContext;
  app: FastifyInstance;
  ids: { meeting: string; motion: string; agreement: string; letter: string; member: string };
  /** The database's URL, for the command line. */
  url: string;
  close: () => Promise<void>;
};

/** A small register: enough records of each kind to render every public page with content. */
export async function seedSmallRegister(ctx: AppContext): Promise<PortalFixture['ids']> {
  const w: WriteContext = { organisationId: ctx.organisation.id, actor: SYSTEM_ACTOR };
  await upsertMembers(ctx.db, w, [
    { code: 'GM0344', name: 'Utrecht', province: 'Utrecht', inhabitants: 374000 },
    { code: 'GM0889', name: 'Beesel', province: 'Limburg', inhabitants: 13500 },
    { code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland', inhabitants: 931000 },
  ]);
  const members = await ctx.db.selectFrom('members').select(['id', 'name']).execute();
  const member = (name: string) => members.find((m) => m.name === name)!;
  const alv = await createMeeting(ctx.db, w, { kind: 'alv', title: 'ALV juni 2023', date: '2023-06-07' });
  const next = await createMeeting(ctx.db, w, { kind: 'alv', title: 'ALV juni 2099', date: '2099-06-10' });
  const motion = await createMotion(ctx.db, w, {
    number: '1',
    title: 'Motie over duurzame gemeentefinanciën',
    topic: 'financiën', // written in lower case, as real reports write their topics
    call: 'roept het bestuur op te zorgen voor duurzame gemeentefinanciën',
    status: 'held',
    meetingId: alv.id,
    decidedAt: '2023-06-07T12:00:00.000Z',
    votePercentage: 98.29,
    voteResult: 'aangenomen',
    submitters: [{ memberId: member('Utrecht').id, name: 'Utrecht' }],
  });
  await createMotion(ctx.db, w, {
    number: '2',
    title: 'Motie Jeugdzorgkosten',
    topic: 'Sociaal domein',
    status: 'adopted',
    meetingId: alv.id,
    decidedAt: '2023-06-07T12:00:00.000Z',
    andOthers: true,
    submitters: [
      { memberId: member('Utrecht').id, name: 'Utrecht' },
      { memberId: member('Amsterdam').id, name: 'Amsterdam' },
    ],
  });
  await createMotion(ctx.db, w, {
    title: 'Motie verworpen',
    topic: 'Financiën',
    status: 'rejected',
    meetingId: alv.id,
    submitters: [{ name: 'Amsterdam', memberId: member('Amsterdam').id }],
  });
  const agreement = await createAgreement(ctx.db, w, {
    text: 'Het kabinet compenseert de gemeenten voor de extra kosten jeugdzorg',
    party: 'Rijk',
    dueDate: '2024-04-14',
    status: 'open',
  });
  const letter = await createLetter(ctx.db, w, {
    reference: 'U202500147',
    number: 'Lbr. 25/015',
    date: '2025-03-01',
    subject: 'Uitkomsten Overhedenoverleg',
    body: 'Geacht college en gemeenteraad,',
    attachments: [{ title: 'Verslag Overhedenoverleg' }],
  });
  await reindexAll(ctx.db, ctx.organisation.id);
  void next;
  return {
    meeting: alv.id,
    motion: motion.id,
    agreement: agreement.id,
    letter: letter.id,
    member: member('Beesel').id,
  };
}

/** The whole server on a fresh SQLite database: all municipalities, the demo data and the small register. */
export async function startPortal(): Promise<PortalFixture> {
  const opened = await openTestDatabase('sqlite');
  const organisation = await ensureOrganisation(opened.db);
  const ctx: AppContext = { db: opened.db, engine: opened.engine, organisation };
  await seedMunicipalities(ctx.db, { organisationId: organisation.id, actor: SYSTEM_ACTOR });
  await seedDemo(ctx.db, organisation);
  const ids = await seedSmallRegister(ctx);
  const app = await buildServer({ ctx });
  await app.ready();
  return {
    ctx,
    app,
    ids,
    url: opened.url,
    close: async () => {
      await app.close();
      await opened.cleanup();
    },
  };
}

export const PASSWORD = 'correct-horse-battery-staple';

/** A user account with a password (repository + src/auth hashing, as the CLI does). */
export async function addUser(
  ctx: AppContext,
  role: UserRole,
  email = `${role}@example.nl`,
  name = `Test ${role}`,
): Promise<string> {
  const { hashPassword } = await import('../../src/auth/index.js');
  const { createUser } = await import('../../src/store/repositories/users.js');
  const user = await createUser(
    ctx.db,
    { organisationId: ctx.organisation.id, actor: SYSTEM_ACTOR },
    { email, name, role, passwordHash: await hashPassword(PASSWORD) },
  );
  return user.id;
}

/** A signed-in browser for inject(): keeps the session cookie and reads the CSRF token from forms. */
export function signIn(app: FastifyInstance, email: string) {
  return signInWith(app, email, PASSWORD);
}

export async function signInWith(app: FastifyInstance, email: string, password: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/inloggen',
    payload: { email, wachtwoord: password },
  });
  if (res.statusCode !== 303) throw new Error(`login failed: ${res.statusCode}`);
  const cookie = String(res.headers['set-cookie']).split(';')[0];
  const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
  const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  /** Loads the form page for its token, then posts the fields to `url`. */
  const post = async (formPage: string, url: string, fields: Record<string, string>) => {
    const token = csrfOf((await get(formPage)).body);
    return app.inject({ method: 'POST', url, headers: { cookie }, payload: { ...fields, _csrf: token } });
  };
  return { cookie, get, post };
}
