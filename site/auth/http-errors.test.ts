import { describe, expect, it } from 'vitest';
import { apiErrorStatus, errorResponse } from './http-errors.ts';

describe('error responses', () => {
  it('answer { error: { code, message, field } } as JSON with the status the code implies', async () => {
    const response = errorResponse({ code: 'request.invalid', message: 'The username is missing.', field: 'username' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ error: { code: 'request.invalid', message: 'The username is missing.', field: 'username' } });
  });

  it('leave out the field when the error is about no one field', async () => {
    const response = errorResponse({ code: 'auth.required', message: 'Sign in first.' });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'auth.required', message: 'Sign in first.' } });
  });

  it('tell a rate-limited client when to retry, in whole seconds, never zero', async () => {
    const response = errorResponse({ code: 'rate-limited', message: 'Too many failed sign-ins.', retryAfterSeconds: 61.2 });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('62');
    expect(await response.json()).toEqual({ error: { code: 'rate-limited', message: 'Too many failed sign-ins.' } });
    expect(errorResponse({ code: 'rate-limited', message: 'Wait.', retryAfterSeconds: 0 }).headers.get('retry-after')).toBe('1');
  });

  it('carry an invalid file’s problems, each with its line', async () => {
    const problems = [{ line: 2, column: 10, path: 'version', message: 'Invalid type: Expected number but received "one"' }];
    const response = errorResponse({ code: 'scenario.invalid', message: 'broken.yaml is not valid.', problems });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: { code: 'scenario.invalid', message: 'broken.yaml is not valid.', problems } });
  });

  it('list every bad row of an imported file', async () => {
    const rows = [{ line: 3, field: 'role', message: '"boss" is not a role.', code: 'role.unknown' }];
    const response = errorResponse({ code: 'import.rows-invalid', message: 'One line is wrong; nobody was imported.', rows });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: { code: 'import.rows-invalid', message: 'One line is wrong; nobody was imported.', rows } });
  });

  it('give each code the status the issue asks for', () => {
    expect(apiErrorStatus).toEqual({
      'request.invalid': 400,
      'request.malformed-json': 400,
      'request.method-not-allowed': 405,
      'request.unsupported-media-type': 415,
      'request.too-large': 413,
      'request.headers-too-large': 431,
      'auth.required': 401,
      'auth.sign-in-failed': 401,
      'auth.forbidden': 403,
      'csrf.origin-missing': 403,
      'csrf.origin-mismatch': 403,
      'csrf.token-missing': 403,
      'csrf.token-mismatch': 403,
      'not-found': 404,
      conflict: 409,
      'attempt.scenario-unknown': 422,
      'attempt.not-replayable': 422,
      'scenario.invalid': 422,
      'import.rows-invalid': 422,
      'rate-limited': 429,
    });
  });
});
