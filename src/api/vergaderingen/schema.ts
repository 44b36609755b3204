import { z } from 'zod';
import { agendaPurpose, meetingKind, meetingStatus } from '../../domain/vocabulary/index.js';
import {
  csvEnum,
  href,
  isoDate,
  localTime,
  pageQueryKeys,
  q,
  sortParam,
  timestamp,
  year,
} from '../http/schemas.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const vergaderingSchema = z
  .object({
    id: z.string(),
    soort: z.enum(meetingKind.apiValues).describe('alv, najaars-alv, extra-alv, balv of ledenbijeenkomst.'),
    titel: z.string(),
    datum: isoDate,
    begintijd: z.string().nullable().describe('Lokale tijd (UU:MM).'),
    eindtijd: z.string().nullable().describe('Lokale tijd (UU:MM).'),
    plaats: z.string().nullable(),
    status: z.enum(meetingStatus.apiValues),
    peildatum: isoDate.nullable().describe('Datum waarop de ledengegevens de stemgewichten bepalen.'),
    aangemaaktOp: timestamp,
    gewijzigdOp: timestamp,
    _links: z.object({ self: href, agendapunten: href, moties: href, audittrail: href }),
  })
  .meta({ id: 'Vergadering' });

export const agendapuntSchema = z
  .object({
    id: z.string(),
    vergadering: z.string(),
    nummer: z.string().describe('Zoals op de agenda, bv. "11" of "4a".'),
    titel: z.string(),
    doel: z.enum(agendaPurpose.apiValues),
    positie: z.number().int(),
  })
  .meta({ id: 'Agendapunt' });

export const vergaderingDetailSchema = vergaderingSchema
  .extend({ agendapunten: z.array(agendapuntSchema) })
  .meta({ id: 'VergaderingDetail' });

export const vergaderingListQuery = z.strictObject({
  soort: csvEnum(meetingKind.apiValues, 'Filter op soort.').optional(),
  status: csvEnum(meetingStatus.apiValues, 'Filter op status.').optional(),
  jaar: year.optional(),
  vanaf: isoDate.optional().describe('Vanaf deze datum.'),
  tot: isoDate.optional().describe('Tot en met deze datum.'),
  q: q.optional(),
  sort: sortParam({ datum: 'date', titel: 'title', aangemaakt: 'created' }, '-datum'),
  ...pageQueryKeys,
});

export const vergaderingBody = z.strictObject({
  soort: z.enum(meetingKind.apiValues),
  titel: text(300),
  datum: isoDate,
  begintijd: localTime.nullable().optional(),
  eindtijd: localTime.nullable().optional(),
  plaats: text(300).nullable().optional(),
  status: z.enum(meetingStatus.apiValues).optional(),
  peildatum: isoDate.nullable().optional(),
});

export const vergaderingPatchBody = vergaderingBody.partial();

export const agendapuntBody = z.strictObject({
  nummer: text(20),
  titel: text(500),
  doel: z.enum(agendaPurpose.apiValues).optional(),
  positie: z.number().int().min(1).max(1000).optional(),
});

export const agendapuntPatchBody = agendapuntBody.partial();
