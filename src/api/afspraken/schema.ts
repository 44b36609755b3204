import { z } from 'zod';
import { agreementStatus } from '../../domain/vocabulary/index.js';
import { csvEnum, href, isoDate, pageQueryKeys, q, sortParam, timestamp } from '../http/schemas.js';

const STATUSES = agreementStatus.apiValues;
const SOURCES = ['overleg', 'resolutie', 'ledenbrief', 'motie', 'anders'] as const;
const text = (max: number) => z.string().trim().min(1).max(max);

export const afspraakSchema = z
  .object({
    id: z.string(),
    tekst: z.string(),
    partij: z.string().nullable().describe('Wie de toezegging deed, bv. "Rijk" of "kabinet".'),
    uiterlijkOp: isoDate.nullable().describe('Uiterste datum ("uiterlijk 14 april").'),
    status: z.enum(STATUSES),
    verlopen: z
      .boolean()
      .describe('Open en over de uiterste datum op `verlopenPer` (afgeleid, niet opgeslagen).'),
    dagenVerlopen: z
      .number()
      .int()
      .describe('Dagen tussen de uiterste datum en `verlopenPer`; 0 als niet verlopen.'),
    verlopenPer: isoDate.describe(
      'De datum waartegen `verlopen` en `dagenVerlopen` zijn bepaald, uit de registers: de laatst gehouden vergadering (vandaag zolang er nog geen is gehouden), als in het portaal ("stand per").',
    ),
    bron: z.object({
      soort: z.enum(SOURCES).nullable(),
      overleg: z.string().nullable(),
      ledenbrief: z.string().nullable(),
      resolutie: z.string().nullable(),
    }),
    aangemaaktOp: timestamp,
    gewijzigdOp: timestamp,
    _links: z.object({ self: href, audittrail: href }),
  })
  .meta({ id: 'Afspraak' });

export const afspraakListQuery = z.strictObject({
  status: csvEnum(STATUSES, 'Filter op status.').optional(),
  partij: text(200).optional(),
  verlopen: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      'true: alleen open afspraken over de uiterste datum op de datum van de laatst gehouden vergadering (`verlopenPer`).',
    ),
  overleg: z.uuid().optional(),
  resolutie: z.uuid().optional(),
  ledenbrief: z.uuid().optional(),
  vanaf: isoDate.optional().describe('Uiterste datum vanaf.'),
  tot: isoDate.optional().describe('Uiterste datum tot en met.'),
  q: q.optional(),
  sort: sortParam({ uiterlijk: 'due', aangemaakt: 'created' }, 'uiterlijk'),
  ...pageQueryKeys,
});

export const afspraakBody = z.strictObject({
  tekst: text(20_000),
  partij: text(200).nullable().optional(),
  uiterlijkOp: isoDate.nullable().optional(),
  bron: z
    .strictObject({
      soort: z.enum(SOURCES),
      overleg: z.uuid().nullable().optional(),
      ledenbrief: z.uuid().nullable().optional(),
      resolutie: z.uuid().nullable().optional(),
    })
    .optional(),
});

export const afspraakPatchBody = afspraakBody.partial();

export const afspraakStatusBody = z.strictObject({
  status: z.enum(STATUSES.filter((s) => s !== 'open') as [string, ...string[]]),
});

export const SOURCE_KIND: Record<(typeof SOURCES)[number], string> = {
  overleg: 'consultation',
  resolutie: 'resolution',
  ledenbrief: 'letter',
  motie: 'motion',
  anders: 'other',
};
