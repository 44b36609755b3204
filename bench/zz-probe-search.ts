import { searchAll } from '../src/search/index.js';
import { openDatabase } from '../src/store/database.js';
const opened = await openDatabase(process.env.URL!);
const org = await opened.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow();
const qs = (process.env.QS ?? 'jeugdzorg').split(',');
for (const q of qs) {
  const times: number[] = [];
  for (let i = 0; i < Number(process.env.N ?? 200); i++) {
    const t = performance.now();
    await searchAll(opened.db, org.id, { q, kinds: ['motion'], limit: 20, offset: 0 });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(q, 'p50', times[times.length >> 1].toFixed(2), 'p95', times[Math.floor(times.length * 0.95)].toFixed(2));
}
await opened.close();
