const PLACEHOLDER =
  /\[[^\]\n]{0,40}?(?:naam|datum|titel|gemeente|onderwerp|indiener|tekst|invullen|nummer|fractie)[^\]\n]{0,40}\]|\[(?:\.{2,}|…|x{2,})\]|<(?:naam|datum|titel|gemeente|onderwerp|indiener|tekst)[^>\n]*>|\{\{[^}\n]+\}\}|\bX{3,}\b|\.{5,}|_{5,}|…{2,}/gi;

/** Placeholders ("[naam gemeente]", "<datum>", "{{titel}}", "……"): a template, not a real document. */
export function placeholdersIn(texts: string[]): string[] {
  return texts.flatMap((text) => (mayHoldPlaceholder(text) ? (text.match(PLACEHOLDER) ?? []) : []));
}

/** What every placeholder above needs in its text: most lines have none of it, and skip the pattern. */
function mayHoldPlaceholder(text: string): boolean {
  return (
    text.includes('[') ||
    text.includes('<') ||
    text.includes('{{') ||
    text.includes('.....') ||
    text.includes('_____') ||
    text.includes('……') ||
    /xxx/i.test(text)
  );
}

export function isTemplate(texts: string[]): boolean {
  const found = placeholdersIn(texts);
  return new Set(found.map((p) => p.toLowerCase())).size >= 2 || found.length >= 3;
}
