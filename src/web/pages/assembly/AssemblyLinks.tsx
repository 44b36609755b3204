import { type PageContext, viewerMay, wordsOf } from '../../page-context.js';

/**
 * On a meeting's page: the console for the chair and staff, the ballot for a member, the screen for everyone; for
 * a council only its console.
 */
export function AssemblyLinks({ ctx, meetingId }: { ctx: PageContext; meetingId: string }) {
  // A council votes by seats in its own console; it has no members' ballot nor a weighted screen.
  if (!wordsOf(ctx).associationParts) {
    if (!viewerMay(ctx.viewer, 'vote.write')) return null;
    return (
      <ul className="mm-plain-list mm-no-print">
        <li>
          <a href={`/beheer/vergaderingen/${meetingId}/raadsstemming`}>Stemmingen leiden</a>
        </li>
      </ul>
    );
  }
  const links = [{ href: `/vergaderingen/${meetingId}/scherm`, label: 'Stemmingen op het scherm' }];
  if (viewerMay(ctx.viewer, 'vote.write'))
    links.unshift({ href: `/beheer/vergaderingen/${meetingId}/stemmen`, label: 'Stemmingen leiden' });
  else if (ctx.viewer?.role === 'member')
    links.unshift({ href: `/vergaderingen/${meetingId}/stembiljet`, label: 'Naar het stembiljet' });
  return (
    <ul className="mm-plain-list mm-no-print">
      {links.map((l) => (
        <li key={l.href}>
          <a href={l.href}>{l.label}</a>
        </li>
      ))}
    </ul>
  );
}
