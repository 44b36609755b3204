import type { Command } from 'commander';
import { describeDemoImport, importDemoDocuments } from '../../seed/demo/demo-documents.js';
import { describeDemoUsers, seedDemoUsers } from '../../seed/demo/demo-users.js';
import { seedDemo } from '../../seed/demo/seed-demo.js';
import { describeDemoCouncil, seedDemoCouncil } from '../../seed/demo-council/seed-demo-council.js';
import { seedMunicipalities } from '../../seed/municipalities.js';
import { SYSTEM_ACTOR } from '../../store/audit.js';
import { withContext } from '../context.js';
import { rebuildSearchIndexes } from './rebuild-search.js';

export function registerSeed(program: Command): void {
  program
    .command('seed')
    .description('Laadt de 342 gemeenten als leden; met --demo ook fictieve demogegevens (2022–2026)')
    .option('--demo', 'laad ook demogegevens (doet niets als die er al zijn)')
    .action(async (options: { demo?: boolean }) =>
      withContext(async ({ db, organisation }) => {
        const members = await seedMunicipalities(db, {
          organisationId: organisation.id,
          actor: SYSTEM_ACTOR,
        });
        console.log(
          `${organisation.name}: ${members.total} gemeenten (${members.inserted} nieuw, ${members.updated} bijgewerkt)`,
        );
        if (!options.demo) return;
        const demo = await seedDemo(db, organisation);
        if (demo.seeded) console.log(describeDemoImport(await importDemoDocuments(db, organisation)));
        if (demo.seeded) console.log(describeDemoUsers(await seedDemoUsers(db, organisation)));
        const council = await seedDemoCouncil(db);
        if (council.seeded) console.log(describeDemoCouncil(council));
        if (demo.seeded || council.seeded) await rebuildSearchIndexes(db);
        console.log(
          demo.seeded
            ? `Demogegevens geladen: ${demo.motions} moties met vergaderingen, verantwoording, resoluties, afspraken, ledenbrieven, peilingen en aanmeldingen.`
            : 'Demogegevens zijn al geladen; niets gedaan.',
        );
      }),
    );
}
