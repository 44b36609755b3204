import { z } from 'zod';
import { memberKind, memberStatus } from '../../domain/vocabulary/index.js';
import { csvEnum, href, isoDate, pageQueryKeys, q, sortParam, timestamp } from '../http/schemas.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const lidSchema = z
  .object({
    id: z.string(),
    code: z.string().describe('CBS-code, bv. GM0363.'),
    naam: z.string(),
    soort: z.enum(memberKind.apiValues).describe('gemeente, of fractie (bij een gemeenteraad).'),
    provincie: z.string().nullable(),
    inwoners: z.number().int().nullable(),
    zetels: z.number().int().nullable(),
    peildatumInwoners: isoDate.nullable().describe('Datum van het inwonertal.'),
    status: z.enum(memberStatus.apiValues),
    opgegaanIn: z.string().nullable().describe('UUID van het lid waarin dit lid is opgegaan (fusie).'),
    opgehevenOp: isoDate.nullable(),
    gewijzigdOp: timestamp,
    _links: z.object({ self: href, moties: href, audittrail: href }),
  })
  .meta({ id: 'Lid' });

/** A member in a path: its UUID or its CBS code (GM0363), as the lists' `lid` filter accepts. */
export const lidParams = z.strictObject({
  id: z
    .string()
    .trim()
    .regex(
      /^(GM\d{4}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i,
      'Een UUID of een CBS-code zoals GM0363.',
    )
    .describe('UUID of CBS-code (bv. GM0363) van het lid.'),
});

export const ledenListQuery = z.strictObject({
  q: q.optional().describe('Zoek in naam en code.'),
  provincie: text(100).optional(),
  status: csvEnum(memberStatus.apiValues, 'Filter op status.').optional(),
  sort: sortParam({ naam: 'name', code: 'code', inwoners: 'inhabitants' }, 'naam'),
  ...pageQueryKeys,
});

export const lidBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^GM\d{4}$/, 'Een CBS-gemeentecode zoals GM0363.'),
  naam: text(200),
  provincie: text(100).nullable().optional(),
  inwoners: z.number().int().min(0).nullable().optional(),
  peildatumInwoners: isoDate.nullable().optional(),
});

export const lidPatchBody = lidBody.omit({ code: true }).partial();
