import type { APIRoute } from 'astro';
import * as v from 'valibot';
import { guard } from '../../../auth/guard.ts';
import { errorResponse } from '../../../auth/http-errors.ts';
import { oneTimePassword } from '../../../auth/one-time-password.ts';
import { hashPassword } from '../../../auth/password.ts';
import { readJsonAs } from '../../../auth/request-body.ts';
import { publicUser } from '../../../auth/sign-in.ts';
import type { User } from '../../../records/schema.ts';
import { serverContext } from '../../../server/context.ts';
import { json } from '../../../server/json.ts';
import { storeRefusal } from '../../../server/store-refusal.ts';
import { importLimits, readUserImport, type ImportRow, type RowProblem } from '../../../server/user-import.ts';

export const prerender = false;

const importSchema = v.strictObject({
  /** The file's text: comma- or tab-separated, a header row first (server/user-import.ts). */
  csv: v.string(),
  /** Check and answer what would be created, storing nothing. */
  dryRun: v.optional(v.boolean(), false),
});

/** One person of the answer: their line in the file, and whether the file gave their password or the server made one. */
function entry(row: ImportRow, user: ReturnType<typeof publicUser>) {
  return { line: row.line, user, password: row.password === undefined ? 'generated' : 'given' };
}

function refusedRows(problems: readonly RowProblem[]): Response {
  const lines = new Set(problems.map((problem) => problem.line)).size;
  return errorResponse({ code: 'import.rows-invalid', message: `${problems.length} problem(s) on ${lines} line(s) of the file; nobody was imported.`, rows: problems });
}

/**
 * `{ csv, dryRun? }`: people from a CSV file, all or none. Every row is
 * checked first (422 with each bad row by line and field); with `dryRun`,
 * 200 with who would be created; otherwise 201 with who was, and the
 * one-time password made for each row that had none, shown this once.
 * Over 500 people, 413: each password takes a third of a second to hash.
 */
export const POST: APIRoute = async ({ request }) => {
  const { store, sessions, now } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'user.import');
  if (!guarded.ok) return errorResponse(guarded.error);
  const body = await readJsonAs(request, importSchema);
  if (!body.ok) return errorResponse(body.error);

  const [teams, users] = await Promise.all([store.teams(), store.users()]);
  const outcome = readUserImport(body.value.csv, { teams, takenUsernames: new Set(users.map((user) => user.username)) });
  if (outcome.kind === 'too-many') {
    return errorResponse({ code: 'request.too-large', message: `The file has ${outcome.rows} people; at most ${importLimits.rows} are imported at once: split it.`, field: 'csv' });
  }
  if (outcome.kind === 'invalid') return refusedRows(outcome.problems);

  const people = outcome.rows.map(({ line: _line, password: _password, ...person }) => ({ ...person, teamIds: [...person.teamIds], id: `u-${person.username}` }));
  if (body.value.dryRun) return json({ dryRun: true, users: outcome.rows.map((row, index) => entry(row, people[index])) });

  const createdAt = now().toISOString();
  const passwords = outcome.rows.map((row) => row.password ?? oneTimePassword());
  const hashes = await Promise.all(passwords.map((password) => hashPassword(password)));
  const toCreate: User[] = hashes.map((hashed, index) => {
    // Every password was checked with the rows, and a made one is long enough: a refusal here is a bug, not the admin's mistake.
    if (!hashed.ok) throw new Error(`Line ${outcome.rows[index].line}: a checked password was refused: ${hashed.refusal.message}`);
    return { ...people[index], createdAt, passwordHash: hashed.hash };
  });
  try {
    const created = await store.createUsers(toCreate);
    return json(
      {
        users: outcome.rows.map((row, index) => ({
          ...entry(row, publicUser(created[index])),
          ...(row.password === undefined ? { oneTimePassword: passwords[index] } : {}),
        })),
      },
      201,
    );
  } catch (error) {
    return errorResponse(storeRefusal(error));
  }
};
