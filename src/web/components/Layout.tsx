import { PageContent, PageFooter, PageHeader, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { isStaff, type PageContext, wordsOf } from '../page-context.js';
import { MainNav } from './MainNav.js';
import { Notice } from './Notice.js';
import { SearchBox } from './SearchBox.js';

type LayoutProps = { ctx: PageContext; title: string; children: ReactNode; q?: string };

/** The frame of every page: skip link, header with search, navigation, main content and footer. */
export function Layout({ ctx, title, children, q }: LayoutProps) {
  return (
    <html lang="nl" className="voorbeeld-theme">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Motiemonitor`}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={ctx.cssHref} />
      </head>
      <body className="utrecht-document utrecht-document--surface mm-body">
        <a href="#inhoud" className="utrecht-skip-link utrecht-skip-link--visible-on-focus">
          Direct naar de inhoud
        </a>
        <PageHeader className="mm-header">
          <div className="mm-header__bar">
            <a className="mm-brand" href="/">
              <span className="mm-brand__name">Motiemonitor</span>
              <span className="mm-brand__org">{ctx.organisationName}</span>
            </a>
            <SearchBox q={q} />
          </div>
          <MainNav ctx={ctx} />
        </PageHeader>
        <PageContent className="mm-content">
          <main id="inhoud" tabIndex={-1} className="mm-main">
            {ctx.notice ? <Notice>{ctx.notice}</Notice> : null}
            {children}
          </main>
        </PageContent>
        <PageFooter className="mm-footer">
          <div className="mm-footer__content">
            <Paragraph>
              Motiemonitor van {ctx.organisationName}: {wordsOf(ctx).footer}.
            </Paragraph>
            <ul className="mm-footer__links">
              <li>
                <a href="/toegankelijkheid">Toegankelijkheidsverklaring</a>
              </li>
              <li>
                <a href="/api/v1/openapi.json">Open API</a>
              </li>
              <li>
                {ctx.viewer ? (
                  <a href={isStaff(ctx.viewer) ? '/beheer' : ctx.viewer.role === 'member' ? '/mijn' : '/'}>
                    Ingelogd als {ctx.viewer.name}
                  </a>
                ) : (
                  <a href="/inloggen">{wordsOf(ctx).signIn}</a>
                )}
              </li>
              {ctx.viewer ? (
                <li>
                  <a href="/uitloggen">Uitloggen</a>
                </li>
              ) : null}
            </ul>
          </div>
        </PageFooter>
      </body>
    </html>
  );
}
