import { basename } from 'node:path';
import type { SearchKind } from '../../search/index.js';
import type { WriteContext } from '../../store/audit.js';
import { nowIso } from '../../store/clock.js';
import type { Executor } from '../../store/database.js';
import { createDocument, updateDocument } from '../../store/repositories/documents.js';
import type { ConsultationMention } from '../recognisers/consultations.js';
import type { DocumentFormat, FileAnalysis, LogicalLine, Provenance } from '../types.js';
import { type Counts, ImportContext, type SharedLookups } from './import-context.js';
import { storeAgendaItems } from './store-agenda.js';
import { storeAmendments } from './store-amendments.js';
import { storeCommitmentList } from './store-commitments.js';
import { storeConsultations } from './store-consultations.js';
import { storeMemberLetter } from './store-letter.js';
import { storeMotion } from './store-motion.js';
import { storeAccountabilityReport } from './store-report.js';
import { storeResolutions } from './store-resolutions.js';

const MEDIA_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  text: 'text/plain',
};

/** The register's words for document kinds (GET /documenten?soort=…); the analysis keeps the issue's. */
const DOCUMENT_KIND: Record<string, string> = { 'member-letter': 'letter', unknown: 'other' };

/** What storing a document did: counts per kind of record, and the register's warnings for staff. */
export type Stored = {
  counts: Counts;
  warnings: string[];
  /** With `indexLater`: the records whose search entries the caller must (re)build in the same transaction. */
  toIndex: { kind: SearchKind; id: string }[];
};

export type DocumentToStore = {
  id: string;
  file: string;
  storagePath: string | null;
  analysis: FileAnalysis;
  lines: LogicalLine[];
  text: string;
  /** The consultations the analysis found in the text (DetailedAnalysis); absent: looked for while storing. */
  consultations?: ConsultationMention[];
  shared?: SharedLookups;
  /** Leave the search entries to the caller (storeBatch writes them once per batch): see Stored.toIndex. */
  indexLater?: boolean;
};

/**
 * The document and every record of it, with provenance and search entries, inside `trx`. The register's
 * warnings (a meeting named by another kind, a motion that may be one the register has, a status
 * without a date) are added to the document's own.
 */
export async function storeDocument(
  trx: Executor,
  writer: WriteContext,
  doc: DocumentToStore,
): Promise<Stored> {
  const { analysis, lines, text } = doc;
  await createDocument(trx, writer, {
    id: doc.id,
    filename: basename(doc.file),
    mediaType: MEDIA_TYPES[analysis.format],
    contentHash: analysis.contentHash,
    size: analysis.bytes,
    storagePath: doc.storagePath,
    kind: DOCUMENT_KIND[analysis.kind] ?? analysis.kind,
    title: analysis.title,
    text,
    status: analysis.kind === 'unknown' ? 'unrecognised' : 'imported',
    warnings: analysis.warnings,
    importedAt: nowIso(),
  });
  const source = { id: doc.id, file: basename(doc.file), title: analysis.title, date: analysis.date };
  const ic = new ImportContext(trx, writer, source, doc.shared);
  const last = lines[lines.length - 1];
  const span = {
    lines: { from: lines[0]?.line ?? 1, to: last?.endLine ?? 1 },
    pages: { from: 1, to: last?.endPage ?? 1 },
  };
  if (analysis.kind === 'commitment-list') await storeCommitmentList(ic, analysis);
  else await storeRecords(ic, doc, span);
  if (ic.warnings.length > 0)
    await updateDocument(trx, writer, doc.id, { warnings: [...analysis.warnings, ...ic.warnings] });
  ic.track('document', doc.id);
  const toIndex = await ic.finish(doc.indexLater === true);
  return { counts: ic.counts, warnings: ic.warnings, toIndex };
}

/** A document's motions, resolutions, amendments, agenda items and letter. */
async function storeRecords(ic: ImportContext, doc: DocumentToStore, span: Provenance) {
  const { analysis, text } = doc;
  await storeConsultations(ic, analysis, text, span, doc.consultations);
  if (analysis.kind === 'accountability-report') await storeAccountabilityReport(ic, analysis);
  else for (const motion of analysis.motions) await storeMotion(ic, motion, { meeting: analysis.meeting });
  await storeResolutions(ic, analysis.resolutions, analysis.meeting, { agendaItem: analysis.agendaItem });
  await storeAmendments(ic, analysis, doc.id);
  await storeAgendaItems(ic, analysis);
  if (analysis.kind === 'member-letter') await storeMemberLetter(ic, analysis, text, span);
}
