import { describe, expect, it } from 'vitest';
import { currentSchemaVersion, migrate, type Migration } from './migrations.ts';

describe('migrate', () => {
  it('is at version 1 before any migration exists', () => {
    expect(currentSchemaVersion).toBe(1);
    expect(migrate({ schemaVersion: 1, users: [] }, 1)).toEqual({ schemaVersion: 1, users: [] });
  });

  it('runs the migrations from the document version on, stamping each version', () => {
    const steps: Migration[] = [
      ({ users, ...rest }) => ({ ...rest, people: users }),
      (document) => ({ ...document, teams: [] }),
    ];
    expect(migrate({ schemaVersion: 1, users: ['u1'] }, 1, steps)).toEqual({ schemaVersion: 3, people: ['u1'], teams: [] });
    expect(migrate({ schemaVersion: 2, people: ['u1'] }, 2, steps)).toEqual({ schemaVersion: 3, people: ['u1'], teams: [] });
  });
});
