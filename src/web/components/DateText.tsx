import { formatDutchDate } from '../../domain/vocabulary/index.js';

/** A date in Dutch words with its machine-readable value. */
export function DateText({ value }: { value: string | null | undefined }) {
  if (!value) return <>onbekend</>;
  return <time dateTime={value.length > 10 ? value : value.slice(0, 10)}>{formatDutchDate(value)}</time>;
}
