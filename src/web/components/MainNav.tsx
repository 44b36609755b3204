import { NavBar, NavList, NavListLink } from '@utrecht/component-library-react';
import { isStaff, type PageContext } from '../page-context.js';

const PUBLIC_ITEMS: [string, string][] = [
  ['/', 'Overzicht'],
  ['/moties', 'Moties'],
  ['/resoluties', 'Resoluties'],
  ['/afspraken', 'Afspraken'],
  ['/vergaderingen', 'Vergaderingen'],
  ['/ledenbrieven', 'Ledenbrieven'],
  ['/peilingen', 'Peilingen'],
  ['/leden', 'Leden'],
];

/** True when `path` is the item's page or below it ("/moties/123" is under "Moties"). */
const isCurrent = (href: string, path: string): boolean =>
  href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);

export function MainNav({ ctx }: { ctx: PageContext }) {
  const items = isStaff(ctx.viewer)
    ? [...PUBLIC_ITEMS, ['/beheer', 'Beheer'] as [string, string]]
    : ctx.viewer?.role === 'member'
      ? [...PUBLIC_ITEMS, ['/mijn', 'Mijn gemeente'] as [string, string]]
      : PUBLIC_ITEMS;
  return (
    <NavBar aria-label="Hoofdmenu" className="mm-nav">
      <NavList>
        {items.map(([href, label]) => (
          <NavListLink key={href} href={href} aria-current={isCurrent(href, ctx.path) ? 'page' : undefined}>
            {label}
          </NavListLink>
        ))}
      </NavList>
    </NavBar>
  );
}
