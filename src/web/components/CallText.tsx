/**
 * The operative call of a motion. Imported texts often hold a whole list on one line ("… om: - Alles … - Zo
 * lang …"); such a text is shown as its lead-in and a list, so it can be read and navigated as one.
 */
export function splitCall(text: string): { lead: string; items: string[] } {
  const parts = text.split(/\s+[-–•]\s+(?=\p{Lu})/u);
  if (parts.length < 3) return { lead: text, items: [] };
  return { lead: parts[0], items: parts.slice(1).map((p) => p.trim()) };
}

export function CallText({ text }: { text: string }) {
  const { lead, items } = splitCall(text);
  return (
    <div className="mm-call">
      <p className="utrecht-paragraph">
        {/^oproep\b/i.test(lead) ? null : <strong>Oproep: </strong>}
        {lead}
      </p>
      {items.length > 0 ? (
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
