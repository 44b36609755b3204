import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { writerOf } from '../../auth/index.js';
import { attachToLetter, editLetter, writeLetter } from '../../services/registers/write-letter.js';
import { getLetter, listLetterAttachments, listLetters } from '../../store/repositories/letters.js';
import { registerAuditTrail } from '../audittrail/register-audit-trail.js';
import { notFound } from '../errors/problem.js';
import { pageOnlyQuery, pageSchema, presentPage, presentSlice, toPage } from '../http/pagination.js';
import { idParams } from '../http/schemas.js';
import { letterInput, present, presentAttachment } from './presenter.js';
import {
  bijlageBody,
  bijlageSchema,
  ledenbriefBody,
  ledenbriefListQuery,
  ledenbriefPatchBody,
  ledenbriefSchema,
} from './schema.js';

const TAGS = ['Ledenbrieven'];

/** /ledenbrieven: member letters with their attachments. */
export function letterRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = ctx.organisation.id;
  const find = async (id: string) => {
    const letter = await getLetter(ctx.db, org, id);
    if (!letter) throw notFound('Ledenbrief', id);
    return letter;
  };

  r.get(
    '/ledenbrieven',
    {
      schema: {
        tags: TAGS,
        summary: 'Ledenbrieven',
        description: 'Ledenbrieven, filterbaar op jaar, kenmerk, Lbr-nummer en tekst.',
        querystring: ledenbriefListQuery,
        response: { 200: pageSchema(ledenbriefSchema) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const result = await listLetters(
        ctx.db,
        org,
        { year: q.jaar, reference: q.kenmerk, number: q.nummer, q: q.q },
        toPage(q),
        q.sort,
      );
      const items = [];
      for (const l of result.items) items.push(present(l, await listLetterAttachments(ctx.db, org, l.id)));
      return presentPage(request, reply, q, { items, total: result.total });
    },
  );

  r.get(
    '/ledenbrieven/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Eén ledenbrief',
        description: 'De brief met haar bijlagen.',
        params: idParams,
        response: { 200: ledenbriefSchema },
      },
    },
    async (request) => {
      const letter = await find(request.params.id);
      return present(letter, letter.attachments);
    },
  );

  r.get(
    '/ledenbrieven/:id/bijlagen',
    {
      schema: {
        tags: TAGS,
        summary: 'Bijlagen van een ledenbrief',
        description: 'De bijlagen in volgorde.',
        params: idParams,
        querystring: pageOnlyQuery,
        response: { 200: pageSchema(bijlageSchema) },
      },
    },
    async (request, reply) =>
      presentSlice(
        request,
        reply,
        request.query,
        (await find(request.params.id)).attachments.map(presentAttachment),
      ),
  );

  r.post(
    '/ledenbrieven',
    {
      config: { policy: 'letter.write' },
      schema: {
        tags: TAGS,
        summary: 'Ledenbrief vastleggen',
        description: 'Een ledenbrief met kenmerk, Lbr-nummer en eventueel bijlagen.',
        body: ledenbriefBody,
        response: { 201: ledenbriefSchema },
      },
    },
    async (request, reply) => {
      const letter = await writeLetter({
        db: ctx.db,
        writer: writerOf(request),
        letter: {
          ...(letterInput(request.body) as { subject: string }),
          attachments: request.body.bijlagen?.map((a) => ({
            title: a.titel,
            documentId: a.document ?? null,
          })),
        },
      });
      return reply
        .code(201)
        .header('location', `${request.url}/${letter.id}`)
        .send(present(letter, letter.attachments));
    },
  );

  r.patch(
    '/ledenbrieven/:id',
    {
      config: { policy: 'letter.write' },
      schema: {
        tags: TAGS,
        summary: 'Ledenbrief wijzigen',
        description: 'Gegevens van de brief; bijlagen via POST …/bijlagen.',
        params: idParams,
        body: ledenbriefPatchBody,
        response: { 200: ledenbriefSchema },
      },
    },
    async (request) => {
      const letter = await editLetter({
        db: ctx.db,
        writer: writerOf(request),
        letterId: request.params.id,
        changes: letterInput(request.body),
      });
      return present(letter, letter.attachments);
    },
  );

  r.post(
    '/ledenbrieven/:id/bijlagen',
    {
      config: { policy: 'letter.write' },
      schema: {
        tags: TAGS,
        summary: 'Bijlage toevoegen',
        description: 'Voegt een bijlage toe, eventueel met het brondocument.',
        params: idParams,
        body: bijlageBody,
        response: { 201: bijlageSchema },
      },
    },
    async (request, reply) => {
      const attachment = await attachToLetter({
        db: ctx.db,
        writer: writerOf(request),
        letterId: request.params.id,
        attachment: { title: request.body.titel, documentId: request.body.document ?? null },
      });
      return reply.code(201).send(presentAttachment(attachment));
    },
  );

  registerAuditTrail(app, ctx, {
    collection: '/ledenbrieven',
    tag: 'Ledenbrieven',
    name: 'Ledenbrief',
    exists: async (c, id) => (await getLetter(c.db, c.organisation.id, id)) !== undefined,
  });
}
