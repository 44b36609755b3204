/** The text with its first letter a capital ("fysiek domein" → "Fysiek domein"), for a label that opens a line. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
