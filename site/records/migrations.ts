/**
 * How the records document changes shape between versions of CRM Drill.
 * `migrations[0]` turns a version 1 document into version 2, the next one
 * version 2 into 3, and so on: a new version is one function appended here
 * (with the document's schema changed to the new shape), and the current
 * version follows. A document is migrated as it is read and written back in
 * the new shape with the next change.
 */

export type JsonObject = Record<string, unknown>;
export type Migration = (document: JsonObject) => JsonObject;

export const migrations: readonly Migration[] = [
  /** 1 → 2: consultants' lessons and uploaded scenarios are kept too. */
  (document) => ({ ...document, lessons: [], scenarios: [] }),
  /** 2 → 3: which attempts' xAPI statements were delivered; none yet, so a store's whole history goes out once xAPI is configured. */
  (document) => ({ ...document, xapiDelivered: [] }),
];

export const currentSchemaVersion = 1 + migrations.length;

/** Brings a document written at `version` up to the last version `list` leads to, stamping each step's version. */
export function migrate(document: JsonObject, version: number, list: readonly Migration[] = migrations): JsonObject {
  let migrated = document;
  for (let from = version; from <= list.length; from++) migrated = { ...list[from - 1](migrated), schemaVersion: from + 1 };
  return migrated;
}
