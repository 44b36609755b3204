/** Where this page sits: "Moties › Motie 2025/05". The last step is the current page, not a link. */
export function Crumbs({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label="Kruimelpad" className="mm-crumbs">
      <ol>
        {trail.map((t) => (
          <li key={t.href}>
            <a href={t.href}>{t.label}</a>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
