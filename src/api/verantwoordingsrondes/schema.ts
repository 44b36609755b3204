import { z } from 'zod';
import { decision, motionStatus, proposal, roundStatus } from '../../domain/vocabulary/index.js';
import { pageLinksSchema } from '../http/pagination.js';
import { csvEnum, href, isoDate, pageQueryKeys, sortParam, timestamp } from '../http/schemas.js';

export const rondeSchema = z
  .object({
    id: z.string(),
    titel: z.string(),
    status: z
      .enum(roundStatus.apiValues)
      .describe('open (in voorbereiding), goedgekeurd (door het bestuur), besloten.'),
    vergadering: z.string().describe('UUID van de vergadering waarin het bestuur verantwoording aflegt.'),
    ledenbrief: z.string().nullable().describe('UUID van de ledenbrief die de verantwoording aanbiedt.'),
    agendapunt: z.string().nullable(),
    samenvatting: z.string().nullable(),
    voorstelTekst: z.string().nullable().describe('Het voorstel aan de vergadering, zoals in de brief.'),
    geopendOp: timestamp,
    rapportdatum: isoDate.nullable().describe('De datum op het voorblad van het rapport.'),
    bestuursvergadering: isoDate
      .nullable()
      .describe(
        'De bestuursvergadering die de voorstellen vaststelt. Leeg: een ingesteld aantal dagen voor de vergadering (BOARD_MEETING_DAYS_BEFORE_ASSEMBLY, standaard 28). Een week ervoor krijgt het bureau een herinnering voor verantwoordingen zonder tekst.',
      ),
    beslotenOp: isoDate
      .nullable()
      .describe('De datum van de vergadering die over de ronde besloot (niet het moment van invoeren).'),
    stemuitslag: z
      .object({
        tekst: z
          .string()
          .describe('Zoals gepubliceerd: "aangenomen met 97,63%" of "akkoord bij acclamatie".'),
        percentage: z.number().nullable(),
        bijAcclamatie: z.boolean(),
      })
      .nullable()
      .describe('De stemming van de vergadering over de verantwoording als geheel.'),
    _links: z.object({
      self: href,
      verantwoordingen: href,
      volledigheid: href,
      rapport: href,
      audittrail: href,
      vergadering: href,
    }),
  })
  .meta({ id: 'Verantwoordingsronde' });

export const verantwoordingSchema = z
  .object({
    id: z.string(),
    ronde: z.string().describe('UUID van de verantwoordingsronde.'),
    positie: z.number().int(),
    groep: z.string().nullable().describe('Kop in het rapport, bv. de vergadering die de motie aannam.'),
    motie: z.object({
      id: z.string(),
      nummer: z.string().nullable(),
      titel: z.string(),
      status: z.enum(motionStatus.apiValues),
      indieners: z.array(z.string()),
      enAnderen: z.boolean(),
      vergadering: z.object({ id: z.string(), titel: z.string(), datum: isoDate }).nullable(),
    }),
    tekst: z.string().nullable().describe('De verantwoording van het bestuur.'),
    voorstel: z.enum(proposal.apiValues).nullable(),
    voorwaarde: z.string().nullable().describe('Bij een voorwaardelijk voorstel: de voorwaarde.'),
    goedgekeurdOp: timestamp.nullable().describe('Wanneer het bestuur het voorstel goedkeurde.'),
    besluit: z.enum(decision.apiValues).nullable().describe('Besluit van de vergadering.'),
    besluitOp: timestamp.nullable(),
    _links: z.object({ self: href, motie: href }),
  })
  .meta({ id: 'Verantwoording' });

export const rondeDetailSchema = rondeSchema
  .extend({ verantwoordingen: z.array(verantwoordingSchema) })
  .meta({ id: 'VerantwoordingsrondeDetail' });

export const rondeListQuery = z.strictObject({
  vergadering: z.uuid().optional().describe('Filter op vergadering.'),
  status: csvEnum(roundStatus.apiValues, 'Filter op status.').optional(),
  sort: sortParam({ geopend: 'opened', titel: 'title' }, '-geopend'),
  ...pageQueryKeys,
});

const text = (max: number) => z.string().trim().min(1).max(max);

