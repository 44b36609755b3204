import { DataList, Heading1, Heading2 } from '@utrecht/component-library-react';
import type { DocumentRecord } from '../../store/repositories/documents.js';
import { Crumbs } from '../components/Crumbs.js';
import { DateText } from '../components/DateText.js';
import { Fact } from '../components/Fact.js';
import { Layout } from '../components/Layout.js';
import { formatNumber } from '../format.js';
import type { PageContext } from '../page-context.js';

export type DocumentPageData = {
  document: DocumentRecord;
  hasOriginal: boolean;
  records: { href: string; label: string }[];
};

const FORMATS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'text/plain': 'tekst',
};

/** A source document: what it is, the original file, the records taken from it, and its text by line. */
export function DocumentPage({ ctx, data }: { ctx: PageContext; data: DocumentPageData }) {
  const { document: d } = data;
  const lines = d.text.split('\n');
  return (
    <Layout ctx={ctx} title={d.title ?? d.filename}>
      <Crumbs trail={[{ href: '/zoeken?q=&soort=document', label: 'Documenten' }]} current={d.filename} />
      <Heading1>{d.title ?? d.filename}</Heading1>
      <DataList className="mm-facts">
        <Fact label="Bestand">
          {data.hasOriginal ? (
            <a href={`/documenten/${d.id}/bestand`} download={d.filename}>
              {d.filename} downloaden ({FORMATS[d.mediaType] ?? d.mediaType},{' '}
              {formatNumber(Math.ceil(d.size / 1024))} kB)
            </a>
          ) : (
            `${d.filename} (het originele bestand is niet bewaard)`
          )}
        </Fact>
        {d.importedAt ? (
          <Fact label="Geïmporteerd">
            <DateText value={d.importedAt} />
          </Fact>
        ) : null}
      </DataList>
      {data.records.length > 0 ? (
        <section aria-labelledby="gegevens" className="mm-section">
          <Heading2 id="gegevens">Gegevens uit dit document</Heading2>
          <ul>
            {data.records.map((r) => (
              <li key={r.href}>
                <a href={r.href}>{r.label}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="tekst" className="mm-section">
        <Heading2 id="tekst">Tekst van het document</Heading2>
        <ol className="mm-lines">
          {lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: line numbers are the identity
            <li key={i} id={`regel-${i + 1}`}>
              {line || '\u00a0'}
            </li>
          ))}
        </ol>
      </section>
    </Layout>
  );
}
