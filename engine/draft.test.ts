import { describe, expect, it } from 'vitest';
import { Draft } from './draft.ts';
import { castSandbox } from './specification.ts';
import { lookUp } from './state.ts';

const user = { id: 'u.chen', name: '陈静', role: 'trainee', department: 'service', team: '' } as const;

describe.each([false, true])('a draft (scratch: %s)', (scratch) => {
  it('sees its own writes and the base’s records, and leaves the base as it was', () => {
    const before = JSON.stringify(castSandbox);
    const draft = new Draft(castSandbox, { scratch });
    draft.insert('users', user.id, user);
    draft.update('users', 'tester', { name: '王芳芳' });
    draft.index('accountPhones', '+862150483321', 'C-SH-00612');
    const { state } = draft;
    expect(state.users['u.chen']).toEqual(user);
    expect(state.users.tester.name).toBe('王芳芳');
    expect(state.users['lead.li'].name).toBe('李娜');
    expect(Object.keys(state.users)).toEqual([...Object.keys(castSandbox.users), 'u.chen']);
    expect(Object.hasOwn(state.users, 'u.chen')).toBe(true);
    expect(lookUp(state, 'accountPhones', '+862150483321')).toBe('C-SH-00612');
    expect(JSON.stringify(castSandbox)).toBe(before);
  });

  it('keeps the first record filed under an index key', () => {
    const draft = new Draft(castSandbox, { scratch });
    draft.index('accountNames', 'hengtong', 'C-SH-00612');
    draft.index('accountNames', 'hengtong', 'C-SH-00613');
    expect(lookUp(draft.state, 'accountNames', 'hengtong')).toBe('C-SH-00612');
  });
});
