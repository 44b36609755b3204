import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { writerOf } from '../../auth/index.js';
import { fileAnalysisSchema } from '../../importer/analysis-schema.js';
import { type ImportErrorCode, isImportError } from '../../importer/errors.js';
import { importFile } from '../../importer/persist/import-file.js';
import { previewImport } from '../../importer/persist/preview-import.js';
import { analyseInWorker } from '../../importer/preview/analyse-in-worker.js';
import { ApiError, invalidParam } from '../errors/problem.js';
import { API_PREFIX } from '../http/api-version.js';
import { href } from '../http/schemas.js';

const TAGS = ['Documenten'];
/** The file itself as the body, with its own media type. */
const MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
  'application/octet-stream',
];
const MULTIPART = 'multipart/form-data';
const ACCEPTED =
  `Stuur het bestand als ${MULTIPART} (één bestand, bijvoorbeeld in het veld 'bestand') of als de bytes zelf ` +
  `met Content-Type ${MEDIA_TYPES.join(', ')}.`;
const binary = { type: 'string', format: 'binary', description: 'Het bestand zelf.' };
/** The request body as documented in the OpenAPI document (the route has no body schema: it reads bytes). */
const REQUEST_BODY = {
  required: true,
  description: ACCEPTED,
  content: {
    [MULTIPART]: {
      schema: {
        type: 'object',
        properties: { bestand: binary },
        required: ['bestand'],
      },
    },
    ...Object.fromEntries(MEDIA_TYPES.map((type) => [type, { schema: binary }])),
  },
};
/** A little over the importer's own limit, so a too large file gets the importer's clear message. */
const BODY_LIMIT = 26 * 1024 * 1024;

const STATUS_OF: Record<ImportErrorCode, number> = {
  empty_file: 422,
  file_too_large: 413,
  unsupported_format: 415,
  legacy_word_format: 415,
  pdf_unreadable: 422,
  pdf_without_text: 422,
  docx_unreadable: 422,
  file_unreadable: 400,
  document_too_complex: 413,
};

const query = z.strictObject({
  bestandsnaam: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .optional()
    .describe(
      'Naam van het bestand, bijvoorbeeld motie.pdf. Verplicht als de body het bestand zelf is; bij ' +
        `${MULTIPART} standaard de bestandsnaam van het meegestuurde bestand.`,
    ),
  voorbeeld: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: alleen lezen en herkennen en het resultaat tonen; er wordt niets opgeslagen.'),
});
const previewSchema = z
  .object({
    status: z.literal('voorbeeld'),
    analyse: fileAnalysisSchema.meta({ id: 'ImportAnalyse' }),
    register: z
      .object({
        telling: z.record(z.string(), z.number().int()).describe('Wat het inlezen zou opnemen of aanvullen.'),
        waarschuwingen: z
          .array(z.string())
          .describe(
            'Twijfelgevallen: een motie die mogelijk al in het register staat, een vergadering van een andere soort.',
          ),
      })
      .optional()
      .describe('Vergelijking met het register; ontbreekt als het bestand al is ingelezen.'),
  })
  .meta({ id: 'ImportVoorbeeld' });
const unchangedSchema = z
  .object({ status: z.literal('ongewijzigd'), melding: z.string(), _links: z.object({ document: href }) })
  .meta({ id: 'ImportOngewijzigd' });
const importedSchema = z
  .object({
    status: z.literal('ingelezen'),
    soort: z.string().describe('Herkende soort document.'),
    telling: z.record(z.string(), z.number().int()).describe('Aantallen nieuwe en aangevulde records.'),
    waarschuwingen: z.array(z.string()),
    _links: z.object({ document: href, herkomst: href }),
  })
  .meta({ id: 'ImportIngelezen' });

function problemOf(error: unknown): unknown {
  if (!isImportError(error)) return error;
  return new ApiError(STATUS_OF[error.code], error.code, 'Bestand niet te lezen', error.message);
}

const unsupportedMediaType = () =>
  new ApiError(
    415,
    'unsupported_media_type',
    'Mediatype niet ondersteund',
    `Dit mediatype wordt niet ondersteund. ${ACCEPTED}`,
  );

const fileTooLarge = () =>
  new ApiError(413, 'file_too_large', 'Bestand niet te lezen', 'Het bestand is te groot (maximaal 25 MB).');

/**
 * A form the multipart parser could not read (cut off, without its closing boundary, a broken part header)
 * is the client's error, never a 500; the parser's own errors (with a status, such as too many files) stand.
 */
