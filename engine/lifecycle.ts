import { transition, type AnyStateMachine } from 'xstate';

/**
 * The moves of a lifecycle machine without context, as a function: the
 * status after an event, or undefined when the machine does not allow the
 * event from that status. Such a machine's answer depends only on the
 * status and the event — its type, or what `eventKey` says a guard reads —
 * so each pair is worked out once with the pure `transition()`: a replay
 * asks thousands of times.
 */
export function movesOf<Status extends string, Event extends { readonly type: string }>(
  machine: AnyStateMachine,
  eventKey: (event: Event) => string = (event) => event.type,
): (status: Status, event: Event) => Status | undefined {
  const answers = new Map<string, Status | undefined>();
  return (status, event) => {
    const key = `${status}/${eventKey(event)}`;
    if (!answers.has(key)) {
      const snapshot = machine.resolveState({ value: status, context: undefined });
      answers.set(key, snapshot.can(event) ? (transition(machine, snapshot, event)[0].value as Status) : undefined);
    }
    return answers.get(key);
  };
}
