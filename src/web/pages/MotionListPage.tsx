import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { MotionWithSubmitters } from '../../store/repositories/motions.js';
import type { MotionFacets as Facets } from '../../store/repositories/web-queries.js';
import { Layout } from '../components/Layout.js';
import { MotionFacets } from '../components/MotionFacets.js';
import { MotionListItem } from '../components/MotionListItem.js';
import { Pagination } from '../components/Pagination.js';
import { formatNumber } from '../format.js';
import { hasFilters, type MotionListQuery, motionListHref } from '../motion-query.js';
import type { PageContext } from '../page-context.js';

export type MotionListData = {
  query: MotionListQuery;
  items: MotionWithSubmitters[];
  total: number;
  /** The total was counted only up to a bound (a common search word): "meer dan 1.000 moties". */
  totalIsLowerBound?: boolean;
  pageSize: number;
  facets: Facets;
  /** Title HTML with search matches marked, by motion id. */
  titles: Map<string, string>;
};

export function MotionListPage({ ctx, data }: { ctx: PageContext; data: MotionListData }) {
  const { query, items, total, pageSize, facets } = data;
  const lowerBound = data.totalIsLowerBound === true;
  // Beyond a bounded count the pages are known up to here, and one more while this page is full.
  const pageCount = Math.max(
    1,
    Math.ceil(total / pageSize),
    lowerBound ? query.page + (items.length === pageSize ? 1 : 0) : 0,
  );
  const meetings = new Map(facets.meeting.map((m) => [m.id, m]));
  const first = (query.page - 1) * pageSize + 1;
  return (
    <Layout ctx={ctx} title={query.page > 1 ? `Moties, pagina ${query.page}` : 'Moties'} q={query.q}>
      <Heading1>Moties</Heading1>
      <div className="mm-listing">
        <MotionFacets query={query} facets={facets} />
        <section aria-labelledby="resultaten-kop">
          <h2 id="resultaten-kop" className="utrecht-heading-2 mm-visually-hidden">
            Resultaten
          </h2>
          <Paragraph className="mm-meta">
            {total === 0
              ? 'Geen moties gevonden.'
              : `${lowerBound ? 'Meer dan ' : ''}${formatNumber(total)} ${total === 1 && !lowerBound ? 'motie' : 'moties'}${hasFilters(query) ? ' gevonden' : ''}; ${
                  items.length > 0
                    ? `${formatNumber(first)}–${formatNumber(first + items.length - 1)} getoond`
                    : ''
                }${pageCount > 1 && !lowerBound ? `, pagina ${query.page} van ${formatNumber(pageCount)}` : ''}${lowerBound ? `, pagina ${query.page}` : ''}.`}
          </Paragraph>
          {total === 0 && hasFilters(query) ? (
            <Paragraph>
              Probeer minder filters of een ander zoekwoord, of <a href="/moties">bekijk alle moties</a>.
            </Paragraph>
          ) : null}
          <ol className="mm-plain-list" start={first}>
            {items.map((m) => (
              <MotionListItem
                key={m.id}
                motion={m}
                titleHtml={data.titles.get(m.id)}
                meeting={m.meetingId ? meetings.get(m.meetingId) : undefined}
              />
            ))}
          </ol>
          <Pagination page={query.page} pageCount={pageCount} hrefFor={(p) => motionListHref(query, p)} />
        </section>
      </div>
    </Layout>
  );
}
