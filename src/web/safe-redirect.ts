const BASE = 'http://motiemonitor.invalid';

/**
 * The path to go back to after signing in, only when it stays on this site: "/beheer/moties?pagina=2".
 * Browsers drop tabs and line breaks from addresses and read "\" as "/", so "/\t/elders.example" would leave
 * the site: anything with a control character, white space or a backslash is refused, as is "//host" and every
 * absolute address. Returns '' when the value is not such a path.
 */
export function localPath(value: string): string {
  if (value.length === 0 || value.length > 2000) return '';
  if (!value.startsWith('/') || value.startsWith('//')) return '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x20 || (code >= 0x7f && code <= 0xa0) || char === '\\') return '';
  }
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return '';
  }
  if (url.origin !== BASE) return '';
  return `${url.pathname}${url.search}${url.hash}`;
}
