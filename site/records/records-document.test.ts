import { describe, expect, it } from 'vitest';
import { exampleAttempt, exampleLesson, examplePublishedScenario, exampleTeam, exampleUser } from './examples.ts';
import { currentSchemaVersion } from './migrations.ts';
import { emptyDocument, parseDocument, serializeDocument, type RecordsDocument } from './records-document.ts';
import { StoreError } from './store.ts';

function refusal(text: string): StoreError {
  try {
    parseDocument(text);
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const document = (): RecordsDocument => ({
  schemaVersion: currentSchemaVersion,
  teams: [exampleTeam()],
  users: [exampleUser()],
  attempts: [exampleAttempt({ id: 'a1' }), exampleAttempt({ id: 'a2' })],
  lessons: [exampleLesson(), exampleLesson({ version: 2 })],
  scenarios: [examplePublishedScenario()],
  xapiDelivered: ['a2'],
});

describe('the records document', () => {
  it('reads back what it writes, one record a line', () => {
    const text = serializeDocument(document());
    expect(JSON.parse(text)).toEqual(document());
    expect(parseDocument(text)).toEqual(document());
    expect(text.split('\n')).toContain(`${JSON.stringify(exampleAttempt({ id: 'a1' }))},`);
    expect(parseDocument(serializeDocument(emptyDocument()))).toEqual(emptyDocument());
  });

  it('writes a record changed in place anew unless it is frozen', () => {
    const data = document();
    serializeDocument(data);
    data.teams[0].name = 'Renamed';
    expect(parseDocument(serializeDocument(data)).teams[0].name).toBe('Renamed');
  });

  it('refuses what is not a records document as corrupt, saying what is wrong', () => {
    expect(refusal('{"schemaVersion":1,"teams":[')).toMatchObject({ code: 'corrupt', message: expect.stringMatching(/^not valid JSON \(/) });
    expect(refusal('[]')).toMatchObject({ code: 'corrupt', message: expect.stringContaining('expected an object with schemaVersion') });
    expect(refusal('{"teams":[]}')).toMatchObject({ code: 'corrupt', field: 'schemaVersion', message: 'schemaVersion: expected a whole number from 1, received undefined' });
  });

  it('refuses a record that fails its schema, naming it', () => {
    const text = serializeDocument({ ...document(), users: [exampleUser(), { ...exampleUser({ id: 'u2', username: 'zhang.min' }), role: 'boss' as 'admin' }] });
    expect(refusal(text)).toMatchObject({ code: 'corrupt', field: 'users.1.role', message: expect.stringMatching(/^users\.1\.role: .*received "boss"/) });
  });

  it('refuses two records sharing an id or a username', () => {
    const users = serializeDocument({ ...document(), users: [exampleUser({ id: 'u1' }), exampleUser({ id: 'u2' })] });
    expect(refusal(users)).toMatchObject({ code: 'corrupt', field: 'users.1.username', message: 'users.1.username: "li.wei" is also users.0.username; it must be unique' });
    const attempts = serializeDocument({ ...document(), attempts: [exampleAttempt(), exampleAttempt()] });
    expect(refusal(attempts)).toMatchObject({ code: 'corrupt', field: 'attempts.1.id' });
  });

  it('reads a version 1 document, which had no lessons nor scenarios, as the current version', () => {
    const { lessons: _lessons, scenarios: _scenarios, xapiDelivered: _delivered, ...version1 } = { ...document(), schemaVersion: 1 };
    expect(parseDocument(JSON.stringify(version1))).toEqual({ ...document(), lessons: [], scenarios: [], xapiDelivered: [] });
  });

  it('reads a version 2 document, which kept no xAPI deliveries, as the current version with none delivered', () => {
    const { xapiDelivered: _delivered, ...version2 } = { ...document(), schemaVersion: 2 };
    expect(parseDocument(JSON.stringify(version2))).toEqual({ ...document(), xapiDelivered: [] });
  });

  it('refuses a document a newer version wrote', () => {
    expect(refusal(serializeDocument({ ...document(), schemaVersion: currentSchemaVersion + 1 }))).toMatchObject({
      code: 'newer-schema',
      message: `written by a newer CRM Drill (schema version ${currentSchemaVersion + 1}; this one reads versions up to ${currentSchemaVersion})`,
    });
  });
});
