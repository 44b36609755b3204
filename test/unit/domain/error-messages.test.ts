import { describe, expect, it } from 'vitest';
import {
  DOMAIN_ERROR_MESSAGES,
  DomainError,
  domainErrorMessage,
  illegalTransition,
  transitionWords,
} from '../../../src/domain/index.js';

const upper = (_entity: string, status: string) => status.toUpperCase();

describe('Dutch wording of domain errors', () => {
  it('has a Dutch message for every code, naming the field at fault where there is one', () => {
    const refused = new DomainError('decision_required', 'A decision is required');
    expect(domainErrorMessage(refused, upper)).toBe('Geef een besluit op.');
    expect(DOMAIN_ERROR_MESSAGES.decision_required.param).toBe('besluit');
    expect(DOMAIN_ERROR_MESSAGES.round_not_open.param).toBeUndefined();
    for (const { message } of Object.values(DOMAIN_ERROR_MESSAGES)) expect(message).toMatch(/^[A-Z].*\.$/);
  });

  it('names the entity, its status and the allowed next statuses in the reader’s words', () => {
    const error = illegalTransition({
      entity: 'motion',
      current: 'settled',
      to: 'submitted',
      allowed: [],
    });
    expect(domainErrorMessage(error, upper)).toBe(
      "De motie heeft status 'SETTLED' en kan niet naar 'SUBMITTED'; er zijn geen vervolgstappen meer.",
    );
    const round = illegalTransition({
      entity: 'accountability round',
      current: 'open',
      to: 'decided',
      allowed: ['approved'],
    });
    const words = (entity: string, status: string) => `${entity}:${status}`;
    expect(domainErrorMessage(round, words)).toBe(
      "De verantwoordingsronde heeft status 'accountability round:open' en kan niet naar " +
        "'accountability round:decided'; toegestaan: accountability round:approved.",
    );
    expect(transitionWords(round, upper)).toEqual({
      entity: 'accountability round',
      current: 'OPEN',
      to: 'DECIDED',
      allowed: ['APPROVED'],
    });
  });

  it('keeps an unknown entity readable', () => {
    const error = illegalTransition({ entity: 'thing', current: 'a', to: 'b', allowed: ['c'] });
    expect(domainErrorMessage(error, (_e, s) => s)).toBe(
      "Het record heeft status 'a' en kan niet naar 'b'; toegestaan: c.",
    );
  });
});
