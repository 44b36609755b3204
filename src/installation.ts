import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from './app-context.js';
import { prefixCookiePath, prefixLinkHeader, prefixPath, setBasePath } from './base-path.js';
import { buildServer } from './server.js';
import {
  findOrganisationBySlug,
  listOrganisations,
  type OrganisationRecord,
  organisationChanges,
} from './store/repositories/organisations.js';

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

/**
 * The organisations (for their host names) are read at most once per this many milliseconds, and again at once
 * after a change in this process; a change made by another process (the CLI) is seen within this time.
 * Not kept per register version (src/store/version-cache.ts): it is read before any request is routed, and on
 * SQLite the version would cost a lookup on every request, for a list that changes a few times a year.
 */
const HOSTS_FRESH_MS = 1000;

export async function buildInstallation(options: InstallationOptions): Promise<Installation> {
  const { ctx } = options;
  const apps = new Map<string, Promise<FastifyInstance>>();
  /** The record each organisation's server was built with: every handler reads its name and settings from it. */
  const served = new Map<string, OrganisationRecord>();
  const appFor = (organisation: OrganisationRecord): Promise<FastifyInstance> => {
    // A renamed organisation (admin workspace, CLI) is served under its new name and settings without a
    // restart: its server's record takes over what was just read from the database.
    const current = served.get(organisation.id);
    if (current && current !== organisation) Object.assign(current, organisation);
    let app = apps.get(organisation.id);
    if (!app) {
      served.set(organisation.id, organisation);
      app = (async () => {
        const built = await buildServer({
          // Only the default organisation's administrators manage the installation's organisations.
          ctx: { ...ctx, organisation, managesOrganisations: organisation.id === ctx.organisation.id },
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

  let known: { at: number; changes: number; list: Promise<OrganisationRecord[]> } | null = null;
  const organisations = (): Promise<OrganisationRecord[]> => {
    const now = Date.now();
    if (known && now - known.at < HOSTS_FRESH_MS && known.changes === organisationChanges())
      return known.list;
    const read = { at: now, changes: organisationChanges(), list: listOrganisations(ctx.db) };
    read.list.catch(() => {
      if (known === read) known = null;
    });
    known = read;
    return read.list;
  };

  /** The organisation's server for a request (its URL without the `/o/{slug}` prefix), or an answer already given. */
  const target = async (
    request: IncomingMessage,
    response: ServerResponse | null,
  ): Promise<FastifyInstance | null> => {
    const url = request.url ?? '/';
    const match = PREFIX.exec(url);
    if (match) {
      const slug = safeDecode(match[1]);
      const organisation = slug === null ? undefined : await findOrganisationBySlug(ctx.db, slug);
      if (!organisation) {
        if (response) notFound(response);
        return null;
      }
      const base = `/o/${organisation.slug}`;
      if (match[2] === undefined) {
        response?.writeHead(308, { location: `${base}/${match[3] ?? ''}` }).end();
        return null;
      }
      request.url = `${match[2]}${match[3] ?? ''}`;
      setBasePath(request, base);
      if (response) underPrefix(response, base);
      return appFor(organisation);
    }
    const host = hostName(request.headers.host);
    const listed = await organisations();
    const byHost = host ? listed.find((o) => o.settings.hosts?.includes(host)) : undefined;
    return appFor(byHost ?? listed.find((o) => o.id === ctx.organisation.id) ?? ctx.organisation);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    (await target(request, response))?.routing(request, response);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Er ging iets mis aan de kant van de server.');
    });
  });
  // WebSocket upgrades (the ballot channel, ADR 027) go to the organisation's server like any request.
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    target(request, null).then(
      (app) => {
        if (app) app.server.emit('upgrade', request, socket, head);
        else socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      },
      () => socket.destroy(),
    );
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
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      // The organisations' servers close their WebSockets, which the HTTP server no longer manages but waits for.
      for (const app of apps.values()) await (await app).close();
      await closed;
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
