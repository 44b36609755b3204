/**
 * The answers to an open poll question, same texts counted together (spaces and capitals do not make a text
 * different): most given first, then alphabetically. The first way a text was written is the one shown.
 */
export function countOpenAnswers(texts: readonly string[]): { text: string; count: number }[] {
  const byKey = new Map<string, { text: string; count: number }>();
  for (const raw of texts) {
    const text = raw.trim().replace(/\s+/g, ' ');
    if (text === '') continue;
    const key = text.toLocaleLowerCase('nl');
    const entry = byKey.get(key);
    if (entry) entry.count += 1;
    else byKey.set(key, { text, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'nl'));
}
