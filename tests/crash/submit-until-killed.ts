import type { BuiltServer } from '../../bench/built-server.ts';

/**
 * Trainees submitting attempts to a server that is killed under them: a few
 * clients, each sending its next submission as soon as the last is
 * answered, and a SIGKILL once the server has acknowledged a given number of
 * them and a few milliseconds more, so the kill falls at another moment of
 * the server's work each time: a replay, a log append, a document rewrite,
 * an fsync, an answer on its way.
 */

export interface KillPlan {
  /** Acknowledgements (201) to wait for before the kill; 0 kills as the first submissions arrive. */
  readonly afterAcknowledged: number;
  /** Then this long, in milliseconds. */
  readonly thenMs: number;
}

export interface SubmissionLoad {
  /** Sends submission n. */
  readonly submit: (n: number) => Promise<Response>;
  /** The next submission's number: each is sent once, with an attempt id of its own. */
  readonly next: () => number;
  /** Submissions under way at once. */
  readonly clients: number;
  readonly plan: KillPlan;
}

export interface LoadOutcome {
  /** Answered 201: the server said it kept them. */
  readonly acknowledged: number[];
  /** Sent but never answered (under way at the kill, or sent after it): kept or not, nobody was told. */
  readonly unanswered: number[];
  /** Answers other than 201, as `n: status body`: none is expected. */
  readonly refused: string[];
}

export async function submitUntilKilled(server: BuiltServer, { submit, next, clients, plan }: SubmissionLoad): Promise<LoadOutcome> {
  const acknowledged: number[] = [];
  const unanswered: number[] = [];
  const refused: string[] = [];
  let killed = false;
  let killing: Promise<void> | undefined;
  const killSoon = () => {
    killing ??= new Promise((resolve) => setTimeout(resolve, plan.thenMs)).then(() => {
      killed = true;
      return server.kill();
    });
  };

  const client = async () => {
    while (!killed) {
      const n = next();
      let response: Response;
      try {
        response = await submit(n);
      } catch {
        unanswered.push(n);
        return;
      }
      if (response.status !== 201) {
        refused.push(`${n}: ${response.status} ${await response.text().catch(() => '')}`);
        return;
      }
      acknowledged.push(n);
      // The body may be cut off by the kill; the status was the acknowledgement.
      await response.arrayBuffer().catch(() => undefined);
      if (acknowledged.length >= plan.afterAcknowledged) killSoon();
    }
  };

  if (plan.afterAcknowledged === 0) killSoon();
  await Promise.all(Array.from({ length: clients }, client));
  await killing;
  return { acknowledged, unanswered, refused };
}
