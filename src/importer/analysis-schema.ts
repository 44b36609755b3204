import { z } from 'zod';

/**
 * The contract of one file's analysis (issue 4, `import --dry-run --json` and the upload preview).
 * Extra keys are allowed (provenance, content hash, table of contents), so objects are not strict.
 */
const isoDate = z.iso.date();
/** Nullable dates keep `format: date` in the OpenAPI document (NL API Design Rules). */
const nullableDate = isoDate.nullable().meta({ format: 'date' });
/** The association's assemblies, and the meetings of other bodies a document can be about (never stored as ours). */
const meetingKind = z
  .enum([
    'alv',
    'najaars-alv',
    'extra-alv',
    'balv',
    'raadsvergadering',
    'statenvergadering',
    'algemeen-bestuur',
    'plenaire-vergadering',
    'congres',
  ])
  .nullable();
const meeting = z.object({ kind: meetingKind, date: nullableDate });
const result = z.enum(['aangenomen', 'verworpen', 'aangehouden', 'ingetrokken', 'afgedaan']).nullable();
const preambleClause = z.object({ kind: z.enum(['noting', 'considering']), text: z.string() });
const operativeClause = z.object({
  kind: z.enum(['declares', 'requests', 'calls-on', 'instructs']),
  text: z.string(),
});

export const motionSchema = z.object({
  title: z.string(),
  submitters: z.array(z.string()),
  andOthers: z.boolean(),
  topic: z.string().nullable(),
  adoptedAt: meeting.nullable(),
  call: z.string().nullable(),
  accountability: z.string().nullable(),
  proposal: z.enum(['hold', 'settle', 'conditional']).nullable(),
  result,
  percentage: z.number().nullable(),
  parts: z.array(z.object({ result: result.unwrap(), percentage: z.number().nullable() })),
  preAdvice: z.string().nullable(),
  preamble: z.array(preambleClause),
  operative: z.array(operativeClause),
  signatories: z.array(z.string()),
});

export const resolutionSchema = z.object({
  title: z.string(),
  version: z.string().nullable(),
  preamble: z.array(preambleClause),
  operative: z.array(operativeClause),
  result,
  percentage: z.number().nullable(),
});

export const fileAnalysisSchema = z.object({
  file: z.string(),
  kind: z.enum([
    'accountability-report',
    'resolution',
    'member-letter',
    'motion',
    'motion-list',
    'amendment',
    'commitment-list',
    'unknown',
  ]),
  title: z.string().nullable(),
  date: nullableDate,
  meeting: meeting.nullable(),
  motions: z.array(motionSchema),
  resolutions: z.array(resolutionSchema),
  letter: z
    .object({
      reference: z.string().nullable(),
      number: z.string().nullable(),
      date: nullableDate,
      subject: z.string().nullable(),
      addressees: z.string().nullable(),
    })
    .nullable(),
  agreements: z.array(
    z.object({
      text: z.string(),
      party: z.string().nullable(),
      due: nullableDate,
      forReaders: z
        .boolean()
        .optional()
        .describe(
          'Een termijn die het document zijn lezers stelt ("U kunt tot uiterlijk …"), geen afspraak.',
        ),
    }),
  ),
  events: z.array(
    z.object({
      title: z.string(),
      date: nullableDate,
      start: z
        .string()
        .regex(/^\d{2}:\d{2}$/)
        .nullable(),
      end: z
        .string()
        .regex(/^\d{2}:\d{2}$/)
        .nullable(),
      place: z.string().nullable(),
    }),
  ),
  warnings: z.array(z.string()),
});
