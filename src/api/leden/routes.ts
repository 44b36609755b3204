import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { writerOf } from '../../auth/index.js';
import { memberKind, memberStatus } from '../../domain/vocabulary/index.js';
import { findMember } from '../../services/registers/find-member.js';
import { editMember, registerMember } from '../../services/registers/register-member.js';
import { getMember, listMembers, type MemberRecord } from '../../store/repositories/members.js';
import { sortKey } from '../../store/repositories/shared.js';
import { registerAuditTrail } from '../audittrail/register-audit-trail.js';
import { notFound } from '../errors/problem.js';
import { API_PREFIX } from '../http/api-version.js';
import { pageSchema, presentPage } from '../http/pagination.js';
import { idParams } from '../http/schemas.js';
import { ledenListQuery, lidBody, lidParams, lidPatchBody, lidSchema } from './schema.js';

const TAGS = ['Leden'];

export function presentMember(m: MemberRecord) {
  const self = `${API_PREFIX}/leden/${m.id}`;
  return {
    id: m.id,
    code: m.code,
    naam: m.name,
    soort: memberKind.toApi(m.kind),
    provincie: m.province,
    inwoners: m.inhabitants,
    zetels: m.seats,
    peildatumInwoners: m.populationDate,
    status: memberStatus.toApi(m.status),
    opgegaanIn: m.mergedIntoId,
    opgehevenOp: m.ceasedOn,
    gewijzigdOp: m.updatedAt,
    _links: {
      self: { href: self },
      moties: { href: `${API_PREFIX}/moties?lid=${m.code}` },
      audittrail: { href: `${self}/audittrail` },
    },
  };
}

const COMPARE: Record<'name' | 'code' | 'inhabitants', (a: MemberRecord, b: MemberRecord) => number> = {
  name: (a, b) => a.name.localeCompare(b.name, 'nl'),
  code: (a, b) => a.code.localeCompare(b.code),
  inhabitants: (a, b) => (a.inhabitants ?? 0) - (b.inhabitants ?? 0),
};

/** /leden: the member register (342 municipalities; small enough to filter after one query). */
export function memberRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = ctx.organisation.id;

  r.get(
    '/leden',
    {
      schema: {
        tags: TAGS,
        summary: 'Leden',
        description:
          'De leden (gemeenten) met inwonertal en provincie; filterbaar op naam/code, provincie en status.',
        querystring: ledenListQuery,
        response: { 200: pageSchema(lidSchema) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const needle = q.q?.toLowerCase();
      const statuses = q.status && memberStatus.codesOf(q.status);
      const all = (await listMembers(ctx.db, org)).filter(
        (m) =>
          (!needle || m.name.toLowerCase().includes(needle) || m.code.toLowerCase().includes(needle)) &&
          (!q.provincie || m.province === q.provincie) &&
          (!statuses || statuses.includes(m.status)),
      );
      const { key, descending } = sortKey(q.sort);
      all.sort((a, b) => (descending ? -1 : 1) * COMPARE[key](a, b) || a.id.localeCompare(b.id));
      const start = (q.page - 1) * q.limit;
      return presentPage(request, reply, q, {
        items: all.slice(start, start + q.limit).map(presentMember),
        total: all.length,
      });
    },
  );

  r.get(
    '/leden/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Eén lid',
        description: 'Gegevens van één lid, op UUID of op CBS-code (bv. /leden/GM0363).',
        params: lidParams,
        response: { 200: lidSchema },
      },
    },
    async (request) => {
      const member = await findMember(ctx.db, org, request.params.id);
      if (!member) throw notFound('Lid', request.params.id);
      return presentMember(member);
    },
  );

  r.post(
    '/leden',
    {
      config: { policy: 'member.write' },
      schema: {
        tags: TAGS,
        summary: 'Lid toevoegen',
        description: 'Voegt een gemeente toe aan het ledenregister.',
        body: lidBody,
        response: { 201: lidSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const member = await registerMember({
        db: ctx.db,
        writer: writerOf(request),
        code: b.code,
        member: {
          name: b.naam,
          province: b.provincie,
          inhabitants: b.inwoners,
          populationDate: b.peildatumInwoners,
        },
      });
      return reply.code(201).header('location', `${request.url}/${member.id}`).send(presentMember(member));
    },
  );

  r.patch(
    '/leden/:id',
    {
      config: { policy: 'member.write' },
      schema: {
        tags: TAGS,
        summary: 'Lid wijzigen',
        description: 'Naam, provincie en inwonertal (de basis van het stemgewicht).',
        params: idParams,
        body: lidPatchBody,
        response: { 200: lidSchema },
      },
    },
    async (request) => {
      const b = request.body;
      const member = await editMember({
        db: ctx.db,
        writer: writerOf(request),
        memberId: request.params.id,
        changes: {
          name: b.naam,
          province: b.provincie,
          inhabitants: b.inwoners,
          populationDate: b.peildatumInwoners,
        },
      });
      return presentMember(member);
    },
  );

  registerAuditTrail(app, ctx, {
    collection: '/leden',
    tag: 'Leden',
    name: 'Lid',
    exists: async (c, id) => (await getMember(c.db, c.organisation.id, id)) !== undefined,
  });
}
