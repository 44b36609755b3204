import { z } from 'zod';
import { href, pageQueryKeys, timestamp } from '../http/schemas.js';

export const REGISTRATION_STATUS_API = {
  confirmed: 'aangemeld',
  waiting: 'wachtlijst',
  cancelled: 'geannuleerd',
} as const;
const STATUSES = ['aangemeld', 'wachtlijst', 'geannuleerd'] as const;

export const aanmeldingSchema = z
  .object({
    id: z.string(),
    vergadering: z.string(),
    naam: z.string().describe('"(verwijderd)" nadat de persoonsgegevens zijn gewist.'),
    email: z.string().nullable(),
    lid: z.string().nullable().describe('De gemeente (lid) namens wie de persoon komt.'),
    functie: z.string().nullable(),
    wensen: z.string().nullable().describe('Dieetwensen en allergieën.'),
    status: z.enum(STATUSES),
    aangemeldOp: timestamp,
    geannuleerdOp: timestamp.nullable(),
    gegevensVerwijderdOp: timestamp.nullable(),
    _links: z.object({ self: href, vergadering: href }),
  })
  .meta({ id: 'Aanmelding' });

export const aanmeldingListQuery = z.strictObject({
  status: z.enum(STATUSES).optional().describe('Filter op status.'),
  ...pageQueryKeys,
});

export const aanmeldBody = z.strictObject({
  naam: z.string().trim().min(1).max(200),
  email: z.string().trim().min(3).max(254),
  lid: z.uuid().nullable().optional(),
  functie: z.string().trim().max(200).nullable().optional(),
  wensen: z.string().trim().max(1000).nullable().optional(),
});

export const aanmeldResultSchema = z
  .object({
    id: z.string(),
    status: z.enum(STATUSES),
    wachtlijstPlaats: z.number().int().nullable(),
    annuleerCode: z
      .string()
      .describe('Persoonlijke code om te annuleren; wordt één keer getoond en ook per e-mail gestuurd.'),
  })
  .meta({ id: 'AanmeldResultaat' });

export const annuleerBody = z
  .strictObject({
    code: z
      .string()
      .min(16)
      .max(64)
      .optional()
      .describe('De code uit de bevestiging; medewerkers annuleren zonder code.'),
  })
  .nullish();

export const registrationCounts = z
  .object({ aangemeld: z.number().int(), wachtlijst: z.number().int(), geannuleerd: z.number().int() })
  .meta({ id: 'AanmeldingAantallen' });
