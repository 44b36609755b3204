import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { resolutionStatus } from '../../domain/vocabulary/index.js';
import type { ResolutionRecord } from '../../store/repositories/resolutions.js';
import { Layout } from '../components/Layout.js';
import { Pagination } from '../components/Pagination.js';
import { ResultCount } from '../components/ResultCount.js';
import { Badge } from '../components/StatusBadge.js';
import type { PageContext } from '../page-context.js';

export type ResolutionListData = { items: ResolutionRecord[]; total: number; page: number; pageSize: number };

export function ResolutionListPage({ ctx, data }: { ctx: PageContext; data: ResolutionListData }) {
  return (
    <Layout ctx={ctx} title="Resoluties">
      <Heading1>Resoluties</Heading1>
      <Paragraph className="mm-lead">
        Resoluties zijn voorstellen van het bestuur aan de leden. Elke versie blijft bewaard; per resolutie
        ziet u wat er tussen de versies veranderde.
      </Paragraph>
      <ResultCount {...data} shown={data.items.length} one="resolutie" many="resoluties" />
      <ul className="mm-plain-list">
        {data.items.map((r) => (
          <li key={r.id} className="mm-result">
            <h2 className="utrecht-heading-2">
              <a href={`/resoluties/${r.id}`}>{r.title}</a>
            </h2>
            <p>
              <Badge
                tone={r.status === 'adopted' ? 'positive' : r.status === 'rejected' ? 'negative' : 'open'}
              >
                {resolutionStatus.label(r.status)}
              </Badge>
              {r.voteResult ? <span className="mm-meta"> · {r.voteResult}</span> : null}
            </p>
          </li>
        ))}
      </ul>
      <Pagination
        page={data.page}
        pageCount={Math.ceil(data.total / data.pageSize)}
        hrefFor={(p) => `/resoluties${p > 1 ? `?pagina=${p}` : ''}`}
      />
    </Layout>
  );
}
