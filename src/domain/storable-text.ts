/** A high surrogate not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A text that cannot be stored as it was given, where it sits in the input, and why (in Dutch). */
export type UnstorableText = { path: string; reason: string };

/**
 * Why a text cannot be stored as given, or null: a NUL character (PostgreSQL's text cannot hold it, so the same
 * input would be stored on one engine and fail on the other) or a lone surrogate (not Unicode: encoded as UTF-8 it
 * would silently become U+FFFD, the stored text not the text that was sent).
 */
export function unstorableReason(text: string): string | null {
  if (text.includes('\u0000')) return 'bevat het teken NUL (U+0000), dat niet kan worden opgeslagen';
  if (LONE_SURROGATE.test(text)) return 'bevat een ongeldig Unicode-teken (een losse surrogaat)';
  return null;
}

/**
 * The first string in a parsed body or query (objects and arrays walked, bytes skipped) that cannot be stored, with
 * its path ('indieners.0.naam').
 */
export function findUnstorableText(value: unknown, path = ''): UnstorableText | null {
  if (typeof value === 'string') {
    const reason = unstorableReason(value);
    return reason ? { path, reason } : null;
  }
  // An uploaded file's bytes are not text.
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return null;
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
  for (const [key, inner] of entries) {
    const at = path ? `${path}.${key}` : String(key);
    const keyReason = typeof key === 'string' ? unstorableReason(key) : null;
    if (keyReason) return { path: at, reason: keyReason };
    const found = findUnstorableText(inner, at);
    if (found) return found;
  }
  return null;
}

const decodeComponent = (text: string): string | null => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
};

/**
 * The names of the query parameters whose percent-encoding is broken (`%E9` alone is not UTF-8, `%zz` is no
 * encoding at all), 'query' for a key that does not decode either: read anyway they would hold U+FFFD, not what was
 * sent.
 */
export function badlyEncodedParams(search: string): string[] {
  const out: string[] = [];
  for (const pair of search.split('&')) {
    if (pair === '') continue;
    const [rawKey, ...rest] = pair.split('=');
    const key = decodeComponent(rawKey);
    if (key !== null && decodeComponent(rest.join('=')) !== null) continue;
    out.push(key ?? 'query');
  }
  return out;
}
