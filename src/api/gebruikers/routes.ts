import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { writerOf } from '../../auth/index.js';
import { role } from '../../domain/vocabulary/index.js';
import { createUserAccount } from '../../services/users/create-user-account.js';
import { editUserAccount } from '../../services/users/edit-user-account.js';
import { getUser, listUsers } from '../../store/repositories/users.js';
import { registerAuditTrail } from '../audittrail/register-audit-trail.js';
import { notFound, unauthorized } from '../errors/problem.js';
import { pageSchema, presentPage, toPage } from '../http/pagination.js';
import { idParams } from '../http/schemas.js';
import { presentUser } from './presenter.js';
import { gebruikerBody, gebruikerListQuery, gebruikerPatchBody, gebruikerSchema } from './schema.js';
import { tokenRoutes } from './token-routes.js';

const TAGS = ['Gebruikers'];

/** /gebruikers: accounts, roles and API tokens; administrators only (except /gebruikers/ik). */
export function userRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = ctx.organisation.id;
  const find = async (id: string) => {
    const user = await getUser(ctx.db, org, id);
    if (!user) throw notFound('Gebruiker', id);
    return user;
  };

  r.get(
    '/gebruikers/ik',
    {
      schema: {
        tags: TAGS,
        summary: 'De ingelogde gebruiker',
        description: 'Wie u bent voor de API (token of sessie).',
        response: { 200: gebruikerSchema },
        security: [{ bearerToken: [] }, { sessieCookie: [] }],
        'x-fouten': ['401'],
      },
    },
    async (request) => {
      if (!request.principal.userId) throw unauthorized();
      return presentUser(await find(request.principal.userId));
    },
  );

  r.get(
    '/gebruikers',
    {
      config: { policy: 'user.read' },
      schema: {
        tags: TAGS,
        summary: 'Gebruikers',
        description: 'Alle gebruikers, filterbaar op rol, lid en naam/e-mail.',
        querystring: gebruikerListQuery,
        response: { 200: pageSchema(gebruikerSchema) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const result = await listUsers(
        ctx.db,
        org,
        { role: q.rol ? role.codesOf([q.rol]) : undefined, memberId: q.lid, q: q.q },
        toPage(q),
      );
      return presentPage(request, reply, q, { items: result.items.map(presentUser), total: result.total });
    },
  );

  r.get(
    '/gebruikers/:id',
    {
      config: { policy: 'user.read' },
      schema: {
        tags: TAGS,
        summary: 'Eén gebruiker',
        description: 'Eén gebruiker.',
        params: idParams,
        response: { 200: gebruikerSchema },
      },
    },
    async (request) => presentUser(await find(request.params.id)),
  );

  r.post(
    '/gebruikers',
    {
      config: { policy: 'user.write' },
      schema: {
        tags: TAGS,
        summary: 'Gebruiker aanmaken',
        description: 'Een gebruiker met een rol; een vertegenwoordiger (rol lid) hoort bij een lid.',
        body: gebruikerBody,
        response: { 201: gebruikerSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const user = await createUserAccount({
        db: ctx.db,
        writer: writerOf(request),
        account: { email: b.email, name: b.naam, role: b.rol, memberId: b.lid, password: b.wachtwoord },
      });
      return reply.code(201).header('location', `${request.url}/${user.id}`).send(presentUser(user));
    },
  );

  r.patch(
    '/gebruikers/:id',
    {
      config: { policy: 'user.write' },
      schema: {
        tags: TAGS,
        summary: 'Gebruiker wijzigen of blokkeren',
        description: 'Naam, rol, lid, wachtwoord of blokkeren. Gebruikers worden nooit verwijderd.',
        params: idParams,
        body: gebruikerPatchBody,
        response: { 200: gebruikerSchema },
      },
    },
    async (request) => {
      const b = request.body;
      const user = await editUserAccount({
        db: ctx.db,
        writer: writerOf(request),
        userId: request.params.id,
        changes: {
          name: b.naam,
          role: b.rol,
          memberId: b.lid,
          password: b.wachtwoord,
          disabled: b.geblokkeerd,
        },
      });
      return presentUser(user);
    },
  );

  tokenRoutes(app, ctx, find);

  registerAuditTrail(app, ctx, {
    collection: '/gebruikers',
    tag: 'Gebruikers',
    name: 'Gebruiker',
    policy: 'user.read',
    exists: async (c, id) => (await getUser(c.db, c.organisation.id, id)) !== undefined,
  });
}
