import { z } from 'zod';

/** Building blocks shared by the resource schemas. */
export const uuid = z.uuid().describe('UUID.');
export const idParams = z.strictObject({ id: z.uuid().describe('UUID van de resource.') });
export const isoDate = z.iso.date().describe('Datum (JJJJ-MM-DD).');
export const timestamp = z.string().describe('Tijdstip in ISO 8601, UTC.');
export const localTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .describe('Lokale tijd (UU:MM).');
export const href = z.object({ href: z.string().describe('Relatieve URL.') });
export const year = z.coerce
  .number()
  .int()
  .min(1900)
  .max(2999)
  .describe('Jaar (van de vergadering of datum).');
export const q = z.string().trim().min(1).max(200).describe('Vrije tekst om in te zoeken.');

/** A comma-separated list of allowed values in a query string: `status=aangenomen,aangehouden`. */
export function csvEnum<const T extends readonly [string, ...string[]]>(values: T, description: string) {
  return z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)).min(1))
    .describe(`${description} Eén of meer van: ${values.join(', ')} (komma-gescheiden).`);
}

/**
 * The `sort` query key: the Dutch keys of the API (`titel`, `-aangemaakt`) in, the repository's typed sort
 * (`title`, `-created`) out, so no handler translates or casts.
 */
export function sortParam<const M extends Record<string, string>>(
  keys: M,
  fallback: Extract<keyof M, string> | `-${Extract<keyof M, string>}`,
) {
  const names = Object.keys(keys) as Extract<keyof M, string>[];
  const values = names.flatMap((k) => [k, `-${k}`]) as [string, ...string[]];
  return z
    .enum(values)
    .default(fallback)
    .transform((value) =>
      value.startsWith('-') ? (`-${keys[value.slice(1)]}` as `-${M[keyof M]}`) : (keys[value] as M[keyof M]),
    )
    .describe(
      `Sortering: ${names.join(', ')}; een minteken ervoor sorteert aflopend. Standaard ${fallback}.`,
    );
}

export const noContent = z.null().describe('Geen inhoud.');

export { pageQuery as pageQueryKeys } from './pagination.js';

/** Body of an action that takes no input: may be left out. */
export const emptyBody = z.strictObject({}).nullish();

/** A date that may be null, still announcing format "date" at the top (NL API rule /core/date-time). */
export const nullableDate = isoDate.nullable().meta({ format: 'date' });
