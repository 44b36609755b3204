import { describe, expect, it } from 'vitest';
import { toApiError } from '../../src/api/errors/error-handler.js';
import { toProblem } from '../../src/api/errors/problem.js';
import { AuthError } from '../../src/auth/errors.js';
import { AppError } from '../../src/domain/app-error.js';
import { DomainError, illegalTransition } from '../../src/domain/index.js';
import { ImportError } from '../../src/importer/errors.js';
import { ServiceError } from '../../src/services/errors.js';
import { ConflictError, NotFoundError } from '../../src/store/errors.js';

describe('error mapping to problem+json', () => {
  it('never shows a stack trace or the message of an unexpected error', () => {
    const problem = toProblem(toApiError(new Error('SELECT * FROM secret at /srv/app.ts:12')));
    expect(problem).toMatchObject({ status: 500, code: 'internal_error', invalidParams: [] });
    expect(JSON.stringify(problem)).not.toMatch(/secret|app\.ts|at /);
  });

  it('maps domain, service and auth errors to stable codes and statuses', () => {
    const transition = toProblem(
      toApiError(
        illegalTransition({
          entity: 'motion',
          current: 'adopted',
          to: 'withdrawn',
          allowed: ['held', 'settled'],
        }),
      ),
    );
    expect(transition).toMatchObject({
      status: 409,
      code: 'illegal_transition',
      huidigeStatus: 'aangenomen',
      toegestaneStatussen: ['aangehouden', 'afgedaan'],
    });
    expect(transition.detail).toContain("'ingetrokken'");
    expect(toApiError(new DomainError('condition_required', 'x')).extra.invalidParams?.[0].name).toBe(
      'voorwaarde',
    );
    expect(toApiError(new ServiceError('not_found', 'not_found', 'Motie x bestaat niet.')).status).toBe(404);
    expect(toApiError(new AuthError(401, 'unauthenticated', 'nee')).status).toBe(401);
    expect(
      toApiError(Object.assign(new Error('big'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' })),
    ).toMatchObject({
      status: 413,
      code: 'fst_err_ctp_body_too_large',
    });
  });

  it('matches the store errors by class, not by their name', () => {
    expect(toProblem(toApiError(new ConflictError('Motie m is intussen gewijzigd.')))).toMatchObject({
      status: 409,
      code: 'conflict',
      detail: 'Motie m is intussen gewijzigd.',
    });
    expect(toProblem(toApiError(new NotFoundError('Lid', 'x')))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    // Something else that merely calls itself ConflictError is an unexpected error, not a 409.
    const impostor = Object.assign(new Error('nee'), { name: 'ConflictError' });
    expect(toApiError(impostor).status).toBe(500);
  });

  it('gives every error of the application one root with a stable code', () => {
    const errors = [
      new DomainError('vote_not_open', 'x'),
      new ServiceError('conflict', 'motion_decided', 'x'),
      new AuthError(403, 'forbidden', 'x'),
      new NotFoundError('Motie', 'x'),
      new ConflictError('x'),
      new ImportError('empty_file', 'a.txt', 'x'),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toMatch(/^[a-z_]+$/);
    }
  });
});
