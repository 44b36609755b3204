import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/importer/analyse-file.js';
import {
  COMMITMENTS,
  RIS_MOTIONS,
  type RisMotionSpec,
  renderCommitments,
  renderGlued,
  renderLabelled,
  renderList,
} from './ris-variations.js';

const analyseText = (name: string, text: string) => analyseFile({ name, bytes: Buffer.from(text, 'utf8') });

const LAYOUTS = [
  ['iBabs, labels glued to values', renderGlued, false],
  ['iBabs, fields in another order', renderGlued, true],
  ['Notubiz, one label per line', renderLabelled, false],
  ['Notubiz, fields in another order', renderLabelled, true],
] as const;

describe.each(RIS_MOTIONS.map((spec) => [spec.title, spec] as const))(
  'the RIS record "%s"',
  (_, spec: RisMotionSpec) => {
    it.each(LAYOUTS)('%s', async (_layout, render, reorder) => {
      const analysis = await analyseText('record.txt', render(spec, reorder));
      const monitor = spec.progress !== undefined;
      expect(analysis.kind).toBe(monitor ? 'accountability-report' : 'motion');
      expect(analysis.motions).toHaveLength(1);
      const [motion] = analysis.motions;
      expect(motion).toMatchObject({
        title: spec.title,
        number: spec.number,
        submitters: spec.members.map((member) => member.party),
        signatories: spec.members.map((member) => member.name),
        meeting: { kind: 'raadsvergadering', date: spec.iso },
        agendaItem: spec.agendaNumber,
        agendaItemTitle: spec.agendaTitle,
        portfolioHolder: spec.portfolioHolder,
        result: spec.status === 'Aangenomen' ? 'aangenomen' : null,
        accountability: spec.progress ?? null,
        due: spec.due?.iso ?? null,
      });
      if (spec.dictum) {
        expect(motion.preamble.map((clause) => [clause.kind, clause.text.replace(/\.$/, '')])).toEqual([
          ['considering', spec.dictum.considering],
        ]);
        expect(motion.operative.map((clause) => clause.kind)).toEqual(['requests']);
        expect(motion.operative[0].text).toContain(spec.dictum.request);
      } else expect([motion.preamble, motion.operative]).toEqual([[], []]);
    });
  },
);

describe('lists of RIS records', () => {
  it('a list of motion records gives every motion with its own fields', async () => {
    const analysis = await analyseText('lijst.txt', renderList(RIS_MOTIONS));
    expect(analysis.kind).toBe('motion-list');
    expect(analysis.motions.map((motion) => [motion.title, motion.number, motion.meeting?.date])).toEqual(
      RIS_MOTIONS.map((spec) => [spec.title, spec.number, spec.iso]),
    );
  });

  it.each([
    ['labels glued', true],
    ['one label per line', false],
  ])('commitments (%s) become agreements with their party and due date, never motions', async (_, glued) => {
    const analysis = await analyseText('toezeggingen.txt', renderCommitments(COMMITMENTS, glued));
    expect(analysis.motions).toEqual([]);
    expect(analysis.agreements.map(({ text, party, due }) => ({ text, party, due }))).toEqual(
      COMMITMENTS.map((spec) => ({ text: spec.text, party: spec.holder, due: spec.iso })),
    );
  });

  it('an ambiguous M/D date that nothing in the document confirms is left open with a warning', async () => {
    const spec = { ...RIS_MOTIONS[0], meetingDate: 'onbekend' };
    const analysis = await analyseText('record.txt', renderGlued(spec));
    expect(analysis.motions[0].meeting?.date ?? null).toBeNull();
    expect(analysis.warnings.some((warning) => warning.startsWith('no-date:'))).toBe(true);
  });
});
