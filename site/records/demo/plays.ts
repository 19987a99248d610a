import type { Attempt } from '../../../engine/scenario/runner.ts';
import { complaintWithinSlaPlay } from './plays/complaint-within-sla.ts';
import { funnelHygienePlay } from './plays/funnel-hygiene.ts';
import { leadToCash } from './plays/lead-to-cash.ts';
import { masterDataBasics } from './plays/master-data-basics.ts';
import type { ScenarioPlay } from './plays/move.ts';
import { movingFromExcelPlay } from './plays/moving-from-excel.ts';

/**
 * The scripted play of each scenario, by scenario id: made from the started
 * attempt, because some plays name records of the background sandbox.
 */
export const plays: Readonly<Record<string, (started: Attempt) => ScenarioPlay>> = {
  'master-data-basics': () => masterDataBasics,
  'complaint-within-sla': (started) => complaintWithinSlaPlay(started).play,
  'moving-from-excel': (started) => movingFromExcelPlay(started).play,
  'funnel-hygiene': (started) => funnelHygienePlay(started).play,
  'lead-to-cash': () => leadToCash,
};
