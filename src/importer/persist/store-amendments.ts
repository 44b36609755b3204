import type { AmendmentStatus } from '../../domain/types.js';
import { createAmendment, listAmendmentsByTitle } from '../../store/repositories/motion-extras.js';
import type { AmendmentRecord, FileAnalysis, VoteResult } from '../types.js';
import type { ImportContext } from './import-context.js';

const STATUS: Partial<Record<VoteResult, AmendmentStatus>> = {
  aangenomen: 'adopted',
  verworpen: 'rejected',
  ingetrokken: 'withdrawn',
};

/** Amendments read in full (a result page only names them: those have no text and are not stored here). */
function amendmentsOf(analysis: FileAnalysis): AmendmentRecord[] {
  if (!Array.isArray(analysis.amendments)) return [];
  return (analysis.amendments as Partial<AmendmentRecord>[]).filter(
    (amendment): amendment is AmendmentRecord =>
      typeof amendment.text === 'string' && Array.isArray(amendment.preamble),
  );
}

/**
 * Amendments read from a document: stored as amendments (never as motions). What they change is not in
 * the register, so they hang on the document they were first read from and name their target as written;
 * another copy of that document adds none.
 */
export async function storeAmendments(ic: ImportContext, analysis: FileAnalysis, documentId: string) {
  const records = amendmentsOf(analysis);
  if (records.length === 0) return;
  for (const record of records) {
    // The same amendment read from another copy of its document: same title, target and meeting.
    const meetingId = await ic.meetingId(record.meeting);
    const known = await listAmendmentsByTitle(ic.trx, ic.writer.organisationId, record.title);
    if (known.some((a) => a.targetTitle === record.target && a.meetingId === meetingId)) {
      ic.count('amendmentsMatched');
      continue;
    }
    const preamble = record.preamble.map((clause) => clause.text).join('\n');
    const amendment = await createAmendment(ic.trx, ic.writer, {
      targetKind: 'document',
      targetId: documentId,
      targetTitle: record.target,
      meetingId,
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
