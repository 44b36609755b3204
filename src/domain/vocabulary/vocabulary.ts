/** How one code value reads outside the code: the word on the API and the Dutch label people see. */
export type Term = {
  /** Dutch, lower case, kebab-case and stable: what the API sends and accepts. */
  readonly api: string;
  /** The Dutch word shown in pages, documents, CSV files and CLI messages. */
  readonly label: string;
};

/** One table per enum of the domain: every code has exactly one API word and one label. */
export type Vocabulary<Code extends string, T extends Term = Term> = {
  /** The codes in the order of the table (the order lists and forms show them in). */
  readonly codes: readonly Code[];
  readonly terms: Readonly<Record<Code, T>>;
  /** The API words, for request schemas (z.enum). */
  readonly apiValues: readonly [string, ...string[]];
  /** A value read back from the database that is not in the table is shown as stored, never hidden. */
  toApi(code: Code): string;
  /** Null for an unknown word, so the caller can report it as an invalid parameter. */
  fromApi(value: string): Code | null;
  /** The code of an API word the request schema has checked; an unknown word is a programming error. */
  codeOf(value: string): Code;
  /** The codes of checked API words (a filter list); unknown words are left out. */
  codesOf(values: readonly string[]): Code[];
  label(code: Code): string;
  /** Code, API word or label, case-insensitive (CLI and form input); null when unknown. */
  parse(value: string): Code | null;
  is(value: unknown): value is Code;
  /** A code a form has checked against options(); anything else is a programming error. */
  asCode(value: string): Code;
  /** Choices for a select or radio group: the code as value, the label as text. */
  options(): { value: Code; label: string }[];
};

export function defineVocabulary<Code extends string, T extends Term = Term>(
  terms: Readonly<Record<Code, T>>,
): Vocabulary<Code, T> {
  const codes = Object.keys(terms) as Code[];
  const fromApi = new Map<string, Code>(codes.map((code) => [terms[code].api, code]));
  const byAnyName = new Map<string, Code>();
  for (const code of codes) {
    for (const name of [code, terms[code].api, terms[code].label]) byAnyName.set(name.toLowerCase(), code);
  }
  const is = (value: unknown): value is Code => typeof value === 'string' && Object.hasOwn(terms, value);
  return {
    codes,
    terms,
    apiValues: codes.map((code) => terms[code].api) as unknown as readonly [string, ...string[]],
    toApi: (code) => (is(code) ? terms[code].api : code),
    fromApi: (value) => fromApi.get(value) ?? null,
    codeOf: (value) => {
      const code = fromApi.get(value);
      if (code === undefined)
        throw new Error(`Unknown API word '${value}' (expected ${[...fromApi.keys()]})`);
      return code;
    },
    codesOf: (values) => values.flatMap((value) => fromApi.get(value) ?? []),
    label: (code) => (is(code) ? terms[code].label : code),
    parse: (value) => byAnyName.get(value.trim().toLowerCase()) ?? null,
    is,
    asCode: (value) => {
      if (!is(value)) throw new Error(`Unknown code '${value}' (expected ${codes})`);
      return value;
    },
    options: () => codes.map((code) => ({ value: code, label: terms[code].label })),
  };
}
