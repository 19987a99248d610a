import type { MistakeCode } from '../../../engine/mistakes.ts';
import type { ErrorReport, ReportDimension } from '../../records/error-report.ts';

/**
 * The error report (records/error-report.ts) turned into what the dashboard
 * draws: named lines over time, bars by code, heat-map shades. Pure, so the
 * charts and their data tables show the same numbers.
 */

/** A scenario as the dashboard names it: its title in the page's language and its steps' ids in order. */
export interface ScenarioName {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly string[];
}

export interface Names {
  readonly scenarios: readonly ScenarioName[];
  readonly code: (code: MistakeCode) => string;
  /** A step as the page's language writes it, from its scenario's title and its number. */
  readonly step: (scenario: string, number: number) => string;
}

/** How a key of a series reads: a person's or team's name, a scenario's title, `scenario/step` as the step's place in it, a code's name. */
export function keyLabel(report: Pick<ErrorReport, 'operators' | 'teams'>, names: Names, dimension: ReportDimension, key: string): string {
  switch (dimension) {
    case 'operator':
      return report.operators.find((operator) => operator.id === key)?.name ?? key;
    case 'team':
      return report.teams.find((team) => team.id === key)?.name ?? key;
    case 'scenario':
      return names.scenarios.find((scenario) => scenario.id === key)?.title ?? key;
    case 'step': {
      const [scenarioId, stepId] = key.split('/');
      const scenario = names.scenarios.find((candidate) => candidate.id === scenarioId);
      const number = scenario?.steps.indexOf(stepId) ?? -1;
      return scenario === undefined || number < 0 ? key : names.step(scenario.title, number + 1);
    }
    case 'code':
      return names.code(key as MistakeCode);
    default: {
      const _exhaustive: never = dimension;
      return _exhaustive;
    }
  }
}

export interface Line {
  readonly key: string;
  readonly label: string;
  /** The error rate per bucket, null where nothing was issued. */
  readonly rates: readonly (number | null)[];
  readonly total: number | null;
}

export interface Trend {
  /** The buckets' first days, `2026-11-02`. */
  readonly buckets: readonly string[];
  readonly lines: readonly Line[];
  /** How many lines the dimension has in all, of which `lines` are the top ones. */
  readonly of: number;
}

/** The `top` lines of a dimension with the most mistakes (the report sorts them so). */
export function trend(report: ErrorReport, names: Names, dimension: ReportDimension, top: number): Trend {
  const series = report.series[dimension];
  return {
    buckets: report.buckets.map((bucket) => bucket.key),
    lines: series.slice(0, top).map((line) => ({
      key: line.key,
      label: keyLabel(report, names, dimension, line.key),
      rates: line.points.map((point) => point.errorRate),
      total: line.total.errorRate,
    })),
    of: report.lineCounts[dimension],
  };
}

/** Colours for lines, told apart by people with the common colour-vision deficiencies (Okabe and Ito's palette, darkened for contrast on white). */
export const lineColours = ['#0b5fa5', '#c25400', '#00785a', '#b0308a', '#5a4fcf', '#8a6d00', '#333333', '#b81d1d'] as const;

/** Where the heat map's shades change: any mistake is shade 1, each floor reached adds one, up to 4. */
export const heatFloors = [0.05, 0.1, 0.2] as const;

/** Which shade a cell takes: 0 for no mistake, 1 below 5 %, up to 4 for a fifth of all commands or more. */
export function heatLevel(rate: number | null): number {
  if (rate === null || rate === 0) return 0;
  return 1 + heatFloors.filter((floor) => rate >= floor).length;
}
