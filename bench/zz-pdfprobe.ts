import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText } from 'unpdf';
import { analyseBytes } from '../src/importer/analyse-file.js';
import { importFiles } from '../src/importer/persist/import-file.js';
import { seedMunicipalities } from '../src/seed/municipalities.js';
import { SYSTEM_ACTOR, type WriteContext } from '../src/store/audit.js';
import { openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { createOrganisation } from '../src/store/repositories/organisations.js';
import { makePdf } from '../test/fixtures/importer/make-pdf.js';
import { type CorpusDocument, makeCorpus } from './import-corpus.js';
const threads = () => {
  const out = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const raw = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const name = raw.slice(raw.indexOf('(') + 1, raw.lastIndexOf(')'));
    const f = raw.slice(raw.lastIndexOf(') ') + 2).split(' ');
    out.set(`${tid}:${name}`, (+f[11] + +f[12]) * 10);
  }
  return out;
};
const diff = (a: Map<string, number>, b: Map<string, number>) => {
  const byName = new Map<string, number>();
  for (const [k, v] of b) { const d = v - (a.get(k) ?? 0); if (d > 0) { const n = (k.startsWith(`${process.pid}:`) ? 'main' : k); void (k.startsWith(`${process.pid}:`) ? '(main)' : ''); byName.set(n, (byName.get(n) ?? 0) + d); } }
  return Object.fromEntries(byName);
};
async function pdfsOf(documents: CorpusDocument[]) {
  const out: CorpusDocument[] = [];
  for (const document of documents) {
    const lines = document.bytes.toString('utf8').split('\n').flatMap((line) => line.match(/.{1,90}(\s|$)|\S+/g) ?? ['']);
    const pages = [];
    for (let i = 0; i < lines.length; i += 45) pages.push({ blocks: [{ kind: 'lines' as const, lines: lines.slice(i, i + 45) }] });
    out.push({ name: document.name.replace(/\.txt$/, '.pdf'), bytes: await makePdf(pages) });
  }
  return out;
}
async function importInto(docs: CorpusDocument[]) {
  const dir = mkdtempSync(join(tmpdir(), 'pp-'));
  const opened = await openDatabase(`sqlite:${join(dir, 'p.db')}`);
  await migrateToLatest(opened.db);
  const org = await createOrganisation(opened.db, { name: 'B', slug: 'b', settings: { votingRule: { kind: 'equal' }, majority: 'simple', quorum: 0 }, actor: SYSTEM_ACTOR });
  const writer: WriteContext = { organisationId: org.id, actor: { id: null, label: 'bench' } };
  await seedMunicipalities(opened.db, writer);
  const t = threads(); const t0 = performance.now();
  const outs = await importFiles(opened.db, writer, docs, { documentsDir: join(dir, 'o') });
  const rec: Record<string, number> = {}; for (const o of outs) if (o.status === 'imported') for (const [k, v] of Object.entries(o.counts)) rec[k] = (rec[k] ?? 0) + v;
  if (process.env.ZZ_COUNTS) console.log(JSON.stringify(rec));
  const wall = performance.now() - t0; const d = diff(t, threads());
  await opened.close();
  return { wall: Math.round(wall), threads: d };
}
await importInto(makeCorpus(200, 3));
const warm = await pdfsOf(makeCorpus(10, 12));
for (const p of warm) await extractText(new Uint8Array(p.bytes), { mergePages: true });
for (const p of warm) await analyseBytes(p.name, p.bytes);
await importInto(warm);
const pdfs = await pdfsOf(makeCorpus(50, 11));
for (let r = 0; r < 3; r++) console.log('text', JSON.stringify(await importInto(makeCorpus(50, 11))));
for (let r = 0; r < 3; r++) {
  const t = threads(); const t0 = performance.now();
  for (const p of pdfs) await extractText(new Uint8Array(p.bytes), { mergePages: true });
  console.log('bare', Math.round(performance.now() - t0), JSON.stringify(diff(t, threads())));
  console.log('import', JSON.stringify(await importInto(pdfs)));
}
