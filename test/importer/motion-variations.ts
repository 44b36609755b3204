/**
 * Motion texts generated in the layouts of the archive and varied the way real documents vary: the order
 * of the preamble blocks, numbering and bullet styles, extra white space, titles and clauses broken over
 * lines, PDF page furniture, the closing formula glued to the last clause, signature styles. A recogniser
 * tuned to one file fails on these; one that decides by structure reads them all.
 */

export type MotionSpec = {
  title: string;
  /** The body the motion addresses, with its meeting. */
  body: { kind: 'raad' | 'staten' | 'alv'; organisation: string; date: string; iso: string; place?: string };
  noting: string[];
  considering: string[];
  operative: { kind: 'requests' | 'calls-on' | 'instructs' | 'declares'; text: string; items?: string[] }[];
  signers: { name: string; party: string }[];
  coSubmitters?: string[];
  explanation?: string;
};

export type Variation = {
  considerFirst: boolean;
  marker: 'bullet' | 'dash' | 'number' | 'letter' | 'none';
  whitespace: boolean;
  wrap: number | null;
  pdfNoise: boolean;
  closing: 'line' | 'glued';
  signatures: 'pairs' | 'brackets' | 'bullets';
};

export const SPECS: MotionSpec[] = [
  {
    title: 'Veilige schoolroutes voor fietsende kinderen in alle kernen',
    body: { kind: 'raad', organisation: 'Deventer', date: '12 maart 2025', iso: '2025-03-12' },
    noting: [
      'het aantal ongelukken op schoolroutes in 2024 met een derde is gestegen',
      'ouders in Colmschate en Diepenveen al jaren om oversteekplaatsen vragen',
    ],
    considering: ['kinderen veilig naar school moeten kunnen fietsen, ook in het donker'],
    operative: [
      {
        kind: 'requests',
        text: 'de tien gevaarlijkste kruispunten voor 1 september 2025 aan te pakken',
        items: ['de Snipperlingsdijk', 'de Holterweg'],
      },
      { kind: 'requests', text: 'de raad voor het zomerreces over de voortgang te informeren' },
    ],
    signers: [
      { name: 'Jan Jansen', party: 'VVD' },
      { name: 'Fatima el Amrani', party: 'GroenLinks' },
    ],
    coSubmitters: ['Kampen', 'Zwolle'],
    explanation: 'De motie sluit aan bij het verkeersplan van 2023.',
  },
  {
    title: 'Geen bezuiniging op de bibliotheek',
    body: { kind: 'staten', organisation: 'Gelderland', date: '3 juli 2024', iso: '2024-07-03' },
    noting: ['het college voorstelt de subsidie aan de Gelderse bibliotheken te halveren'],
    considering: [
      'bibliotheken in kleine kernen vaak de laatste openbare voorziening zijn',
      'laaggeletterdheid in Gelderland boven het landelijk gemiddelde ligt',
    ],
    operative: [
      { kind: 'declares', text: 'uit dat de bibliotheekfunctie in elke kern behouden moet blijven' },
      { kind: 'calls-on', text: 'het college op om de halvering in te trekken' },
    ],
    signers: [
      { name: 'Marieke de Vries', party: 'CDA' },
      { name: 'Ahmed Bouali', party: 'PvdA' },
      { name: 'Kees van der Berg', party: 'SP' },
    ],
  },
  {
    title: 'Termijn voor het indienen van moties',
    body: {
      kind: 'alv',
      organisation: 'de vereniging',
      date: '15 april 2023',
      iso: '2023-04-15',
      place: 'Gouda',
    },
    noting: ['moties tot op de dag van de vergadering worden ingediend'],
    considering: ['het bestuur tijd nodig heeft voor een afgewogen preadvies'],
    operative: [
      { kind: 'instructs', text: 'het bestuur op een termijn van drie dagen in het reglement op te nemen' },
    ],
    signers: [
      { name: 'Niels Hoogendoorn', party: 'SGPJ Gouda' },
      { name: 'Ardi Pierik', party: 'SGPJ Kampen' },
    ],
  },
];

const VERBS: Record<MotionSpec['operative'][number]['kind'], string> = {
  requests: 'Verzoekt het college:',
  'calls-on': 'Roept',
  instructs: 'Draagt',
  declares: 'Spreekt',
};

function opening(spec: MotionSpec): string {
  const { body } = spec;
  if (body.kind === 'raad')
    return `De gemeenteraad van ${body.organisation}, in vergadering bijeen op ${body.date};`;
  if (body.kind === 'staten')
    return `Provinciale Staten van ${body.organisation}, in vergadering bijeen op ${body.date},`;
  return `De algemene ledenvergadering, in vergadering bijeen op ${body.date} te ${body.place ?? 'Utrecht'}, gehoord de beraadslaging:`;
}

function markerOf(variation: Variation, index: number): string {
  switch (variation.marker) {
    case 'bullet':
      return '• ';
    case 'dash':
      return '- ';
    case 'number':
      return `${index + 1}. `;
    case 'letter':
      return `${String.fromCharCode(97 + index)}. `;
    default:
      return '';
  }
}

/** Break a long line the way PDF extraction does: at spaces, about every `width` characters. */
function wrap(line: string, width: number | null): string[] {
  if (width === null || line.length <= width) return [line];
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && `${current} ${word}`.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out;
}

