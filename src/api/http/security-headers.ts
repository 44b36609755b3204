/**
 * Headers on every API response (and on errors raised before routing). An API answer is data, never a page:
 * nothing in it may run, be framed or sniffed into another type. The portal sets its own, page-shaped policy.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

/** HSTS, only when the request came over HTTPS (directly or, with TRUST_PROXY, per X-Forwarded-Proto). */
export const HSTS = 'max-age=31536000; includeSubDomains';
