import { beforeAll, describe, expect, it } from 'vitest';
import type { FileAnalysis, MotionRecord } from '../../src/importer/types.js';
import { EXPECTED_003 } from './seed-003-expected.js';
import { analyseSeed } from './support.js';

describe('seed 003: accountability report on 23 motions', () => {
  let report: FileAnalysis;
  let motions: MotionRecord[];
  beforeAll(async () => {
    report = await analyseSeed('003');
    motions = report.motions;
  });

  it('is an accountability report for the ALV of 18 June 2025, sent with the letter of 21 May 2025', () => {
    expect(report.kind).toBe('accountability-report');
    expect(report.title).toBe('Verantwoording over uitvoering moties ALV-en');
    expect(report.agendaItem).toBe('11');
    expect(report.meeting).toEqual({ kind: 'alv', date: '2025-06-18' });
    expect(report.date).toBe('2025-05-21');
    expect(report.resolutions).toEqual([]);
    expect(report.letter).toBeNull();
  });

  it('finds 23 motions: 9 to hold, 13 to settle, 1 conditional', () => {
    expect(motions).toHaveLength(23);
    const count = (proposal: string) => motions.filter((motion) => motion.proposal === proposal).length;
    expect([count('hold'), count('settle'), count('conditional')]).toEqual([9, 13, 1]);
  });

  it.each(EXPECTED_003.map((expected, index) => [index + 1, ...expected] as const))(
    'motion %i: submitters, topic, meeting, proposal and title',
    (position, submitters, andOthers, topic, kind, date, proposal, title) => {
      const motion = motions[position - 1];
      expect(motion.submitters).toEqual(submitters);
      expect(motion.andOthers).toBe(andOthers);
      expect(motion.topic).toBe(topic);
      expect(motion.adoptedAt).toEqual({ kind, date });
      expect(motion.proposal).toBe(proposal);
      expect(motion.title).toBe(title);
      expect(motion.members?.every((member) => member.code !== null)).toBe(true);
      expect([motion.result, motion.percentage, motion.preAdvice]).toEqual([null, null, null]);
    },
  );

  it('keeps calls and accountability texts apart, also where extraction put a label out of place', () => {
    const [almere, , beesel, brummen] = motions;
    expect(almere.call).toMatch(/^Draagt het bestuur op:\n- Zich te blijven inzetten/);
    expect(almere.accountability).toMatch(
      /^De uitvoerbaarheid en betaalbaarheid van het inburgeringsstelsel/,
    );
    expect(almere.accountability).toMatch(/gemeentelijke taak op inburgering\.$/);
    expect(beesel.call).toMatch(/^Oproep aan het bestuur om:\n- Alles in het werk te stellen/);
    expect(beesel.call).toContain('- Langjarige, rechtvaardige en ruimere financiële positie');
    expect(beesel.accountability).toBe(
      'Zie verantwoording bij motie Enschede “Herstel financiële verhouding met nieuwe regering” (Najaars ALV 1 december 2023).',
    );
    expect(brummen.call).toMatch(
      /^De motie bevestigt het belang van de functie Praktijkondersteuner Huisartsen/,
    );
    expect(brummen.call).toMatch(/POH Jeugd GGZ\.$/);
    expect(brummen.accountability).toMatch(/^Traject tot dusver\n/);
    expect(brummen.accountability).toMatch(/het convenant worden ondertekend \(Q3 2025\)\.$/);
  });

  it('drops link residue and repeated table headers from the texts', () => {
    const deBilt = motions[8];
    expect(deBilt.accountability).toMatch(/^VNG draagt bij aan het voorkomen van interpretatieverschillen/);
    for (const motion of motions) {
      expect(`${motion.call}\n${motion.accountability}`).not.toMatch(/safelinks|^Onderwerp:/m);
    }
  });

  it('gives the conditional proposal its condition', () => {
    const apeldoorn = motions[16];
    expect(apeldoorn.condition).toBe(
      'Als er een nieuw akkoord komt en de ALV stemt daarmee in, stellen wij voor om de motie als afgedaan te beschouwen. Zo niet dan stellen wij voor om de motie aan te houden.',
    );
    expect(motions.filter((motion) => motion.condition)).toHaveLength(1);
  });

  it('matches submitters to member municipalities', () => {
    expect(motions[17].members).toEqual([
      { name: 'Zoetermeer', code: 'GM0637' },
      { name: 'Leidschendam-Voorburg', code: 'GM1916' },
    ]);
    expect(motions[21].members).toEqual([{ name: 'Krimpen aan den IJssel', code: 'GM0542' }]);
  });

  it('groups the table of contents and warns where it disagrees with the body (Beesel)', () => {
    const toc = report.toc as { heading: string; meeting: unknown; motions: unknown[] }[];
    expect(toc.map((group) => [group.heading, group.meeting, group.motions.length])).toEqual([
      ['Aangehouden moties', null, 4],
      ['Aangehouden motie Extra ALV 24 mei 2024', { kind: 'extra-alv', date: '2024-05-24' }, 1],
      ['Aangehouden moties ALV 26 juni 2024', { kind: 'alv', date: '2024-06-26' }, 11],
      ['Aangenomen moties Najaars ALV 29 november 2024', { kind: 'najaars-alv', date: '2024-11-29' }, 7],
    ]);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatch(
      /^toc-mismatch: .*Rechtvaardige, langjarige.*alv 2023-06-14.*najaars-alv 2023-12-01/,
    );
  });

  it('keeps the line span each motion came from', () => {
    expect(motions[0].source).toEqual({ lines: { from: 73, to: 114 }, pages: { from: 1, to: 1 } });
    expect(motions[22].source.lines).toEqual({ from: 1221, to: 1275 });
    for (let i = 1; i < motions.length; i++) {
      expect(motions[i].source.lines.from).toBeGreaterThan(motions[i - 1].source.lines.to);
    }
  });
});
