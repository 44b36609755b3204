import {
  findMemberByCode,
  getMember,
  type MemberRecord,
  upsertMembers,
} from '../../store/repositories/members.js';
import { inTransaction } from '../../store/transaction.js';
import { locked, missing } from '../errors.js';
import type { UseCase } from '../types.js';

export type MemberFields = {
  name: string;
  province?: string | null;
  inhabitants?: number | null;
  populationDate?: string | null;
};

/** Adds a member (municipality) to the register; its CBS code is its key. */
export async function registerMember(
  options: UseCase & { code: string; member: MemberFields },
): Promise<MemberRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    if (await findMemberByCode(trx, writer.organisationId, options.code))
      throw locked('member_exists', `Lid ${options.code} bestaat al.`);
    await upsertMembers(trx, writer, [{ code: options.code, ...options.member }]);
    return (await findMemberByCode(trx, writer.organisationId, options.code))!;
  });
}

/** Updates a member's name, province and population figures (the basis of vote weights). */
export async function editMember(
  options: UseCase & { memberId: string; changes: Partial<MemberFields> },
): Promise<MemberRecord> {
  const { writer } = options;
  return inTransaction(options.db, async (trx) => {
    const member = await getMember(trx, writer.organisationId, options.memberId);
    if (!member) throw missing('Lid', options.memberId);
    const c = options.changes;
    await upsertMembers(trx, writer, [
      {
        code: member.code,
        name: c.name ?? member.name,
        province: c.province !== undefined ? c.province : member.province,
        inhabitants: c.inhabitants !== undefined ? c.inhabitants : member.inhabitants,
        populationDate: c.populationDate !== undefined ? c.populationDate : member.populationDate,
      },
    ]);
    return (await getMember(trx, writer.organisationId, member.id))!;
  });
}
