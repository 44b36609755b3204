const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'tr', 'table', 'ul', 'ol']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Lines from sanitised HTML (mammoth output): one line per paragraph, heading, list item or table
 * cell. Ordered list items get their number ("2. …") as Word shows it, bullets a "- ".
 */
export function htmlToLines(html: string): string[] {
  const lines: string[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  let buffer = '';
  let pendingMarker: string | null = null;
  const flush = () => {
    const text = decodeEntities(buffer).replace(/\s+/g, ' ').trim();
    if (text) {
      lines.push(pendingMarker ? `${pendingMarker} ${text}` : text);
      pendingMarker = null;
    }
    buffer = '';
  };
  for (const token of html.split(/(<[^>]+>)/)) {
    const tag = /^<(\/?)([a-z0-9]+)[^>]*?(\/?)>$/i.exec(token);
    if (!tag) {
      buffer += token;
      continue;
    }
    const [, closing, rawName] = tag;
    const name = rawName.toLowerCase();
    if (name === 'br') {
      flush();
      continue;
    }
    if (!BLOCK.has(name)) continue;
    flush();
    if (name === 'ul' || name === 'ol') {
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', count: 0 });
    } else if (name === 'li' && !closing) {
      const list = lists[lists.length - 1];
      if (list) list.count++;
      pendingMarker = list?.ordered ? `${list.count}.` : '-';
    }
  }
  flush();
  return lines;
}
