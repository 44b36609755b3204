import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from './app-context.js';
import { buildServer } from './server.js';
import { organisationsByHost } from './services/organisations/organisation-by-host.js';
import { findOrganisationBySlug, type OrganisationRecord } from './store/repositories/organisations.js';
import { prefixCookiePath, prefixLinkHeader, prefixPath, setBasePath } from './web/base-path.js';

/**
 * One installation, several organisations (ADR 009). Each organisation has its own server (its own context:
 * users, registers, settings, portal and API); this front picks it per request:
 * - `/o/{slug}/…` serves organisation {slug}, its pages and API under that prefix;
 * - a host name an organisation lists in its settings (`hosts`) serves it at /;
 * - everything else is the default organisation (ORGANISATION).
 * An organisation's server is built on its first request, so one created in the admin workspace or from the
 * CLI is served without a restart.
 */
export type InstallationOptions = {
  /** The default organisation's context; the others share its database, engine and clock. */
  ctx: AppContext;
  logger?: boolean;
  validateResponses?: boolean;
};

export type Installation = {
  server: Server;
  /** The server of an organisation (built on first use). */
  appFor(organisation: OrganisationRecord): Promise<FastifyInstance>;
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
};

const PREFIX = /^\/o\/([^/?#]+)(\/[^?#]*)?(\?.*)?$/;

export async function buildInstallation(options: InstallationOptions): Promise<Installation> {
  const { ctx } = options;
  const apps = new Map<string, Promise<FastifyInstance>>();
  const appFor = (organisation: OrganisationRecord): Promise<FastifyInstance> => {
    let app = apps.get(organisation.id);
    if (!app) {
      app = (async () => {
        const built = await buildServer({
          ctx: { ...ctx, organisation },
          logger: options.logger,
          validateResponses: options.validateResponses,
        });
        await built.ready();
        return built;
      })();
      app.catch(() => apps.delete(organisation.id));
      apps.set(organisation.id, app);
    }
    return app;
  };
  // The default organisation's server is ready before the first request.
  await appFor(ctx.organisation);
  const findOrganisationByHost = organisationsByHost(ctx.db);

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = request.url ?? '/';
    const match = PREFIX.exec(url);
    if (match) {
      const slug = safeDecode(match[1]);
      const organisation = slug === null ? undefined : await findOrganisationBySlug(ctx.db, slug);
      if (!organisation) return notFound(response);
      const base = `/o/${organisation.slug}`;
      if (match[2] === undefined) {
        response.writeHead(308, { location: `${base}/${match[3] ?? ''}` }).end();
        return;
      }
      request.url = `${match[2]}${match[3] ?? ''}`;
      setBasePath(request, base);
      underPrefix(response, base);
      (await appFor(organisation)).routing(request, response);
      return;
    }
    const host = hostName(request.headers.host);
    const byHost = host ? await findOrganisationByHost(host) : undefined;
    (await appFor(byHost ?? ctx.organisation)).routing(request, response);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Er ging iets mis aan de kant van de server.');
    });
  });

  return {
    server,
    appFor,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(
            typeof address === 'object' && address ? `http://${host}:${address.port}` : String(address),
          );
        });
      }),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      for (const app of apps.values()) await (await app).close();
    },
  };
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

function hostName(header: string | undefined): string | null {
  if (!header) return null;
  return header.replace(/:\d+$/, '').toLowerCase();
}

function notFound(response: ServerResponse): void {
  response
    .writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
    .end('Deze organisatie bestaat niet op deze installatie.');
}

/** Redirects, Link headers and cookies of an organisation served under a prefix stay under that prefix. */
function underPrefix(response: ServerResponse, base: string): void {
  const writeHead = response.writeHead.bind(response) as (
    status: number,
    ...rest: unknown[]
  ) => ServerResponse;
  const rewrite = (name: string, value: unknown): unknown => {
    const lower = name.toLowerCase();
    if (lower === 'location' && typeof value === 'string') return prefixPath(value, base);
    if (lower === 'link' && typeof value === 'string') return prefixLinkHeader(value, base);
    if (lower === 'set-cookie')
      return Array.isArray(value)
        ? value.map((cookie) => prefixCookiePath(String(cookie), base))
        : prefixCookiePath(String(value), base);
    return value;
  };
  (response as { writeHead: unknown }).writeHead = (status: number, ...rest: unknown[]) => {
    for (const name of response.getHeaderNames())
      response.setHeader(name, rewrite(name, response.getHeader(name)) as string);
    const headersArg = rest.find((arg) => typeof arg === 'object' && arg !== null) as
      | OutgoingHttpHeaders
      | undefined;
    if (headersArg && !Array.isArray(headersArg))
      for (const [name, value] of Object.entries(headersArg))
        (headersArg as Record<string, unknown>)[name] = rewrite(name, value);
    return writeHead(status, ...rest);
  };
}
