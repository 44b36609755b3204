import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/importer/analyse-file.js';
import { seedPath } from './support.js';

const analyseText = (name: string, text: string) => analyseFile({ name, bytes: Buffer.from(text, 'utf8') });

const MOTION_LIST = `Uitslagen moties Najaars ALV 29 november 2024

1. Motie Apeldoorn “Gelijkwaardigheid als basis voor (aanvullend) Zorgakkoord”
Preadvies: overnemen
Uitslag: aangenomen met 98,29%
2. Motie Zoetermeer en Leidschendam-Voorburg “Synchronisatie termijnen huisvesting statushouders” – akkoord bij acclamatie
3. Motie Goirle “Compensatie onderwijshuisvesting”: 1e deel aangenomen met 87,5%; 2e deel aangehouden conform advies bestuur
4. Motie Súdwest-Fryslân en anderen “Ruimte voor de regio” – preadvies: ontraden; verworpen (35,2% voor)
5. Motie ’s-Hertogenbosch “Sterke binnensteden” – ingetrokken
6. Motie Noardeast-Fryslân “Bereikbaarheid platteland” – preadvies: oordeel vergadering
7. Motie Atlantis “Onbekende gemeente” – aangenomen met 51%
`;

describe('lists of motions with results or pre-advice', () => {
  it('reads each motion with its result, percentage, parts and pre-advice', async () => {
    const analysis = await analyseText('uitslagen.txt', MOTION_LIST);
    expect(analysis.kind).toBe('motion-list');
    expect(analysis.meeting).toEqual({ kind: 'najaars-alv', date: '2024-11-29' });
    expect(
      analysis.motions.map((m) => [
        m.submitters.join(' + '),
        m.andOthers,
        m.result,
        m.percentage,
        m.preAdvice,
      ]),
    ).toEqual([
      ['Apeldoorn', false, 'aangenomen', 98.29, 'overnemen'],
      ['Zoetermeer + Leidschendam-Voorburg', false, 'aangenomen', null, null],
      ['Goirle', false, 'aangenomen', null, null],
      ['Súdwest-Fryslân', true, 'verworpen', 35.2, 'ontraden'],
      ['’s-Hertogenbosch', false, 'ingetrokken', null, null],
      ['Noardeast-Fryslân', false, null, null, 'oordeel vergadering'],
      ['Atlantis', false, 'aangenomen', 51, null],
    ]);
    expect(analysis.motions[2].parts).toEqual([
      { result: 'aangenomen', percentage: 87.5 },
      { result: 'aangehouden', percentage: null },
    ]);
    expect(analysis.motions[0].adoptedAt).toEqual({ kind: 'najaars-alv', date: '2024-11-29' });
    expect(analysis.motions[3].adoptedAt).toBeNull();
    expect(analysis.motions[4].members).toEqual([{ name: '’s-Hertogenbosch', code: 'GM0796' }]);
    expect(analysis.warnings).toEqual([
      'unmatched-submitter: Indiener "Atlantis" van motie "Onbekende gemeente" is niet (eenduidig) als gemeente herkend.',
    ]);
  });

  it('reports a truncated last item and does not complete it', async () => {
    const cut = `${MOTION_LIST}8. Motie Goirle en Tilburg “Compensatie onderwijs`;
    const analysis = await analyseText('afgebroken.txt', cut);
    expect(analysis.motions).toHaveLength(7);
    expect(analysis.warnings.filter((warning) => warning.startsWith('truncated:'))).toHaveLength(1);
  });
});

