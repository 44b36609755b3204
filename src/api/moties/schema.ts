import { z } from 'zod';
import { motionPartStatus, motionStatus, preAdvice } from '../../domain/vocabulary/index.js';
import { href, isoDate, timestamp } from '../http/schemas.js';

const statusValues = motionStatus.apiValues;
export const motieStatus = z.enum(statusValues).describe('Status van de motie.');

export const indienerSchema = z.object({
  positie: z.number().int().describe('Volgorde: 1 is de eerste indiener.'),
  lid: z.string().nullable().describe('UUID van het lid (gemeente), of null als de indiener geen lid is.'),
  naam: z.string().describe('Naam van de indiener.'),
});

export const stemuitslagSchema = z
  .object({
    omschrijving: z.string().nullable().describe('Zoals gepubliceerd, bv. "aangenomen met 98,29%".'),
    percentage: z.number().nullable().describe('Percentage van de uitgebrachte gewogen stemmen vóór.'),
    bijAcclamatie: z.boolean().describe('Aangenomen bij acclamatie (zonder telling).'),
  })
  .meta({ id: 'Stemuitslag' });

export const motieSchema = z
  .object({
    id: z.string().describe('UUID van de motie.'),
    nummer: z.string().nullable().describe('Nummer op de agenda, bv. "11.2".'),
    titel: z.string(),
    indieners: z.array(indienerSchema).describe('De indieners, in volgorde.'),
    enAnderen: z.boolean().describe('"en anderen": meer mede-indieners dan genoemd.'),
    onderwerp: z.string().nullable(),
    oproep: z.string().nullable().describe('Wat de motie vraagt (verzoekt / roept op / draagt op).'),
    toelichting: z.string().nullable().describe('Overwegingen en verdere tekst.'),
    status: motieStatus,
    vergadering: z
      .string()
      .nullable()
      .describe('UUID van de vergadering waarin de motie is ingediend en behandeld.'),
    agendapunt: z.string().nullable().describe('UUID van het agendapunt.'),
    ingediendOp: timestamp.nullable().describe('Tijdstip van indienen (UTC).'),
    besluitOp: timestamp.nullable().describe('Tijdstip van het besluit over de motie (UTC).'),
    stemuitslag: stemuitslagSchema,
    aangemaaktOp: timestamp,
    gewijzigdOp: timestamp,
    _links: z.object({
      self: href,
      audittrail: href,
      verantwoordingen: href,
      statusovergangen: href,
      delen: href,
      amendementen: href,
      preadviezen: href,
      vergadering: href.nullable(),
    }),
  })
  .meta({ id: 'Motie' });

export const deelSchema = z
  .object({
    id: z.string(),
    nummer: z.number().int().describe('Deel 1, 2, … in de volgorde van de tekst.'),
    tekst: z.string().nullable(),
    status: z.enum(motionPartStatus.apiValues),
    stemuitslag: stemuitslagSchema,
  })
  .meta({ id: 'Motiedeel' });

export const preadviesSchema = z
  .object({
    id: z.string(),
    advies: z.enum(preAdvice.apiValues),
    toelichting: z.string().nullable(),
    gegevenOp: timestamp,
  })
  .meta({ id: 'Preadvies' });

export const verantwoordingKortSchema = z.object({
  id: z.string(),
  ronde: z.object({ id: z.string(), titel: z.string(), status: z.string() }),
  vergadering: z.object({ id: z.string(), titel: z.string(), datum: isoDate }),
  tekst: z.string().nullable(),
  voorstel: z.string().nullable(),
  voorwaarde: z.string().nullable(),
  besluit: z.string().nullable(),
  besluitOp: timestamp.nullable(),
});

export const motieDetailSchema = motieSchema
  .extend({
    vervolgstappen: z
      .array(motieStatus)
      .describe('Statussen waar de motie vanuit haar huidige status naartoe kan.'),
    delen: z.array(deelSchema),
    preadvies: preadviesSchema.nullable().describe('Het geldende preadvies van het bestuur.'),
    verantwoordingen: z.array(verantwoordingKortSchema).describe('Verantwoording per ronde.'),
  })
  .meta({ id: 'MotieDetail' });

export const statusovergangSchema = z
  .object({
    van: motieStatus.nullable(),
    naar: motieStatus,
    op: timestamp,
    door: z.string().nullable().describe('UUID van de gebruiker.'),
    vergadering: z.string().nullable(),
    verantwoordingsronde: z.string().nullable(),
    stemming: z.string().nullable(),
    reden: z.string().nullable(),
  })
  .meta({ id: 'Statusovergang' });

export const amendementSchema = z
  .object({
    id: z.string(),
    titel: z.string(),
    tekst: z.string(),
    indieners: z.array(indienerSchema),
    status: z.string().describe('ingediend, ingetrokken, aangenomen of verworpen.'),
    aangemaaktOp: timestamp,
  })
  .meta({ id: 'Amendement' });
