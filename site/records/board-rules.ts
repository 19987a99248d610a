import type { MessageKey } from '../i18n/translate.ts';
import type { BoardMetric } from './board-metrics.ts';
import type { BoardScope } from './board-ranking.ts';
import type { PeriodKind } from './periods.ts';

/**
 * What counts on a board, in words a trainee reads on the board's page, in
 * both languages. The code that counts is board-metrics.ts and
 * leaderboard.ts; a change there is a change here, so the page never
 * promises what the board does not do.
 */

/** Commands a person's counted runs must hold before their accuracy or improvement is ranked: a lucky short run does not top the board. */
export const boardMinCommands = 30;

/** Share of a team's trainees who must qualify before the team is ranked on a rate (accuracy, improvement). */
export const teamQuorum = 0.5;

export const countingRules = {
  /** True of every board. */
  general: ['board.rule.trainees', 'board.rule.completedOnly', 'board.rule.once', 'board.rule.bestPerVersion', 'board.rule.versions', 'board.rule.ties'],
  /** What the metric counts. */
  metric: {
    score: 'board.rule.score',
    accuracy: 'board.rule.accuracy',
    completed: 'board.rule.completed',
    improved: 'board.rule.improved',
  },
  period: {
    week: 'board.rule.period.week',
    month: 'board.rule.period.month',
    all: 'board.rule.period.all',
  },
  /** How a team's row is made from its members'. Totals are averaged over every trainee; rates over those who qualify. */
  team: {
    score: 'board.rule.team.everyone',
    completed: 'board.rule.team.everyone',
    accuracy: 'board.rule.team.quorum',
    improved: 'board.rule.team.quorum',
  },
  /** Shown when the board shows only the places around the viewer's own. */
  neighbours: 'board.rule.neighbours',
} as const satisfies {
  general: readonly MessageKey[];
  metric: Record<BoardMetric, MessageKey>;
  period: Record<PeriodKind, MessageKey>;
  team: Record<BoardMetric, MessageKey>;
  neighbours: MessageKey;
};

/** Names of the board's choices, for its tabs and headings. */
export const boardLabels = {
  scope: { individual: 'board.scope.individual', team: 'board.scope.team' },
  metric: { score: 'board.metric.score', accuracy: 'board.metric.accuracy', completed: 'board.metric.completed', improved: 'board.metric.improved' },
  period: { week: 'board.period.week', month: 'board.period.month', all: 'board.period.all' },
  /** Beside the viewer's own row. */
  you: 'board.you',
} as const satisfies {
  scope: Record<BoardScope, MessageKey>;
  metric: Record<BoardMetric, MessageKey>;
  period: Record<PeriodKind, MessageKey>;
  you: MessageKey;
};

/** A rule as the page prints it: `t(key, params)`. */
export interface RuleText {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, number>>;
}

export interface RulesQuery {
  readonly scope: BoardScope;
  readonly period: PeriodKind;
  readonly metric: BoardMetric;
  readonly minCommands: number;
  readonly neighbours?: number;
}

/** The rules of one board, in the order a reader needs them: the period, what the metric counts, how teams add up, then what holds everywhere. */
export function countingRulesFor({ scope, period, metric, minCommands, neighbours }: RulesQuery): RuleText[] {
  const rule = (key: MessageKey, params: RuleText['params'] = {}): RuleText => ({ key, params });
  return [
    rule(countingRules.period[period]),
    rule(countingRules.metric[metric], { minCommands }),
    ...(scope === 'team' ? [rule(countingRules.team[metric], { quorum: Math.round(teamQuorum * 100) })] : []),
    ...(neighbours === undefined ? [] : [rule(countingRules.neighbours, { neighbours })]),
    ...countingRules.general.map((key) => rule(key)),
  ];
}
