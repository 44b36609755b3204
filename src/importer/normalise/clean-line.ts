const SAFELINK = /https?:\/\/[\w.-]*safelinks\.protection\.outlook\.com\/?\?url=([^&\s]+)[^\s]*/gi;
const MARKDOWN_LINK = /\[([^\]\n]+)\]\(([^)\s]*)\)/g;
const ANGLE_URL = /<(https?:\/\/[^>\s]+)>/g;
const ANONYMISED = /\(\s*geanonimiseerd\s*\)|\[\s*geanonimiseerd\s*\]/gi;
/** A line of only punctuation, underscores or box drawing is layout residue, not text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** Anything beyond printable ASCII (or a tab): the line may need its spaces and control characters cleaned. */
const NOT_PLAIN = /[^\x20-\x7e]/;
const RESIDUE = /^[\s_=~*·.·…|¦]+$/u;

/** The target of a mail-client safelink; the wrapper is noise that changes per recipient. */
export function decodeSafelinks(text: string): string {
  return text.replace(SAFELINK, (whole, encoded: string) => {
    try {
      return decodeURIComponent(encoded);
    } catch {
      return whole;
    }
  });
}

/** Normalise one extracted line: spacing, links, anonymisation markers; empty when it carries no text. */
export function cleanLine(raw: string): string {
  // Each step only where the line has what it looks for (most lines are plain text): the same result, fewer scans.
  let text = raw;
  if (NOT_PLAIN.test(text))
    text = text
      .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g, ' ')
      .replace(/[\u00ad\ufeff]/g, '')
      .replace(CONTROL, '');
  if (/safelinks/i.test(text)) text = decodeSafelinks(text);
  if (text.includes('](')) text = text.replace(MARKDOWN_LINK, (_whole, label: string) => label);
  if (text.includes('<')) text = text.replace(ANGLE_URL, '$1');
  if (/geanonimiseerd/i.test(text)) text = text.replace(ANONYMISED, '[geanonimiseerd]');
  if (text.includes('. ')) {
    text = text.replace(/\b([a-z])\. (?=[a-z]\.)/g, '$1.').replace(/\b([a-z]\.[a-z])\. (?=[a-z]\.)/g, '$1.');
    text = text.replace(/\b([01]?\d|2[0-3])[.:] ([0-5]\d)\b(?=\s*(?:uur|[-–—]|tot\b|$))/g, '$1.$2');
  } else if (text.includes(': '))
    text = text.replace(/\b([01]?\d|2[0-3])[.:] ([0-5]\d)\b(?=\s*(?:uur|[-–—]|tot\b|$))/g, '$1.$2');
  if (text.includes(' ,') || text.includes(' ;')) text = text.replace(/(\S) +([,;])/g, '$1$2');
  if (text.includes('  ')) text = text.replace(/ {2,}/g, ' ');
  text = text.trim();
  if (RESIDUE.test(text) && !/^[-–—•]$/.test(text)) return '';
  return text;
}
