import { describe, expect, it } from 'vitest';
import { ResultCount } from '../../src/web/components/ResultCount.js';
import { formatCount } from '../../src/web/format.js';
import type { PageContext } from '../../src/web/page-context.js';
import { SearchPage } from '../../src/web/pages/SearchPage.js';
import { renderDocument } from '../../src/web/render.js';

const ctx: PageContext = {
  organisationName: 'VNG',
  path: '/zoeken',
  cssHref: '/assets/portal.css',
  viewer: null,
};

describe('bounded search counts in the portal', () => {
  it('says "meer dan 1.000" when the count stopped at the bound, the exact number otherwise', () => {
    expect(formatCount(1000, true)).toBe('meer dan 1.000');
    expect(formatCount(1000)).toBe('1.000');
    const bounded = renderDocument(
      <ResultCount
        total={1000}
        totalIsLowerBound
        page={2}
        pageSize={20}
        shown={20}
        one="resultaat"
        many="resultaten"
      />,
    );
    expect(bounded).toContain('Meer dan 1.000 resultaten; 21–40 getoond, pagina 2.');
    const exact = renderDocument(
      <ResultCount total={30} page={1} pageSize={20} shown={20} one="resultaat" many="resultaten" />,
    );
    expect(exact).toContain('30 resultaten; 1–20 getoond, pagina 1 van 2.');
  });

  it('shows the bounded totals per kind on the search page', () => {
    const html = renderDocument(
      <SearchPage
        ctx={ctx}
        data={{
          q: 'gemeenten',
          kind: null,
          hits: [],
          total: 1000,
          totalIsLowerBound: true,
          all: { total: 1000, totalIsLowerBound: true },
          perKind: [
            { kind: 'motion', total: 1000, totalIsLowerBound: true },
            { kind: 'letter', total: 12, totalIsLowerBound: false },
          ],
          page: 1,
          pageSize: 20,
          hasWords: true,
        }}
      />,
    );
    expect(html).toContain('Alles (meer dan 1.000)');
    expect(html).toContain('Moties (meer dan 1.000)');
    expect(html).toContain('Ledenbrieven (12)');
  });
});
