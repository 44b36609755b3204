type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;
/** A row with snake_case columns seen as a record with camelCase keys. */
export type Camelize<T> = { [K in keyof T as CamelCase<K & string>]: T[K] };

/** Column names are few and fixed: converting each once keeps mapping a page of rows cheap. */
const camelKeys = new Map<string, string>();
const camelKey = (key: string): string => {
  let out = camelKeys.get(key);
  if (out === undefined) {
    out = key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    camelKeys.set(key, out);
  }
  return out;
};

export function camelize<T extends object>(row: T): Camelize<T> {
  const out: Record<string, unknown> = {};
  for (const key in row) out[camelKey(key)] = row[key];
  return out as Camelize<T>;
}

type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
  : S;
/** A camelCase record seen as a row with snake_case columns. */
export type Snakeize<T> = { [K in keyof T as SnakeCase<K & string>]: T[K] };

export function snakeize<T extends object>(record: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value !== undefined) out[key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = value;
  }
  return out;
}
