import { describe, expect, it } from 'vitest';
import en from '../../../i18n/en.json' with { type: 'json' };
import zhCN from '../../../i18n/zh-CN.json' with { type: 'json' };
import { translator } from '../../../i18n/translate.ts';
import { rejectionText } from './rejection.ts';

describe('rejectionText', () => {
  const refusal = { messageKey: 'rejection.permission.role', params: { role: 'trainee', required: 'lead, admin' } } as const;

  it('names the roles in the reader’s language, not as the engine’s codes', () => {
    expect(rejectionText(translator(en), refusal)).toBe('Your role (trainee) may not do this; it needs team lead or administrator.');
    expect(rejectionText(translator(zhCN), refusal)).toBe('你的角色（新员工）无权执行此操作，需要：主管或管理员。');
  });

  it('leaves every other message and value as the engine gave it', () => {
    expect(rejectionText(translator(en), { messageKey: 'rejection.incomplete', params: {} })).toBe(en['rejection.incomplete']);
    expect(rejectionText(translator(en), { messageKey: 'rejection.permission.role', params: { role: 'guest', required: 'lead' } })).toContain('(guest)');
  });
});
