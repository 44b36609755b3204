import type { Command } from 'commander';
import { verifyAudit } from '../../store/verify-audit.js';
import { withContext } from '../context.js';

/** `audit verify`: walks the whole hash chain; exits 1 and names the first broken link when it is not intact. */
export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('De audittrail (hashketen)');
  audit
    .command('verify')
    .description(
      'Controleert de hashketen, het ondertekende ankerpunt buiten de database en elk record tegen zijn laatste gebeurtenis',
    )
    .action(async () => {
      await withContext(async (ctx) => {
        const verdict = await verifyAudit(ctx.db);
        const [last, ...before] = [...verdict.lines].reverse();
        for (const line of before.reverse()) console.log(line);
        if (verdict.ok) console.log(last);
        else {
          console.error(last);
          process.exitCode = 1;
        }
      });
    });
}
