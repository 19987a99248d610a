import Papa from 'papaparse';
import * as v from 'valibot';
import { checkNewPassword } from '../auth/password.ts';
import { catalogues } from '../i18n/catalogues.ts';
import { platformRoles, userSchema, type PlatformRole, type Team } from '../records/schema.ts';

/**
 * People from a CSV file, as an admin exports them from a spreadsheet: the
 * file read and every row checked before anything is stored, so the answer
 * lists every problem at once, by line and column, and an import with one
 * bad row stores nobody. Pure: no store, no clock, no randomness (a missing
 * password is made by the route, after this).
 */

/** The columns, by what the site calls them. `username`, `name` and `role` are required; the others may be left out. */
export const importColumns = ['username', 'name', 'role', 'teams', 'password', 'displayName'] as const;
export type ImportColumn = (typeof importColumns)[number];

const requiredColumns: readonly ImportColumn[] = ['username', 'name', 'role'];

/** The headers each column is recognised by, compared without case, spaces, dashes or underscores. */
const headerNames: { readonly [column in ImportColumn]: readonly string[] } = {
  username: ['username', '用户名', '账号'],
  name: ['name', '姓名'],
  role: ['role', '角色'],
  teams: ['teams', 'team', '团队'],
  password: ['password', '密码'],
  displayName: ['displayname', '显示名', '显示名称', '昵称'],
};

export const importLimits = {
  /** Rows of people in one file: each new password takes about a third of a second to hash, two at a time, so 500 take about a minute and a half. */
  rows: 500,
} as const;

/** Where a file goes wrong, as the admin reads it: the line (the header is line 1) and the column, with a code the page translates. */
export interface RowProblem {
  readonly line: number;
  /** The column; `file` for the file as a whole. */
  readonly field: ImportColumn | 'file';
  readonly code: RowProblemCode;
  /** What the cell or header held, when that is what is wrong. */
  readonly value?: string;
  /** For a username that comes twice: the line it came on first. */
  readonly firstLine?: number;
  /** In English, for logs and curl. */
  readonly message: string;
}

export const rowProblemCodes = [
  'file.empty',
  'file.quotes',
  'column.missing',
  'column.unknown',
  'column.twice',
  'row.cells',
  'value.missing',
  'value.too-long',
  'username.format',
  'username.twice',
  'username.taken',
  'role.unknown',
  'team.unknown',
  'password.length',
] as const;
export type RowProblemCode = (typeof rowProblemCodes)[number];

/** A person to create, from one line of the file. */
export interface ImportRow {
  readonly line: number;
  readonly username: string;
  readonly name: string;
  readonly displayName?: string;
  readonly role: PlatformRole;
  readonly teamIds: readonly string[];
  /** Absent when the cell was empty: the route makes a one-time password. */
  readonly password?: string;
}

/** What the rows are checked against: the company as it is now. */
export interface ImportContext {
  readonly teams: readonly Team[];
  /** Usernames already taken, lower-cased. */
  readonly takenUsernames: ReadonlySet<string>;
}

export type ImportOutcome =
  | { readonly kind: 'ready'; readonly rows: readonly ImportRow[] }
  | { readonly kind: 'invalid'; readonly problems: readonly RowProblem[] }
  | { readonly kind: 'too-many'; readonly rows: number };

interface Line {
  readonly line: number;
  readonly cells: readonly string[];
}

const headerKey = (header: string) => header.trim().toLowerCase().replace(/[\s_-]+/g, '');

/** Role ids and their names in every catalogue ("team lead", 主管), lower-cased, each to its role. */
const roleNames = new Map<string, PlatformRole>(
  platformRoles.flatMap((role) => [role, ...Object.values(catalogues).map((messages) => messages[`user.role.${role}`])].map((name) => [name.trim().toLowerCase(), role] as const)),
);

/** The file's lines that hold something, each with its line number (a quoted cell may span lines), or where a quote is left open. */
function readLines(csv: string): { readonly lines: Line[]; readonly openQuote?: number } {
  const text = csv.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines: Line[] = [];
  let start = 0;
  let line = 1;
  let openQuote: number | undefined;
  // Tab or comma only: `;` and `|` separate teams inside a cell.
  Papa.parse<string[]>(text, {
    delimitersToGuess: [',', '\t'],
    step: (result) => {
      if (openQuote === undefined && result.errors.some((error) => error.type === 'Quotes')) openQuote = line;
      if (result.data.some((cell) => cell.trim() !== '')) lines.push({ line, cells: result.data });
      for (let at = start; at < result.meta.cursor; at++) if (text[at] === '\n') line++;
      start = result.meta.cursor;
    },
  });
  return { lines, openQuote };
}

/** Which column each header names; problems for unknown, repeated and missing ones. */
function readHeader(header: Line): { readonly columns: (ImportColumn | undefined)[]; readonly problems: RowProblem[] } {
  const { line } = header;
  const problems: RowProblem[] = [];
  const seen = new Set<ImportColumn>();
  const columns = header.cells.map((cell) => {
    const column = importColumns.find((name) => headerNames[name].includes(headerKey(cell)));
    if (column === undefined) {
      if (cell.trim() !== '') problems.push({ line, field: 'file', code: 'column.unknown', value: cell, message: `The column "${cell}" is not one of: ${importColumns.join(', ')}.` });
      return undefined;
    }
    if (seen.has(column)) problems.push({ line, field: column, code: 'column.twice', value: cell, message: `The column ${column} comes twice.` });
    seen.add(column);
    return column;
  });
  for (const column of requiredColumns) {
    if (!seen.has(column)) problems.push({ line, field: column, code: 'column.missing', message: `The column ${column} is missing; expected a header row with at least ${requiredColumns.join(', ')}.` });
  }
  return { columns, problems };
}

