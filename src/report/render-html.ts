import { formatProposal } from '../domain/vocabulary/index.js';
import { listSections } from './build-report-model.js';
import {
  formatAttachmentLine,
  formatContentsLine,
  formatCounts,
  formatCoverFacts,
  formatMeeting,
  formatMotionReference,
  formatReportHeading,
  LABELS,
} from './dutch-format.js';
import { escapeHtml, renderBlocksHtml, renderHtmlPage } from './html-parts.js';
import type { ReportModel, ReportMotion } from './model.js';
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

/** `level`: 4 under a group heading, 3 when the section heading is the group's (no level skipped). */
function renderMotion(motion: ReportMotion, n: number, level: 3 | 4): string {
  const id = anchor(n);
  return `<article id="${id}" aria-labelledby="${id}-titel">
<dl class="motie">
<dt>${LABELS.topic}</dt><dd>${escapeHtml(motion.topic ?? '—')}</dd>
<dt>${LABELS.motion}</dt><dd><h${level} id="${id}-titel">${escapeHtml(formatMotionReference(motion))}</h${level}></dd>
<dt>${LABELS.call} <span class="note">${LABELS.callNote}</span></dt><dd>${renderBlocksHtml(splitTextBlocks(motion.call)) || '<p>—</p>'}</dd>
<dt>${LABELS.accountability}</dt><dd>${renderBlocksHtml(splitTextBlocks(motion.accountability)) || '<p>—</p>'}</dd>
<dt>${LABELS.proposal}</dt><dd><strong>${escapeHtml(formatProposal(motion))}</strong></dd>
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
          const id = `sectie-${s + 1}-groep-${g + 1}`;
          const title =
            group.label === section.heading ? '' : `<h3 id="${id}">${escapeHtml(group.label)}</h3>\n`;
          const level = title ? 4 : 3;
          const motions = group.motions.map((motion) => renderMotion(motion, numbers.get(motion)!, level));
          return `<section${title ? ` aria-labelledby="${id}"` : ''}>\n${title}${motions.join('\n')}\n</section>`;
        })
        .join('\n');
      return `<section aria-labelledby="sectie-${s + 1}">\n<h2 id="sectie-${s + 1}">${escapeHtml(section.heading)}</h2>\n${groups}\n</section>`;
    })
    .join('\n');
  const letter = `<p class="meta">${escapeHtml(formatAttachmentLine(model.letter, model.meeting))}</p>`;
  const logo = model.cover.logo
    ? `<img class="logo" src="data:${model.cover.logo.mediaType};base64,${Buffer.from(model.cover.logo.data).toString('base64')}" alt="Logo ${escapeHtml(model.cover.organisation)}">\n`
    : '';
  const facts = formatCoverFacts(model.cover, model.meeting)
    .map(([term, value]) => `<dt>${escapeHtml(term)}:</dt><dd>${escapeHtml(value)}</dd>`)
    .join('\n');
  const vote = model.vote
    ? `<p>Besluit van de vergadering over de verantwoording: ${escapeHtml(model.vote)}.</p>\n`
    : '';
  const html = `<header>
${logo}<h1>${escapeHtml(heading)}</h1>
<p class="subtitle">${escapeHtml(formatMeeting(model.meeting))}</p>
${letter}
<dl class="voorblad">
${facts}
</dl>
</header>
<section aria-labelledby="samenvatting">
<h2 id="samenvatting">Samenvatting</h2>
${renderBlocksHtml(splitTextBlocks(model.summary)) || '<p>—</p>'}
<p class="telling">${escapeHtml(formatCounts(model.counts))}</p>
${vote}</section>
<section aria-labelledby="voorstel">
<h2 id="voorstel">Voorstel aan de leden</h2>
${renderBlocksHtml(splitTextBlocks(model.proposal)) || '<p>—</p>'}
</section>
${renderContents(model, numbers)}
${body}`;
  return renderHtmlPage({ title: `${heading} – ${formatMeeting(model.meeting)}`, body: html });
}
