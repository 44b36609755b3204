import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { formatProposal } from '../domain/vocabulary/index.js';
import { listSections } from './build-report-model.js';
import { BULLETS, DOCX_NUMBERING, DOCX_STYLES } from './docx-styles.js';
import {
  formatAttachmentLine,
  formatCounts,
  formatCoverFacts,
  formatMeeting,
  formatMotionReference,
  formatReportHeading,
  LABELS,
} from './dutch-format.js';
import type { ReportModel, ReportMotion } from './model.js';
import { splitTextBlocks } from './text-blocks.js';

function blockParagraphs(text: string | null): Paragraph[] {
  const blocks = splitTextBlocks(text);
  if (blocks.length === 0) return [new Paragraph({ text: '—' })];
  return blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? [new Paragraph({ text: block.text })]
      : block.items.map(
          (item) =>
            new Paragraph({ text: item.text, numbering: { reference: BULLETS, level: item.level - 1 } }),
        ),
  );
}

/** "Onderwerp: Inburgering" with the label in bold, as one paragraph. */
const labelled = (label: string, value: string, boldValue = false) =>
  new Paragraph({
    spacing: { before: 60, after: 60 },
    keepNext: true,
    children: [new TextRun({ text: `${label} `, bold: true }), new TextRun({ text: value, bold: boldValue })],
  });

/**
 * The bureau's block: Onderwerp, Motie en indiener (the reference itself is the Heading 3, so it is
 * in the table of contents and the navigation pane), Inhoud/oproep, Verantwoording, Voorstel.
 */
function motionParagraphs(
  motion: ReportMotion,
  heading: typeof HeadingLevel.HEADING_2 | typeof HeadingLevel.HEADING_3,
): Paragraph[] {
  return [
    labelled(LABELS.topic, motion.topic ?? '—'),
    new Paragraph({ style: 'Veldlabel', text: LABELS.motion }),
    new Paragraph({ heading, text: formatMotionReference(motion) }),
    labelled(LABELS.call, LABELS.callNote),
    ...blockParagraphs(motion.call),
    new Paragraph({ style: 'Veldlabel', text: LABELS.accountability }),
    ...blockParagraphs(motion.accountability),
    labelled(LABELS.proposal, formatProposal(motion), true),
  ];
}

function bodyParagraphs(model: ReportModel): Paragraph[] {
  return listSections(model).flatMap((section, index) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: section.heading, pageBreakBefore: index === 0 }),
    ...section.groups.flatMap((group) => [
      ...(group.label === section.heading
        ? []
        : [new Paragraph({ heading: HeadingLevel.HEADING_2, text: group.label })]),
      // No level skipped: a group without its own heading has its motions one level up.
      ...group.motions.flatMap((motion) =>
        motionParagraphs(
          motion,
          group.label === section.heading ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
        ),
      ),
    ]),
  ]);
}

/** The cover: logo, organisation, title, meeting, letter line and the facts, then a page break. */
function cover(model: ReportModel): Paragraph[] {
  const { logo } = model.cover;
  return [
    ...(logo
      ? [
          new Paragraph({
            children: [
              new ImageRun({
                type: logo.mediaType === 'image/png' ? 'png' : 'jpg',
                data: logo.data,
                transformation: { width: 180, height: 64 },
                altText: { name: 'Logo', description: `Logo ${model.cover.organisation}`, title: 'Logo' },
              }),
            ],
          }),
        ]
      : []),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      text: formatReportHeading(model.title, model.agendaItemNumber),
    }),
    new Paragraph({ style: 'Subtitle', text: formatMeeting(model.meeting) }),
    new Paragraph({ style: 'Kenmerk', text: formatAttachmentLine(model.letter, model.meeting) }),
    ...formatCoverFacts(model.cover, model.meeting).map(([label, value]) => labelled(`${label}:`, value)),
  ];
}

function frontMatter(model: ReportModel): (Paragraph | TableOfContents)[] {
  return [
    ...cover(model),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Samenvatting', pageBreakBefore: true }),
    ...blockParagraphs(model.summary),
    new Paragraph({ children: [new TextRun({ text: formatCounts(model.counts), bold: true })] }),
    ...(model.vote
      ? [new Paragraph({ text: `Besluit van de vergadering over de verantwoording: ${model.vote}.` })]
      : []),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Voorstel aan de leden' }),
    ...blockParagraphs(model.proposal),
    new Paragraph({ style: 'TOCHeading', text: 'Inhoudsopgave verantwoording uitvoering moties' }),
    new TableOfContents('Inhoudsopgave', { hyperlink: true, headingStyleRange: '1-3' }),
  ];
}

/**
 * The report as a Word document staff can go on editing: Title and Heading 1–3 styles, a real
 * table-of-contents field (filled in, page numbers estimated), page numbers in the footer, lang nl-NL.
 */
export function buildReportDocx(model: ReportModel, options: { estimatePages?: boolean } = {}): Document {
  const heading = formatReportHeading(model.title, model.agendaItemNumber);
  const running = `${model.organisation} · Verantwoording uitvoering moties – ${formatMeeting(model.meeting)}`;
  return new Document({
    title: heading,
    subject: `Verantwoording over uitvoering moties, ${formatMeeting(model.meeting)}`,
    creator: model.organisation,
    description: 'Gemaakt door Motiemonitor',
    styles: DOCX_STYLES,
    numbering: DOCX_NUMBERING,
    ...(options.estimatePages === false
      ? { features: { updateFields: true } }
      : { pageNumbers: estimatePageNumbers }),
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 },
          },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ style: 'Kenmerk', alignment: AlignmentType.RIGHT, text: running })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [...frontMatter(model), ...bodyParagraphs(model)],
      },
    ],
  });
}

/** `estimatePages: false` skips laying out the pages (fast); the TOC then gets its page numbers when Word updates it. */
export async function renderReportDocx(
  model: ReportModel,
  options: { estimatePages?: boolean } = {},
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(buildReportDocx(model, options)));
}
