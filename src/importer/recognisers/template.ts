const PLACEHOLDER =
  /\[[^\]\n]{0,40}?(?:naam|datum|titel|gemeente|onderwerp|indiener|tekst|invullen|nummer|fractie)[^\]\n]{0,40}\]|\[(?:\.{2,}|…|x{2,})\]|<(?:naam|datum|titel|gemeente|onderwerp|indiener|tekst)[^>\n]*>|\{\{[^}\n]+\}\}|\bX{3,}\b|\.{5,}|_{5,}|…{2,}/gi;

/** Placeholders ("[naam gemeente]", "<datum>", "{{titel}}", "……"): a template, not a real document. */
export function placeholdersIn(texts: string[]): string[] {
  return texts.flatMap((text) => text.match(PLACEHOLDER) ?? []);
}

export function isTemplate(texts: string[]): boolean {
  return (
    new Set(placeholdersIn(texts).map((p) => p.toLowerCase())).size >= 2 || placeholdersIn(texts).length >= 3
  );
}
