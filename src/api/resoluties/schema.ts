import { z } from 'zod';
import { clauseKind, clauseSection, resolutionStatus, versionLabel } from '../../domain/vocabulary/index.js';
import { csvEnum, href, pageQueryKeys, q, sortParam, timestamp, year } from '../http/schemas.js';
import { stemuitslagSchema } from '../moties/schema.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const resolutieSchema = z
  .object({
    id: z.string(),
    titel: z.string(),
    status: z.enum(resolutionStatus.apiValues),
    vergadering: z.string().nullable(),
    agendapunt: z.string().nullable(),
    stemuitslag: stemuitslagSchema,
    vastgesteldeVersie: z.string().nullable().describe('UUID van de versie waarvan de tekst is aangenomen.'),
    aangemaaktOp: timestamp,
    gewijzigdOp: timestamp,
    _links: z.object({ self: href, versies: href, audittrail: href }),
  })
  .meta({ id: 'Resolutie' });

export const clausuleSchema = z
  .object({
    id: z.string(),
    deel: z.enum(clauseSection.apiValues).describe('overwegingen (preambule) of dictum.'),
    soort: z.enum(clauseKind.apiValues),
    nummer: z.number().int(),
    tekst: z.string(),
    voorwaardeAfspraak: z.string().nullable().describe('UUID van de afspraak waarvan deze clausule afhangt.'),
  })
  .meta({ id: 'Clausule' });

export const versieSchema = z
  .object({
    id: z.string(),
    resolutie: z.string(),
    nummer: z.number().int().describe('1, 2, 3 … in volgorde van ontstaan.'),
    label: z.string().describe('concept, geactualiseerd of vastgesteld.'),
    toelichting: z.string().nullable(),
    gepubliceerdOp: timestamp.nullable().describe('Vanaf dit tijdstip is de versie onveranderlijk.'),
    clausules: z.array(clausuleSchema),
    _links: z.object({ self: href, verschillen: href }),
  })
  .meta({ id: 'Resolutieversie' });

export const verschilSchema = z
  .object({
    soort: z.enum(['ongewijzigd', 'gewijzigd', 'toegevoegd', 'verwijderd']),
    voor: clausuleSchema.nullable(),
    na: clausuleSchema.nullable(),
  })
  .meta({ id: 'ClausuleVerschil' });

export const resolutieListQuery = z.strictObject({
  status: csvEnum(resolutionStatus.apiValues, 'Filter op status.').optional(),
  vergadering: z.uuid().optional(),
  jaar: year.optional(),
  q: q.optional().describe('Zoek in de titel.'),
  sort: sortParam({ aangemaakt: 'created', titel: 'title' }, '-aangemaakt'),
  ...pageQueryKeys,
});

export const resolutieBody = z.strictObject({
  titel: text(500),
  vergadering: z.uuid().nullable().optional(),
  agendapunt: z.uuid().nullable().optional(),
});
export const resolutiePatchBody = resolutieBody.partial();

export const clausuleBody = z.strictObject({
  deel: z.enum(clauseSection.apiValues),
  soort: z.enum(clauseKind.apiValues),
  tekst: text(20_000),
  nummer: z.number().int().min(1).max(1000).optional(),
  voorwaardeAfspraak: z.uuid().nullable().optional(),
});

export const clausulePatchBody = clausuleBody.partial();

export const versieBody = z.strictObject({
  label: z.enum(versionLabel.apiValues),
  toelichting: text(50_000).nullable().optional(),
  clausules: z.array(clausuleBody).max(500).default([]),
});

export const resolutieStemuitslagBody = z.strictObject({
  uitkomst: z.enum(['aangenomen', 'verworpen']),
  versie: z.uuid().optional().describe('De aangenomen versie; standaard de laatste.'),
  percentage: z.number().min(0).max(100).nullable().optional(),
  bijAcclamatie: z.boolean().optional(),
});

export const verschilQuery = z.strictObject({
  tenOpzichteVan: z.uuid().optional().describe('De versie om mee te vergelijken; standaard de vorige.'),
  ...pageQueryKeys,
});
