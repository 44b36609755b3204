import { describe, expect, it } from 'vitest';
import { analyseSeed } from './support.js';

describe('seed 001: member letter on the Overhedenoverleg of 17 March 2025', () => {
  it('reads kenmerk, Lbr-number, date, subject, addressees and attachments from the broken-up header', async () => {
    const analysis = await analyseSeed('001');
    expect(analysis.kind).toBe('member-letter');
    expect(analysis.letter).toEqual({
      reference: 'U202500147',
      number: 'Lbr. 25/015',
      date: '2025-03-19',
      subject: 'Uitkomsten Overhedenoverleg 17 maart en vervolgproces',
      addressees: 'de leden',
      attachments: [],
      salutation: 'Geachte leden van college en gemeenteraad',
    });
    expect(analysis.title).toBe('Uitkomsten Overhedenoverleg 17 maart en vervolgproces');
    expect(analysis.date).toBe('2025-03-19');
    expect(analysis.meeting).toBeNull();
    expect(analysis.motions).toEqual([]);
    expect(analysis.resolutions).toEqual([]);
    expect(analysis.warnings).toEqual([]);
  });

  it('finds the three agreements; "uiterlijk 14 april" in a letter of 2025 is due 2025-04-14', async () => {
    const { agreements } = await analyseSeed('001');
    expect(agreements.map((agreement) => [agreement.party, agreement.due])).toEqual([
      ['staatssecretaris van VWS', null],
      ['rijk en gemeenten', '2025-04-14'],
      [null, '2025-04-14'],
    ]);
    expect(agreements[0].text).toMatch(
      /^De staatssecretaris van VWS spreekt vanaf nu met de grootst mogelijke urgentie/,
    );
    expect(agreements[0].text).toMatch(/vermindering van de instroom in jeugdzorg$/);
    expect(agreements[1].text).toBe(
      'De komende periode wordt een informeel en vertrouwelijk overleg gevoerd om uiterlijk 14 april a.s. in een formeel overleg tussen rijk en gemeenten te kunnen spreken over de financiering van de jeugdzorg',
    );
    expect(agreements[2].text).toMatch(
      /^Tegelijkertijd wordt de concept samenwerkingsagenda verder uitgewerkt/,
    );
    expect(agreements[1].source.lines).toEqual({ from: 163, to: 184 });
  });

  it('finds the two events with date, times and place', async () => {
    const { events } = await analyseSeed('001');
    expect(events.map(({ title, date, start, end, place }) => ({ title, date, start, end, place }))).toEqual([
      {
        title: 'Ledenbijeenkomst',
        date: '2025-03-21',
        start: '11:00',
        end: '12:30',
        place: 'VNG-kantoor, Nassaulaan 12, Den Haag',
      },
      {
        title: 'Tweede Kamerdebat',
        date: '2025-03-26',
        start: '14:30',
        end: '18:00',
        place: 'Nieuwspoort, Bezuidenhoutseweg 67, Den Haag',
      },
    ]);
    expect(events[0].schedule).toEqual([
      { label: 'Inloop', time: '10:00' },
      { label: 'Bijeenkomst', time: '11:00' },
    ]);
    expect(events[1].heading).toBe('Tweede Kamerdebat 26 maart: laat uw stem horen');
    expect(events[1].schedule?.map((item) => item.time)).toEqual(['11:00', '12:30', '14:00', '14:30']);
  });
});
