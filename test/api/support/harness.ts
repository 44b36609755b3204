import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { AppContext } from '../../../src/app-context.js';
import { hashPassword, hashSecret, newApiToken } from '../../../src/auth/index.js';
import type { UserRole } from '../../../src/domain/types.js';
import { buildServer } from '../../../src/server.js';
import { ensureOrganisation } from '../../../src/services/default-organisation.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../../src/store/audit.js';
import { createApiToken } from '../../../src/store/repositories/api-tokens.js';
import { upsertMembers } from '../../../src/store/repositories/members.js';
import { createUser } from '../../../src/store/repositories/users.js';
import { type EngineName, openTestDatabase } from '../../support/engines.js';

export type TestRole = 'public' | 'member' | 'otherMember' | 'staff' | 'board' | 'chair' | 'admin';

export type Harness = {
  app: FastifyInstance;
  ctx: AppContext;
  system: WriteContext;
  tokens: Record<Exclude<TestRole, 'public'>, string>;
  members: { gouda: string; utrecht: string; delft: string };
  /** app.inject as the given role (bearer token), JSON in and out. */
  as: (role: TestRole, options: InjectOptions) => Promise<LightMyRequestResponse>;
  close: () => Promise<void>;
};

export const PASSWORD = 'correct-paard-batterij-niet';

/** A server on a fresh database of the engine, with three members and one user (and token) per role. */
export async function startHarness(engine: EngineName): Promise<Harness> {
  const t = await openTestDatabase(engine);
  const organisation = await ensureOrganisation(t.db, 'vng');
  const ctx: AppContext = { db: t.db, engine: t.engine, organisation };
  const system: WriteContext = { organisationId: organisation.id, actor: SYSTEM_ACTOR };
  await upsertMembers(t.db, system, [
    { code: 'GM0513', name: 'Gouda', inhabitants: 75_000, province: 'Zuid-Holland' },
    { code: 'GM0344', name: 'Utrecht', inhabitants: 370_000, province: 'Utrecht' },
    { code: 'GM0503', name: 'Delft', inhabitants: 105_000, province: 'Zuid-Holland' },
  ]);
  const memberId = async (code: string) =>
    (await t.db.selectFrom('members').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const members = {
    gouda: await memberId('GM0513'),
    utrecht: await memberId('GM0344'),
    delft: await memberId('GM0503'),
  };
  const passwordHash = await hashPassword(PASSWORD);
  const users: [Exclude<TestRole, 'public'>, UserRole, string | null][] = [
    ['member', 'member', members.gouda],
    ['otherMember', 'member', members.utrecht],
    ['staff', 'staff', null],
    ['board', 'board', null],
    ['chair', 'chair', null],
    ['admin', 'admin', null],
  ];
  const tokens = {} as Harness['tokens'];
  for (const [name, role, member] of users) {
    const user = await createUser(t.db, system, {
      email: `${name.toLowerCase()}@example.nl`,
      name,
      role,
      memberId: member,
      passwordHash,
    });
    const token = newApiToken();
    await createApiToken(t.db, system, { userId: user.id, tokenHash: hashSecret(token), label: 'test' });
    tokens[name] = token;
  }
  const app = await buildServer({ ctx, validateResponses: true });
  await app.ready();
  const as: Harness['as'] = (role, options) => {
    const headers = { ...(options.headers ?? {}) } as Record<string, string>;
    if (role !== 'public') headers.authorization = `Bearer ${tokens[role]}`;
    return app.inject({ ...options, headers });
  };
  return {
    app,
    ctx,
    system,
    tokens,
    members,
    as,
    close: async () => {
      await app.close();
      await t.cleanup();
    },
  };
}
