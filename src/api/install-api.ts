import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { csrfGuard } from '../auth/index.js';
import { basePathOf, prefixApiAddresses } from '../base-path.js';
import { installErrorHandling } from './errors/error-handler.js';
import { API_PREFIX } from './http/api-version.js';
import { applyEtag } from './http/etag.js';
import { checkRoutePolicy } from './http/policy-hook.js';
import { checkRequestTarget } from './http/request-target.js';
import { SECURITY_HEADERS } from './http/security-headers.js';
import { serializerCompiler } from './http/serializer.js';
import { refuseUnstorableText } from './http/storable-input.js';
import { RESOURCES } from './resources.js';

export type ApiOptions = { ctx: AppContext; validateResponses?: boolean };

/**
 * The REST API under /api/v1: zod validation, problem+json errors, ETags, CSRF for cookie writes,
 * then one plugin per resource (see resources.ts). Register with `{ prefix: API_PREFIX }`.
 */
export async function apiPlugin(app: FastifyInstance, options: ApiOptions): Promise<void> {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler(options.validateResponses ?? false));
  installErrorHandling(app);
  // JSON as usual (prototype poisoning refused), but an empty body is simply no body: `curl -X POST -H
  // 'Content-Type: application/json' …/indienen` is a normal way to take a step that needs no input.
  const json = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    ['application/json', 'application/merge-patch+json'],
    { parseAs: 'string' },
    (request, body, done) =>
      (body as string).trim() === '' ? done(null, undefined) : json(request, body as string, done),
  );
  // Unknown query keys are refused everywhere, also on routes that take no query at all.
  app.addHook('onRoute', (route) => {
    if (route.method === 'HEAD') return;
    route.schema = { ...route.schema, querystring: route.schema?.querystring ?? z.strictObject({}) };
  });
  app.addHook('onRequest', checkRequestTarget);
  app.addHook('preValidation', checkRoutePolicy);
  app.addHook('preValidation', refuseUnstorableText);
  app.addHook('preHandler', csrfGuard);
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return applyEtag(request, reply, underBasePath(request, reply, payload));
  });
  for (const register of RESOURCES) await register(app, options.ctx);
}

/** An organisation served under a prefix (/o/{slug}): the addresses in its JSON point back under the prefix. */
function underBasePath(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  const base = basePathOf(request.raw);
  if (!base || typeof payload !== 'string') return payload;
  const type = String(reply.getHeader('content-type') ?? '');
  return /json/.test(type) ? prefixApiAddresses(payload, base, API_PREFIX) : payload;
}
