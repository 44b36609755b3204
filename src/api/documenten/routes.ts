import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { type Principal, writerOf } from '../../auth/index.js';
import { describeDocument } from '../../services/registers/describe-document.js';
import { findVisibleDocument } from '../../services/registers/find-visible-document.js';
import { documentListScope } from '../../services/visibility.js';
import {
  type DocumentRecord,
  getDocument,
  listDocuments,
  listProvenanceForDocument,
} from '../../store/repositories/documents.js';
import { registerAuditTrail } from '../audittrail/register-audit-trail.js';
import { notFound } from '../errors/problem.js';
import { API_PREFIX } from '../http/api-version.js';
import { pageOnlyQuery, pageSchema, presentPage, presentSlice, toPage } from '../http/pagination.js';
import { csvEnum, href, idParams, pageQueryKeys, q, sortParam, timestamp } from '../http/schemas.js';

const TAGS = ['Documenten'];
const KINDS = [
  'resolution',
  'motion',
  'motion-list',
  'amendment',
  'commitment-list',
  'letter',
  'accountability-report',
  'agenda',
  'minutes',
  'other',
] as const;

const documentSchema = z
  .object({
    id: z.string(),
    bestandsnaam: z.string(),
    mediatype: z.string(),
    grootte: z.number().int().describe('Bytes.'),
    sha256: z.string().describe('Hash van de inhoud: dezelfde inhoud wordt niet twee keer ingelezen.'),
    soort: z.string().describe(`Soort document: ${KINDS.join(', ')}.`),
    titel: z.string().nullable(),
    status: z.string().describe('Stand van het inlezen.'),
    waarschuwingen: z.array(z.string()),
    ingelezenOp: timestamp.nullable(),
    _links: z.object({ self: href, herkomst: href, audittrail: href }),
  })
  .meta({ id: 'Document' });
const documentDetailSchema = documentSchema
  .extend({ tekst: z.string().describe('De uit het document gehaalde tekst.') })
  .meta({ id: 'DocumentDetail' });
const herkomstSchema = z.object({
  soort: z.string().describe('Soort record dat uit dit document kwam.'),
  record: z.string(),
  vanRegel: z.number().int().nullable(),
  totRegel: z.number().int().nullable(),
  pagina: z.number().int().nullable(),
});
const listQuery = z.strictObject({
  soort: csvEnum(KINDS, 'Filter op soort.').optional(),
  q: q.optional().describe('Zoek in bestandsnaam en titel.'),
  sort: sortParam({ aangemaakt: 'created', bestandsnaam: 'filename' }, '-aangemaakt'),
  ...pageQueryKeys,
});

function present(d: DocumentRecord) {
  const self = `${API_PREFIX}/documenten/${d.id}`;
  return {
    id: d.id,
    bestandsnaam: d.filename,
    mediatype: d.mediaType,
    grootte: d.size,
    sha256: d.contentHash,
    soort: d.kind,
    titel: d.title,
    status: d.status,
    waarschuwingen: d.warnings,
    ingelezenOp: d.importedAt,
    _links: {
      self: { href: self },
      herkomst: { href: `${self}/herkomst` },
      audittrail: { href: `${self}/audittrail` },
    },
  };
}

/** /documenten: imported source documents (upload is under /imports, by the importer). */
export function documentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const org = ctx.organisation.id;
  /** A document the reader may not see (the source of a concept, an upload in preview) is as missing. */
  const find = async (reader: Principal, id: string) => {
    const doc = await findVisibleDocument({ db: ctx.db, organisationId: org, reader, documentId: id });
    if (!doc) throw notFound('Document', id);
    return doc;
  };

  r.get(
    '/documenten',
    {
      schema: {
        tags: TAGS,
        summary: 'Brondocumenten',
        description: 'Ingelezen brondocumenten (PDF, DOCX, tekst).',
        querystring: listQuery,
        response: { 200: pageSchema(documentSchema) },
      },
    },
    async (request, reply) => {
      const qy = request.query;
      const scope = documentListScope(request.principal);
      const result = await listDocuments(
        ctx.db,
        org,
        { kind: qy.soort, q: qy.q, ...scope },
        toPage(qy),
        qy.sort,
      );
      return presentPage(request, reply, qy, { items: result.items.map(present), total: result.total });
    },
  );

  r.get(
    '/documenten/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Eén brondocument met de gehaalde tekst',
        description: 'Gegevens van het document en de tekst die eruit is gehaald.',
        params: idParams,
        response: { 200: documentDetailSchema },
      },
    },
    async (request) => {
      const doc = await find(request.principal, request.params.id);
      return { ...present(doc), tekst: doc.text };
    },
  );

  r.get(
    '/documenten/:id/herkomst',
    {
      schema: {
        tags: TAGS,
        summary: 'Wat uit dit document is gehaald',
        description: 'De records die uit dit document zijn ingelezen, met regel- of paginaverwijzing.',
        params: idParams,
        querystring: pageOnlyQuery,
        response: { 200: pageSchema(herkomstSchema) },
      },
    },
    async (request, reply) => {
      const spans = await listProvenanceForDocument(
        ctx.db,
        org,
        (await find(request.principal, request.params.id)).id,
      );
      return presentSlice(
        request,
        reply,
        request.query,
        spans.map((p) => ({
          soort: p.entityKind,
          record: p.entityId,
          vanRegel: p.fromLine,
          totRegel: p.toLine,
          pagina: p.page,
        })),
      );
    },
  );

  r.patch(
    '/documenten/:id',
    {
      config: { policy: 'document.write' },
      schema: {
        tags: TAGS,
        summary: 'Beschrijving van een document corrigeren',
        description: 'Titel en soort; de inhoud en de gehaalde tekst blijven zoals ingelezen.',
        params: idParams,
        body: z.strictObject({
          titel: z.string().trim().min(1).max(500).nullable().optional(),
          soort: z.enum(KINDS).optional(),
        }),
        response: { 200: documentSchema },
      },
    },
    async (request) => {
      const changes = Object.fromEntries(
        Object.entries({ title: request.body.titel, kind: request.body.soort }).filter(
          ([, v]) => v !== undefined,
        ),
      );
      return present(
        await describeDocument({
          db: ctx.db,
          writer: writerOf(request),
          documentId: request.params.id,
          changes,
        }),
      );
    },
  );

  registerAuditTrail(app, ctx, {
    collection: '/documenten',
    tag: 'Documenten',
    name: 'Document',
    exists: async (c, id) => (await getDocument(c.db, c.organisation.id, id)) !== undefined,
    readable: async (c, reader, id) =>
      (await findVisibleDocument({ db: c.db, organisationId: c.organisation.id, reader, documentId: id })) !==
      undefined,
  });
}
