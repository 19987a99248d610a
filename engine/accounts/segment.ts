import type { ProcessConfig } from '../process/config.ts';
import type { Segment } from './records.ts';

/** A by annual value from the process's A threshold, B from its B threshold, else C. */
export function segmentOf(annualValue: number, process: ProcessConfig): Segment {
  if (annualValue >= process.segments.A) return 'A';
  if (annualValue >= process.segments.B) return 'B';
  return 'C';
}
