import { describe, expect, it } from 'vitest';
import { checkCsrf, checkCsrfToken, checkOrigin, isStateChanging } from './csrf.ts';

const site = 'https://drill.example.com';
const session = { csrfToken: 'c'.repeat(43) };

function request(method: string, headers: Record<string, string>): Request {
  return new Request(`${site}/api/attempts`, { method, headers });
}

describe('state-changing methods', () => {
  it('are all but GET, HEAD and OPTIONS', () => {
    expect(['GET', 'HEAD', 'OPTIONS', 'get'].map(isStateChanging)).toEqual([false, false, false, false]);
    expect(['POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND'].map(isStateChanging)).toEqual([true, true, true, true, true]);
  });
});

describe('the origin check', () => {
  it('accepts the site’s own Origin, or its Referer when Origin is absent', () => {
    expect(checkOrigin(request('POST', { Origin: site }))).toBeUndefined();
    expect(checkOrigin(request('POST', { Referer: `${site}/en/scenarios/lead-to-cash?step=2` }))).toBeUndefined();
  });

  it('refuses another site, another scheme or port, and an opaque origin, saying where it came from', () => {
    expect(checkOrigin(request('POST', { Origin: 'https://evil.example' }))).toEqual({
      code: 'csrf.origin-mismatch',
      message: 'The request came from https://evil.example; changes are accepted only from https://drill.example.com.',
    });
    expect(checkOrigin(request('POST', { Origin: 'http://drill.example.com' }))?.code).toBe('csrf.origin-mismatch');
    expect(checkOrigin(request('POST', { Origin: 'https://drill.example.com:8443' }))?.code).toBe('csrf.origin-mismatch');
    expect(checkOrigin(request('POST', { Origin: 'null', Referer: `${site}/` }))?.message).toBe(
      'The request came from an opaque or unreadable origin; changes are accepted only from https://drill.example.com.',
    );
    expect(checkOrigin(request('POST', { Referer: 'https://drill.example.com.evil.example/' }))?.code).toBe('csrf.origin-mismatch');
    expect(checkOrigin(request('POST', { Referer: 'not a url' }))?.code).toBe('csrf.origin-mismatch');
  });

  it('trusts Origin over Referer', () => {
    expect(checkOrigin(request('POST', { Origin: 'https://evil.example', Referer: `${site}/` }))?.code).toBe('csrf.origin-mismatch');
  });

  it('refuses a request with neither', () => {
    expect(checkOrigin(request('POST', {}))).toEqual({
      code: 'csrf.origin-missing',
      message: 'The request has neither an Origin nor a Referer header; changes are accepted only from https://drill.example.com.',
    });
  });
});

describe('the synchroniser token', () => {
  it('accepts the session’s token in X-CSRF-Token', () => {
    expect(checkCsrfToken(request('POST', { 'X-CSRF-Token': session.csrfToken }), session)).toBeUndefined();
  });

  it('refuses a missing, empty, different or truncated token', () => {
    expect(checkCsrfToken(request('POST', {}), session)?.code).toBe('csrf.token-missing');
    expect(checkCsrfToken(request('POST', { 'X-CSRF-Token': '' }), session)?.code).toBe('csrf.token-missing');
    expect(checkCsrfToken(request('POST', { 'X-CSRF-Token': 'd'.repeat(43) }), session)?.code).toBe('csrf.token-mismatch');
    expect(checkCsrfToken(request('POST', { 'X-CSRF-Token': 'c'.repeat(42) }), session)?.code).toBe('csrf.token-mismatch');
  });
});

describe('CSRF protection', () => {
  it('asks nothing of a safe request', () => {
    expect(checkCsrf(request('GET', {}), session)).toBeUndefined();
  });

  it('asks the right origin and the token of every state-changing request', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(checkCsrf(request(method, { Origin: site, 'X-CSRF-Token': session.csrfToken }), session)).toBeUndefined();
      expect(checkCsrf(request(method, { 'X-CSRF-Token': session.csrfToken }), session)?.code).toBe('csrf.origin-missing');
      expect(checkCsrf(request(method, { Origin: site }), session)?.code).toBe('csrf.token-missing');
    }
  });
});
