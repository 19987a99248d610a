/**
 * The writer lowdb-store.crash.test.ts kills: opens the store in the given
 * folder and saves attempts from eight concurrent clients without end,
 * printing each id once its save has resolved (acknowledged, as a 201 would
 * be). stdout to a pipe is synchronous on Linux, so a printed id has left
 * the process before the next line runs.
 *
 *   node site/records/lowdb-store.crash-writer.ts <folder> <first attempt number>
 */
import { crashAttempt } from './lowdb-store.crash-attempts.ts';
import { openLowdbStore } from './lowdb-store.ts';

const [folder, first] = process.argv.slice(2);
const store = await openLowdbStore(folder);
process.stdout.write('open\n');

let next = Number(first);
await Promise.all(
  Array.from({ length: 8 }, async () => {
    for (;;) {
      const { attempt, entries } = crashAttempt(next++);
      await store.saveAttempt(attempt, entries);
      process.stdout.write(`${attempt.id}\n`);
    }
  }),
);
