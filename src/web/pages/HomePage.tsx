import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { capitalise } from '../../domain/vocabulary/capitalise.js';
import type { AgreementRecord } from '../../store/repositories/agreements.js';
import type { LetterRecord } from '../../store/repositories/letters.js';
import type { MeetingRecord } from '../../store/repositories/meetings.js';
import type { CountRow } from '../../store/repositories/web-queries.js';
import { AgreementTable } from '../components/AgreementTable.js';
import { AsOfNote } from '../components/AsOfNote.js';
import { BarChart, type BarDatum } from '../components/BarChart.js';
import { DateText } from '../components/DateText.js';
import { Layout } from '../components/Layout.js';
import { plural } from '../format.js';
import { type PageContext, wordsOf } from '../page-context.js';

export type HomeData = {
  today: string;
  /** The date overdue days are counted to (the records' date for a council). */
  overdueAsOf: string;
  /** The latest meeting held, when overdue days are counted to it (null: to today's date). */
  overdueAsOfMeeting: string | null;
  byTopic: CountRow[];
  bySinceYear: CountRow[];
  agreements: AgreementRecord[];
  meetings: MeetingRecord[];
  letters: LetterRecord[];
};

const OPEN_FILTER = 'status=aangenomen&status=aangehouden';

function topicBars(rows: CountRow[]): BarDatum[] {
  return rows.map((r) => ({
    label: r.key ? capitalise(r.key) : 'Zonder onderwerp',
    value: r.count,
    href: r.key ? `/moties?${OPEN_FILTER}&onderwerp=${encodeURIComponent(r.key)}` : undefined,
  }));
}

function ageBars(rows: CountRow[], today: string): BarDatum[] {
  const thisYear = Number(today.slice(0, 4));
  return rows.map((r) => {
    const years = r.key ? thisYear - Number(r.key) : 0;
    const age = years <= 0 ? 'dit jaar' : years === 1 ? '1 jaar' : `${years} jaar`;
    return {
      label: r.key ? `Sinds ${r.key} (${age})` : 'Datum onbekend',
      value: r.count,
      tone: years >= 2 ? 'old' : 'default',
    };
  });
}

export function HomePage({ ctx, data }: { ctx: PageContext; data: HomeData }) {
  const openTotal = data.byTopic.reduce((sum, r) => sum + r.count, 0);
  const words = wordsOf(ctx);
  return (
    <Layout ctx={ctx} title="Overzicht">
      <Heading1>Motiemonitor</Heading1>
      <Paragraph className="mm-lead">{words.lead}</Paragraph>
      <Paragraph>
        <a href={`/moties?${OPEN_FILTER}`}>{plural(openTotal, 'motie staat', 'moties staan')} open</a>:
        aangenomen en nog niet afgedaan.
      </Paragraph>
      <div className="mm-grid">
        <section className="mm-card" aria-labelledby="per-onderwerp">
          <Heading2 id="per-onderwerp">Open moties per onderwerp</Heading2>
          <BarChart
            id="grafiek-onderwerp"
            title="Aantal open moties per onderwerp"
            labelHeading="Onderwerp"
            valueHeading="Open moties"
            data={topicBars(data.byTopic)}
          />
        </section>
        <section className="mm-card" aria-labelledby="per-leeftijd">
          <Heading2 id="per-leeftijd">Hoe lang staan ze open?</Heading2>
          <BarChart
            id="grafiek-leeftijd"
            title="Aantal open moties naar het jaar waarin ze zijn aangenomen"
            labelHeading="Open sinds"
            valueHeading="Open moties"
            data={ageBars(data.bySinceYear, data.today)}
          />
          <Paragraph className="mm-meta">Bruine staven: twee jaar of langer open.</Paragraph>
        </section>
      </div>
      <section className="mm-section" aria-labelledby="afspraken">
        <Heading2 id="afspraken">{words.agreements} op volgorde van termijn</Heading2>
        <AsOfNote asOf={data.overdueAsOfMeeting} meeting={words.meeting} />
        <AgreementTable agreements={data.agreements} today={data.overdueAsOf} words={words} />
        <Paragraph>
          <a href="/afspraken">Alle {words.agreements.toLowerCase()}</a>
        </Paragraph>
      </section>
      <div className="mm-grid">
        <section className="mm-card" aria-labelledby="vergaderingen">
          <Heading2 id="vergaderingen">Komende vergaderingen</Heading2>
          {data.meetings.length === 0 ? (
            <Paragraph>Er zijn geen vergaderingen gepland.</Paragraph>
          ) : (
            <ul className="mm-plain-list">
              {data.meetings.map((m) => (
                <li key={m.id}>
                  <a href={`/vergaderingen/${m.id}`}>{m.title}</a>
                  <br />
                  <span className="mm-meta">
                    <DateText value={m.date} />
                    {m.place ? `, ${m.place}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        {words.associationParts ? (
          <section className="mm-card" aria-labelledby="ledenbrieven">
            <Heading2 id="ledenbrieven">Recente ledenbrieven</Heading2>
            {data.letters.length === 0 ? (
              <Paragraph>Nog geen ledenbrieven.</Paragraph>
            ) : (
              <ul className="mm-plain-list">
                {data.letters.map((l) => (
                  <li key={l.id}>
                    <a href={`/ledenbrieven/${l.id}`}>{l.subject}</a>
                    <br />
                    <span className="mm-meta">
                      {l.number ? `${l.number} · ` : ''}
                      <DateText value={l.date} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : null}
      </div>
    </Layout>
  );
}
