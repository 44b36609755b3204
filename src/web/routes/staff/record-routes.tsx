import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ReactNode } from 'react';
import { type Action, writerOf } from '../../../auth/index.js';
import type { WriteContext } from '../../../store/audit.js';
import type { FieldSpec } from '../../components/SpecFields.js';
import {
  errorsFromRefusal,
  type FormErrors,
  type FormValues,
  hasErrors,
  readForm,
  validateSpecs,
} from '../../forms.js';
import { type PageContext, viewerMay } from '../../page-context.js';
import { RecordFormPage } from '../../pages/staff/RecordFormPage.js';
import { redirectWithNotice, staffContext, staffOnly, staffOnlyAny } from '../../staff.js';
import { isUuid, pageNotFound, queryString, sendPage, type Web } from '../../web.js';

/** How one simple register is edited: its fields, how to read a record, and which services write it. */
export type RecordResource<R extends { id: string }> = {
  path: string;
  action: Action;
  name: { new: string; edit: (record: R) => string };
  specs: (record: R | null) => Promise<FieldSpec[]>;
  load: (id: string) => Promise<R | undefined>;
  values: (record: R) => FormValues;
  create: (values: FormValues, writer: WriteContext) => Promise<{ id: string }>;
  update: (record: R, values: FormValues, writer: WriteContext) => Promise<unknown>;
  /** The record's page on the portal; records without one (users) name their list in `backTo` instead. */
  publicHref?: (record: R) => string;
  backTo?: { href: string; label: string };
  /** Maps a service's Dutch parameter names to our field names. */
  fields?: Record<string, string>;
  after?: (ctx: PageContext, record: R) => Promise<ReactNode>;
  /**
   * Roles that may not edit a record but may use one of the forms below it (`after`: the board sets an
   * agreement's stand) open its page with those forms alone, under this title.
   */
  view?: { action: Action; title: (record: R) => string };
};

/** GET/POST …/nieuw and GET/POST …/:id for a register, with validation, kept values and PRG redirects. */
export function registerRecordRoutes<R extends { id: string }>(
  app: FastifyInstance,
  web: Web,
  res: RecordResource<R>,
): void {
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    record: R | null,
    values: FormValues,
    errors: FormErrors,
  ) => {
    const ctx = await staffContext(web, request, reply);
    const editable = viewerMay(ctx.viewer, res.action);
    const title = !record
      ? res.name.new
      : editable || !res.view
        ? res.name.edit(record)
        : res.view.title(record);
    const page = (
      <RecordFormPage
        ctx={ctx}
        editable={editable}
        title={title}
        action={record ? `${res.path}/${record.id}` : `${res.path}/nieuw`}
        submitLabel={record ? 'Wijzigingen opslaan' : 'Aanmaken'}
        specs={await res.specs(record)}
        values={values}
        errors={errors}
        link={record ? linkOf(record) : undefined}
        after={record && res.after ? await res.after(ctx, record) : undefined}
      />
    );
    return sendPage(reply, page, hasErrors(errors) ? 400 : 200);
  };
  const linkOf = (record: R) =>
    res.publicHref ? { href: res.publicHref(record), label: 'Bekijk de openbare pagina' } : res.backTo;
  const load = async (id: string) => {
    const record = isUuid(id) ? await res.load(id) : undefined;
    if (!record) throw pageNotFound();
    return record;
  };
  const save = async (request: FastifyRequest, reply: FastifyReply, record: R | null) => {
    const values = readForm(request.body);
    const errors = validateSpecs(await res.specs(record), values);
    if (hasErrors(errors)) return render(request, reply, record, values, errors);
    try {
      const writer = writerOf(request);
      if (record) {
        await res.update(record, values, writer);
        return redirectWithNotice(reply, `${res.path}/${record.id}`, 'opgeslagen');
      }
      const created = await res.create(values, writer);
      return redirectWithNotice(reply, `${res.path}/${created.id}`, 'aangemaakt');
    } catch (error) {
      const refused = errorsFromRefusal(error, res.fields);
      if (!refused) throw error;
      return render(request, reply, record, values, refused);
    }
  };
  const guard = { preHandler: staffOnly(res.action) };
  // A record's page opens to the roles of its other forms too (read-only for them); saving it does not.
  const viewGuard = res.view ? { preHandler: staffOnlyAny([res.action, res.view.action]) } : guard;
  app.get(`${res.path}/nieuw`, guard, (request, reply) => render(request, reply, null, {}, {}));
  app.post(`${res.path}/nieuw`, guard, (request, reply) => save(request, reply, null));
  app.get<{ Params: { id: string } }>(`${res.path}/:id`, viewGuard, async (request, reply) => {
    const record = await load(request.params.id);
    const refused = queryString(request.query, 'fout').slice(0, 300);
    return render(request, reply, record, res.values(record), refused ? { '': refused } : {});
  });
  app.post<{ Params: { id: string } }>(`${res.path}/:id`, guard, async (request, reply) =>
    save(request, reply, await load(request.params.id)),
  );
}
