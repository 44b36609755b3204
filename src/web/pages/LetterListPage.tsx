import { Heading1 } from '@utrecht/component-library-react';
import type { LetterRecord } from '../../store/repositories/letters.js';
import { DateText } from '../components/DateText.js';
import { Layout } from '../components/Layout.js';
import { Pagination } from '../components/Pagination.js';
import { ResultCount } from '../components/ResultCount.js';
import type { PageContext } from '../page-context.js';

export type LetterListData = { items: LetterRecord[]; total: number; page: number; pageSize: number };

export function LetterListPage({ ctx, data }: { ctx: PageContext; data: LetterListData }) {
  return (
    <Layout ctx={ctx} title="Ledenbrieven">
      <Heading1>Ledenbrieven</Heading1>
      <ResultCount {...data} shown={data.items.length} one="ledenbrief" many="ledenbrieven" />
      <ul className="mm-plain-list">
        {data.items.map((l) => (
          <li key={l.id} className="mm-result">
            <h2 className="utrecht-heading-2">
              <a href={`/ledenbrieven/${l.id}`}>{l.subject}</a>
            </h2>
            <p className="mm-meta">
              {[l.number, l.reference ? `kenmerk ${l.reference}` : null].filter(Boolean).join(' · ')}
              {l.number || l.reference ? ' · ' : ''}
              <DateText value={l.date} />
            </p>
          </li>
        ))}
      </ul>
      <Pagination
        page={data.page}
        pageCount={Math.ceil(data.total / data.pageSize)}
        hrefFor={(p) => `/ledenbrieven${p > 1 ? `?pagina=${p}` : ''}`}
      />
    </Layout>
  );
}
