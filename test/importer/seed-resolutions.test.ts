import { describe, expect, it } from 'vitest';
import { analyseSeed } from './support.js';

const kindsAndNumbers = (clauses: { kind: string; number: string | null }[]) =>
  clauses.map((clause) => `${clause.kind}:${clause.number ?? '-'}`);

describe('seed 000: updated resolution of the Najaars ALV 2024', () => {
  it('reads title, version and meeting', async () => {
    const analysis = await analyseSeed('000');
    expect(analysis.kind).toBe('resolution');
    expect(analysis.title).toBe('VNG-inzet richting nieuwe kabinet');
    expect(analysis.meeting).toEqual({ kind: 'najaars-alv', date: '2024-11-29' });
    expect(analysis.date).toBe('2024-11-29');
    expect(analysis.resolutions).toHaveLength(1);
    const [resolution] = analysis.resolutions;
    expect(resolution.title).toBe('VNG-inzet richting nieuwe kabinet');
    expect(resolution.version).toBe('geactualiseerd');
    expect([resolution.result, resolution.percentage]).toEqual([null, null]);
    expect(analysis.motions).toEqual([]);
    expect(analysis.warnings).toEqual([]);
  });

  it('numbers six considerations and six declarations as in the text, across the page break', async () => {
    const [resolution] = (await analyseSeed('000')).resolutions;
    expect(kindsAndNumbers(resolution.preamble)).toEqual(
      ['1', '2', '3', '4', '5', '6'].map((n) => `considering:${n}`),
    );
    expect(kindsAndNumbers(resolution.operative)).toEqual(
      ['1', '2', '3', '4', '5', '6'].map((n) => `declares:${n}`),
    );
    expect(resolution.preamble[0].text).toBe(
      'Gemeenten - mede in het licht van de in de ALV van 14 juni 2023 vastgestelde Verenigingsstrategie en de in de Extra ALV van 24 mei jl. en de ALV van 26 juni jl. aangenomen resoluties - een stap naar voren willen zetten',
    );
    expect(resolution.operative[2].text).toMatch(/op de thema’s bestaanszekerheid, wonen, klimaat,/);
    expect(resolution.operative[2].text).toMatch(/randvoorwaardelijk voor de instemming met die agenda$/);
    expect(resolution.operative[4].text).toMatch(
      /een juridische procedure te starten tegen de rijksoverheid$/,
    );
    expect(resolution.operative[5].text).toBe(
      'Dat indien de omstandigheden daartoe aanleiding geven er een Extra ALV zal worden gehouden in het voorjaar van 2025.',
    );
  });

  it('keeps the explanation (Toelichting) as text, not as clauses', async () => {
    const [resolution] = (await analyseSeed('000')).resolutions;
    expect(resolution.explanation).toMatch(
      /^Geactualiseerde resolutie op basis van Overhedenoverleg en informele ledenpeiling\n/,
    );
    expect(resolution.explanation).toMatch(/inclusief de randvoorwaarden die daarbij horen\.$/);
    expect(resolution.source).toEqual({ lines: { from: 6, to: 117 }, pages: { from: 1, to: 1 } });
  });
});

