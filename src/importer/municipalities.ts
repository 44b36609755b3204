import { readFileSync } from 'node:fs';

export type Municipality = { code: string; name: string; province: string };

/** Names in common use that differ from the CBS name. */
const ALIASES: Record<string, string> = {
  'den haag': "'s-Gravenhage",
  'the hague': "'s-Gravenhage",
  'den bosch': "'s-Hertogenbosch",
};

/** Case, diacritics, apostrophes, hyphens and CBS disambiguators ("Bergen (NH.)") do not matter. */
export function normaliseMunicipalityName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*gemeenten?\s+/, '')
    .replace(/^'?s[\s-]+/, 's ')
    .replace(/[-.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  for (const match of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) {
    fields.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]);
  }
  return fields;
}

/** Rows of `code,name,province,…` (the reference list in src/store/reference/gemeenten.csv). */
export function parseMunicipalitiesCsv(csv: string): Municipality[] {
  const [header, ...rows] = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = parseCsvLine(header);
  const at = (name: string) => columns.indexOf(name);
  return rows.map((row) => {
    const fields = parseCsvLine(row);
    return { code: fields[at('code')], name: fields[at('name')], province: fields[at('province')] };
  });
}

let defaultList: Municipality[] | undefined;

/** The municipalities shipped with the product (read once). */
export function defaultMunicipalities(): Municipality[] {
  defaultList ??= parseMunicipalitiesCsv(
    readFileSync(new URL('../store/reference/gemeenten.csv', import.meta.url), 'utf8'),
  );
  return defaultList;
}

export type MunicipalityMatch =
  | { status: 'matched'; municipality: Municipality }
  | { status: 'ambiguous'; candidates: Municipality[] }
  | { status: 'unmatched' };

export type MunicipalityIndex = { match(name: string): MunicipalityMatch };

export function createMunicipalityIndex(list: Municipality[] = defaultMunicipalities()): MunicipalityIndex {
  const byName = new Map<string, Municipality[]>();
  const exact = new Map<string, Municipality>();
  for (const municipality of list) {
    exact.set(municipality.name.toLowerCase(), municipality);
    const key = normaliseMunicipalityName(municipality.name);
    byName.set(key, [...(byName.get(key) ?? []), municipality]);
  }
  return {
    match(name) {
      const written = exact.get(name.trim().toLowerCase());
      if (written) return { status: 'matched', municipality: written };
      const key = normaliseMunicipalityName(name);
      const alias = ALIASES[key];
      const candidates = byName.get(alias ? normaliseMunicipalityName(alias) : key) ?? [];
      if (candidates.length === 1) return { status: 'matched', municipality: candidates[0] };
      if (candidates.length > 1) return { status: 'ambiguous', candidates };
      return { status: 'unmatched' };
    },
  };
}
