import { isStaff, type PageContext } from '../page-context.js';

/** For signed-in staff: a link from the public page to the record's form in the workspace. */
export function EditLink({ ctx, href, label }: { ctx: PageContext; href: string; label: string }) {
  if (!isStaff(ctx.viewer)) return null;
  return (
    <p className="mm-no-print">
      <a href={href}>{label}</a>
    </p>
  );
}
