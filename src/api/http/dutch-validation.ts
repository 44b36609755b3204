import { z } from 'zod';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

/** What a value should be, in words. */
const KINDS: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  bigint: 'een geheel getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een object',
  date: 'een datum',
  null: 'null',
  nan: 'een getal',
};

/** What a value turned out to be, in words. */
function kindOf(value: unknown): string {
  if (value === undefined) return 'niets';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'number') return Number.isInteger(value) ? 'een geheel getal' : 'een getal';
  return KINDS[typeof value] ?? 'iets anders';
}

const FORMATS: Record<string, string> = {
  uuid: 'een UUID',
  guid: 'een UUID',
  email: 'een e-mailadres',
  url: 'een webadres (URL)',
  date: 'een datum (JJJJ-MM-DD)',
  datetime: 'een tijdstip (ISO 8601, bv. 2025-06-18T10:00:00Z)',
  time: 'een tijd (UU:MM)',
  regex: 'het voorgeschreven patroon',
};

/** How a limit reads per kind of value: "Te lang: hoogstens 200 tekens.", "Te veel elementen: hoogstens 500." */
const LIMITS: Record<string, { small: string; big: string; unit: string }> = {
  string: { small: 'Te kort', big: 'Te lang', unit: ' tekens' },
  array: { small: 'Te weinig elementen', big: 'Te veel elementen', unit: '' },
  set: { small: 'Te weinig elementen', big: 'Te veel elementen', unit: '' },
  date: { small: 'Te vroeg', big: 'Te laat', unit: '' },
  file: { small: 'Te klein', big: 'Te groot', unit: ' bytes' },
};
const NUMBER_LIMITS = { small: 'Te klein', big: 'Te groot', unit: '' };

function limit(issue: { origin?: string; inclusive?: boolean }, value: unknown, least: boolean): string {
  const words = LIMITS[issue.origin ?? ''] ?? NUMBER_LIMITS;
  const bound =
    issue.inclusive === false
      ? `${least ? 'meer dan' : 'minder dan'} ${value}`
      : `${least ? 'ten minste' : 'hoogstens'} ${value}`;
  return `${least ? words.small : words.big}: ${bound}${words.unit}.`;
}

/** Validation messages (API and forms) wholly in Dutch: zod's own Dutch messages still name types in English. */
export function dutchValidationMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Verplicht; dit ontbreekt.';
      // A query value read as a number ("jaar=abcd") arrives here as NaN: it is no number at all.
      if (Number.isNaN(issue.input))
        return `Verwacht ${KINDS[issue.expected] ?? issue.expected}; dit is geen getal.`;
      return `Verwacht ${KINDS[issue.expected] ?? issue.expected}, niet ${kindOf(issue.input)}.`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Ongeldige waarde; verwacht ${JSON.stringify(issue.values[0])}.`
        : `Ongeldige waarde; kies uit ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1 && issue.inclusive !== false)
        return 'Mag niet leeg zijn.';
      return limit(issue, issue.minimum, true);
    case 'too_big':
      return limit(issue, issue.maximum, false);
    case 'invalid_format':
      return `Ongeldig formaat; verwacht ${FORMATS[issue.format] ?? issue.format}.`;
    case 'not_multiple_of':
      return `Moet een veelvoud van ${issue.divisor} zijn.`;
    case 'unrecognized_keys':
      return `${issue.keys.length > 1 ? 'Onbekende velden' : 'Onbekend veld'}: ${issue.keys.join(', ')}.`;
    case 'invalid_union':
      return 'Ongeldige waarde.';
    case 'invalid_key':
    case 'invalid_element':
      return 'Ongeldige waarde in deze lijst of dit object.';
    default:
      return undefined;
  }
}

/** Configures zod, once for the process: Dutch messages, with zod's Dutch locale for what is not covered above. */
export function configureDutchValidationMessages(): void {
  const fallback = z.locales.nl().localeError;
  z.config({ localeError: (issue) => dutchValidationMessage(issue) ?? fallback(issue) });
}