function section(heading: string, items: string[], variation: Variation, last: boolean): string[] {
  const lines = [heading];
  items.forEach((item, index) => {
    const end = index === items.length - 1 ? (last ? '' : '.') : ';';
    lines.push(`${markerOf(variation, index)}${item}${end}`);
  });
  return lines;
}

function operativeLines(spec: MotionSpec, variation: Variation): string[] {
  const lines: string[] = [];
  const groups = new Map<string, MotionSpec['operative']>();
  for (const clause of spec.operative) groups.set(clause.kind, [...(groups.get(clause.kind) ?? []), clause]);
  [...groups.entries()].forEach(([kind, clauses], g) => {
    const last = g === groups.size - 1;
    if (kind === 'requests') {
      lines.push(VERBS.requests);
      clauses.forEach((clause, index) => {
        const end = index === clauses.length - 1 && last ? '' : ';';
        const marker = markerOf(
          variation.marker === 'none' ? { ...variation, marker: 'number' } : variation,
          index,
        );
        lines.push(`${marker}${clause.text}${clause.items ? ':' : end}`);
        const sub = variation.marker === 'dash' ? '• ' : '- ';
        for (const item of clause.items ?? [])
          lines.push(`${sub}${item}${end && item === clause.items?.at(-1) ? end : ''}`);
      });
    } else
      for (const clause of clauses) {
        const [first, ...rest] = clause.text.split(' ');
        const verb = VERBS[clause.kind as keyof typeof VERBS];
        const line =
          clause.kind === 'declares' ? `${verb} ${clause.text}` : `${verb} ${first} ${rest.join(' ')}`;
        lines.push(`${line}${last ? '' : ';'}`);
      }
  });
  return lines;
}

function signatures(spec: MotionSpec, variation: Variation): string[] {
  switch (variation.signatures) {
    case 'pairs':
      return spec.signers.flatMap((signer) => [signer.name, signer.party, '']);
    case 'brackets':
      return [spec.signers.map((signer) => `${signer.name} (${signer.party})`).join(', ')];
    default:
      return ['Ondertekenaars:', ...spec.signers.map((signer) => `• ${signer.name} (${signer.party})`)];
  }
}

/** The motion as one text in the given variation. */
export function renderMotion(spec: MotionSpec, variation: Variation): string {
  const lines: string[] = [];
  lines.push(...wrap(`Motie “${spec.title}”`, variation.wrap ? 40 : null));
  lines.push('');
  lines.push(opening(spec), '');
  const noting = section('Constaterende dat:', spec.noting, variation, false);
  const considering = section('Overwegende dat:', spec.considering, variation, false);
  for (const block of variation.considerFirst ? [considering, noting] : [noting, considering])
    lines.push(...block, '');
  const operative = operativeLines(spec, variation);
  if (variation.closing === 'glued')
    operative[operative.length - 1] += ', en gaat over tot de orde van de dag.';
  lines.push(...operative);
  if (variation.closing === 'line') lines.push('', 'en gaat over tot de orde van de dag.');
  lines.push('', ...signatures(spec, variation));
  if (spec.coSubmitters) lines.push('', `Mede-indieners: gemeenten ${spec.coSubmitters.join(' en ')}`);
  if (spec.explanation) lines.push('', 'Toelichting:', spec.explanation);
  let out = lines.flatMap((line) => (line.length > 0 ? wrap(line, variation.wrap) : ['']));
  if (variation.whitespace)
    out = out.flatMap((line) => (line ? [`  ${line.replace(/ /g, '  ')}\t`, ''] : ['', '']));
  if (variation.pdfNoise) {
    const half = Math.floor(out.length / 2);
    out = [
      'Gemeenteraad — motie',
      ...out.slice(0, half),
      '1',
      '\fGemeenteraad — motie',
      ...out.slice(half),
      '2',
    ];
  }
  return out.join('\n');
}

/** Every combination is too many; these cover each option at least twice, mixed. */
export const VARIATIONS: Variation[] = [
  {
    considerFirst: false,
    marker: 'bullet',
    whitespace: false,
    wrap: null,
    pdfNoise: false,
    closing: 'line',
    signatures: 'pairs',
  },
  {
    considerFirst: true,
    marker: 'dash',
    whitespace: true,
    wrap: null,
    pdfNoise: false,
    closing: 'glued',
    signatures: 'brackets',
  },
  {
    considerFirst: false,
    marker: 'number',
    whitespace: false,
    wrap: 58,
    pdfNoise: true,
    closing: 'line',
    signatures: 'bullets',
  },
  {
    considerFirst: true,
    marker: 'letter',
    whitespace: false,
    wrap: 64,
    pdfNoise: false,
    closing: 'glued',
    signatures: 'pairs',
  },
  {
    considerFirst: false,
    marker: 'none',
    whitespace: true,
    wrap: null,
    pdfNoise: true,
    closing: 'line',
    signatures: 'brackets',
  },
  {
    considerFirst: true,
    marker: 'bullet',
    whitespace: false,
    wrap: 70,
    pdfNoise: true,
    closing: 'glued',
    signatures: 'bullets',
  },
];
