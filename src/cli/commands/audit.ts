import type { Command } from 'commander';
import { verifyAuditChain } from '../../store/audit.js';
import { withContext } from '../context.js';

/** `audit verify`: walks the whole hash chain; exits 1 and names the first broken link when it is not intact. */
export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('De audittrail (hashketen)');
  audit
    .command('verify')
    .description('Controleert de hele hashketen van de audittrail')
    .action(async () => {
      await withContext(async (ctx) => {
        const result = await verifyAuditChain(ctx.db);
        if (result.ok) {
          console.log(`Audittrail intact: ${result.events} gebeurtenissen, keten klopt.`);
          return;
        }
        console.error(
          `Audittrail gebroken bij gebeurtenis ${result.brokenAt}: ${result.reason} (${result.events} gebeurtenissen ervoor kloppen).`,
        );
        process.exitCode = 1;
      });
    });
}
