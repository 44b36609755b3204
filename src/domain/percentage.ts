/** Dutch notation with a decimal comma: 98.29 → '98,29%'. */
export function formatPercentage(value: number, decimals = 2): string {
  return `${value.toFixed(decimals).replace('.', ',')}%`;
}

/** Share of `part` in `whole` as a percentage rounded to 2 decimals; null when whole is 0. */
export function toPercentage(part: number, whole: number): number | null {
  if (whole === 0) return null;
  // Scale before dividing: one rounding step on hundredths of a percent, half away from zero.
  return Math.round((part * 10_000) / whole) / 100;
}

const DUTCH_PERCENTAGE = /^\s*(\d{1,3})(?:[,.](\d+))?\s*%?\s*$/;

/**
 * '98,29%' → 98.29. Accepts a decimal comma (Dutch) or point, with or without '%'.
 * Returns null rather than throwing: importers try it on arbitrary text.
 */
export function parseDutchPercentage(text: string): number | null {
  const match = DUTCH_PERCENTAGE.exec(text);
  if (!match) return null;
  const value = Number(`${match[1]}.${match[2] ?? '0'}`);
  return value <= 100 ? value : null;
}
