import { describe, expect, it } from 'vitest';
import { createMunicipalityIndex, normaliseMunicipalityName } from '../../src/importer/municipalities.js';
import { splitSubmitters } from '../../src/importer/submitters.js';

const index = createMunicipalityIndex();

function codeOf(name: string): string | null {
  const match = index.match(name);
  return match.status === 'matched' ? match.municipality.code : null;
}

describe('municipality names', () => {
  it('ignores case, diacritics, apostrophes, hyphens and CBS disambiguators', () => {
    expect(codeOf('Súdwest-Fryslân')).toBe('GM1900');
    expect(codeOf('Sudwest Fryslan')).toBe('GM1900');
    expect(codeOf('Noardeast-Fryslân')).toBe('GM1970');
    expect(codeOf("'s-Hertogenbosch")).toBe('GM0796');
    expect(codeOf('’s-Hertogenbosch')).toBe('GM0796');
    expect(codeOf('Den Bosch')).toBe('GM0796');
    expect(codeOf('Den Haag')).toBe('GM0518');
    expect(codeOf("'s-Gravenhage")).toBe('GM0518');
    expect(codeOf('leidschendam voorburg')).toBe('GM1916');
    expect(codeOf('Hengelo')).toBe('GM0164');
    expect(codeOf('Bergen (NH.)')).toBe('GM0373');
    expect(codeOf('gemeente Gouda')).toBe('GM0513');
    expect(normaliseMunicipalityName('Bergen (L.)')).toBe('bergen');
  });

  it('reports an ambiguous name instead of picking one', () => {
    const match = index.match('Bergen');
    expect(match.status).toBe('ambiguous');
    expect(match.status === 'ambiguous' && match.candidates.map((m) => m.code).sort()).toEqual([
      'GM0373',
      'GM0893',
    ]);
  });
});

describe('submitters', () => {
  it('splits "Gouda en Krimpenerwaard" into two and flags "en anderen"', () => {
    expect(splitSubmitters('Gouda en Krimpenerwaard', index)).toMatchObject({
      names: ['Gouda', 'Krimpenerwaard'],
      andOthers: false,
      unmatched: [],
    });
    expect(splitSubmitters('Brummen en anderen', index)).toMatchObject({
      names: ['Brummen'],
      andOthers: true,
    });
    expect(splitSubmitters('Motie Almere, Tilburg e.a.', index)).toMatchObject({
      names: ['Almere', 'Tilburg'],
      andOthers: true,
    });
  });

  it('keeps names with "en" or a comma inside together', () => {
    expect(splitSubmitters('Gilze en Rijen en Tilburg', index).names).toEqual(['Gilze en Rijen', 'Tilburg']);
    expect(splitSubmitters('Nuenen, Gerwen en Nederwetten, Son en Breugel', index).names).toEqual([
      'Nuenen, Gerwen en Nederwetten',
      'Son en Breugel',
    ]);
    expect(splitSubmitters('Krimpen aan den IJssel', index).members).toEqual([
      { name: 'Krimpen aan den IJssel', code: 'GM0542' },
    ]);
  });

  it('lists names that are not a municipality as unmatched', () => {
    const result = splitSubmitters('Utrecht en Fractie GroenLinks', index);
    expect(result.names).toEqual(['Utrecht', 'Fractie GroenLinks']);
    expect(result.unmatched).toEqual(['Fractie GroenLinks']);
  });
});
