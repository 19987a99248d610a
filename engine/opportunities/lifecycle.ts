import { setup, transition, type SnapshotFrom } from 'xstate';
import type { OpportunityField, ProcessConfig } from '../process/config.ts';
import { closedStages, requiredThrough } from './pipeline.ts';

/**
 * A deal moves through the company's own pipeline stages, then ends won or
 * lost. It may skip stages going forward, but only with every field the
 * target stage and the stages before it require; it may fall back to any
 * earlier stage; it may be won only with every stage's fields. A closed deal
 * does not move. The machine is built from the process's pipeline.
 */
export type OpportunityLifecycleEvent =
  /** `filled`: the deal's fields that hold something, for the guards to check. */
  | { type: 'move'; stage: string; filled: ReadonlySet<OpportunityField> }
  | { type: 'win'; filled: ReadonlySet<OpportunityField> }
  | { type: 'lose' };

interface Requirement {
  readonly requires: readonly OpportunityField[];
}

const filledAll = (event: OpportunityLifecycleEvent, { requires }: Requirement): boolean =>
  event.type !== 'lose' && requires.every((field) => event.filled.has(field));

const opportunitySetup = setup({
  types: { events: {} as OpportunityLifecycleEvent },
  guards: {
    /** The move is to `stage`, and the deal has every field entering it needs (none, going back). */
    entersStage: ({ event }, params: Requirement & { readonly stage: string }) =>
      event.type === 'move' && event.stage === params.stage && filledAll(event, params),
    /** The deal has every field the whole pipeline requires. */
    hasFields: ({ event }, params: Requirement) => filledAll(event, params),
  },
});

type Pipeline = ProcessConfig['pipeline'];

function createLifecycle({ stages }: Pipeline) {
  const everything = requiredThrough(stages, stages.length - 1);
  const open = stages.map((stage, index) => [
    stage.id,
    {
      on: {
        move: stages.flatMap((target, to) =>
          to === index
            ? []
            : [{ target: target.id, guard: { type: 'entersStage' as const, params: { stage: target.id, requires: to > index ? requiredThrough(stages, to) : [] } } }],
        ),
        win: { target: 'won', guard: { type: 'hasFields' as const, params: { requires: everything } } },
        lose: { target: 'lost' },
      },
    },
  ]);
  const closed = closedStages.map((stage) => [stage, { type: 'final' as const }]);
  return opportunitySetup.createMachine({ id: 'opportunity', initial: stages[0].id, states: Object.fromEntries([...open, ...closed]) });
}

type OpportunityLifecycle = ReturnType<typeof createLifecycle>;

interface Built {
  readonly machine: OpportunityLifecycle;
  /** Resolved once per stage: snapshots are immutable, and resolving is most of a transition's cost. */
  readonly snapshots: ReadonlyMap<string, SnapshotFrom<OpportunityLifecycle>>;
}

/** One machine per pipeline object: a sandbox's process never changes, and replay asks thousands of times. */
const built = new WeakMap<Pipeline, Built>();

export function opportunityLifecycle(pipeline: Pipeline): OpportunityLifecycle {
  return builtFor(pipeline).machine;
}

function builtFor(pipeline: Pipeline): Built {
  const known = built.get(pipeline);
  if (known) return known;
  const machine = createLifecycle(pipeline);
  const stages = [...pipeline.stages.map((stage) => stage.id), ...closedStages];
  const fresh = { machine, snapshots: new Map(stages.map((stage) => [stage, machine.resolveState({ value: stage })])) };
  built.set(pipeline, fresh);
  return fresh;
}

/** The stage after the event, or undefined when the pipeline does not allow it from `stage`. */
export function nextOpportunityStage(pipeline: Pipeline, stage: string, event: OpportunityLifecycleEvent): string | undefined {
  const { machine, snapshots } = builtFor(pipeline);
  const snapshot = snapshots.get(stage);
  if (!snapshot?.can(event)) return undefined;
  const [next] = transition(machine, snapshot, event);
  // A flat machine: the value is the stage id.
  return String(next.value);
}
