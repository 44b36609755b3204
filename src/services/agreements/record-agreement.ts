import { reindexEntity } from '../../search/index.js';
import {
  type AgreementChanges,
  type AgreementRecord,
  createAgreement,
  getAgreement,
  type NewAgreement,
  updateAgreement,
} from '../../store/repositories/agreements.js';
import { inTransaction } from '../../store/transaction.js';
import { locked, missing } from '../errors.js';
import type { UseCase } from '../types.js';

/** Registers an agreement (afspraak / toezegging), open until it is judged. */
export async function recordAgreement(
  options: UseCase & { agreement: Omit<NewAgreement, 'status'> },
): Promise<AgreementRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    const created = await createAgreement(trx, writer, { ...options.agreement, status: 'open' });
    await reindexEntity(trx, writer.organisationId, 'agreement', created.id);
    return created;
  });
}

export async function loadAgreement(db: UseCase['db'], organisationId: string, id: string) {
  const agreement = await getAgreement(db, organisationId, id);
  if (!agreement) throw missing('Afspraak', id);
  return agreement;
}

/** Corrects text, party, due date or source while the agreement is open; its status changes via changeAgreementStatus. */
export async function editAgreement(
  options: UseCase & { agreementId: string; changes: Omit<AgreementChanges, 'status'> },
): Promise<AgreementRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    const agreement = await loadAgreement(trx, writer.organisationId, options.agreementId);
    if (agreement.status !== 'open')
      throw locked(
        'agreement_judged',
        'Deze afspraak is beoordeeld en wijzigt niet meer; leg een nieuwe afspraak vast.',
      );
    const updated = await updateAgreement(trx, writer, agreement.id, options.changes);
    await reindexEntity(trx, writer.organisationId, 'agreement', agreement.id);
    return updated;
  });
}
