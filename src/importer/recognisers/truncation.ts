const CONTINUING =
  /\b(?:en|of|van|de|het|een|in|op|aan|voor|om|te|met|naar|bij|tot|dat|die|door|over|uit|als)$/i;

/** Text that stops mid-sentence: an unclosed quote or bracket, a hyphen, or a word a sentence cannot end on. */
export function endsAbruptly(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed) return false;
  const opened = (trimmed.match(/[“„(]/g) ?? []).length;
  const closed = (trimmed.match(/[”)]/g) ?? []).length;
  return opened > closed || /[-,(]$/.test(trimmed) || CONTINUING.test(trimmed);
}
