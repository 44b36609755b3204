import { z } from 'zod';
import { href, isoDate, timestamp, uuid } from '../http/schemas.js';

export const raadplegingCreateBody = z.strictObject({
  onderwerp: z.string().trim().min(1).max(500).describe('De vraag of het onderwerp van de raadpleging.'),
  motie: uuid
    .nullish()
    .describe('UUID van de motie uit het register waarover wordt gestemd (niet verplicht).'),
  alternatieven: z
    .array(z.string().max(200))
    .max(9)
    .nullish()
    .describe(
      'De voorstellen van een stemming met alternatieven; "tegen" en "onthouding" komen er vanzelf bij. Leeg: voor, tegen, onthouding.',
    ),
  vanaf: isoDate.describe('De eerste dag waarop gestemd kan worden (Nederlandse tijd).'),
  tot: isoDate.describe('De laatste dag waarop gestemd kan worden (Nederlandse tijd), niet vóór vanaf.'),
  vergadering: uuid.describe('UUID van de vergadering die de uitslag bekrachtigt; na de laatste dag.'),
});

export const raadplegingSchema = z.object({
  id: z.string(),
  onderwerp: z.string(),
  motie: z.string().nullable(),
  alternatieven: z.array(z.object({ sleutel: z.string(), label: z.string() })).nullable(),
  vanaf: isoDate,
  tot: isoDate,
  vergadering: z.string().nullable(),
  geopendOp: timestamp.nullable(),
  uitgenodigd: z.number().int().describe('Aantal uitnodigingen dat in de uitgaande post is gezet.'),
  _links: z.object({ self: href, stemming: href }),
});
