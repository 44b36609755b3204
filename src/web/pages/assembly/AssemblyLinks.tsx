import { type PageContext, viewerMay } from '../../page-context.js';

/** On a meeting's page: the console for the chair and staff, the ballot for a member, the screen for everyone. */
export function AssemblyLinks({ ctx, meetingId }: { ctx: PageContext; meetingId: string }) {
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
