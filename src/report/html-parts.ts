import { createHash } from 'node:crypto';
import type { ListItem, TextBlock } from './text-blocks.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Level-2 items nest under the level-1 item before them (or stand alone when there is none). */
function renderListHtml(items: ListItem[]): string {
  const tree: { text: string; children: string[] }[] = [];
  for (const item of items) {
    const parent = tree[tree.length - 1];
    if (item.level === 2 && parent) parent.children.push(item.text);
    else tree.push({ text: item.text, children: [] });
  }
  const li = (text: string) => `<li>${escapeHtml(text)}</li>`;
  const nodes = tree.map((node) =>
    node.children.length === 0
      ? li(node.text)
      : `<li>${escapeHtml(node.text)}<ul>${node.children.map(li).join('')}</ul></li>`,
  );
  return `<ul>${nodes.join('')}</ul>`;
}

/** Paragraphs and lists (one level of nesting) as HTML. */
export function renderBlocksHtml(blocks: TextBlock[]): string {
  return blocks
    .map((block) =>
      block.kind === 'paragraph' ? `<p>${escapeHtml(block.text)}</p>` : renderListHtml(block.items),
    )
    .join('\n');
}

/**
 * The policy a served report carries: nothing loads from anywhere, only its own inline stylesheet (by hash)
 * and inline images (the logo). The same page opened from disk needs no server at all.
 */
export function reportContentSecurityPolicy(): string {
  const hash = createHash('sha256').update(PAGE_CSS).digest('base64');
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}

/** A standalone page: Dutch, readable on screen and on A4 paper. */
export function renderHtmlPage(options: { title: string; body: string }): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<main>
${options.body}
</main>
</body>
</html>
`;
}

const PAGE_CSS = `
:root { color-scheme: light; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 1rem; line-height: 1.5; color: #1a1a1a; margin: 0; }
main { max-width: 48rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #1a1a1a; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 0 0 .5rem; }
.kicker, .meta { color: #4a4a4a; margin: 0 0 .25rem; }
.logo { display: block; max-height: 4rem; max-width: 14rem; margin: 0 0 1rem; }
dl.voorblad { display: grid; grid-template-columns: 9rem 1fr; gap: .25rem 1rem; margin: 1rem 0 0; }
dl.voorblad dt { font-weight: bold; }
dl.voorblad dd { margin: 0; }
.telling { font-weight: bold; }
.subtitle { font-size: 1.2rem; margin: 0 0 .25rem; }
.note { font-weight: normal; }
dl.motie h3, dl.motie h4 { margin: 0; font-size: 1rem; }
article { border-top: 1px solid #767676; padding-top: 1rem; margin-top: 1.5rem; break-inside: avoid-page; }
dl.motie { display: grid; grid-template-columns: 11rem 1fr; gap: .5rem 1rem; margin: 0; }
dl.motie dt { font-weight: bold; }
dl.motie dd { margin: 0; }
dl.motie dd > p:first-child { margin-top: 0; }
dl.motie dd > :last-child { margin-bottom: 0; }
nav ul { margin: .25rem 0 1rem; }
nav p { font-weight: bold; margin: 1rem 0 0; }
a { color: #0b4fa8; }
a:focus-visible { outline: 3px solid #0b4fa8; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #767676; padding: .35rem .5rem; }
@media (max-width: 40rem) { dl.motie { grid-template-columns: 1fr; } }
@media print { @page { size: A4; margin: 2cm; } main { max-width: none; padding: 0; } a { color: inherit; } }
`;
