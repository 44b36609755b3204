import type { Executor } from '../../store/database.js';
import { findMemberByCode, getMember, type MemberRecord } from '../../store/repositories/members.js';

/** A CBS municipality code such as GM0363 (any case). */
export const isMemberCode = (value: string): boolean => /^GM\d{4}$/i.test(value);

/** A member by its UUID or its CBS code (GM0363, any case), as every address and filter accepts either. */
export async function findMember(
  db: Executor,
  organisationId: string,
  idOrCode: string,
): Promise<MemberRecord | undefined> {
  return isMemberCode(idOrCode)
    ? findMemberByCode(db, organisationId, idOrCode.toUpperCase())
    : getMember(db, organisationId, idOrCode.toLowerCase());
}
