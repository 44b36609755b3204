import { DataList, Heading1, Heading2 } from '@utrecht/component-library-react';
import type { AgreementRecord } from '../../store/repositories/agreements.js';
import type { ProvenanceWithDocument } from '../../store/repositories/documents.js';
import type { LetterWithAttachments } from '../../store/repositories/letters.js';
import { AgreementTable } from '../components/AgreementTable.js';
import { Crumbs } from '../components/Crumbs.js';
import { DateText } from '../components/DateText.js';
import { EditLink } from '../components/EditLink.js';
import { Fact } from '../components/Fact.js';
import { Layout } from '../components/Layout.js';
import { Sources } from '../components/Sources.js';
import { TextBlock } from '../components/TextBlock.js';
import type { PageContext } from '../page-context.js';

export type LetterPageData = {
  letter: LetterWithAttachments;
  agreements: AgreementRecord[];
  /** The deadlines the letter sets its readers (amendments, motions, registration by a date). */
  deadlines: AgreementRecord[];
  sources: ProvenanceWithDocument[];
  today: string;
};

export function LetterPage({ ctx, data }: { ctx: PageContext; data: LetterPageData }) {
  const { letter: l } = data;
  return (
    <Layout ctx={ctx} title={l.subject}>
      <Crumbs trail={[{ href: '/ledenbrieven', label: 'Ledenbrieven' }]} current={l.number ?? 'Ledenbrief'} />
      <Heading1>{l.subject}</Heading1>
      <EditLink
        ctx={ctx}
        href={`/beheer/ledenbrieven/${l.id}`}
        label="Ledenbrief bewerken"
        action="letter.write"
      />
      <DataList className="mm-facts">
        {l.number ? <Fact label="Nummer">{l.number}</Fact> : null}
        {l.reference ? <Fact label="Kenmerk">{l.reference}</Fact> : null}
        <Fact label="Datum">
          <DateText value={l.date} />
        </Fact>
        {l.addressees ? <Fact label="Aan">{l.addressees}</Fact> : null}
      </DataList>
      {l.body ? (
        <section aria-labelledby="inhoud-brief" className="mm-section">
          <Heading2 id="inhoud-brief">Inhoud</Heading2>
          <TextBlock text={l.body} />
        </section>
      ) : null}
      <section aria-labelledby="bijlagen" className="mm-section">
        <Heading2 id="bijlagen">Bijlagen</Heading2>
        {l.attachments.length === 0 ? <p>Deze brief heeft geen bijlagen.</p> : null}
        <ol>
          {l.attachments.map((a) => (
            <li key={a.id}>
              {a.documentId ? (
                <a className="mm-print-href" href={`/documenten/${a.documentId}`}>
                  {a.title}
                </a>
              ) : (
                <>
                  {a.title} <span className="mm-meta">(niet als bestand beschikbaar)</span>
                </>
              )}
            </li>
          ))}
        </ol>
      </section>
      {data.agreements.length > 0 ? (
        <section aria-labelledby="afspraken" className="mm-section">
          <Heading2 id="afspraken">Afspraken uit deze brief</Heading2>
          <AgreementTable
            agreements={data.agreements}
            today={data.today}
            caption="Afspraken uit deze brief"
          />
        </section>
      ) : null}
      {data.deadlines.length > 0 ? (
        <section aria-labelledby="termijnen" className="mm-section">
          <Heading2 id="termijnen">Termijnen in deze brief</Heading2>
          <ul>
            {data.deadlines.map((d) => (
              <li key={d.id}>
                Uiterlijk <DateText value={d.dueDate} />: {d.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="bronnen" className="mm-section">
        <Heading2 id="bronnen">Brondocumenten</Heading2>
        <Sources sources={data.sources} />
      </section>
    </Layout>
  );
}
