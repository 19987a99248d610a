import type { SandboxEvent } from './events.ts';
import type { SandboxState } from './records.ts';

/** The sandbox after one event. Pure: the same state and event always give the same result. */
export function evolve(state: SandboxState, event: SandboxEvent): SandboxState {
  switch (event.type) {
    case 'account.created': {
      const { account } = event.data;
      return { ...state, accounts: { ...state.accounts, [account.code]: account } };
    }
    case 'account.statusChanged': {
      const account = state.accounts[event.data.code];
      return { ...state, accounts: { ...state.accounts, [account.code]: { ...account, status: event.data.to } } };
    }
    case 'contact.created': {
      const { contact } = event.data;
      return { ...state, contacts: { ...state.contacts, [contact.id]: contact }, nextContact: state.nextContact + 1 };
    }
    case 'clock.advanced':
      return { ...state, now: event.data.to };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
