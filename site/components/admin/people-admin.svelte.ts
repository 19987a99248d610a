import type { publicUser } from '../../auth/sign-in.ts';
import { loadJson, send, type Loaded, type Sent } from '../../lib/api-client.ts';
import { loadSessionFor } from '../../lib/session-for.ts';
import type { PlatformRole, Team } from '../../records/schema.ts';
import type { RowProblem } from '../../server/user-import.ts';

export type Person = ReturnType<typeof publicUser>;

/** The people and teams as the admin manages them. */
export interface People {
  readonly teams: readonly Team[];
  readonly users: readonly Person[];
}

export interface NewUser {
  readonly username: string;
  readonly name: string;
  readonly displayName?: string;
  readonly role: PlatformRole;
  readonly teamIds: readonly string[];
  readonly password: string;
}

/** One person of an import's answer: their line in the file and where their password came from; a made one comes back once, on the import itself. */
export interface ImportedPerson {
  readonly line: number;
  readonly user: Person;
  readonly password: 'given' | 'generated';
  readonly oneTimePassword?: string;
}

export interface ImportAnswer {
  readonly users: readonly ImportedPerson[];
}

/** The import's refusal carries every bad row. */
export function problemRows(sent: Sent<unknown>): readonly RowProblem[] | undefined {
  return !sent.ok && sent.error?.code === 'import.rows-invalid' ? (sent.error.rows as readonly RowProblem[]) : undefined;
}

/**
 * The admin's people screens' state: who is signed in (only an admin gets
 * further), the teams and people, and the changes sent with the session's
 * CSRF token; each change that stores something reloads the lists.
 */
export class PeopleAdmin {
  #people: Loaded<People> = $state({ status: 'loading' });
  #csrfToken = '';

  get people(): Loaded<People> {
    return this.#people;
  }

  async open(): Promise<void> {
    const session = await loadSessionFor('people.read');
    if (session.status !== 'ready') {
      this.#people = session;
      return;
    }
    this.#csrfToken = session.data.csrfToken;
    await this.reload();
  }

  async reload(): Promise<void> {
    const [teams, users] = await Promise.all([loadJson<{ teams: Team[] }>('/api/teams'), loadJson<{ users: Person[] }>('/api/users')]);
    if (teams.status !== 'ready') this.#people = teams;
    else if (users.status !== 'ready') this.#people = users;
    else this.#people = { status: 'ready', data: { teams: teams.data.teams, users: users.data.users } };
  }

  createTeam(team: Team): Promise<Sent<{ team: Team }>> {
    return this.#change('POST', '/api/teams', team);
  }

  createUser(user: NewUser): Promise<Sent<{ user: Person }>> {
    return this.#change('POST', '/api/users', user);
  }

  resetPassword(id: string, password: string): Promise<Sent<undefined>> {
    return send('PUT', `/api/users/${encodeURIComponent(id)}/password`, { password }, this.#csrfToken);
  }

  /** A dry run changes nothing, so the lists are not asked again. */
  importUsers(csv: string, dryRun: boolean): Promise<Sent<ImportAnswer>> {
    return dryRun ? send('POST', '/api/users/import', { csv, dryRun }, this.#csrfToken) : this.#change('POST', '/api/users/import', { csv });
  }

  async #change<T>(method: 'POST', url: string, body: unknown): Promise<Sent<T>> {
    const sent = await send<T>(method, url, body, this.#csrfToken);
    if (sent.ok) await this.reload();
    return sent;
  }
}
