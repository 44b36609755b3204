import { createAgreement, listAllCommitments, updateAgreement } from '../../store/repositories/agreements.js';
import type { CommitmentRecord } from '../recognisers/commitment-table.js';
import type { FileAnalysis } from '../types.js';
import type { ImportContext } from './import-context.js';

const sameText = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A RIS commitment list (toezeggingenlijst): every row a commitment (an agreement of kind `commitment`) made at
 * the council meeting of its date (matched, or created in a council), with its portfolio holder, due date,
 * status and fulfilment, and the row it came from. A commitment the register already has (same meeting, same
 * text) takes the list's later status and fulfilment; nothing is added twice.
 */
export async function storeCommitmentList(ic: ImportContext, analysis: FileAnalysis): Promise<void> {
  const known = await listAllCommitments(ic.trx, ic.writer.organisationId);
  for (const record of analysis.agreements as CommitmentRecord[]) {
    const meetingId = await ic.meetingId(
      record.meetingDate ? { kind: null, date: record.meetingDate } : null,
    );
    if (record.meetingDate && !meetingId)
      ic.warn(
        `meeting-not-found: Toezegging ${record.number ?? record.text.slice(0, 40)}: het register heeft geen vergadering op ${record.meetingDate}; de toezegging is zonder vergadering opgenomen.`,
      );
    const fields = {
      text: record.text,
      party: record.portfolioHolder,
      portfolioHolder: record.portfolioHolder,
      dueDate: record.due,
      status: record.status,
      fulfilment: record.fulfilment,
      fulfilledOn: record.fulfilledOn,
      meetingId,
    };
    const same = known.find((c) => c.meetingId === meetingId && sameText(c.text) === sameText(record.text));
    if (same) {
      const changes = Object.fromEntries(
        Object.entries(fields).filter(
          ([key, value]) => value !== null && value !== (same as Record<string, unknown>)[key],
        ),
      );
      if (Object.keys(changes).length > 0) {
        await updateAgreement(ic.trx, ic.writer, same.id, changes);
        ic.count('commitmentsUpdated');
      } else ic.count('commitmentsMatched');
      ic.trace('agreement', same.id, record.source);
      ic.track('agreement', same.id);
      continue;
    }
    const created = await createAgreement(ic.trx, ic.writer, {
      ...fields,
      kind: 'commitment',
      sourceKind: 'other',
    });
    known.push(created);
    ic.count('commitmentsCreated');
    ic.trace('agreement', created.id, record.source);
    ic.track('agreement', created.id);
  }
}
