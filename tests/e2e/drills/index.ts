import type { Drill } from './drill.ts';
import { leadToCash } from './lead-to-cash.ts';
import { masterDataBasics } from './master-data-basics.ts';

/** Every scenario's drill; `scenarios.spec.ts` checks that none is missing. */
export const drills: Drill[] = [masterDataBasics, leadToCash];