export const rondeCreateBody = z.strictObject({
  vergadering: z.uuid().describe('De vergadering waarin verantwoording wordt afgelegd.'),
  titel: text(500).optional(),
  ledenbrief: z.uuid().nullable().optional(),
  agendapunt: z.uuid().nullable().optional(),
});

export const rondePatchBody = z.strictObject({
  titel: text(500).optional(),
  rapportdatum: isoDate.nullable().optional().describe('De datum op het voorblad van het rapport.'),
  bestuursvergadering: isoDate
    .nullable()
    .optional()
    .describe('Datum van de bestuursvergadering; null: het standaardaantal dagen voor de vergadering.'),
  samenvatting: text(50_000).nullable().optional(),
  voorstelTekst: text(20_000).nullable().optional(),
  ledenbrief: z.uuid().nullable().optional(),
  agendapunt: z.uuid().nullable().optional(),
});

export const verantwoordingBody = z.strictObject({
  tekst: text(100_000).describe('De verantwoording.'),
  voorstel: z.enum(proposal.apiValues).describe('aanhouden, afdoen of voorwaardelijk.'),
  voorwaarde: text(5000).nullable().optional().describe('Verplicht bij voorwaardelijk.'),
  groep: text(200).nullable().optional(),
});

export const rondeStemuitslagBody = z
  .strictObject({
    uitkomst: z
      .enum(['aangenomen', 'verworpen'])
      .describe('Uitkomst van de stemming over de verantwoording.'),
    percentage: z.number().min(0).max(100).nullable().optional().describe('Percentage gewogen stemmen vóór.'),
    bijAcclamatie: z.boolean().optional().describe('Aangenomen bij acclamatie, zonder telling.'),
  })
  .meta({ id: 'RondeStemuitslag' });

export const volledigheidSchema = z
  .object({
    ronde: z.string(),
    compleet: z.boolean(),
    melding: z.string().describe('Bijvoorbeeld "3 open moties staan niet in deze ronde".'),
    aantalVerantwoordingen: z.number().int(),
    aantalOntbrekend: z
      .number()
      .int()
      .describe('Hoeveel open moties er in totaal ontbreken (over alle pagina’s).'),
    pagina: z.number().int().describe('Deze pagina van de ontbrekende moties (vanaf 1).'),
    limit: z.number().int().describe('Maximaal aantal ontbrekende moties per pagina.'),
    ontbrekend: z.array(
      z.object({
        id: z.string(),
        titel: z.string(),
        status: z.string(),
        indieners: z.array(z.string()),
        vergadering: z.string().nullable().describe('UUID van de vergadering die de motie aannam.'),
        _links: z.object({ motie: href }),
      }),
    ),
    _links: pageLinksSchema.describe('Bladeren door de ontbrekende moties.'),
  })
  .meta({ id: 'Volledigheid' });

export const toevoegenBody = z
  .strictObject({
    moties: z
      .array(z.uuid())
      .min(1)
      .max(10_000)
      .optional()
      .describe('De ontbrekende moties die erbij komen.'),
    alle: z.literal(true).optional().describe('Alle ontbrekende moties in één keer.'),
  })
  .refine((b) => (b.moties?.length ?? 0) > 0 || b.alle === true, {
    message: 'Geef moties of alle: true.',
  });

export const besluitBody = z
  .strictObject({
    stemuitslag: rondeStemuitslagBody
      .optional()
      .describe('De stemming over de verantwoording als geheel, in hetzelfde besluit vastgelegd.'),
    besluiten: z
      .array(z.strictObject({ verantwoording: z.uuid(), besluit: z.enum(decision.apiValues) }))
      .max(10_000)
      .optional()
      .describe('Besluit per verantwoording.'),
    volgVoorstellen: z
      .boolean()
      .optional()
      .describe(
        'Het hele voorstel in één keer: elke niet genoemde verantwoording volgt haar voorstel. Een voorwaardelijk voorstel vraagt een eigen besluit in besluiten; ontbreekt dat, dan wordt niets besloten (409 met de lijst in betreft).',
      ),
  })
  .refine((b) => (b.besluiten?.length ?? 0) > 0 || b.volgVoorstellen === true, {
    message: 'Geef besluiten of volgVoorstellen: true.',
  });
