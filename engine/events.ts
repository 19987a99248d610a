import type { Account, Contact } from './records.ts';
import type { AccountStatus } from './account-lifecycle.ts';
import type { CommandMeta } from './commands.ts';

/** What happened in the sandbox, in the past tense. Replay folds these. */
export type SandboxEvent = (
  | { readonly type: 'account.created'; readonly data: { readonly account: Account } }
  | {
      readonly type: 'account.statusChanged';
      readonly data: { readonly code: string; readonly from: AccountStatus; readonly to: AccountStatus };
    }
  | { readonly type: 'contact.created'; readonly data: { readonly contact: Contact } }
  | { readonly type: 'clock.advanced'; readonly data: { readonly to: number } }
) & { readonly meta: CommandMeta };

export type SandboxEventType = SandboxEvent['type'];
