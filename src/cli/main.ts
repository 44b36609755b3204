import '../production-mode.js';
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { DatabaseConfigError } from '../store/database.js';
import { registerAudit } from './commands/audit.js';
import { registerBackup } from './commands/backup.js';
import { registerDb } from './commands/db.js';
import { registerImport } from './commands/import.js';
import { registerMigrate } from './commands/migrate.js';
import { registerOrganisation } from './commands/organisation.js';
import { registerOutbox } from './commands/outbox.js';
import { registerReport } from './commands/report.js';
import { registerSearch } from './commands/search.js';
import { registerSeed } from './commands/seed.js';
import { registerServe } from './commands/serve.js';
import { registerStart } from './commands/start.js';
import { registerStats } from './commands/stats.js';
import { registerUsers } from './commands/users.js';
import { registerVotingRule } from './commands/voting-rule.js';
import { speakDutch } from './dutch-commander.js';

/** Every sub-command registers itself here; one file per command in ./commands. */
const COMMANDS: ((program: Command) => void)[] = [
  registerMigrate,
  registerImport,
  registerServe,
  registerSearch,
  registerSeed,
  registerStart,
  registerStats,
  registerDb,
  registerBackup,
  registerVotingRule,
  registerOrganisation,
  registerReport,
  registerUsers,
  registerAudit,
  registerOutbox,
];

/** The version of the installed package, as `motiemonitor --version` prints it. */
function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

export function buildProgram(): Command {
  const program = speakDutch(new Command('motiemonitor'), packageVersion())
    .description(
      'Motiemonitor: moties, resoluties, verantwoording en afspraken van een vereniging van gemeenten',
    )
    .showHelpAfterError()
    .exitOverride()
    // A command's options count before its subcommands only (organisation --name vs organisation create --name).
    .enablePositionalOptions();
  for (const register of COMMANDS) register(program);
  return program;
}

/** What a file system error (no such directory, no rights, full disk) means, in Dutch; null for other errors. */
export function fileErrorText(error: unknown): string | null {
  const e = error as NodeJS.ErrnoException;
  if (!(error instanceof Error) || typeof e.code !== 'string' || typeof e.path !== 'string') return null;
  const reasons: Record<string, string> = {
    ENOENT: 'het bestand of de map bestaat niet',
    ENOTDIR: 'een deel van het pad is geen map',
    EISDIR: 'dat is een map, geen bestand',
    EACCES: 'geen toegang',
    EPERM: 'geen toegang',
    EROFS: 'alleen-lezen bestandssysteem',
    ENOSPC: 'de schijf is vol',
    EEXIST: 'bestaat al',
  };
  const reason = reasons[e.code];
  return reason ? `${e.path}: ${reason}` : null;
}

/** Entry point of the `motiemonitor` command: one clear line on error, a non-zero exit code, no stack trace. */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    const text = fileErrorText(error) ?? (error instanceof Error ? error.message : String(error));
    const prefix = error instanceof DatabaseConfigError ? 'Databasefout' : 'Fout';
    console.error(`${prefix}: ${text.split('\n')[0]}`);
    if (process.env.DEBUG) console.error(error);
    process.exitCode = 1;
  }
}
