import { describe, expect, it } from 'vitest';
import { parseClauseInput } from '../../src/web/clause-input.js';
import { splitCall } from '../../src/web/components/CallText.js';
import { pageWindow } from '../../src/web/components/Pagination.js';
import type { PageContext } from '../../src/web/page-context.js';
import { ServerErrorPage } from '../../src/web/pages/ErrorPages.js';
import { renderDocument } from '../../src/web/render.js';

const ctx: PageContext = { organisationName: 'VNG', path: '/', cssHref: '/assets/portal.css', viewer: null };

describe('portal building blocks', () => {
  it('renders the 500 page in Dutch with a reference and the search box', () => {
    const html = renderDocument(<ServerErrorPage ctx={ctx} reference="ab12cd34" />);
    expect(html).toContain('Er ging iets mis');
    expect(html).toContain('ab12cd34');
    expect(html).toContain('<form role="search"');
  });

  it('windows long paginations', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(10, 40)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 40]);
  });

  it('splits an imported call into its list items', () => {
    expect(splitCall('Roept op om: - Alles te doen - Zo lang het kan - Klaar').items).toEqual([
      'Alles te doen',
      'Zo lang het kan',
      'Klaar',
    ]);
    expect(splitCall('verzoekt het bestuur - kort - te zijn').items).toEqual([]);
  });

  it('reads clauses typed one per paragraph', () => {
    const { clauses, error } = parseClauseInput(
      'constaterende dat het regent;\n\nverzoekt het bestuur een paraplu.',
    );
    expect(error).toBeNull();
    expect(clauses.map((c) => [c.section, c.kind])).toEqual([
      ['preamble', 'noting'],
      ['operative', 'requests'],
    ]);
    expect(parseClauseInput('zomaar een zin').error).toContain('Punt 1');
  });
});
