import type { Command } from 'commander';
import { describeDemoImport, importDemoDocuments } from '../../seed/demo/demo-documents.js';
import { describeDemoUsers, seedDemoUsers } from '../../seed/demo/demo-users.js';
import { seedDemo } from '../../seed/demo/seed-demo.js';
import { describeDemoCouncil, seedDemoCouncil } from '../../seed/demo-council/seed-demo-council.js';
import { seedMunicipalities } from '../../seed/municipalities.js';
import { SYSTEM_ACTOR } from '../../store/audit.js';
import { countTable, hasNoRecords } from '../../store/stats.js';
import { withContext } from '../context.js';
import { tuneHeapForServing } from '../server-heap.js';
import { rebuildSearchIndexes } from './rebuild-search.js';
import { serve } from './serve.js';

/** Migrates, fills an empty database with the municipalities and the demo data, and serves (what `npm start` runs). */
export async function start(): Promise<void> {
  tuneHeapForServing();
  await withContext(async ({ db, organisation }) => {
    if ((await countTable(db, 'members')) === 0) {
      const members = await seedMunicipalities(db, { organisationId: organisation.id, actor: SYSTEM_ACTOR });
      console.log(`${members.inserted} gemeenten geladen als leden van ${organisation.name}.`);
    }
    if (await hasNoRecords(db)) {
      const demo = await seedDemo(db, organisation);
      if (demo.seeded) console.log(describeDemoImport(await importDemoDocuments(db, organisation)));
      if (demo.seeded) console.log(describeDemoUsers(await seedDemoUsers(db, organisation)));
      if (demo.seeded) console.log(describeDemoCouncil(await seedDemoCouncil(db)));
      if (demo.seeded) await rebuildSearchIndexes(db);
      // Counted as `motiemonitor stats` counts them: the generated and the imported motions of both organisations.
      if (demo.seeded)
        console.log(`Lege database: demogegevens geladen (${await countTable(db, 'motions')} moties).`);
    }
  });
  await serve();
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('Migreert, vult een lege database met gemeenten en demogegevens en start de webserver')
    .action(start);
}
