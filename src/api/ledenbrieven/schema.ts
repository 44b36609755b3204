import { z } from 'zod';
import { href, nullableDate, pageQueryKeys, q, sortParam, timestamp, year } from '../http/schemas.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const bijlageSchema = z
  .object({
    id: z.string(),
    positie: z.number().int(),
    titel: z.string(),
    document: z.string().nullable().describe('UUID van het brondocument.'),
  })
  .meta({ id: 'Bijlage' });

export const ledenbriefSchema = z
  .object({
    id: z.string(),
    kenmerk: z.string().nullable().describe('Bv. U202500147.'),
    nummer: z.string().nullable().describe('Lbr-nummer, bv. "Lbr. 25/015".'),
    datum: nullableDate,
    onderwerp: z.string(),
    geadresseerden: z.string().nullable(),
    inhoud: z.string().nullable(),
    bijlagen: z.array(bijlageSchema),
    gewijzigdOp: timestamp,
    _links: z.object({ self: href, bijlagen: href, audittrail: href }),
  })
  .meta({ id: 'Ledenbrief' });

export const ledenbriefListQuery = z.strictObject({
  jaar: year.optional(),
  kenmerk: text(50).optional(),
  nummer: text(50).optional(),
  q: q.optional(),
  sort: sortParam({ datum: 'date', onderwerp: 'subject' }, '-datum'),
  ...pageQueryKeys,
});

export const bijlageBody = z.strictObject({
  titel: text(500),
  document: z.uuid().nullable().optional(),
});

export const ledenbriefBody = z.strictObject({
  kenmerk: text(50).nullable().optional(),
  nummer: text(50).nullable().optional(),
  datum: nullableDate.optional(),
  onderwerp: text(1000),
  geadresseerden: text(2000).nullable().optional(),
  inhoud: text(500_000).nullable().optional(),
  bijlagen: z.array(bijlageBody).max(100).optional(),
});

export const ledenbriefPatchBody = ledenbriefBody.omit({ bijlagen: true }).partial();
