import { hashPassword, parseRole } from '../../auth/index.js';
import { getUser, type UserChanges, type UserRecord, updateUser } from '../../store/repositories/users.js';
import { missing } from '../errors.js';
import type { UseCase } from '../types.js';
import { checkAccount } from './create-user-account.js';

/** Changes name, role, member, password or blocks/unblocks an account (never deletes it: the audit trail refers to it). */
export async function editUserAccount(
  options: UseCase & {
    userId: string;
    changes: {
      name?: string | null;
      role?: string;
      memberId?: string | null;
      password?: string;
      disabled?: boolean;
    };
  },
): Promise<UserRecord> {
  const { writer, changes } = options;
  const current = await getUser(options.db, writer.organisationId, options.userId);
  if (!current) throw missing('Gebruiker', options.userId);
  const role = changes.role ?? current.role;
  const memberId = changes.memberId !== undefined ? changes.memberId : current.memberId;
  await checkAccount(options.db, writer.organisationId, { role, memberId, password: changes.password });
  const update: UserChanges = {
    name: changes.name,
    role: changes.role === undefined ? undefined : parseRole(changes.role)!,
    memberId: changes.memberId,
    disabled: changes.disabled,
    passwordHash: changes.password === undefined ? undefined : await hashPassword(changes.password),
  };
  const updated = await updateUser(options.db, writer, current.id, update);
  if (!updated) throw missing('Gebruiker', options.userId);
  return updated;
}
