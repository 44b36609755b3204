import { AuthError } from '../auth/index.js';
import { DOMAIN_ERROR_MESSAGES, domainErrorMessage } from '../domain/error-messages.js';
import { DomainError } from '../domain/errors.js';
import { capitalise, ENTITY_TERMS } from '../domain/vocabulary/index.js';
import { ServiceError } from '../services/errors.js';
import { ConflictError } from '../store/errors.js';

/** What a form sent, as trimmed strings (repeated fields keep their last value unless read with formList). */
export type FormValues = Record<string, string>;
/** Error messages by field name; the key '' is for the form as a whole. */
export type FormErrors = Record<string, string>;

export function readForm(body: unknown): FormValues {
  const values: FormValues = {};
  if (typeof body !== 'object' || body === null) return values;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key === '_csrf') continue;
    const last = Array.isArray(value) ? value[value.length - 1] : value;
    if (typeof last === 'string') values[key] = last.replace(/\r\n/g, '\n').trim();
  }
  return values;
}

export function formList(body: unknown, key: string): string[] {
  const value = (body as Record<string, unknown> | null)?.[key];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is string => typeof v === 'string').map((v) => v.trim());
}

export const hasErrors = (errors: FormErrors): boolean => Object.keys(errors).length > 0;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Small validators that add a Dutch message next to the field. */
export function requireText(
  errors: FormErrors,
  values: FormValues,
  field: string,
  label: string,
  max = 500,
): void {
  const value = values[field] ?? '';
  if (value === '') errors[field] = `Vul ${label} in.`;
  else if (value.length > max) errors[field] = `${capitalise(label)} is te lang: hoogstens ${max} tekens.`;
}

export function optionalDate(errors: FormErrors, values: FormValues, field: string, label: string): void {
  const value = values[field] ?? '';
  if (value !== '' && !isValidDate(value))
    errors[field] = `Vul ${label} in als een geldige datum, bijvoorbeeld 2026-06-10.`;
}

/**
 * A refusal from a service or the domain as a message for the form: next to the field when the service
 * names one (its Dutch API name is mapped to our field name), otherwise above the form.
 */
export function errorsFromRefusal(
  error: unknown,
  fieldNames: Record<string, string> = {},
): FormErrors | null {
  if (error instanceof ServiceError) {
    if (error.kind === 'not_found') return { '': error.message };
    const known = Object.values(fieldNames);
    const field = error.param
      ? (fieldNames[error.param] ?? (known.includes(error.param) ? error.param : ''))
      : '';
    return { [field]: error.message };
  }
  if (error instanceof DomainError) {
    const param = DOMAIN_ERROR_MESSAGES[error.code]?.param;
    const field = param ? (fieldNames[param] ?? '') : '';
    return { [field]: domainErrorMessage(error, statusLabel) };
  }
  if (error instanceof AuthError && error.status === 403) return { '': error.message };
  if (error instanceof ConflictError) return { '': error.message };
  return null;
}

/** The statuses an illegal transition names, as the pages label them. */
const statusLabel = (entity: string, status: string): string =>
  ENTITY_TERMS[entity]?.status.label(status).toLowerCase() ?? status;

/** Checks the values against simple field specs: required, length, dates, times and select choices. */
export function validateSpecs(
  specs: {
    name: string;
    label: string;
    kind: string;
    required?: boolean;
    options?: { value: string }[];
    max?: number;
  }[],
  values: FormValues,
): FormErrors {
  const errors: FormErrors = {};
  for (const f of specs) {
    const value = values[f.name] ?? '';
    const label = f.label.toLowerCase();
    if (value === '') {
      if (f.required) errors[f.name] = f.kind === 'select' ? `Kies ${label}.` : `Vul ${label} in.`;
      continue;
    }
    if (value.length > (f.max ?? (f.kind === 'textarea' ? 20_000 : 500)))
      errors[f.name] = `${f.label} is te lang.`;
    else if (f.kind === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
      errors[f.name] = `Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.`;
    else if (f.kind === 'checkbox' && value !== 'ja') errors[f.name] = `${f.label}: ongeldige keuze.`;
    else if (f.kind === 'date' && !isValidDate(value))
      errors[f.name] = `Vul ${label} in als datum, bijvoorbeeld 2026-06-10.`;
    else if (f.kind === 'time' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(value))
      errors[f.name] = `Vul ${label} in als tijd, bijvoorbeeld 10:00.`;
    else if (f.kind === 'select' && !f.options?.some((o) => o.value === value))
      errors[f.name] = `Kies ${label} uit de lijst.`;
  }
  return errors;
}

/** Empty optional fields become null for the services. */
export const orNull = (value: string | undefined): string | null => (value ? value : null);

/** A refusal of the portal's own, next to one field (same shape as a service's invalid input). */
export const invalidField = (field: string, message: string): ServiceError =>
  new ServiceError('invalid', 'invalid_input', message, field);

/**
 * Runs a change a form asked for: `done` with its result when it succeeds (e.g. a redirect: Post/Redirect/Get);
 * when a service or the domain refuses it, `refused` with the messages for the form (`errorsFromRefusal`, its
 * field names mapped by `fieldNames`). Any other error is thrown.
 */
export async function changeOrRefuse<T, R>(
  run: () => Promise<T>,
  fieldNames: Record<string, string>,
  refused: (errors: FormErrors) => R | Promise<R>,
  done: (result: T) => R | Promise<R>,
): Promise<R> {
  let result: T;
  try {
    result = await run();
  } catch (error) {
    const errors = errorsFromRefusal(error, fieldNames);
    if (!errors) throw error;
    return refused(errors);
  }
  return done(result);
}
