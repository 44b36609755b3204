import { describe, expect, it } from 'vitest';
import { MOTION_STATUSES } from '../../../src/domain/motion-lifecycle.js';
import * as vocabulary from '../../../src/domain/vocabulary/index.js';
import {
  formatDutchDate,
  formatDutchDateTime,
  formatProposal,
  formatVoteResult,
  meetingKind,
  motionStatus,
  proposal,
  role,
  type Vocabulary,
} from '../../../src/domain/vocabulary/index.js';

const isVocabulary = (entry: [string, unknown]): entry is [string, Vocabulary<string>] =>
  typeof entry[1] === 'object' && entry[1] !== null && 'terms' in entry[1];
const tables = Object.entries(vocabulary as Record<string, unknown>).filter(isVocabulary);

describe('the vocabulary', () => {
  it('has one API word and one label per code, and the API words lead back to their code', () => {
    expect(tables.length).toBeGreaterThan(15);
    for (const [name, table] of tables) {
      expect(new Set(table.apiValues).size, name).toBe(table.codes.length);
      for (const code of table.codes) {
        expect(table.fromApi(table.toApi(code)), `${name}.${code}`).toBe(code);
        expect(table.label(code).trim(), `${name}.${code}`).not.toBe('');
        expect(table.toApi(code), `${name}.${code}`).toMatch(/^[a-zë-]+$/);
      }
    }
  });

  it('maps every motion status to its API value and back', () => {
    expect(MOTION_STATUSES.map((status) => motionStatus.toApi(status))).toEqual([
      'concept',
      'ingediend',
      'ingetrokken',
      'uitgesteld',
      'aangenomen',
      'verworpen',
      'aangehouden',
      'afgedaan',
    ]);
    expect(motionStatus.fromApi('adopted')).toBeNull();
    expect(motionStatus.label('held')).toBe('Aangehouden');
  });

  it('reads a code, API word or label, whatever its case', () => {
    expect(role.parse('Medewerker')).toBe('staff');
    expect(role.parse(' staff ')).toBe('staff');
    expect(role.parse('beheerder')).toBe('admin');
    expect(role.parse('baas')).toBeNull();
    expect(role.options()[1]).toEqual({ value: 'member', label: 'Lid' });
  });

  it('names meetings as the portal does and as the association and the councils write them', () => {
    expect(meetingKind.codes.map((kind) => meetingKind.label(kind))).toEqual([
      'ALV',
      'Najaars-ALV',
      'Extra ALV',
      'BALV',
      'Ledenbijeenkomst',
      'Raadsvergadering',
    ]);
    expect(meetingKind.terms['najaars-alv'].written).toBe('Najaars ALV');
  });

  it('words proposals as the report does', () => {
    expect(proposal.label('hold')).toBe('Aanhouden');
    expect(proposal.label('settle')).toBe('Als afgedaan te beschouwen');
    expect(
      formatProposal({
        proposal: 'conditional',
        condition: 'aanhouden, tenzij het akkoord wordt ondertekend',
      }),
    ).toBe('aanhouden, tenzij het akkoord wordt ondertekend');
    expect(formatProposal({ proposal: 'conditional', condition: ' ' })).toBe(
      'Voorwaardelijk (zie verantwoording)',
    );
    expect(formatProposal({ proposal: null, condition: null })).toBe('Nog geen voorstel');
  });
});

describe('the published vote result', () => {
  it('is worded from the facts', () => {
    expect(formatVoteResult({ outcome: 'adopted', percentage: 98.29, byAcclamation: false })).toBe(
      'aangenomen met 98,29%',
    );
    expect(formatVoteResult({ outcome: 'rejected', percentage: 45, byAcclamation: false })).toBe(
      'verworpen met 45,00%',
    );
    expect(formatVoteResult({ outcome: 'rejected', percentage: null, byAcclamation: false })).toBe(
      'verworpen',
    );
    expect(formatVoteResult({ outcome: 'adopted', percentage: null, byAcclamation: true })).toBe(
      'akkoord bij acclamatie',
    );
    expect(formatVoteResult({ outcome: 'postponed', percentage: null, byAcclamation: false })).toBe(
      'aangehouden',
    );
    expect(formatVoteResult({ outcome: 'no-quorum', percentage: null, byAcclamation: true })).toBe(
      'geen quorum',
    );
  });
});

describe('Dutch dates', () => {
  it('writes a calendar date as it is, whatever the time zone', () => {
    expect(formatDutchDate('2024-11-29')).toBe('29 november 2024');
    expect(formatDutchDate('2025-01-01')).toBe('1 januari 2025');
  });

  it('writes a timestamp in Dutch local time', () => {
    expect(formatDutchDate('2025-06-18T23:30:00.000Z')).toBe('19 juni 2025');
    expect(formatDutchDate('2025-12-31T12:00:00.000Z')).toBe('31 december 2025');
    expect(formatDutchDateTime('2025-06-18T09:30:00.000Z')).toBe('18 juni 2025 om 11:30');
    expect(formatDutchDateTime('2025-01-15T09:30:00.000Z')).toBe('15 januari 2025 om 10:30');
    expect(formatDutchDateTime('2025-06-18')).toBe('18 juni 2025');
  });

  it('returns what it cannot read as given, and nothing for no value', () => {
    expect(formatDutchDate('binnenkort')).toBe('binnenkort');
    expect(formatDutchDate('2025-13-01')).toBe('2025-13-01');
    expect(formatDutchDate(null)).toBe('');
    expect(formatDutchDateTime(undefined)).toBe('');
  });
});
