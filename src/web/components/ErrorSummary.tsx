import type { FormErrors } from '../forms.js';

/**
 * The errors of a submitted form at its top, each linking to its field (whose own message sits next to it).
 * It takes the focus target role=alert so that screen readers announce it after the page reloads.
 */
export function ErrorSummary({
  errors,
  fieldIds,
}: {
  errors: FormErrors;
  fieldIds?: Record<string, string>;
}) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div className="mm-error-summary" role="alert" aria-labelledby="foutmeldingen-kop">
      <h2 id="foutmeldingen-kop" className="utrecht-heading-2">
        {entries.length === 1 ? 'Er is 1 fout' : `Er zijn ${entries.length} fouten`}: niets is opgeslagen
      </h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field || 'form'}>
            {field ? <a href={`#${fieldIds?.[field] ?? `veld-${field}`}`}>{message}</a> : message}
          </li>
        ))}
      </ul>
    </div>
  );
}
