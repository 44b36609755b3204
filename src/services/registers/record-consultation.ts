import {
  type ConsultationRecord,
  createConsultation,
  getConsultation,
  type NewConsultation,
  updateConsultation,
} from '../../store/repositories/consultations.js';
import { inTransaction } from '../../store/transaction.js';
import { missing } from '../errors.js';
import type { UseCase } from '../types.js';

/** Records a consultation (e.g. het Overhedenoverleg) with its parties and outcomes. */
export function recordConsultation(
  options: UseCase & { consultation: NewConsultation },
): Promise<ConsultationRecord> {
  return createConsultation(options.db, options.writer, options.consultation);
}

export async function editConsultation(
  options: UseCase & { consultationId: string; changes: Partial<Omit<NewConsultation, 'id'>> },
): Promise<ConsultationRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    if (!(await getConsultation(trx, writer.organisationId, options.consultationId)))
      throw missing('Overleg', options.consultationId);
    return updateConsultation(trx, writer, options.consultationId, options.changes);
  });
}
