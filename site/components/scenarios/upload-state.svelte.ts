import type { Problem } from '../../../engine/scenario/file.ts';
import { loadJson, send, type Loaded } from '../../lib/api-client.ts';
import { loadSessionFor, type Session } from '../../lib/session-for.ts';
import type { ScenarioSummary } from '../../server/scenario-source.ts';

/** One card of `GET /api/scenarios`. */
export interface PublishedCard extends ScenarioSummary {
  readonly versions: readonly number[];
  readonly publishedBy: { readonly id: string; readonly name: string };
  readonly publishedAt: string;
}

/** Where the file on the page stands with the server: not sent yet, being checked or published, or its answer. */
export type Verdict =
  | { readonly status: 'unchecked' }
  | { readonly status: 'busy'; readonly publishing: boolean }
  | { readonly status: 'valid'; readonly scenario: ScenarioSummary }
  | { readonly status: 'published'; readonly scenario: ScenarioSummary }
  | { readonly status: 'invalid'; readonly problems: readonly Problem[] }
  /** Refused as a whole (a version already published, the session ended, no server): the server's reason. */
  | { readonly status: 'refused'; readonly message: string };

/**
 * The upload page's state: who is signed in (only consultants and admins
 * may publish), the file's name and text, what the server said of it, and
 * the published scenarios. Any change to the text makes the verdict stale,
 * so a file is published only as it was checked.
 */
export class ScenarioUpload {
  session: Loaded<Session> = $state({ status: 'loading' });
  published: Loaded<{ scenarios: readonly PublishedCard[] }> = $state({ status: 'loading' });
  #fileName: string | undefined = $state();
  #source = $state('');
  verdict: Verdict = $state({ status: 'unchecked' });

  get fileName(): string | undefined {
    return this.#fileName;
  }

  get source(): string {
    return this.#source;
  }

  /** Edited or pasted text: checked again before it can be published. */
  set source(text: string) {
    this.#source = text;
    this.verdict = { status: 'unchecked' };
  }

  /** A chosen or dropped file: its name is checked against its id, as in scenarios/. */
  useFile(name: string, text: string): void {
    this.#fileName = name;
    this.source = text;
  }

  clear(): void {
    this.#fileName = undefined;
    this.source = '';
  }

  async start(): Promise<void> {
    this.session = await loadSessionFor('scenario.edit');
    if (this.session.status === 'ready') await this.loadPublished();
  }

  async loadPublished(): Promise<void> {
    this.published = await loadJson('/api/scenarios');
  }

  /** Sends the text to be checked (`dryRun`) or published; the answer becomes the verdict. */
  async send(dryRun: boolean): Promise<void> {
    if (this.session.status !== 'ready' || this.#source.trim() === '') return;
    const sent = this.#source;
    this.verdict = { status: 'busy', publishing: !dryRun };
    const verdict = await post(this.session.data.csrfToken, { fileName: this.#fileName, source: sent, dryRun });
    // An edit made while the server answered makes the answer stale: the page stays unchecked.
    if (sent !== this.#source) return;
    this.verdict = verdict;
    if (verdict.status === 'published') await this.loadPublished();
  }
}

async function post(csrfToken: string, body: { fileName?: string; source: string; dryRun: boolean }): Promise<Verdict> {
  const answer = await send<{ scenario: ScenarioSummary }>('POST', '/api/scenarios', body, csrfToken);
  if (answer.ok) return { status: body.dryRun ? 'valid' : 'published', scenario: answer.data.scenario };
  if (answer.error?.problems) return { status: 'invalid', problems: answer.error.problems };
  return { status: 'refused', message: answer.error?.message ?? (answer.status === 0 ? 'The server could not be reached.' : `HTTP ${answer.status}`) };
}
