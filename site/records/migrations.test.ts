import { describe, expect, it } from 'vitest';
import { currentSchemaVersion, migrate, type Migration } from './migrations.ts';

describe('migrate', () => {
  it('leaves a current document as it is', () => {
    expect(migrate({ schemaVersion: currentSchemaVersion, users: [] }, currentSchemaVersion)).toEqual({ schemaVersion: currentSchemaVersion, users: [] });
  });

  it('gives a version 1 document empty lessons and scenarios (version 2), then no xAPI deliveries (version 3)', () => {
    expect(migrate({ schemaVersion: 1, users: ['u1'] }, 1)).toEqual({ schemaVersion: 3, users: ['u1'], lessons: [], scenarios: [], xapiDelivered: [] });
  });

  it('gives a version 2 document an empty list of attempts delivered over xAPI (version 3)', () => {
    expect(migrate({ schemaVersion: 2, attempts: ['a1'], lessons: [] }, 2)).toEqual({ schemaVersion: 3, attempts: ['a1'], lessons: [], xapiDelivered: [] });
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
