import { describe, expect, it } from 'vitest';
import type { User } from '../records/schema.ts';
import { allowedCallers, callers, errorReportView, mayCall, mayReadAttempt, operations, type Caller, type Operation } from './access.ts';

/**
 * The rules restated by hand, one row per operation, one column per caller,
 * so changing who may do what takes a change here too, on purpose.
 */
const expected: Record<Operation, Record<Caller, boolean>> = {
  'session.create':     { anonymous: true,  trainee: true,  lead: true,  consultant: true,  admin: true },
  'session.read':       { anonymous: false, trainee: true,  lead: true,  consultant: true,  admin: true },
  'session.destroy':    { anonymous: true,  trainee: true,  lead: true,  consultant: true,  admin: true },
  'attempt.submit':     { anonymous: false, trainee: true,  lead: true,  consultant: true,  admin: true },
  'attempt.read':       { anonymous: false, trainee: true,  lead: true,  consultant: true,  admin: true },
  'leaderboard.read':   { anonymous: false, trainee: true,  lead: true,  consultant: true,  admin: true },
  'profile.read':       { anonymous: false, trainee: true,  lead: true,  consultant: true,  admin: true },
  'profile.update':     { anonymous: false, trainee: true,  lead: true,  consultant: true,  admin: true },
  'report.errors':      { anonymous: false, trainee: false, lead: true,  consultant: true,  admin: true },
  'people.read':        { anonymous: false, trainee: false, lead: false, consultant: false, admin: true },
  'team.create':        { anonymous: false, trainee: false, lead: false, consultant: false, admin: true },
  'user.create':        { anonymous: false, trainee: false, lead: false, consultant: false, admin: true },
  'user.import':        { anonymous: false, trainee: false, lead: false, consultant: false, admin: true },
  'user.resetPassword': { anonymous: false, trainee: false, lead: false, consultant: false, admin: true },
  'lesson.edit':        { anonymous: false, trainee: false, lead: false, consultant: true,  admin: true },
  'scenario.edit':      { anonymous: false, trainee: false, lead: false, consultant: true,  admin: true },
  'lesson.read':        { anonymous: true,  trainee: true,  lead: true,  consultant: true,  admin: true },
  'scenario.read':      { anonymous: true,  trainee: true,  lead: true,  consultant: true,  admin: true },
};

function person(id: string, role: User['role'], teamIds: string[], displayName?: string): User {
  return { id, username: id, name: `${id} (real name)`, role, teamIds, passwordHash: 'scrypt$…', createdAt: '2026-11-23T09:00:00.000Z', ...(displayName === undefined ? {} : { displayName }) };
}

const mei = person('mei', 'trainee', ['north'], 'Plum');
const li = person('li', 'trainee', ['south']);
const wang = person('wang', 'lead', ['north']);
const zhao = person('zhao', 'lead', ['north', 'east']);
const chen = person('chen', 'consultant', []);
const admin = person('root', 'admin', []);
const signedIn: Record<Exclude<Caller, 'anonymous'>, User> = { trainee: mei, lead: wang, consultant: chen, admin };

describe('who may call what', () => {
  it('names every operation of the API and of people and content management', () => {
    expect(Object.keys(expected)).toEqual([...operations]);
    expect(Object.keys(allowedCallers)).toEqual([...operations]);
  });

  for (const operation of operations) {
    for (const caller of callers) {
      const may = expected[operation][caller];
      it(`${caller} ${may ? 'may' : 'may not'} ${operation}`, () => {
        expect(mayCall(caller === 'anonymous' ? undefined : signedIn[caller], operation)).toBe(may);
      });
    }
  }
});

describe('whose attempts a person may read', () => {
  const cases: [viewer: User, owner: User, may: boolean][] = [
    [mei, mei, true],
    [mei, li, false],
    [mei, wang, false],
    [wang, mei, true],
    [zhao, mei, true],
    [wang, li, false],
    [wang, zhao, false],
    [wang, wang, true],
    [chen, mei, false],
    [chen, chen, true],
    [admin, mei, true],
    [admin, wang, true],
    [admin, chen, true],
  ];
  for (const [viewer, owner, may] of cases) {
    it(`${viewer.id} (${viewer.role}) ${may ? 'may' : 'may not'} read ${owner.id}'s (${owner.role})`, () => {
      expect(mayReadAttempt(viewer, owner)).toBe(may);
    });
  }
});

describe('how much of a team’s error report a person sees', () => {
  it('per person for the team’s leads and admins, aggregated for consultants, nothing for trainees and other leads', () => {
    expect(errorReportView(wang, 'north')).toBe('per-person');
    expect(errorReportView(zhao, 'east')).toBe('per-person');
    expect(errorReportView(wang, 'south')).toBeUndefined();
    expect(errorReportView(admin, 'south')).toBe('per-person');
    expect(errorReportView(chen, 'south')).toBe('aggregate');
    expect(errorReportView(mei, 'north')).toBeUndefined();
  });
});
