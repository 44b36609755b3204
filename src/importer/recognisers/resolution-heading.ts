import type { ResolutionVersionLabel } from '../../domain/types.js';
import { firstQuoted } from './quotes.js';

const HEADING =
  /^(?:\d{1,2}[.)]?\s+)?(?:(concept|geactualiseerde?|definitieve|vastgestelde|gewijzigde)\s*[-–:]?\s*)?resolutie\b\s*[-–:]?\s*(.*)$/iu;

export type ResolutionHeading = {
  version: ResolutionVersionLabel | null;
  title: string;
  agendaItem: string | null;
};

export function versionLabel(word: string | undefined): ResolutionVersionLabel | null {
  const lower = word?.toLowerCase();
  if (!lower) return null;
  if (lower.startsWith('concept')) return 'concept';
  if (lower.startsWith('geactualiseerd') || lower.startsWith('gewijzigd')) return 'geactualiseerd';
  if (lower.startsWith('definitie') || lower.startsWith('vastgesteld')) return 'vastgesteld';
  return null;
}

/**
 * "Geactualiseerde resolutie “VNG-inzet richting nieuwe kabinet”", "Concept-resolutie: Herstel van …",
 * "7. Resolutie VNG inzet kabinetsformatie": version, title and agenda item number.
 * `next` is the following line, the title when the heading is just "Resolutie".
 */
export function parseResolutionHeading(text: string, next?: string): ResolutionHeading | null {
  const match = HEADING.exec(text);
  if (!match || text.length > 200) return null;
  const rest = match[2].trim();
  if (rest && !/^[“„"‘'\p{Lu}]/u.test(rest)) return null;
  const quoted = firstQuoted(rest);
  let title = quoted && quoted.before === '' ? quoted.inner : rest;
  if (!title && next && next.length <= 120 && !/[.;:]$/.test(next)) title = next;
  if (!title) return null;
  return {
    version: versionLabel(match[1]),
    title: title.replace(/[.:]$/, '').trim(),
    agendaItem: /^(\d{1,2})[.)]?\s/.exec(text)?.[1] ?? null,
  };
}
