import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFiles } from '../src/importer/persist/import-file.js';
import { seedMunicipalities } from '../src/seed/municipalities.js';
import { SYSTEM_ACTOR, type WriteContext } from '../src/store/audit.js';
import { openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { createOrganisation } from '../src/store/repositories/organisations.js';
import { makeCorpus } from './import-corpus.js';
import { sql } from 'kysely';
const dir = mkdtempSync(join(tmpdir(), 'probe-'));
const opened = await openDatabase(`sqlite:${join(dir, 'p.db')}`);
await migrateToLatest(opened.db);
const organisation = await createOrganisation(opened.db, { name: 'B', slug: 'b', settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 }, actor: SYSTEM_ACTOR });
const writer: WriteContext = { organisationId: organisation.id, actor: { id: null, label: 'bench' } };
await seedMunicipalities(opened.db, writer);
const tables = (await sql<{ name: string }>`select name from sqlite_master where type='table'`.execute(opened.db)).rows.map((r) => r.name);
const count = async () => { const m: Record<string, number> = {}; for (const t of tables) m[t] = Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(opened.db)).rows[0].n); return m; };
const before = await count();
const mainMs = () => { const f = (require('node:fs') as typeof import('node:fs')).readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' '); return (+f[11] + +f[12]) * 10; };
const m0 = mainMs();
const t0 = performance.now();
await importFiles(opened.db, writer, makeCorpus(Number(process.env.N ?? 1000)), { documentsDir: join(dir, 'orig') });
console.log('seconds', (performance.now() - t0) / 1000, 'mainCpuMs', mainMs() - m0);
if (process.env.QUICK) process.exit(0);
const after = await count();
const idx = (await sql<{ tbl_name: string; n: number }>`select tbl_name, count(*) as n from sqlite_master where type='index' group by tbl_name`.execute(opened.db)).rows;
const idxOf = Object.fromEntries(idx.map((r) => [r.tbl_name, Number(r.n)]));
let total = 0, totalIdx = 0;
for (const t of tables) { const d = after[t] - before[t]; if (d) { total += d; totalIdx += d * (idxOf[t] ?? 0); console.log(t.padEnd(40), String(d).padStart(8), 'idx', idxOf[t] ?? 0); } }
console.log('rows', total, 'index entries', totalIdx, 'db MB', statSync(join(dir, 'p.db')).size / 1e6);
try { const s = (await sql<{ name: string; mb: number }>`select name, sum(pgsize)/1e6 as mb from dbstat group by name order by 2 desc limit 25`.execute(opened.db)).rows; for (const r of s) console.log(r.name.padEnd(50), r.mb.toFixed(2)); } catch (e) { console.log(String(e)); }
{ const s = (await sql<any>`select entity_kind, action, count(*) n, avg(length(new_values)) nv, avg(length(old_values)) ov, avg(length(id)+length(prev_hash)+length(hash)+coalesce(length(state_hash),0)+length(at)+length(actor_label)) fx from audit_events group by 1,2 order by 3 desc`.execute(opened.db)).rows; for (const r of s) console.log(JSON.stringify(r)); }
{ const r = (await sql<any>`select * from audit_events where entity_kind = 'motion' and action='create' limit 1`.execute(opened.db)).rows; console.log(JSON.stringify(r, null, 1)); }
await opened.close();
