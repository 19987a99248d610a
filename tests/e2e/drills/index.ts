import { complaintWithinSla } from './complaint-within-sla.ts';
import type { Drill } from './drill.ts';
import { funnelHygiene } from './funnel-hygiene.ts';
import { leadToCash } from './lead-to-cash.ts';
import { masterDataBasics } from './master-data-basics.ts';
import { movingFromExcel } from './moving-from-excel.ts';

/** Every scenario's drill; `scenarios.spec.ts` checks that none is missing. */
export const drills: Drill[] = [masterDataBasics, complaintWithinSla, funnelHygiene, leadToCash, movingFromExcel];
