import { formatDutchDateTime } from '../domain/vocabulary/index.js';
import { formatMeeting, formatSubmitters } from './dutch-format.js';
import type { MotionHistory } from './history-model.js';
import { escapeHtml, renderHtmlPage } from './html-parts.js';

const KIND_LABELS = { transition: 'Status', vote: 'Stemming', accountability: 'Verantwoording' } as const;

const headingOf = (history: MotionHistory) =>
  `Geschiedenis van motie ${formatSubmitters(history)} “${history.title}”`;

function facts(history: MotionHistory): [string, string][] {
  return [
    ['Onderwerp', history.topic ?? '—'],
    ['Indieners', formatSubmitters(history) || '—'],
    ['Ingediend op', history.meeting ? formatMeeting(history.meeting) : '—'],
    ['Huidige status', history.status],
  ];
}

/** The history sheet as an HTML page: facts, then a table of every event with its date. */
export function renderHistoryHtml(history: MotionHistory): string {
  const heading = headingOf(history);
  const rows = history.events
    .map(
      (event) =>
        `<tr><td>${escapeHtml(formatDutchDateTime(event.at))}</td><td>${KIND_LABELS[event.kind]}: ${escapeHtml(event.title)}</td><td>${escapeHtml(event.detail ?? '')}</td></tr>`,
    )
    .join('\n');
  const dl = facts(history)
    .map(([term, value]) => `<dt>${term}:</dt><dd>${escapeHtml(value)}</dd>`)
    .join('\n');
  const body = `<header><p class="kicker">${escapeHtml(history.organisation)}</p><h1>${escapeHtml(heading)}</h1></header>
<dl class="motie">
${dl}
</dl>
<h2 id="gebeurtenissen">Gebeurtenissen</h2>
${
  history.events.length === 0
    ? '<p>Er zijn nog geen gebeurtenissen vastgelegd.</p>'
    : `<table aria-labelledby="gebeurtenissen">
<thead><tr><th scope="col">Datum</th><th scope="col">Gebeurtenis</th><th scope="col">Toelichting</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
}`;
  return renderHtmlPage({ title: heading, body });
}

/** The history sheet as a tagged A4 PDF: one paragraph per event, the date as its label. */
export async function renderHistoryPdf(history: MotionHistory): Promise<Uint8Array> {
  // pdfkit and its fonts are loaded on first use, not when the server starts.
  const [{ finishPdf, writePageFurniture }, { createPdfWriter, writeHeading, writeParagraph }] =
    await Promise.all([import('./pdf-finish.js'), import('./pdf-writer.js')]);
  const heading = headingOf(history);
  const writer = createPdfWriter({
    title: heading,
    subject: 'Geschiedenis van een motie',
    author: history.organisation,
  });
  const { root } = writer;
  writeHeading(writer, root, 1, heading, { gapBefore: 0 });
  for (const [term, value] of facts(history)) writeParagraph(writer, root, value, { label: `${term}:` });
  writeHeading(writer, root, 2, 'Gebeurtenissen');
  if (history.events.length === 0)
    writeParagraph(writer, root, 'Er zijn nog geen gebeurtenissen vastgelegd.');
  for (const event of history.events) {
    const detail = event.detail ? ` — ${event.detail}` : '';
    writeParagraph(writer, root, `${KIND_LABELS[event.kind]}: ${event.title}${detail}`, {
      label: `${formatDutchDateTime(event.at)}:`,
    });
  }
  writePageFurniture(writer, `${history.organisation} · Geschiedenis van een motie`);
  return finishPdf(writer);
}
