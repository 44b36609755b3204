import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import type { SearchHit, SearchKind } from '../../search/index.js';
import { TextField } from '../components/fields.js';
import { Layout } from '../components/Layout.js';
import { Pagination } from '../components/Pagination.js';
import { ResultCount } from '../components/ResultCount.js';
import { formatCount } from '../format.js';
import type { PageContext } from '../page-context.js';

export const KIND_NAMES: Record<SearchKind, { param: string; one: string; many: string; path: string }> = {
  motion: { param: 'motie', one: 'Motie', many: 'Moties', path: '/moties' },
  resolution: { param: 'resolutie', one: 'Resolutie', many: 'Resoluties', path: '/resoluties' },
  agreement: { param: 'afspraak', one: 'Afspraak', many: 'Afspraken', path: '/afspraken' },
  letter: { param: 'ledenbrief', one: 'Ledenbrief', many: 'Ledenbrieven', path: '/ledenbrieven' },
  meeting: { param: 'vergadering', one: 'Vergadering', many: 'Vergaderingen', path: '/vergaderingen' },
  document: { param: 'document', one: 'Document', many: 'Documenten', path: '/documenten' },
};

export type SearchData = {
  q: string;
  kind: SearchKind | null;
  hits: SearchHit[];
  total: number;
  /** More than `total` match (counts stop at 1000): "meer dan 1.000"; the pages end at the 1000 ranked ones. */
  totalIsLowerBound: boolean;
  /** Matches of every kind together. */
  all: { total: number; totalIsLowerBound: boolean };
  perKind: { kind: SearchKind; total: number; totalIsLowerBound: boolean }[];
  page: number;
  pageSize: number;
  hasWords: boolean;
};

const href = (q: string, kind: SearchKind | null, page = 1) => {
  const params = new URLSearchParams({ q });
  if (kind) params.set('soort', KIND_NAMES[kind].param);
  if (page > 1) params.set('pagina', String(page));
  return `/zoeken?${params}`;
};

export function SearchPage({ ctx, data }: { ctx: PageContext; data: SearchData }) {
  const { q, kind } = data;
  return (
    <Layout ctx={ctx} title={q ? `Zoeken: ${q}` : 'Zoeken'} q={q}>
      <Heading1>Zoeken</Heading1>
      <form method="get" action="/zoeken" className="mm-compare" aria-label="Zoeken in alles">
        <TextField
          id="zoeken-pagina"
          name="q"
          type="search"
          label="Zoek in moties, resoluties, afspraken, brieven en vergaderingen"
          value={q}
        />
        {kind ? <input type="hidden" name="soort" value={KIND_NAMES[kind].param} /> : null}
        <Button type="submit" appearance="primary-action-button">
          Zoek
        </Button>
      </form>
      {!q ? (
        <Paragraph>
          Typ een of meer woorden. Hoofdletters en accenten maken niet uit; ook vervoegingen worden gevonden.
        </Paragraph>
      ) : !data.hasWords ? (
        <Paragraph>Deze zoekvraag bevat geen woorden om op te zoeken. Probeer een ander woord.</Paragraph>
      ) : (
        <>
          <nav aria-label="Soort resultaat" className="mm-kinds">
            <ul className="mm-inline-list mm-kind-list">
              <li>
                <a href={href(q, null)} aria-current={kind === null ? 'page' : undefined}>
                  Alles ({formatCount(data.all.total, data.all.totalIsLowerBound)})
                </a>
              </li>
              {data.perKind
                .filter((k) => k.total > 0)
                .map((k) => (
                  <li key={k.kind}>
                    <a href={href(q, k.kind)} aria-current={kind === k.kind ? 'page' : undefined}>
                      {KIND_NAMES[k.kind].many} ({formatCount(k.total, k.totalIsLowerBound)})
                    </a>
                  </li>
                ))}
            </ul>
          </nav>
          <ResultCount
            total={data.total}
            totalIsLowerBound={data.totalIsLowerBound}
            page={data.page}
            pageSize={data.pageSize}
            shown={data.hits.length}
            one="resultaat"
            many="resultaten"
          />
          <ol className="mm-plain-list">
            {data.hits.map((h) => (
              <li key={`${h.kind}-${h.id}`} className="mm-result">
                <h2 className="utrecht-heading-2">
                  <a href={`${KIND_NAMES[h.kind].path}/${h.id}`}>
                    {/* biome-ignore lint/security/noDangerouslySetInnerHtml: src/search escapes the text and adds only <mark> */}
                    <span dangerouslySetInnerHTML={{ __html: h.titleHtml }} />
                  </a>
                </h2>
                <p className="mm-meta">{KIND_NAMES[h.kind].one}</p>
                {/* biome-ignore lint/security/noDangerouslySetInnerHtml: src/search escapes the text and adds only <mark> */}
                <p dangerouslySetInnerHTML={{ __html: h.snippet }} />
              </li>
            ))}
          </ol>
          <Pagination
            page={data.page}
            pageCount={Math.ceil(data.total / data.pageSize)}
            hrefFor={(p) => href(q, kind, p)}
          />
        </>
      )}
    </Layout>
  );
}
