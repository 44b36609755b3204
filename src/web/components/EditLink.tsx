import type { Action } from '../../auth/policies.js';
import { type PageContext, viewerMay } from '../page-context.js';

/** For signed-in staff whose role may do `action`: a link from the public page to the record's staff form. */
export function EditLink({
  ctx,
  href,
  label,
  action,
}: {
  ctx: PageContext;
  href: string;
  label: string;
  action: Action;
}) {
  if (!viewerMay(ctx.viewer, action)) return null;
  return (
    <p className="mm-no-print">
      <a href={href}>{label}</a>
    </p>
  );
}
