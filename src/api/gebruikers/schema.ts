import { z } from 'zod';
import { USER_ROLES } from '../../auth/index.js';
import { role } from '../../domain/vocabulary/index.js';
import { href, pageQueryKeys, q, timestamp } from '../http/schemas.js';

export const ROLE_VALUES = USER_ROLES.map((r) => role.toApi(r)) as [string, ...string[]];
const text = (max: number) => z.string().trim().min(1).max(max);

export const gebruikerSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    naam: z.string().nullable(),
    rol: z.enum(ROLE_VALUES).describe('lid, medewerker, bestuur, voorzitter of beheerder.'),
    lid: z.string().nullable().describe('UUID van het lid dat de gebruiker vertegenwoordigt.'),
    heeftWachtwoord: z.boolean(),
    geblokkeerdOp: timestamp.nullable(),
    aangemaaktOp: timestamp,
    _links: z.object({ self: href, tokens: href, audittrail: href }),
  })
  .meta({ id: 'Gebruiker' });

export const tokenSchema = z
  .object({
    id: z.string(),
    label: z.string().nullable(),
    laatstGebruiktOp: timestamp.nullable(),
    ingetrokkenOp: timestamp.nullable(),
    aangemaaktOp: timestamp,
  })
  .meta({ id: 'ApiToken' });

export const nieuwTokenSchema = tokenSchema
  .extend({ token: z.string().describe('Het token zelf: alleen nu zichtbaar, bewaar het veilig.') })
  .meta({ id: 'NieuwApiToken' });

export const gebruikerListQuery = z.strictObject({
  rol: z.enum(ROLE_VALUES).optional(),
  lid: z.uuid().optional(),
  q: q.optional().describe('Zoek in e-mailadres en naam.'),
  ...pageQueryKeys,
});

export const gebruikerBody = z.strictObject({
  email: z.email().max(320),
  naam: text(200).nullable().optional(),
  rol: z.enum(ROLE_VALUES),
  lid: z.uuid().nullable().optional(),
  wachtwoord: z
    .string()
    .min(12)
    .max(1000)
    .optional()
    .describe('Ten minste 12 tekens; zonder wachtwoord alleen API-tokens.'),
});

export const gebruikerPatchBody = z.strictObject({
  naam: text(200).nullable().optional(),
  rol: z.enum(ROLE_VALUES).optional(),
  lid: z.uuid().nullable().optional(),
  wachtwoord: z.string().min(12).max(1000).optional(),
  geblokkeerd: z
    .boolean()
    .optional()
    .describe('true blokkeert de gebruiker (sessies en tokens werken dan niet meer).'),
});

export const tokenBody = z.strictObject({ label: text(200).optional() }).nullish();
