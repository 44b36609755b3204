import type { FastifyInstance } from 'fastify';
import { writerOf } from '../../../auth/index.js';
import { isImportError } from '../../../importer/errors.js';
import { importFile } from '../../../importer/persist/import-file.js';
import { previewImport } from '../../../importer/persist/preview-import.js';
import { analyseInWorker } from '../../../importer/preview/analyse-in-worker.js';
import { type FormErrors, readForm } from '../../forms.js';
import { PreviewPage, UploadPage } from '../../pages/staff/UploadPages.js';
import { redirectWithNotice, staffContext, staffOnly } from '../../staff.js';
import { dropUpload, keepUpload, takeUpload } from '../../upload-store.js';
import { sendPage, type Web } from '../../web.js';

/** What the multipart parser (see plugin) leaves in the body for a file field. */
export type UploadedFile = { filename: string; bytes: Buffer };
const isUpload = (value: unknown): value is UploadedFile =>
  typeof value === 'object' && value !== null && 'bytes' in value && 'filename' in value;

/** Upload a source document, see what the importer recognises, then confirm (or cancel) the import. */
export function staffDocumentRoutes(app: FastifyInstance, web: Web): void {
  const guard = { preHandler: staffOnly('document.write') };
  const form = async (
    request: Parameters<typeof staffContext>[1],
    reply: Parameters<typeof staffContext>[2],
    errors: FormErrors,
  ) =>
    sendPage(
      reply,
      <UploadPage ctx={await staffContext(web, request, reply)} errors={errors} />,
      Object.keys(errors).length ? 400 : 200,
    );

  app.get('/beheer/documenten/nieuw', guard, (request, reply) => form(request, reply, {}));

  app.post('/beheer/documenten/voorbeeld', guard, async (request, reply) => {
    const file = (request.body as Record<string, unknown> | undefined)?.bestand;
    // No file chosen (a browser sends an empty part without a name); a chosen file that is empty is the
    // importer's to refuse, by its name.
    if (!isUpload(file) || !file.filename)
      return form(request, reply, { bestand: 'Kies een bestand om te importeren.' });
    const upload = { name: file.filename, bytes: new Uint8Array(file.bytes) };
    try {
      // The worker vets the file first (heap limit, deadline); only a file it could read is previewed here.
      const analysis = await analyseInWorker(upload);
      const register = await previewImport(web.ctx.db, writerOf(request), upload);
      const token = await keepUpload(web.ctx.db, request, upload);
      return sendPage(
        reply,
        <PreviewPage
          ctx={await staffContext(web, request, reply)}
          token={token}
          analysis={analysis}
          register={register}
        />,
      );
    } catch (error) {
      if (!isImportError(error)) throw error;
      return form(request, reply, { bestand: error.message });
    }
  });

  app.post('/beheer/documenten/bevestigen', guard, async (request, reply) => {
    const token = readForm(request.body).token ?? '';
    const upload = await takeUpload(web.ctx.db, request, token);
    if (!upload)
      return form(request, reply, { bestand: 'Het voorbeeld is verlopen. Kies het bestand opnieuw.' });
    const outcome = await importFile(web.ctx.db, writerOf(request), upload);
    await dropUpload(web.ctx.db, request, token);
    if (outcome.status === 'failed') return form(request, reply, { bestand: outcome.error.message });
    return redirectWithNotice(
      reply,
      `/documenten/${outcome.documentId}`,
      outcome.status === 'unchanged' ? 'ongewijzigd' : 'geimporteerd',
    );
  });

  app.post('/beheer/documenten/annuleren', guard, async (request, reply) => {
    await dropUpload(web.ctx.db, request, readForm(request.body).token ?? '');
    return reply.redirect('/beheer/documenten/nieuw', 303);
  });
}
