import { parseArgs } from 'node:util';
import * as v from 'valibot';
import type { SandboxEvent } from '../engine/events.ts';
import type { Result } from '../engine/result.ts';
import { recordedCommandSchema } from '../engine/scenario/record.ts';
import { finish, hintsRevealed, isFinished, revealHint, startAttempt, submit, type Attempt, type Mistake } from '../engine/scenario/runner.ts';
import en from '../site/i18n/en.json' with { type: 'json' };
import zhCN from '../site/i18n/zh-CN.json' with { type: 'json' };
import { locales, type LocaleId } from '../site/i18n/locales.ts';
import { translator, type Messages, type Translate } from '../site/i18n/translate.ts';
import { exitCodes, UsageError, type Command } from './command.ts';
import type { Io } from './io.ts';
import { loadScenarioAt } from './scenario-file.ts';

/** The site's own catalogues, so a refusal reads here as the trainee reads it. */
const catalogues: Record<LocaleId, Messages> = { en, 'zh-CN': zhCN };

const example = '{"type":"account.create","data":{"code":"C-SU-00901",…}}';

/** What the terminal shows of an attempt, in the language chosen. */
class Screen {
  readonly io: Io;
  readonly lang: LocaleId;
  readonly t: Translate;

  constructor(io: Io, lang: LocaleId) {
    this.io = io;
    this.lang = lang;
    this.t = translator(catalogues[lang]);
  }

  opening(attempt: Attempt): void {
    const { scenario, record } = attempt;
    this.io.out(`${scenario.title[this.lang]} (${scenario.id} v${scenario.version}, seed ${record.seed})`);
    this.io.out('');
    this.io.out(scenario.briefing[this.lang].trimEnd());
    this.currentStep(attempt);
  }

  currentStep(attempt: Attempt): void {
    const { scenario, step } = attempt;
    this.io.out('');
    if (isFinished(attempt)) return this.io.out('All steps done. Further commands still run in the sandbox; end the input to see the result.');
    this.io.out(`Step ${step + 1} of ${scenario.steps.length} (${scenario.steps[step].id}):`);
    this.io.out(scenario.steps[step].instruction[this.lang].trimEnd());
  }

  result(result: Result<SandboxEvent>): void {
    if (result.ok) return this.io.out(`applied: ${result.events.map((event) => event.type).join(', ') || 'no change'}`);
    const { code, field, messageKey, params } = result.rejection;
    this.io.out(`refused: ${code}${field === undefined ? '' : ` (field ${field})`}: ${this.t(messageKey, params)}`);
  }

  mistake(mistake: Mistake): void {
    const field = mistake.field === undefined ? '' : `, field ${mistake.field}`;
    this.io.out(`mistake: ${mistake.code} — ${this.t(`mistake.${mistake.code}`)} (step ${mistake.step}${field}; lesson ${mistake.lesson})`);
  }
}

function hint(attempt: Attempt, screen: Screen, offsetMs: number): Attempt {
  const next = revealHint(attempt, offsetMs);
  if (next === attempt) {
    screen.io.out('no more hints for this step');
    return attempt;
  }
  const revealed = hintsRevealed(next);
  screen.io.out(`hint ${revealed}: ${next.scenario.steps[next.step].hints[revealed - 1][screen.lang]}`);
  return next;
}

function command(attempt: Attempt, screen: Screen, line: string, offsetMs: number): Attempt {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    screen.io.err(`not JSON (${(error as Error).message}): type a command such as ${example}, or hint`);
    return attempt;
  }
  const parsed = v.safeParse(recordedCommandSchema, json);
  if (!parsed.success) {
    screen.io.err(`not a command: a command is a JSON object with a type and data, such as ${example}; or type hint`);
    return attempt;
  }
  const submitted = submit(attempt, parsed.output, offsetMs);
  screen.result(submitted.result);
  for (const mistake of submitted.mistakes) screen.mistake(mistake);
  if (submitted.completed.length > 0) {
    screen.io.out(`step done: ${submitted.completed.join(', ')}`);
    screen.currentStep(submitted.attempt);
  }
  return submitted.attempt;
}

function integer(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text)) throw new UsageError(`${name} must be a whole number, got "${text}"`);
  return Number(text);
}

function localeId(text: string): LocaleId {
  const locale = locales.find((candidate) => candidate.id.toLowerCase() === text.toLowerCase());
  if (!locale) throw new UsageError(`--lang must be one of ${locales.map((candidate) => candidate.id).join(', ')}, got "${text}"`);
  return locale.id;
}

export const play: Command = {
  name: 'play',
  summary: 'play a scenario in the terminal, commands as JSON lines',
  help: `Usage: crm-drill play FILE [--seed N] [--lang en|zh-CN]

Plays a scenario as a trainee would, for trying one out while writing it.
Prints the briefing and the current step's instruction, then reads standard
input line by line:

  ${example}
      a command, sent as the trainee: prints whether it was applied (the
      events) or refused (code, field, message), the mistakes it recorded,
      the steps it completed and the next instruction
  hint
      reveals the current step's next hint (it costs points)

At the end of the input, prints the attempt's result as JSON.

  --seed N      seed of the generated background customers (default: the scenario's fixture.seed)
  --lang LANG   language of the briefing, instructions, hints and messages: en (default) or zh-CN

Example: crm-drill play scenarios/master-data-basics.yaml < commands.jsonl`,

  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { seed: { type: 'string' }, lang: { type: 'string', default: 'en' } }, allowPositionals: true });
    if (positionals.length !== 1) throw new UsageError(`needs one scenario file, got ${positionals.length}`);
    const seed = integer('--seed', values.seed);
    const screen = new Screen(io, localeId(values.lang));
    const scenario = loadScenarioAt(io, positionals[0]);
    if (!scenario) return exitCodes.cannot;

    const started = io.now();
    let attempt = startAttempt(scenario, seed);
    screen.opening(attempt);
    for await (const input of io.stdin) {
      const line = input.trim();
      if (line === '') continue;
      io.out('');
      io.out(`> ${line}`);
      const offsetMs = io.now() - started;
      attempt = line === 'hint' ? hint(attempt, screen, offsetMs) : command(attempt, screen, line, offsetMs);
    }
    io.out('');
    io.out(JSON.stringify(finish(attempt), null, 2));
    return exitCodes.ok;
  },
};
