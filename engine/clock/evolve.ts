import type { Evolvers } from '../module.ts';
import type { ClockEvent } from './events.ts';

export const clockEvolvers: Evolvers<ClockEvent> = {
  'clock.advanced': (draft, { to }) => draft.setClock(to),
};
