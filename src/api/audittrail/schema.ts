import { z } from 'zod';
import { pageSchema } from '../http/pagination.js';

export const auditEventSchema = z
  .object({
    id: z.string(),
    volgnummer: z.number().int().describe('Plaats in de hashketen.'),
    actie: z.string().describe('Wat er gebeurde, bijvoorbeeld motion.transitioned.'),
    soort: z.string().describe('Soort record.'),
    recordId: z.string(),
    actor: z.object({ id: z.string().nullable(), naam: z.string() }),
    tijdstip: z.string().describe('Tijdstip (UTC).'),
    oudeWaarden: z.unknown().describe('Waarden vóór de wijziging.'),
    nieuweWaarden: z.unknown().describe('Waarden na de wijziging.'),
    verzoekId: z.string().nullable(),
    hash: z.string(),
    vorigeHash: z.string(),
  })
  .meta({ id: 'AuditGebeurtenis' });

export const auditPageSchema = pageSchema(auditEventSchema);
