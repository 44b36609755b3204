/**
 * Records of council information systems generated in their two flattened forms (iBabs: the label glued
 * to its value; Notubiz: one label per line, the value below), with the fields in varying order, and lists
 * of such records: motions and commitments (toezeggingen).
 */

export type RisMotionSpec = {
  number: string;
  title: string;
  /** M/D/YYYY as iBabs prints it, and the same date D-M-YYYY in the agenda item. */
  usDate: string;
  meetingDate: string;
  iso: string;
  agendaNumber: string;
  agendaTitle: string;
  members: { name: string; party: string }[];
  status: string;
  portfolioHolder: string;
  dictum?: { considering: string; request: string };
  progress?: string;
  due?: { us: string; confirm: string; iso: string };
};

export const RIS_MOTIONS: RisMotionSpec[] = [
  {
    number: 'XII',
    title: 'Speeltuinen voor jongeren',
    usDate: '7/9/2019',
    meetingDate: '09-07-2019',
    iso: '2019-07-09',
    agendaNumber: '4.a',
    agendaTitle: 'Raadsvoorstel Kadernota 2020',
    members: [
      { name: 'Caroline de Mooij', party: 'VVD' },
      { name: 'Andy Kooy', party: 'PvdA' },
    ],
    status: 'Aangenomen',
    portfolioHolder: 'Jeffrey Keus',
    dictum: {
      considering: 'jongeren in de wijk geen plek hebben om te spelen',
      request: 'Een inventarisatie te maken van de speelplekken en de jongeren te betrekken',
    },
  },
  {
    number: '34',
    title: 'Toegankelijk voor iedereen',
    usDate: '11/13/2018',
    meetingDate: '13-11-2018',
    iso: '2018-11-13',
    agendaNumber: '5.1',
    agendaTitle: 'Programmabegroting 2019-2022',
    members: [
      { name: 'Els Bakker', party: 'CDA' },
      { name: 'Tom Smit', party: 'D66' },
    ],
    status: '',
    portfolioHolder: 'wethouder T. Jongman-Smit',
    progress: 'Het plan van aanpak wordt in het voorjaar uitgevoerd. Nieuwe einddatum: 01-10-2020.',
    due: { us: '10/1/2020', confirm: '01-10-2020', iso: '2020-10-01' },
  },
];

type Field = [label: string, value: string[]];

function fields(spec: RisMotionSpec, reorder: boolean): Field[] {
  const list: Field[] = [
    ['Datum', [spec.usDate]],
    ['Agendapunt', [`Raadsvergadering ${spec.meetingDate} > ${spec.agendaNumber} ${spec.agendaTitle}`]],
    ['Titel', [`${spec.number} Motie "${spec.title}"`]],
    ['Status', [spec.status]],
    ['Raadsleden', spec.members.map((member) => `${member.name} (${member.party})`)],
    ['Portefeuillehouder', [spec.portfolioHolder]],
    [
      'Toelichting',
      [
        spec.dictum
          ? `Overwegende dat: ${spec.dictum.considering}. Verzoekt het College: ${spec.dictum.request}`
          : '',
      ],
    ],
    ['Einddatum', [spec.due?.us ?? '']],
    ['Stand van zaken', [spec.progress ?? '']],
    ['Datum afdoening', ['']],
  ];
  return reorder ? [list[2], list[0], list[4], list[1], list[5], list[3], ...list.slice(6)].reverse() : list;
}

/** iBabs "LijstDetails": every label glued to its value, the values of a list field one per line. */
export function renderGlued(spec: RisMotionSpec, reorder = false): string {
  const lines = ['Moties', '', '« Terug', ''];
  for (const [label, values] of fields(spec, reorder)) {
    const [first, ...rest] = values;
    lines.push(`${label}${first}`, ...rest);
  }
  return lines.join('\n');
}

/** Notubiz "Reports/Item": one label per line, the value on the next lines, list values as bullets. */
export function renderLabelled(spec: RisMotionSpec, reorder = false): string {
  const lines = ['Ga naar de inhoud van deze pagina', 'Moties', ''];
  for (const [label, values] of fields(spec, reorder)) {
    lines.push(label);
    if (label === 'Raadsleden') lines.push(...values.map((value) => `  • ${value}`));
    else if (values.some(Boolean)) lines.push(...values);
  }
  return lines.join('\n');
}

/** A RIS list: the same record layout repeated, one record per motion. */
export function renderList(specs: RisMotionSpec[]): string {
  return specs.map((spec) => renderLabelled(spec).split('\n').slice(3).join('\n')).join('\n\n');
}

export type CommitmentSpec = { text: string; holder: string; due: string; iso: string };

export const COMMITMENTS: CommitmentSpec[] = [
  {
    text: 'De wethouder stuurt de raad voor de zomer een evaluatie van het parkeerbeleid',
    holder: 'wethouder A. de Boer',
    due: '30-06-2024',
    iso: '2024-06-30',
  },
  {
    text: 'Het college onderzoekt of de bibliotheek in Oosterwolde open kan blijven',
    holder: 'wethouder K. Visser',
    due: '15-11-2024',
    iso: '2024-11-15',
  },
];

/** A list of commitments (toezeggingen) as a council monitor publishes it. */
export function renderCommitments(specs: CommitmentSpec[], glued: boolean): string {
  const lines = ['Toezeggingen', ''];
  specs.forEach((spec, index) => {
    const record: Field[] = [
      ['ID', [String(100 + index)]],
      ['Toezegging', [spec.text]],
      ['Portefeuillehouder', [spec.holder]],
      ['Vervaldatum', [spec.due]],
      ['Status', ['Openstaand']],
    ];
    for (const [label, [value]] of record) lines.push(...(glued ? [`${label}${value}`] : [label, value]));
    lines.push('');
  });
  return lines.join('\n');
}
