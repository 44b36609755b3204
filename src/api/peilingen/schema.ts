import { z } from 'zod';
import { href, pageQueryKeys, timestamp } from '../http/schemas.js';

export const POLL_STATUS_API = { draft: 'concept', open: 'lopend', closed: 'gesloten' } as const;
const STATUSES = ['concept', 'lopend', 'gesloten'] as const;
export const QUESTION_KIND_API = {
  'single-choice': 'eenKeuze',
  'multiple-choice': 'meerKeuze',
  scale: 'schaal',
  open: 'open',
} as const;

const rate = z
  .object({
    gemeenten: z.number().int().describe('Gemeenten die antwoordden.'),
    doelgroep: z.number().int().describe('Gemeenten die gevraagd zijn.'),
    percentage: z.number(),
  })
  .meta({ id: 'Respons' });

export const peilingSchema = z
  .object({
    id: z.string(),
    titel: z.string(),
    omschrijving: z.string().nullable(),
    status: z.enum(STATUSES),
    geopendOp: timestamp.nullable(),
    sluitOp: timestamp.nullable(),
    doelgroep: z
      .object({ alleLeden: z.boolean(), provincies: z.array(z.string()) })
      .describe('Alle leden, of de gemeenten van deze provincies.'),
    antwoordenPerGemeenteOpenbaar: z.boolean(),
    resolutie: z.string().nullable().describe('De resolutie waarvoor de peiling input gaf.'),
    vragen: z.array(
      z.object({
        id: z.string(),
        tekst: z.string(),
        soort: z.enum(['eenKeuze', 'meerKeuze', 'schaal', 'open']),
        opties: z.array(z.string()),
      }),
    ),
    respons: rate,
    _links: z.object({ self: href, uitslag: href, resolutie: href.nullable() }),
  })
  .meta({ id: 'Peiling' });

export const peilingListQuery = z.strictObject({
  status: z.enum(STATUSES).optional().describe('Filter op status (concept alleen voor medewerkers).'),
  ...pageQueryKeys,
});

const questionResult = z.object({
  vraag: z.string(),
  antwoorden: z.number().int().describe('Gemeenten die deze vraag beantwoordden.'),
  gewicht: z.number(),
  opties: z.array(
    z.object({
      optie: z.string(),
      aantal: z.number().int(),
      gewicht: z.number(),
      aandeel: z.number().describe('Procent van de (gewogen) antwoorden.'),
    }),
  ),
  gemiddelde: z.number().nullable().describe('Bij een schaal: het (gewogen) gemiddelde.'),
  teksten: z
    .array(z.object({ tekst: z.string(), aantal: z.number().int() }))
    .describe('Bij een open vraag: de antwoorden, gelijke teksten samengeteld.'),
});

export const uitslagSchema = z
  .object({
    peiling: z.string(),
    gewogen: z.boolean(),
    indeling: z.enum(['geen', 'provincie', 'grootte']),
    respons: rate,
    groepen: z.array(z.object({ groep: z.string(), vragen: z.array(questionResult) })),
    perGemeente: z
      .array(z.object({ lid: z.string(), naam: z.string(), antwoorden: z.record(z.string(), z.string()) }))
      .nullable()
      .describe('Alleen als de peiling de antwoorden per gemeente openbaar maakt.'),
  })
  .meta({ id: 'PeilingUitslag' });

export const uitslagQuery = z.strictObject({
  weging: z.enum(['gewogen', 'ongewogen']).default('ongewogen').describe('Gewogen naar stemgewicht of niet.'),
  indeling: z
    .enum(['geen', 'provincie', 'grootte'])
    .default('geen')
    .describe('Per provincie of grootteklasse.'),
});