describe('seed 002: concept resolution for the Extra ALV of 24 May 2024', () => {
  it('reads the concept version, the meeting and the noting/considering/declaring clauses', async () => {
    const analysis = await analyseSeed('002');
    expect(analysis.kind).toBe('resolution');
    expect(analysis.title).toBe('Nieuw kabinet, gebruik en borg de kracht van het lokaal bestuur');
    expect(analysis.meeting).toEqual({ kind: 'extra-alv', date: '2024-05-24', place: 'Utrecht' });
    const [resolution, ...others] = analysis.resolutions;
    expect(others).toEqual([]);
    expect(resolution.version).toBe('concept');
    expect(kindsAndNumbers(resolution.preamble)).toEqual([
      'noting:-',
      'noting:-',
      'noting:-',
      'considering:-',
    ]);
    expect(resolution.preamble.map((clause) => clause.text)).toEqual([
      "de inzet van de resolutie 'Formerende partijen, gebruik de kracht van het lokaal bestuur' (1 december 2023, zie toelichting) nog steeds actueel is",
      'er met het demissionair kabinet een tussenstap is gezet in de Voorjaarsnota, waarbij de opschalingskorting wordt geschrapt',
      'de structurele financiële problemen van gemeenten daarmee nog niet zijn opgelost',
      'wij, in het belang van onze inwoners, moeten blijven strijden voor de reële uitgangspositie van gemeenten',
    ]);
    expect(kindsAndNumbers(resolution.operative)).toEqual(['declares:1', 'declares:2', 'declares:3']);
    expect(resolution.operative[2].text).toBe(
      'een (extra) Algemene Ledenvergadering organiseert, als taken & middelen na de formatie onvoldoende in balans zijn. En daar een passende escalatiestrategie voorlegt aan de leden.',
    );
  });

  it('treats the resolution quoted inside the explanation as explanation, and removes link markup', async () => {
    const [resolution] = (await analyseSeed('002')).resolutions;
    expect(resolution.explanation).toMatch(/^1\. Aanleiding\n/);
    expect(resolution.explanation).toContain('Formerende partijen, gebruik de kracht van lokaal bestuur!');
    expect(resolution.explanation).toContain('vanuit Enschede, Beesel, Leidschendam-Voorburg en Heemstede');
    expect(resolution.explanation).toContain(
      'https://vng.nl/brieven/gemeentefinancien-in-voorjaarsnota-2024',
    );
    expect(resolution.explanation).not.toMatch(/\]\(#\)|<https/);
  });
});

describe('seed 004: concept resolution sent with the invitation to the BALV of 12 February 2021', () => {
  it('reads the document title, agenda item, letter date and meeting', async () => {
    const analysis = await analyseSeed('004');
    expect(analysis.kind).toBe('resolution');
    expect(analysis.title).toBe('Resolutie VNG inzet kabinetsformatie');
    expect(analysis.agendaItem).toBe('7');
    expect(analysis.date).toBe('2021-01-15');
    expect(analysis.meeting).toEqual({ kind: 'balv', date: '2021-02-12' });
  });

  it('reads the resolution after its explanation: four numbered requests with their headings', async () => {
    const [resolution] = (await analyseSeed('004')).resolutions;
    expect(resolution.title).toBe('Herstel van bestuurlijk en financieel vertrouwen');
    expect(resolution.version).toBe('concept');
    expect(resolution.preamble).toEqual([]);
    expect(kindsAndNumbers(resolution.operative)).toEqual([
      'requests:1',
      'requests:2',
      'requests:3',
      'requests:4',
    ]);
    expect(resolution.operative.map((clause) => clause.heading)).toEqual([
      'Tekort sociaal domein aanvullen, opschalingskorting afschaffen',
      'Taken en middelen in balans',
      'Herstel de verhoudingen in het huis van Thorbecke',
      'Als het lekkende dak is gerepareerd kunnen we samen bouwen aan de toekomst',
    ]);
    expect(resolution.operative[0].text).toBe(
      'De structurele financiële tekorten die de afgelopen jaren zijn ontstaan in het sociaal domein moeten structureel worden opgelost door een verhoging van het Gemeentefonds. De opschalingskorting moet worden afgeschaft. De balans tussen taken en middelen van gemeenten moet worden hersteld.',
    );
    expect(resolution.operative[2].text).toMatch(/Ook willen we bindende arbitrage bij geschillen\./);
    expect(resolution.operative[3].text).toMatch(
      /\(woon- en leefomgeving, klimaatakkoord en energietransitie, economisch herstel, digitalisering\)/,
    );
    expect(resolution.introduction).toMatch(/^Gemeenten zijn als autonome bestuurslaag/);
    expect(resolution.explanation).toMatch(/^De kabinetsformatie is voor de gemeenten een cruciaal moment\./);
    expect(resolution.explanation).toContain(
      'staan de financiele en interbestuurlijke verhoudingen centraal',
    );
  });
});