type Checked<T> = { readonly value: T } | { readonly problem: Omit<RowProblem, 'line' | 'field'> };

function checkText(schema: v.GenericSchema<string, string>, cell: string, max: number): Checked<string> {
  const parsed = v.safeParse(schema, cell);
  if (parsed.success) return { value: parsed.output };
  if (cell.trim() === '') return { problem: { code: 'value.missing', message: 'It is empty.' } };
  return { problem: { code: 'value.too-long', value: cell, message: `It has ${[...cell.trim()].length} characters; at most ${max} are accepted.` } };
}

function checkUsername(cell: string): Checked<string> {
  const parsed = v.safeParse(userSchema.entries.username, cell);
  if (parsed.success) return { value: parsed.output };
  if (cell.trim() === '') return { problem: { code: 'value.missing', message: 'It is empty.' } };
  return { problem: { code: 'username.format', value: cell, message: `"${cell}" is not a username: expected 2 to 64 lower-case letters, digits, dots, dashes or underscores.` } };
}

function checkRole(cell: string): Checked<PlatformRole> {
  if (cell.trim() === '') return { problem: { code: 'value.missing', message: 'It is empty.' } };
  const role = roleNames.get(cell.trim().toLowerCase());
  return role === undefined ? { problem: { code: 'role.unknown', value: cell, message: `"${cell}" is not a role: expected one of ${platformRoles.join(', ')}.` } } : { value: role };
}

function checkTeams(cell: string, teams: readonly Team[]): Checked<string[]> {
  const ids: string[] = [];
  for (const wanted of cell.split(/[;|]/).map((part) => part.trim()).filter((part) => part !== '')) {
    const team = teams.find((candidate) => candidate.id === wanted) ?? teams.find((candidate) => candidate.name === wanted);
    if (team === undefined) return { problem: { code: 'team.unknown', value: wanted, message: `There is no team "${wanted}": expected a team's id or name, several separated by ; or |.` } };
    if (!ids.includes(team.id)) ids.push(team.id);
  }
  return { value: ids };
}

function checkPassword(cell: string): Checked<string | undefined> {
  if (cell.trim() === '') return { value: undefined };
  const refusal = checkNewPassword(cell);
  return refusal === undefined ? { value: cell } : { problem: { code: 'password.length', message: refusal.message } };
}

/** One line as a person, or its problems; `firstLines` holds the line each username was first seen on. */
function readRow(line: Line, columns: readonly (ImportColumn | undefined)[], context: ImportContext, firstLines: Map<string, number>): ImportRow | RowProblem[] {
  const problems: RowProblem[] = [];
  if (line.cells.length > columns.length) {
    problems.push({ line: line.line, field: 'file', code: 'row.cells', value: String(line.cells.length), message: `The line has ${line.cells.length} cells; the header has ${columns.length} columns.` });
  }
  const cell = (column: ImportColumn) => {
    const index = columns.indexOf(column);
    return index === -1 ? '' : (line.cells[index] ?? '');
  };
  function take<T>(field: ImportColumn, checked: Checked<T>): T | undefined {
    if ('value' in checked) return checked.value;
    problems.push({ line: line.line, field, ...checked.problem });
    return undefined;
  }

  let username = take('username', checkUsername(cell('username')));
  if (username !== undefined && context.takenUsernames.has(username)) {
    problems.push({ line: line.line, field: 'username', code: 'username.taken', value: username, message: `The username "${username}" is taken by someone already on record.` });
    username = undefined;
  } else if (username !== undefined && firstLines.has(username)) {
    const first = firstLines.get(username)!;
    problems.push({ line: line.line, field: 'username', code: 'username.twice', value: username, firstLine: first, message: `The username "${username}" is on line ${first} already.` });
    username = undefined;
  } else if (username !== undefined) {
    firstLines.set(username, line.line);
  }
  const name = take('name', checkText(userSchema.entries.name, cell('name'), 100));
  const displayCell = cell('displayName');
  const displayName = displayCell.trim() === '' ? undefined : take('displayName', checkText(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40)), displayCell, 40));
  const role = take('role', checkRole(cell('role')));
  const teamIds = take('teams', checkTeams(cell('teams'), context.teams));
  const password = take('password', checkPassword(cell('password')));
  if (problems.length > 0 || username === undefined || name === undefined || role === undefined || teamIds === undefined) return problems;
  return { line: line.line, username, name, role, teamIds, ...(displayName === undefined ? {} : { displayName }), ...(password === undefined ? {} : { password }) };
}

/** The people in a CSV file (comma- or tab-separated, UTF-8, a header row first), or every problem it has. */
export function readUserImport(csv: string, context: ImportContext): ImportOutcome {
  const { lines, openQuote } = readLines(csv);
  if (openQuote !== undefined) return { kind: 'invalid', problems: [{ line: openQuote, field: 'file', code: 'file.quotes', message: `A quote opened on line ${openQuote} is never closed, so the rest of the file would be one cell.` }] };
  const [header, ...body] = lines;
  if (header === undefined || body.length === 0) return { kind: 'invalid', problems: [{ line: 1, field: 'file', code: 'file.empty', message: 'The file has no people: expected a header row, then one line per person.' }] };
  if (body.length > importLimits.rows) return { kind: 'too-many', rows: body.length };

  const { columns, problems } = readHeader(header);
  if (problems.length > 0) return { kind: 'invalid', problems };
  const firstLines = new Map<string, number>();
  const rows: ImportRow[] = [];
  for (const line of body) {
    const read = readRow(line, columns, context, firstLines);
    if (Array.isArray(read)) problems.push(...read);
    else rows.push(read);
  }
  return problems.length > 0 ? { kind: 'invalid', problems } : { kind: 'ready', rows };
}
