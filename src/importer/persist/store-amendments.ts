import { createAmendment, listAmendments } from '../../store/repositories/motion-extras.js';
import type { AmendmentRecord, FileAnalysis, VoteResult } from '../types.js';
import type { ImportContext } from './import-context.js';

const STATUS: Partial<Record<VoteResult, string>> = {
  aangenomen: 'adopted',
  verworpen: 'rejected',
  ingetrokken: 'withdrawn',
};

function amendmentsOf(analysis: FileAnalysis): AmendmentRecord[] {
  return Array.isArray(analysis.amendments) ? (analysis.amendments as AmendmentRecord[]) : [];
}

/**
 * Amendments read from a document: stored as amendments (never as motions). What they change is not in
 * the register, so they hang on the document they were read from and name their target as written.
 */
export async function storeAmendments(ic: ImportContext, analysis: FileAnalysis, documentId: string) {
  const records = amendmentsOf(analysis);
  if (records.length === 0) return;
  const known = await listAmendments(ic.trx, ic.writer.organisationId, { kind: 'document', id: documentId });
  for (const record of records) {
    if (known.some((amendment) => amendment.title === record.title)) continue;
    const preamble = record.preamble.map((clause) => clause.text).join('\n');
    const amendment = await createAmendment(ic.trx, ic.writer, {
      targetKind: 'document',
      targetId: documentId,
      targetTitle: record.target,
      meetingId: await ic.meetingId(record.meeting),
      title: record.title,
      text: [preamble, record.text].filter(Boolean).join('\n\n'),
      submitters: (record.submitters.length > 0 ? record.submitters : record.signatories).map((name) => ({
        memberId: null,
        name,
      })),
      status: (record.result && STATUS[record.result]) ?? 'submitted',
    });
    ic.count('amendments');
    ic.trace('amendment', amendment.id, record.source);
  }
}
