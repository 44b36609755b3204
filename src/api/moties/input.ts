import { z } from 'zod';
import { motionStatus } from '../../domain/vocabulary/index.js';
import { cursorQuery } from '../http/pagination.js';
import { csvEnum, pageQueryKeys, q, sortParam, year } from '../http/schemas.js';

const statusValues = motionStatus.apiValues;

export const motieListQuery = z.strictObject({
  status: csvEnum(statusValues, 'Filter op status.').optional(),
  onderwerp: z.string().trim().min(1).max(200).optional().describe('Filter op onderwerp (exact).'),
  lid: z
    .string()
    .trim()
    .regex(/^(GM\d{4}|[0-9a-f-]{36})$/i)
    .optional()
    .describe('Filter op indiener: UUID of CBS-code van het lid (bv. GM0363).'),
  vergadering: z.uuid().optional().describe('Filter op vergadering (UUID).'),
  jaar: year.optional(),
  q: q.optional(),
  sort: sortParam({ aangemaakt: 'created', titel: 'title', ingediend: 'submitted' }, '-aangemaakt'),
  ...pageQueryKeys,
  ...cursorQuery,
});

const indienerInput = z
  .strictObject({
    lid: z.uuid().optional().describe('UUID van het lid; de naam komt dan uit het ledenregister.'),
    naam: z.string().trim().min(1).max(200).optional().describe('Naam, als de indiener geen lid is.'),
  })
  .refine((s) => s.lid !== undefined || s.naam !== undefined, { message: 'Geef een lid of een naam.' });

const text = (max: number) => z.string().trim().min(1).max(max);

export const motieCreateBody = z.strictObject({
  titel: text(500),
  onderwerp: text(200).nullable().optional(),
  oproep: text(20_000).nullable().optional(),
  toelichting: text(100_000).nullable().optional(),
  nummer: text(50).nullable().optional(),
  vergadering: z.uuid().nullable().optional(),
  agendapunt: z.uuid().nullable().optional(),
  enAnderen: z.boolean().optional(),
  indieners: z
    .array(indienerInput)
    .min(1)
    .max(400)
    .optional()
    .describe(
      'Indieners in volgorde. Een vertegenwoordiger van een lid mag dit weglaten: dan is het eigen lid de indiener.',
    ),
});

export const motiePatchBody = motieCreateBody.omit({ indieners: true }).partial();

export const reasonBody = z
  .strictObject({ reden: text(2000).optional().describe('Toelichting bij deze stap.') })
  .nullish();

export const meetingBody = z
  .strictObject({
    vergadering: z
      .uuid()
      .optional()
      .describe('De vergadering waarin dit gebeurt (als de motie er nog geen heeft).'),
    reden: text(2000).optional(),
  })
  .nullish();

export const stemuitslagBody = z.strictObject({
  uitkomst: z.enum(['aangenomen', 'verworpen', 'uitgesteld']).describe('Uitkomst van de stemming.'),
  percentage: z
    .number()
    .min(0)
    .max(100)
    .nullable()
    .optional()
    .describe('Percentage gewogen stemmen vóór (0–100).'),
  bijAcclamatie: z.boolean().optional().describe('Aangenomen bij acclamatie, zonder telling.'),
  vergadering: z.uuid().optional().describe('De vergadering die stemde (als de motie er nog geen heeft).'),
});

export const medeIndienenBody = z
  .strictObject({ lid: z.uuid().optional().describe('Het lid dat mede-indient; standaard het eigen lid.') })
  .nullish();

export const deelBody = z.strictObject({
  tekst: text(20_000),
  nummer: z.number().int().min(1).max(100).optional(),
});

export const deelPatchBody = z.strictObject({ tekst: text(20_000) });

export const amendementBody = z.strictObject({
  titel: text(500),
  tekst: text(50_000),
  indieners: z.array(indienerInput).min(1).max(400).optional(),
});

export const preadviesBody = z.strictObject({
  advies: z.enum(['overnemen', 'ontraden', 'oordeel-vergadering', 'aanhouden']),
  toelichting: text(20_000).nullable().optional(),
});
