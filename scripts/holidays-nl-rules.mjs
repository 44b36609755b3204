// Writes src/domain/holidays-nl-rules.ts from the installed date-holidays (run after updating it; then `npx biome format --write src/domain/holidays-nl-rules.ts`).
import { writeFileSync } from 'node:fs';

const { data } = await import('date-holidays/data');
const nl = data.holidays.NL;
const used = new Set();
JSON.stringify(nl, (k, v) => {
  if (k === '_name') used.add(v);
  return v;
});
const names = Object.fromEntries(Object.entries(data.names).filter(([k]) => used.has(k)));
const out = { version: data.version, license: data.license, holidays: { NL: nl }, names };
writeFileSync(
  new URL('../src/domain/holidays-nl-rules.ts', import.meta.url),
  `/**
 * The Dutch part of date-holidays' rules (data version ${data.version}, ${data.license}): the holidays of NL and the
 * names they refer to, for date-holidays-parser. The whole data set of every country costs ~30 MB of the
 * server's memory (docs/adr/020); test/unit/domain/holidays-nl-rules.test.ts checks this copy against the
 * installed date-holidays, so an update of the library that changes the Dutch rules fails until it is copied.
 */
export const NL_HOLIDAY_RULES = ${JSON.stringify(out)};
`,
);
