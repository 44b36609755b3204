import { type AgreementStatus, transitionAgreement } from '../../domain/index.js';
import { today } from '../../store/clock.js';
import { type AgreementRecord, updateAgreement } from '../../store/repositories/agreements.js';
import { inTransaction } from '../../store/transaction.js';
import type { UseCase } from '../types.js';
import { loadAgreement } from './record-agreement.js';

/** open → nagekomen | gedeeltelijk nagekomen | niet nagekomen | ingetrokken (once; illegal steps are 409). */
export async function changeAgreementStatus(
  options: UseCase & { agreementId: string; status: AgreementStatus },
): Promise<AgreementRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    const agreement = await loadAgreement(trx, writer.organisationId, options.agreementId);
    const next = transitionAgreement({ agreement, to: options.status, on: today() });
    return updateAgreement(trx, writer, agreement.id, { status: next.status });
  });
}
