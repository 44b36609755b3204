import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/importer/analyse-file.js';
import { type MotionSpec, renderMotion, SPECS, VARIATIONS, type Variation } from './motion-variations.js';

const analyseText = (name: string, text: string) => analyseFile({ name, bytes: Buffer.from(text, 'utf8') });
const plain = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[.;,:]$/, '')
    .trim();
const MEETING_KIND = { raad: 'raadsvergadering', staten: 'statenvergadering', alv: 'alv' } as const;

function describeVariation(variation: Variation): string {
  return Object.entries(variation)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
}

describe.each(SPECS.map((spec) => [spec.body.kind, spec] as const))(
  'a %s motion in every layout',
  (_, spec: MotionSpec) => {
    it.each(VARIATIONS.map((variation) => [describeVariation(variation), variation] as const))(
      '%s',
      async (_name, variation) => {
        const analysis = await analyseText('motie.txt', renderMotion(spec, variation));
        expect(analysis.kind).toBe('motion');
        expect(analysis.motions).toHaveLength(1);
        const [motion] = analysis.motions;
        expect(motion.title).toBe(spec.title);
        expect(analysis.meeting).toEqual({
          kind: MEETING_KIND[spec.body.kind],
          date: spec.body.iso,
          ...(spec.body.place ? { place: spec.body.place } : {}),
        });
        const texts = (kind: string) =>
          motion.preamble.filter((clause) => clause.kind === kind).map((clause) => plain(clause.text));
        expect(texts('noting')).toEqual(spec.noting);
        expect(texts('considering')).toEqual(spec.considering);
        expect(motion.operative.map((clause) => clause.kind)).toEqual(
          spec.operative.map((clause) => clause.kind),
        );
        motion.operative.forEach((clause, index) => {
          expect(plain(clause.text)).toContain(spec.operative[index].text);
          expect(clause.text).not.toMatch(/orde van de dag/);
          expect(clause.items ?? []).toEqual(spec.operative[index].items ?? []);
        });
        expect(motion.closing).toMatch(/^en gaat over tot de orde van de dag$/i);
        expect(motion.signers).toEqual(spec.signers);
        expect(motion.signatories).toEqual(spec.signers.map((signer) => signer.name));
        const parties = [...new Set(spec.signers.map((signer) => signer.party))];
        expect(motion.submitters).toEqual([...parties, ...(spec.coSubmitters ?? [])]);
        expect(motion.coSubmitters ?? []).toEqual(spec.coSubmitters ?? []);
        expect(motion.explanation ?? null).toBe(spec.explanation ?? null);
        expect(analysis.warnings).toEqual([]);
      },
    );
  },
);

describe('a truncated motion text', () => {
  const spec = SPECS[0];
  const full = renderMotion(spec, VARIATIONS[0]);
  const cuts = [0.45, 0.6, 0.7].map((share) => {
    const at = Math.floor(full.length * share);
    // Cut inside a word, as the fragments of the corpus are.
    return full.slice(0, full.indexOf(' ', at) + 4);
  });

  it.each(cuts.map((text, index) => [index, text] as const))(
    'cut %i keeps only complete clauses and warns, never completing one',
    async (_index, text) => {
      const analysis = await analyseText('afgebroken.txt', text);
      expect(analysis.kind).toBe('motion');
      const [motion] = analysis.motions;
      const produced = [...motion.preamble, ...motion.operative].map((clause) => plain(clause.text));
      const written = [...spec.noting, ...spec.considering, ...spec.operative.map((clause) => clause.text)];
      for (const clause of produced)
        expect(written.some((complete) => complete === clause || clause.endsWith(complete))).toBe(true);
      expect(analysis.warnings.filter((warning) => warning.startsWith('truncated:'))).toHaveLength(1);
      expect(motion.signatories).toEqual([]);
    },
  );
});
