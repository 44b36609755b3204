import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { writerOf } from '../../../auth/index.js';
import { versionLabel } from '../../../domain/vocabulary/index.js';
import { portalWords } from '../../../domain/vocabulary/organisation-kind.js';
import { draftResolution, editResolution } from '../../../services/resolutions/draft-resolution.js';
import { draftResolutionVersion } from '../../../services/resolutions/draft-resolution-version.js';
import { publishResolutionVersion } from '../../../services/resolutions/publish-resolution-version.js';
import {
  getResolution,
  listResolutionVersions,
  type ResolutionRecord,
} from '../../../store/repositories/resolutions.js';
import { clausesToInput, parseClauseInput } from '../../clause-input.js';
import {
  errorsFromRefusal,
  type FormErrors,
  type FormValues,
  hasErrors,
  readForm,
  requireText,
} from '../../forms.js';
import { type ResolutionFormData, ResolutionFormPage } from '../../pages/staff/ResolutionFormPage.js';
import { redirectWithNotice, staffContext, staffOnly } from '../../staff.js';
import { chosen, meetingOptions } from '../../staff-options.js';
import { isUuid, pageNotFound, sendPage, type Web } from '../../web.js';

type Id = { Params: { id: string } };
const FIELDS = { titel: 'title', vergadering: 'meetingId', label: 'label', overwegingen: 'clauses' };

export function staffResolutionRoutes(app: FastifyInstance, web: Web): void {
  // Resolutions are the association's; a council has none (its pages answer 404, as the public ones do).
  if (!portalWords(web.ctx.organisation.kind ?? 'vereniging').associationParts) return;
  const { db, organisation } = web.ctx;
  const load = async (id: string) => {
    const r = isUuid(id) ? await getResolution(db, organisation.id, id) : undefined;
    if (!r) throw pageNotFound();
    return r;
  };
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    resolution: ResolutionRecord | null,
    parts: Partial<Pick<ResolutionFormData, 'values' | 'errors' | 'versionValues' | 'versionErrors'>>,
  ) => {
    const versions = resolution ? await listResolutionVersions(db, organisation.id, resolution.id) : [];
    const latest = versions.at(-1);
    const data: ResolutionFormData = {
      resolution,
      versions,
      values:
        parts.values ??
        (resolution ? { title: resolution.title, meetingId: resolution.meetingId ?? '' } : {}),
      errors: parts.errors ?? {},
      versionValues: parts.versionValues ?? { clauses: latest ? clausesToInput(latest.clauses) : '' },
      versionErrors: parts.versionErrors ?? {},
      meetings: await meetingOptions(web),
    };
    const failed = hasErrors(data.errors) || hasErrors(data.versionErrors);
    return sendPage(
      reply,
      <ResolutionFormPage ctx={await staffContext(web, request, reply)} data={data} />,
      failed ? 400 : 200,
    );
  };
  const validate = async (v: FormValues, errors: FormErrors) => {
    requireText(errors, v, 'title', 'de titel', 300);
    const meetingId = chosen(v.meetingId, await meetingOptions(web));
    if (v.meetingId && !meetingId) errors.meetingId = 'Kies een vergadering uit de lijst.';
    return { title: v.title, meetingId };
  };
  const refusal = async (
    request: FastifyRequest,
    reply: FastifyReply,
    r: ResolutionRecord | null,
    v: FormValues,
    error: unknown,
  ) => {
    const refused = errorsFromRefusal(error, FIELDS);
    if (!refused) throw error;
    return render(request, reply, r, { values: v, errors: refused });
  };

  app.get('/beheer/resoluties/nieuw', { preHandler: staffOnly('resolution.write') }, (request, reply) =>
    render(request, reply, null, {}),
  );

  app.post(
    '/beheer/resoluties/nieuw',
    { preHandler: staffOnly('resolution.write') },
    async (request, reply) => {
      const v = readForm(request.body);
      const errors: FormErrors = {};
      const input = await validate(v, errors);
      if (hasErrors(errors)) return render(request, reply, null, { values: v, errors });
      try {
        const created = await draftResolution({ db, writer: writerOf(request), ...input });
        return redirectWithNotice(reply, `/beheer/resoluties/${created.id}`, 'aangemaakt');
      } catch (error) {
        return refusal(request, reply, null, v, error);
      }
    },
  );

  app.get<Id>(
    '/beheer/resoluties/:id',
    { preHandler: staffOnly('resolution.write') },
    async (request, reply) => render(request, reply, await load(request.params.id), {}),
  );

  app.post<Id>(
    '/beheer/resoluties/:id',
    { preHandler: staffOnly('resolution.write') },
    async (request, reply) => {
      const resolution = await load(request.params.id);
      const v = readForm(request.body);
      const errors: FormErrors = {};
      const changes = await validate(v, errors);
      if (hasErrors(errors)) return render(request, reply, resolution, { values: v, errors });
      try {
        await editResolution({ db, writer: writerOf(request), resolutionId: resolution.id, changes });
        return redirectWithNotice(reply, `/beheer/resoluties/${resolution.id}`, 'opgeslagen');
      } catch (error) {
        return refusal(request, reply, resolution, v, error);
      }
    },
  );

  app.post<Id>(
    '/beheer/resoluties/:id/versies',
    { preHandler: staffOnly('resolution.write') },
    async (request, reply) => {
      const resolution = await load(request.params.id);
      const v = readForm(request.body);
      const errors: FormErrors = {};
      const label = versionLabel.is(v.label) ? v.label : null;
      if (!label) errors.label = 'Kies de soort versie.';
      const { clauses, error } = parseClauseInput(v.clauses ?? '');
      if (error) errors.clauses = error;
      if (hasErrors(errors) || !label)
        return render(request, reply, resolution, { versionValues: v, versionErrors: errors });
      try {
        await draftResolutionVersion({
          db,
          writer: writerOf(request),
          resolutionId: resolution.id,
          label,
          explanation: v.explanation || null,
          clauses,
        });
        return redirectWithNotice(reply, `/beheer/resoluties/${resolution.id}`, 'aangemaakt');
      } catch (e) {
        const refused = errorsFromRefusal(e, FIELDS);
        if (!refused) throw e;
        return render(request, reply, resolution, { versionValues: v, versionErrors: refused });
      }
    },
  );

  app.post<{ Params: { id: string; versionId: string } }>(
    '/beheer/resoluties/:id/versies/:versionId/publiceren',
    { preHandler: staffOnly('resolution.publishVersion') },
    async (request, reply) => {
      const resolution = await load(request.params.id);
      try {
        await publishResolutionVersion({
          db,
          writer: writerOf(request),
          resolutionId: resolution.id,
          versionId: request.params.versionId,
        });
        return redirectWithNotice(reply, `/beheer/resoluties/${resolution.id}`, 'gepubliceerd');
      } catch (error) {
        return refusal(
          request,
          reply,
          resolution,
          { title: resolution.title, meetingId: resolution.meetingId ?? '' },
          error,
        );
      }
    },
  );
}
