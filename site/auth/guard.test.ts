import { describe, expect, it } from 'vitest';
import type { PlatformRole, User } from '../records/schema.ts';
import { allowedCallers, operations, type Operation } from './access.ts';
import { guard, type GuardDependencies } from './guard.ts';
import { createSessions } from './sessions.ts';

const site = 'http://127.0.0.1:4321';

/** The method each operation's route takes: reads are GET, the rest change something. */
const methods: Record<Operation, string> = {
  'session.create': 'POST',
  'session.read': 'GET',
  'session.destroy': 'DELETE',
  'attempt.submit': 'POST',
  'attempt.read': 'GET',
  'leaderboard.read': 'GET',
  'profile.read': 'GET',
  'profile.update': 'PATCH',
  'report.errors': 'GET',
  'people.read': 'GET',
  'team.create': 'POST',
  'user.create': 'POST',
  'user.import': 'POST',
  'user.resetPassword': 'POST',
  'lesson.edit': 'PUT',
  'scenario.edit': 'PUT',
  'lesson.read': 'GET',
  'scenario.read': 'GET',
};

function person(role: PlatformRole): User {
  return { id: `u-${role}`, username: role, name: role, role, teamIds: role === 'trainee' || role === 'lead' ? ['north'] : [], passwordHash: 'scrypt$…', createdAt: '2026-11-23T09:00:00.000Z' };
}

function world() {
  let time = 1_800_000_000_000;
  const people = new Map<string, User>((['trainee', 'lead', 'consultant', 'admin'] as const).map((role) => [`u-${role}`, person(role)]));
  const sessions = createSessions({ now: () => time });
  const dependencies: GuardDependencies = { sessions, users: { user: (id) => Promise.resolve(people.get(id)) } };
  /** A request from a signed-in person's page: their cookie, the site's Origin and their CSRF token. */
  const from = (role: PlatformRole, method: string, extra: Record<string, string> = {}) => {
    const { token, session } = sessions.create(`u-${role}`);
    const headers = { Cookie: `crm-drill-session=${token}`, Origin: site, 'X-CSRF-Token': session.csrfToken, ...extra };
    return { token, request: new Request(`${site}/api/anything`, { method, headers }) };
  };
  return { dependencies, sessions, people, from, advance: (ms: number) => void (time += ms) };
}

describe('the guard, for every role against every operation', () => {
  const { dependencies, from } = world();
  for (const operation of operations) {
    for (const role of ['trainee', 'lead', 'consultant', 'admin'] as const) {
      const may = allowedCallers[operation].includes(role);
      it(`${may ? 'lets' : 'refuses'} a ${role} ${operation}`, async () => {
        const outcome = await guard(dependencies, from(role, methods[operation]).request, operation);
        if (may) expect(outcome).toMatchObject({ ok: true, user: { role } });
        else expect(outcome).toEqual({ ok: false, error: { code: 'auth.forbidden', message: `The ${role} role may not ${operation}; it is for: ${allowedCallers[operation].join(', ')}.` } });
      });
    }
    it(`asks anyone not signed in to sign in before ${operation}`, async () => {
      const request = new Request(`${site}/api/anything`, { method: methods[operation], headers: { Origin: site } });
      expect(await guard(dependencies, request, operation)).toMatchObject({ ok: false, error: { code: 'auth.required' } });
    });
  }
});

describe('the guard', () => {
  it('refuses a change from another site before looking at the session', async () => {
    const { dependencies, from } = world();
    expect(await guard(dependencies, from('admin', 'POST', { Origin: 'https://evil.example' }).request, 'team.create')).toMatchObject({ ok: false, error: { code: 'csrf.origin-mismatch' } });
  });

  it('refuses a change without the session’s CSRF token, but asks none of a read', async () => {
    const { dependencies, from } = world();
    expect(await guard(dependencies, from('trainee', 'POST', { 'X-CSRF-Token': '' }).request, 'attempt.submit')).toMatchObject({ ok: false, error: { code: 'csrf.token-missing' } });
    expect(await guard(dependencies, from('trainee', 'POST', { 'X-CSRF-Token': 'x'.repeat(43) }).request, 'attempt.submit')).toMatchObject({ ok: false, error: { code: 'csrf.token-mismatch' } });
    const read = from('trainee', 'GET', { 'X-CSRF-Token': '' });
    read.request.headers.delete('origin');
    expect((await guard(dependencies, read.request, 'leaderboard.read')).ok).toBe(true);
  });

  it('asks to sign in again once the session has ended', async () => {
    const { dependencies, from, advance } = world();
    const { request } = from('trainee', 'GET');
    advance(60 * 60 * 1000);
    expect(await guard(dependencies, request, 'leaderboard.read')).toMatchObject({ ok: false, error: { code: 'auth.required' } });
  });

  it('ends the session of a person no longer on record', async () => {
    const { dependencies, sessions, people, from } = world();
    const { token, request } = from('trainee', 'GET');
    people.delete('u-trainee');
    expect(await guard(dependencies, request, 'leaderboard.read')).toMatchObject({ ok: false, error: { code: 'auth.required' } });
    expect(sessions.get(token)).toBeUndefined();
  });
});
