import type { Command } from 'commander';
import { parseRole, USER_ROLES } from '../../auth/index.js';
import { role as roles } from '../../domain/vocabulary/index.js';
import { createUserAccount } from '../../services/users/create-user-account.js';
import { issueApiToken } from '../../services/users/issue-api-token.js';
import { SYSTEM_ACTOR, type WriteContext } from '../../store/audit.js';
import { findMemberByCode } from '../../store/repositories/members.js';
import { listUsers } from '../../store/repositories/users.js';
import { withContext } from '../context.js';

type AddOptions = {
  email: string;
  role: string;
  member?: string;
  password?: string;
  name?: string;
  token?: boolean;
};

/** A role as people say it: "medewerker". */
const roleName = (code: Parameters<typeof roles.label>[0]) => roles.label(code).toLowerCase();
/** "lid, medewerker, bestuur, voorzitter of beheerder". */
const roleNames = () => {
  const names = USER_ROLES.map(roleName);
  return `${names.slice(0, -1).join(', ')} of ${names.at(-1)}`;
};

/** `users add` creates an account (and prints a new API token once, on the last line); `users list` shows them. */
export function registerUsers(program: Command): void {
  const users = program.command('users').description('Gebruikers en API-tokens beheren');
  users
    .command('add')
    .description('Maakt een gebruiker; met --token ook een API-token, dat eenmalig op de laatste regel staat')
    .requiredOption('--email <e-mailadres>', 'e-mailadres')
    .requiredOption('--role <rol>', `rol: ${roleNames()}`)
    .option('--member <cbs-code>', 'CBS-code van het lid dat de gebruiker vertegenwoordigt, bv. GM0363')
    .option('--password <wachtwoord>', 'wachtwoord voor inloggen in de browser (ten minste 12 tekens)')
    .option('--name <naam>', 'naam')
    .option('--token', 'maak ook een API-token')
    .action(async (options: AddOptions) => {
      const role = parseRole(options.role);
      if (!role || role === 'public')
        throw new Error(`Onbekende rol '${options.role}'; kies uit ${roleNames()}`);
      await withContext(async (ctx) => {
        const writer: WriteContext = {
          organisationId: ctx.organisation.id,
          actor: { ...SYSTEM_ACTOR, label: 'cli' },
        };
        let memberId: string | null = null;
        if (options.member) {
          const member = await findMemberByCode(ctx.db, ctx.organisation.id, options.member.toUpperCase());
          if (!member)
            throw new Error(
              `Lid ${options.member} bestaat niet (laad eerst de leden, bv. met motiemonitor seed)`,
            );
          memberId = member.id;
        }
        const user = await createUserAccount({
          db: ctx.db,
          writer,
          account: {
            email: options.email,
            name: options.name ?? null,
            role,
            memberId,
            password: options.password ?? null,
          },
        });
        console.log(
          `Gebruiker ${user.email} aangemaakt (rol ${roleName(user.role)}${memberId ? `, lid ${options.member}` : ''}).`,
        );
        if (options.token) {
          const { token } = await issueApiToken({ db: ctx.db, writer, userId: user.id, label: 'cli' });
          console.log('API-token (wordt niet opnieuw getoond):');
          console.log(token);
        }
      });
    });
  users
    .command('list')
    .description('Toont de gebruikers')
    .action(async () => {
      await withContext(async (ctx) => {
        const { items } = await listUsers(ctx.db, ctx.organisation.id, {}, { limit: 10_000, offset: 0 });
        for (const u of items)
          console.log(`${u.email}\t${roleName(u.role)}${u.disabledAt ? '\tgeblokkeerd' : ''}`);
      });
    });
}
