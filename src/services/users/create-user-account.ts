import { hashPassword, MIN_PASSWORD_LENGTH, parseRole } from '../../auth/index.js';
import { isEmailAddress } from '../../domain/registrations.js';
import { getMember } from '../../store/repositories/members.js';
import { createUser, findUserCredentials, type UserRecord } from '../../store/repositories/users.js';
import { inTransaction } from '../../store/transaction.js';
import { invalid, locked } from '../errors.js';
import type { UseCase } from '../types.js';

export type AccountInput = {
  email: string;
  name?: string | null;
  role: string;
  memberId?: string | null;
  password?: string | null;
};

/** Checks role, member and password rules shared by creating and editing an account. */
export async function checkAccount(
  db: UseCase['db'],
  organisationId: string,
  input: { role?: string; memberId?: string | null; password?: string | null },
): Promise<void> {
  if (input.role !== undefined) {
    const role = parseRole(input.role);
    if (!role || role === 'public') throw invalid('rol', 'unknown_role', `Onbekende rol '${input.role}'.`);
    if (role === 'member' && !input.memberId)
      throw invalid(
        'lid',
        'member_required',
        'Een vertegenwoordiger van een lid hoort bij een lid (gemeente).',
      );
  }
  if (input.memberId && !(await getMember(db, organisationId, input.memberId)))
    throw invalid('lid', 'unknown_member', `Lid ${input.memberId} bestaat niet.`);
  if (input.password != null && input.password.length < MIN_PASSWORD_LENGTH)
    throw invalid(
      'wachtwoord',
      'password_too_short',
      `Een wachtwoord heeft ten minste ${MIN_PASSWORD_LENGTH} tekens.`,
    );
}

/** Creates a user account; the password (optional: token-only accounts have none) is stored as Argon2id. */
export async function createUserAccount(options: UseCase & { account: AccountInput }): Promise<UserRecord> {
  const { writer, account } = options;
  // Every face checks the address (the API's schema, the form's field); the command line only through here. An
  // account without a valid address cannot be told apart at sign-in and gets the outbox's reminders bounced.
  if (!isEmailAddress(account.email.trim()))
    throw invalid('email', 'invalid_email', `'${account.email}' is geen geldig e-mailadres.`);
  await checkAccount(options.db, writer.organisationId, account);
  const passwordHash = account.password ? await hashPassword(account.password) : null;
  return inTransaction(options.db, async (trx) => {
    if (await findUserCredentials(trx, writer.organisationId, account.email))
      throw locked(
        'user_exists',
        `Er is al een gebruiker met e-mailadres ${account.email.trim().toLowerCase()}.`,
      );
    return createUser(trx, writer, {
      email: account.email,
      name: account.name ?? null,
      role: parseRole(account.role)!,
      memberId: account.memberId ?? null,
      passwordHash,
    });
  });
}