function formError(error: unknown): unknown {
  if (error instanceof ApiError || (error as { statusCode?: unknown })?.statusCode !== undefined)
    return error;
  return invalidParam(
    'bestand',
    'invalid_multipart',
    `Het formulier (multipart/form-data) is onvolledig of beschadigd; er is niets opgeslagen. ${ACCEPTED}`,
  );
}

/** The uploaded file: the one file of a multipart form, or the body itself. */
async function uploadOf(request: FastifyRequest, given: z.output<typeof query>) {
  if (request.isMultipart()) {
    const file = await request
      .file({ limits: { fileSize: BODY_LIMIT, files: 1 } })
      .catch((error: unknown) => Promise.reject(formError(error)));
    if (!file) throw invalidParam('bestand', 'required', `Het formulier bevat geen bestand. ${ACCEPTED}`);
    const bytes = await file.toBuffer().catch((error: { code?: string }) => {
      if (error.code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge();
      throw formError(error);
    });
    return { name: given.bestandsnaam ?? (file.filename || 'bestand'), bytes };
  }
  const name = given.bestandsnaam;
  if (!name)
    throw invalidParam(
      'bestandsnaam',
      'required',
      'Geef de naam van het bestand (bestandsnaam), bijvoorbeeld motie.pdf.',
    );
  return { name, bytes: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0) };
}

/**
 * POST /imports: staff upload one archive document (as a multipart form or as the body itself). With
 * `voorbeeld=true` the analysis is shown and nothing stored; otherwise the document and its records
 * are stored in one transaction, and the same file again changes nothing.
 */
export function importRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      MEDIA_TYPES,
      { parseAs: 'buffer', bodyLimit: BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    await scope.register(multipart, { limits: { fileSize: BODY_LIMIT, files: 1, fields: 10 } });
    // Any other media type (JSON, a form without a file …) is refused with what is accepted instead.
    scope.addContentTypeParser('*', (_request, _payload, done) => done(unsupportedMediaType()));
    // A file sent as the body itself that is too large is refused as a multipart one is (file_too_large), not
    // with Fastify's own code; every other error goes on to the API's handler.
    scope.setErrorHandler((error: { code?: string }) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw fileTooLarge();
      throw error;
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/imports',
      {
        config: { policy: 'document.write' },
        bodyLimit: BODY_LIMIT,
        schema: {
          tags: TAGS,
          summary: 'Brondocument inlezen',
          description:
            'Het bestand (PDF, Word .docx of tekst) als multipart/form-data of als de body zelf. Herkent moties, ' +
            'resoluties, ledenbrieven, verantwoordingen en lijsten met uitslagen, met herkomst per record. Een ' +
            'ander mediatype geeft 415 met de mediatypen die wel werken.',
          consumes: [MULTIPART, ...MEDIA_TYPES],
          'x-requestBody': REQUEST_BODY,
          'x-fouten': ['413', '415', '422'],
          querystring: query,
          response: { 200: z.union([previewSchema, unchangedSchema]), 201: importedSchema },
        },
      },
      async (request, reply) => {
        const input = await uploadOf(request, request.query);
        if (request.query.voorbeeld === 'true') {
          const analyse = await analyseInWorker(input).catch((error: unknown) =>
            Promise.reject(problemOf(error)),
          );
          const preview = await previewImport(ctx.db, writerOf(request), input);
          // The records keep their provenance and other extra keys; the schema names the agreed fields.
          return {
            status: 'voorbeeld' as const,
            analyse: analyse as unknown as z.infer<typeof fileAnalysisSchema>,
            ...(preview.status === 'preview'
              ? { register: { telling: preview.counts, waarschuwingen: preview.registerWarnings } }
              : {}),
          };
        }
        const outcome = await importFile(ctx.db, writerOf(request), input);
        if (outcome.status === 'failed') {
          throw new ApiError(
            STATUS_OF[outcome.error.code as ImportErrorCode] ?? 422,
            outcome.error.code,
            'Bestand niet te lezen',
            outcome.error.message,
          );
        }
        const document = `${API_PREFIX}/documenten/${outcome.documentId}`;
        if (outcome.status === 'unchanged') {
          return {
            status: 'ongewijzigd' as const,
            melding: outcome.message,
            _links: { document: { href: document } },
          };
        }
        return reply
          .code(201)
          .header('location', document)
          .send({
            status: 'ingelezen' as const,
            soort: outcome.kind,
            telling: outcome.counts,
            waarschuwingen: outcome.warnings,
            _links: { document: { href: document }, herkomst: { href: `${document}/herkomst` } },
          });
      },
    );
  });
}
