import type { MotionHistory } from './history-model.js';
import type { RenderedDocument, ReportFormat, ReportModel } from './model.js';
import { renderReportCsv } from './render-csv.js';
import { renderHistoryHtml, renderHistoryPdf } from './render-history.js';
import { renderReportHtml } from './render-html.js';

export const REPORT_FORMATS: readonly ReportFormat[] = ['docx', 'pdf', 'html', 'csv'];
export const HISTORY_FORMATS = ['html', 'pdf'] as const;
export type HistoryFormat = (typeof HISTORY_FORMATS)[number];

export const MEDIA_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

const utf8 = (text: string) => new TextEncoder().encode(text);

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

export type RenderOptions = {
  /**
   * Lay out the Word document's pages to write the page numbers of its table of contents (default true).
   * That takes seconds of CPU for a large round; without it Word fills them in when it opens the file.
   */
  estimatePages?: boolean;
};

/** The accountability report in one of its formats. */
export async function renderAccountabilityReport(
  model: ReportModel,
  format: ReportFormat,
  options: RenderOptions = {},
): Promise<RenderedDocument> {
  // Word and PDF load their libraries (docx, pdfkit with its fonts) on first use, not when the server starts.
  const bytes =
    format === 'docx'
      ? await (await import('./render-docx.js')).renderReportDocx(model, {
          estimatePages: options.estimatePages,
        })
      : format === 'pdf'
        ? await (await import('./render-pdf.js')).renderReportPdf(model)
        : utf8(format === 'html' ? renderReportHtml(model) : renderReportCsv(model));
  return { bytes, mediaType: MEDIA_TYPES[format], extension: format };
}

export async function renderMotionHistory(
  history: MotionHistory,
  format: HistoryFormat,
): Promise<RenderedDocument> {
  const bytes = format === 'pdf' ? await renderHistoryPdf(history) : utf8(renderHistoryHtml(history));
  return { bytes, mediaType: MEDIA_TYPES[format], extension: format };
}

/** "verantwoording-moties-alv-2025-06-18.pdf" */
export function suggestReportFileName(model: ReportModel, format: ReportFormat): string {
  return `verantwoording-moties-${model.meeting.kind}-${model.meeting.date}.${format}`;
}
