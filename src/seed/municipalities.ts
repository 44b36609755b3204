import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WriteContext } from '../store/audit.js';
import type { Executor } from '../store/database.js';
import { type NewMember, upsertMembers } from '../store/repositories/members.js';

/** The in-project copy of the municipalities (CBS, 342 for 2025; see gemeenten.README.md next to it). */
export const MUNICIPALITIES_CSV = fileURLToPath(new URL('../store/reference/gemeenten.csv', import.meta.url));

/** Splits one CSV line (RFC 4180 quoting: "a, b" and "" for a quote). */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

export function readMunicipalities(path = MUNICIPALITIES_CSV): NewMember[] {
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = splitCsvLine(lines[0]);
  const col = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${path}: kolom "${name}" ontbreekt`);
    return index;
  };
  const [code, name, province, inhabitants, date] = [
    col('code'),
    col('name'),
    col('province'),
    col('inhabitants'),
    col('population_date'),
  ];
  return lines.slice(1).map((line, i) => {
    const cells = splitCsvLine(line);
    const count = Number(cells[inhabitants]);
    if (!/^GM\d{4}$/.test(cells[code]) || !Number.isInteger(count))
      throw new Error(`${path}: regel ${i + 2} is ongeldig`);
    return {
      code: cells[code],
      name: cells[name],
      kind: 'municipality',
      province: cells[province] || null,
      inhabitants: count,
      populationDate: cells[date] || null,
    };
  });
}

/** Loads the municipalities as members of the organisation; running it again changes nothing. */
export async function seedMunicipalities(
  db: Executor,
  ctx: WriteContext,
): Promise<{ inserted: number; updated: number; total: number }> {
  const municipalities = readMunicipalities();
  const result = await upsertMembers(db, ctx, municipalities);
  return { ...result, total: municipalities.length };
}
