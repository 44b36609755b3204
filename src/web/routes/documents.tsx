import { createReadStream } from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findOriginal } from '../../importer/persist/original-files.js';
import { findVisibleDocument } from '../../services/registers/find-visible-document.js';
import { listProvenanceForDocument } from '../../store/repositories/documents.js';
import { type TitledKind, titlesOf } from '../../store/repositories/web-queries.js';
import { shorten } from '../format.js';
import { DocumentPage } from '../pages/DocumentPage.js';
import { isUuid, pageNotFound, sendPage, type Web } from '../web.js';

const PATHS: Record<TitledKind, { path: string; name: string }> = {
  motion: { path: '/moties', name: 'Motie' },
  resolution: { path: '/resoluties', name: 'Resolutie' },
  agreement: { path: '/afspraken', name: 'Afspraak' },
  letter: { path: '/ledenbrieven', name: 'Ledenbrief' },
  meeting: { path: '/vergaderingen', name: 'Vergadering' },
};

export function documentRoutes(app: FastifyInstance, web: Web): void {
  /** Source documents are public once imported, unless drawn from a concept (see canSeeDocument). */
  const load = async (request: FastifyRequest, id: string) => {
    const doc = isUuid(id)
      ? await findVisibleDocument({
          db: web.ctx.db,
          organisationId: web.ctx.organisation.id,
          reader: request.principal,
          documentId: id,
        })
      : undefined;
    if (!doc) throw pageNotFound();
    return doc;
  };

  app.get<{ Params: { id: string } }>('/documenten/:id', async (request, reply) => {
    const { db, organisation } = web.ctx;
    const document = await load(request, request.params.id);
    const spans = await listProvenanceForDocument(db, organisation.id, document.id);
    const records: { href: string; label: string }[] = [];
    for (const kind of Object.keys(PATHS) as TitledKind[]) {
      const ids = [...new Set(spans.filter((s) => s.entityKind === kind).map((s) => s.entityId))];
      const titles = await titlesOf(db, organisation.id, kind, ids);
      for (const [id, title] of titles)
        records.push({
          href: `${PATHS[kind].path}/${id}`,
          label: `${PATHS[kind].name}: ${shorten(title, 100)}`,
        });
    }
    const hasOriginal = findOriginal(document.storagePath) !== null;
    return sendPage(
      reply,
      <DocumentPage ctx={await web.pageContext(request)} data={{ document, hasOriginal, records }} />,
    );
  });

  app.get<{ Params: { id: string } }>('/documenten/:id/bestand', async (request, reply) => {
    const document = await load(request, request.params.id);
    const original = findOriginal(document.storagePath);
    if (!original) throw pageNotFound();
    const name = encodeURIComponent(document.filename);
    return (
      reply
        .type(document.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${name}`)
        // Seen signed in, it may be a concept's source: then no shared cache may keep it.
        .header(
          'cache-control',
          `${request.principal.role === 'public' ? 'public' : 'private'}, max-age=86400`,
        )
        .send(createReadStream(original))
    );
  });
}