describe('the text of one motion', () => {
  it('reads a council motion submitted by factions, without warnings about municipalities', async () => {
    const text = [
      'Motie vreemd aan de orde van de dag',
      'Titel: “Veilige fietsroutes naar school”',
      'Ingediend door: VVD, GroenLinks en CDA',
      'De raad van de gemeente Utrecht, in vergadering bijeen op 12 maart 2025,',
      'constaterende dat het aantal ongelukken op schoolroutes stijgt;',
      'overwegende dat kinderen veilig naar school moeten kunnen fietsen;',
      'verzoekt het college:',
      '1. de tien gevaarlijkste kruispunten voor 1 september 2025 aan te pakken;',
      '2. de raad hierover te informeren,',
      'en gaat over tot de orde van de dag.',
      '',
      'Jan Jansen (VVD), Fatima el Amrani (GroenLinks)',
      'Piet de Vries (CDA)',
    ].join('\n');
    const analysis = await analyseText('motie.txt', text);
    expect(analysis.kind).toBe('motion');
    const [motion] = analysis.motions;
    expect(motion.title).toBe('Veilige fietsroutes naar school');
    expect(motion.submitters).toEqual(['VVD', 'GroenLinks', 'CDA']);
    expect(motion.meeting).toEqual({ kind: 'raadsvergadering', date: '2025-03-12' });
    expect(motion.preamble).toEqual([
      { kind: 'noting', number: null, text: 'het aantal ongelukken op schoolroutes stijgt' },
      { kind: 'considering', number: null, text: 'kinderen veilig naar school moeten kunnen fietsen' },
    ]);
    expect(motion.operative.map((clause) => [clause.kind, clause.number])).toEqual([
      ['requests', '1'],
      ['requests', '2'],
    ]);
    expect(motion.signatories).toEqual(['Jan Jansen', 'Fatima el Amrani', 'Piet de Vries']);
    expect(motion.signers).toEqual([
      { name: 'Jan Jansen', party: 'VVD' },
      { name: 'Fatima el Amrani', party: 'GroenLinks' },
      { name: 'Piet de Vries', party: 'CDA' },
    ]);
    expect(motion.closing).toBe('en gaat over tot de orde van de dag');
    expect([motion.result, motion.preAdvice, motion.adoptedAt]).toEqual([null, null, null]);
    expect(analysis.warnings).toEqual([]);
  });
});

describe('documents that are not what they seem', () => {
  it('a template with placeholders is not a motion', async () => {
    const template = [
      'Motie [titel van de motie]',
      'Indiener(s): [naam gemeente]',
      'De Algemene Ledenvergadering, in vergadering bijeen op <datum>,',
      'Constaterende dat ……',
      'Verzoekt het bestuur: ……',
      'en gaat over tot de orde van de dag.',
    ].join('\n');
    const analysis = await analyseText('sjabloon-motie.txt', template);
    expect(analysis.kind).toBe('unknown');
    expect(analysis.motions).toEqual([]);
    expect(analysis.warnings).toHaveLength(1);
    expect(analysis.warnings[0]).toMatch(/^template: /);
  });

  it('an unrelated document is kept as unknown with its title', async () => {
    const analysis = await analyseText(
      'nieuws.txt',
      'Nieuwsbrief voorjaar\n\nDe zon schijnt en de vergadering is gezellig.',
    );
    expect(analysis).toMatchObject({
      kind: 'unknown',
      title: 'Nieuwsbrief voorjaar',
      motions: [],
      letter: null,
    });
    expect(analysis.warnings[0]).toMatch(/^not-recognised: /);
  });

  it('an accountability report cut off in its last motion keeps that motion without a proposal and says so', async () => {
    const full = readFileSync(seedPath('003'), 'utf8');
    const cut = full.slice(0, full.indexOf('Reeds lange tijd wordt gelobbyd'));
    const analysis = await analyseText('afgebroken-verantwoording.txt', cut);
    expect(analysis.motions).toHaveLength(23);
    const last = analysis.motions[22];
    expect(last.title).toBe('Compensatie onderwijshuisvesting');
    expect(last.proposal).toBeNull();
    expect(analysis.motions.filter((motion) => motion.proposal === 'hold')).toHaveLength(8);
    expect(analysis.warnings.filter((warning) => warning.startsWith('truncated:'))).toEqual([
      'truncated: De laatste motie ("Compensatie onderwijshuisvesting") is onvolledig: er volgt geen voorstel; niets is aangevuld.',
    ]);
  });
});
