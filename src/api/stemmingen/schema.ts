import { z } from 'zod';
import type { VoteOutcome } from '../../domain/types.js';
import { voteOutcome, voteStatus } from '../../domain/vocabulary/index.js';
import { csvEnum, href, pageQueryKeys, timestamp } from '../http/schemas.js';

const TALLY_OUTCOMES: VoteOutcome[] = ['adopted', 'rejected', 'no-quorum', 'no-majority'];

export const uitslagSchema = z
  .object({
    voor: z.number().describe('Gewicht vóór.'),
    tegen: z.number(),
    onthouding: z.number().describe('Apart gerapporteerd; telt niet mee in het percentage.'),
    percentageVoor: z
      .number()
      .nullable()
      .describe('Aandeel vóór in de uitgebrachte gewogen stemmen (voor + tegen).'),
    stemgewichtTotaal: z.number().describe('Gewicht van alle stemgerechtigde leden.'),
    quorumGehaald: z.boolean(),
    bijAcclamatie: z.boolean(),
    uitkomst: z.enum(TALLY_OUTCOMES.map((o) => voteOutcome.toApi(o)) as [string, ...string[]]),
    omschrijving: z
      .string()
      .describe('Bv. "aangenomen met 98,29%", "aangenomen: geamendeerd voorstel met 55,10%".'),
    alternatieven: z
      .array(
        z.object({
          sleutel: z.string(),
          omschrijving: z.string(),
          gewicht: z.number(),
          leden: z.number(),
          percentage: z
            .number()
            .nullable()
            .describe('Aandeel in de uitgebrachte gewogen stemmen (zonder onthoudingen).'),
        }),
      )
      .nullable()
      .describe('Bij een stembiljet met alternatieven: het aandeel per alternatief.'),
    winnaar: z
      .string()
      .nullable()
      .describe(
        'Sleutel van het alternatief met de meerderheid; null bij geen meerderheid of zonder alternatieven.',
      ),
  })
  .meta({ id: 'GewogenUitslag' });

export const stemmingSchema = z
  .object({
    id: z.string(),
    onderwerp: z.string(),
    vergadering: z.string().nullable(),
    motie: z.string().nullable(),
    deel: z.string().nullable(),
    resolutie: z.string().nullable(),
    amendement: z.string().nullable(),
    preadvies: z.string().nullable(),
    verantwoordingsronde: z.string().nullable(),
    alternatieven: z
      .array(z.object({ sleutel: z.string(), omschrijving: z.string() }))
      .nullable()
      .describe(
        'De keuzes op het stembiljet (a1, a2 …, tegen, onthouding); null: voor / tegen / onthouding.',
      ),
    status: z.enum(voteStatus.apiValues),
    meerderheid: z.enum(['simple', 'two-thirds']).describe('Gewone meerderheid of twee derde.'),
    geopendOp: timestamp.nullable(),
    geslotenOp: timestamp.nullable(),
    gepubliceerdOp: timestamp.nullable(),
    uitslag: uitslagSchema
      .nullable()
      .describe('Na sluiten (voor het bureau) of na publicatie (voor iedereen).'),
    _links: z.object({ self: href, stemmen: href, audittrail: href }),
  })
  .meta({ id: 'Stemming' });

export const stemSchema = z
  .object({
    lid: z.string(),
    code: z.string(),
    naam: z.string(),
    keuze: z.string().describe('voor, tegen, onthouding, of de sleutel van een alternatief (a1, a2 …).'),
    gewicht: z
      .number()
      .describe('Stemgewicht, berekend door de server uit de stemverhouding van de vereniging.'),
    uitgebrachtOp: timestamp,
  })
  .meta({ id: 'Stem' });

export const stemmingListQuery = z.strictObject({
  vergadering: z.uuid().optional(),
  motie: z.uuid().optional(),
  resolutie: z.uuid().optional(),
  status: csvEnum(voteStatus.apiValues, 'Filter op status.').optional(),
  ...pageQueryKeys,
});

export const stemmingBody = z.strictObject({
  vergadering: z.uuid(),
  onderwerp: z.string().trim().min(1).max(500),
  motie: z.uuid().optional(),
  deel: z.uuid().optional().describe('Een deel van de motie (stemmen per deel).'),
  resolutie: z.uuid().optional(),
  amendement: z.uuid().optional().describe('Een amendement op een motie of resolutie.'),
  preadvies: z.uuid().optional().describe('Het (geldende) preadvies van het bestuur op een motie.'),
  verantwoordingsronde: z.uuid().optional().describe('De verantwoording van deze vergadering als geheel.'),
  alternatieven: z
    .array(z.string().trim().min(1).max(200))
    .min(1)
    .max(9)
    .optional()
    .describe(
      'Een stembiljet met alternatieven: de voorstellen (bv. "bestuursvoorstel", "geamendeerd voorstel").',
    ),
  tegen: z
    .boolean()
    .optional()
    .describe('Bij alternatieven: ook "tegen" als keuze (standaard ja); "onthouding" altijd.'),
  meerderheid: z.enum(['simple', 'two-thirds']).optional().describe('Standaard de regel van de vereniging.'),
});

export const stemBody = z.strictObject({
  keuze: z
    .string()
    .regex(/^(voor|tegen|onthouding|a[1-9])$/, 'voor, tegen, onthouding of a1 … a9')
    .describe('voor, tegen, onthouding, of de sleutel van een alternatief (a1, a2 …).'),
  lid: z.uuid().optional().describe('Het lid namens wie gestemd wordt; standaard het eigen lid.'),
});
