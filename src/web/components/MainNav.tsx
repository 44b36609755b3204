import { NavBar, NavList, NavListLink } from '@utrecht/component-library-react';
import type { PortalWords } from '../../domain/vocabulary/index.js';
import { isStaff, type PageContext, wordsOf } from '../page-context.js';

/** The public items, in the words of the organisation's kind; a council has no member letters or polls. */
function publicItems(words: PortalWords): [string, string][] {
  const all: [string, string, boolean][] = [
    ['/', 'Overzicht', true],
    ['/moties', 'Moties', true],
    ['/resoluties', 'Resoluties', words.associationParts],
    ['/afspraken', words.agreements, true],
    ['/vergaderingen', words.meetings, true],
    ['/ledenbrieven', 'Ledenbrieven', words.associationParts],
    ['/peilingen', 'Peilingen', words.associationParts],
    ['/leden', words.members, words.associationParts],
    ['/fracties', words.members, !words.associationParts],
  ];
  return all.filter(([, , shown]) => shown).map(([href, label]) => [href, label]);
}

/** True when `path` is the item's page or below it ("/moties/123" is under "Moties"). */
const isCurrent = (href: string, path: string): boolean =>
  href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);

export function MainNav({ ctx }: { ctx: PageContext }) {
  const publicOnes = publicItems(wordsOf(ctx));
  const items = isStaff(ctx.viewer)
    ? [...publicOnes, ['/beheer', 'Beheer'] as [string, string]]
    : ctx.viewer?.role === 'member'
      ? [...publicOnes, ['/mijn', 'Mijn gemeente'] as [string, string]]
      : publicOnes;
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
