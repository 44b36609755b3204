import { listSections } from './build-report-model.js';
import {
  formatContentsLine,
  formatLetterLine,
  formatMeeting,
  formatMotionReference,
  formatProposal,
  formatReportHeading,
} from './dutch-format.js';
import { escapeHtml, renderBlocksHtml, renderHtmlPage } from './html-parts.js';
import type { ReportGroup, ReportModel, ReportMotion } from './model.js';
import { splitTextBlocks } from './text-blocks.js';

/** Anchor of the n-th motion block (1-based, in report order). */
const anchor = (n: number) => `motie-${n}`;

function renderContents(model: ReportModel, numbers: Map<ReportMotion, number>): string {
  const groups = listSections(model).flatMap((section) => section.groups);
  const parts = groups.map((group, index) => {
    const id = `inhoud-groep-${index + 1}`;
    const items = group.motions
      .map(
        (motion) =>
          `<li><a href="#${anchor(numbers.get(motion)!)}">${escapeHtml(formatContentsLine(motion, group.meeting !== null))}</a></li>`,
      )
      .join('\n');
    return `<p id="${id}">${escapeHtml(group.label)}:</p>\n<ul aria-labelledby="${id}">\n${items}\n</ul>`;
  });
  return `<nav aria-labelledby="inhoud">
<h2 id="inhoud">Inhoudsopgave verantwoording uitvoering moties</h2>
${parts.join('\n')}
</nav>`;
}

function renderMotion(motion: ReportMotion, group: ReportGroup, n: number): string {
  const heading = formatContentsLine(motion, group.meeting !== null);
  return `<article id="${anchor(n)}" aria-labelledby="${anchor(n)}-titel">
<h4 id="${anchor(n)}-titel">${escapeHtml(heading)}</h4>
<dl class="motie">
<dt>Onderwerp:</dt><dd>${escapeHtml(motion.topic ?? '—')}</dd>
<dt>Motie en indiener:</dt><dd>${escapeHtml(formatMotionReference(motion))}</dd>
<dt>Inhoud/oproep (samengevat):</dt><dd>${renderBlocksHtml(splitTextBlocks(motion.call)) || '<p>—</p>'}</dd>
<dt>Verantwoording:</dt><dd>${renderBlocksHtml(splitTextBlocks(motion.accountability)) || '<p>—</p>'}</dd>
<dt>Voorstel:</dt><dd><strong>${escapeHtml(formatProposal(motion))}</strong></dd>
</dl>
</article>`;
}

/** The report as one accessible HTML page (lang="nl"), in the bureau's order. */
export function renderReportHtml(model: ReportModel): string {
  const numbers = new Map<ReportMotion, number>();
  const sections = listSections(model);
  for (const group of sections.flatMap((section) => section.groups))
    for (const motion of group.motions) numbers.set(motion, numbers.size + 1);
  const heading = formatReportHeading(model.title, model.agendaItemNumber);
  const body = sections
    .map((section, s) => {
      const groups = section.groups
        .map((group, g) => {
          const motions = group.motions.map((motion) => renderMotion(motion, group, numbers.get(motion)!));
          const id = `sectie-${s + 1}-groep-${g + 1}`;
          const title =
            group.label === section.heading ? '' : `<h3 id="${id}">${escapeHtml(group.label)}</h3>\n`;
          return `<section${title ? ` aria-labelledby="${id}"` : ''}>\n${title}${motions.join('\n')}\n</section>`;
        })
        .join('\n');
      return `<section aria-labelledby="sectie-${s + 1}">\n<h2 id="sectie-${s + 1}">${escapeHtml(section.heading)}</h2>\n${groups}\n</section>`;
    })
    .join('\n');
  const letter = model.letter ? `<p class="meta">${escapeHtml(formatLetterLine(model.letter))}</p>` : '';
  const html = `<header>
<p class="kicker">${escapeHtml(model.organisation)} · ${escapeHtml(formatMeeting(model.meeting))}</p>
<h1>${escapeHtml(heading)}</h1>
${letter}
</header>
<section aria-labelledby="samenvatting">
<h2 id="samenvatting">Samenvatting</h2>
${renderBlocksHtml(splitTextBlocks(model.summary)) || '<p>—</p>'}
</section>
<section aria-labelledby="voorstel">
<h2 id="voorstel">Voorstel aan de leden</h2>
${renderBlocksHtml(splitTextBlocks(model.proposal)) || '<p>—</p>'}
</section>
${renderContents(model, numbers)}
${body}`;
  return renderHtmlPage({ title: `${heading} – ${formatMeeting(model.meeting)}`, body: html });
}
