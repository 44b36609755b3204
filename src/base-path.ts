import type { IncomingMessage } from 'node:http';

/**
 * An organisation's portal served under a path (/o/{slug}, ADR 009): the installation strips the prefix before
 * the organisation's server routes the request and marks the request with it, so the pages, redirects and
 * cookies the server sends point back under the same prefix. The pages themselves link from the root ("/moties").
 */
const BASE_PATH = Symbol('motiemonitor.basePath');

type Marked = IncomingMessage & { [BASE_PATH]?: string };

export function setBasePath(request: IncomingMessage, base: string): void {
  (request as Marked)[BASE_PATH] = base;
}

/** "/o/lindenhout" for a request that came in under that prefix; "" at the root. */
export function basePathOf(request: IncomingMessage): string {
  return (request as Marked)[BASE_PATH] ?? '';
}

/** Every root-relative link, form action and source in a page, under the prefix ("//host" is left alone). */
export function rewriteHtml(html: string, base: string): string {
  if (!base) return html;
  return html.replace(/(\s(?:href|action|src|formaction)=")\/(?!\/)/g, `$1${base}/`);
}

/** A root-relative address (a redirect's Location, a Link header's target) under the prefix. */
export function prefixPath(value: string, base: string): string {
  if (!base) return value;
  return value.startsWith('/') && !value.startsWith('//') ? `${base}${value}` : value;
}

/** A Link header: each <…> target under the prefix. */
export function prefixLinkHeader(value: string, base: string): string {
  if (!base) return value;
  return value.replace(/<\/(?!\/)/g, `<${base}/`);
}

/** A cookie set at Path=/ is set at the prefix, so organisations on one host keep their sessions apart. */
export function prefixCookiePath(value: string, base: string): string {
  if (!base) return value;
  return value.replace(/;\s*Path=\/(?=;|$)/i, `; Path=${base}`);
}

/**
 * A JSON body of the API: every address in the API (`"href": "/api/v1/moties/…"` of the links, a problem's
 * `instance`, the OpenAPI document's server `url`) under the prefix, as the Link header already is. Only those
 * keys: a title that happens to read "/api/v1/…" is data and stays as it is.
 */
export function prefixApiAddresses(json: string, base: string, apiPrefix: string): string {
  if (!base) return json;
  const escaped = apiPrefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return json.replace(
    new RegExp(`("(?:href|instance|url)":")${escaped}(?=[/"?#])`, 'g'),
    `$1${base}${apiPrefix}`,
  );
}
