import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactElement } from 'react';
import { type FormErrors, hasErrors } from '../../forms.js';
import type { PageContext } from '../../page-context.js';
import { staffContext } from '../../staff.js';
import { sendPage, type Web } from '../../web.js';

/** A form page of the member workspace for the signed-in account: 400 while it shows errors. */
export async function sendFormPage<D extends { errors: FormErrors }>(
  web: Web,
  request: FastifyRequest,
  reply: FastifyReply,
  Page: (props: { ctx: PageContext; data: D }) => ReactElement,
  data: D,
): Promise<FastifyReply> {
  const ctx = await staffContext(web, request, reply);
  return sendPage(reply, <Page ctx={ctx} data={data} />, hasErrors(data.errors) ? 400 : 200);
}
