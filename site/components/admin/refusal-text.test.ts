import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate.ts';
import { adminMessages } from './messages.ts';
import { refusalText } from './refusal-text.ts';

const en = translator(adminMessages('en'));
const zh = translator(adminMessages('zh-CN'));

describe('refusalText', () => {
  it('ties a taken id or a bad field to the field, in the page language', () => {
    expect(refusalText({ ok: false, status: 409, error: { code: 'conflict', message: 'user.username: "mei" is taken', field: 'username' } }, en)).toEqual({ field: 'username', text: 'This is taken already: choose another.' });
    expect(refusalText({ ok: false, status: 400, error: { code: 'request.invalid', message: 'name: Invalid length', field: 'name' } }, zh)).toEqual({ field: 'name', text: '请填写，最多 100 个字符。' });
    expect(refusalText({ ok: false, status: 400, error: { code: 'request.invalid', message: 'short', field: 'password' } }, en)).toEqual({ field: 'password', text: 'Use 8 to 256 characters.' });
  });

  it('says the session ended, the server is out of reach, or what the API said, for the whole form', () => {
    expect(refusalText({ ok: false, status: 403, error: { code: 'csrf.token-mismatch', message: 'x' } }, en)).toEqual({ text: 'Your session has ended: sign in again.' });
    expect(refusalText({ ok: false, status: 0 }, zh)).toEqual({ text: '无法连接服务器，请检查网络后重试。' });
    expect(refusalText({ ok: false, status: 400, error: { code: 'request.invalid', message: 'extra: Invalid key', field: 'extra' } }, en)).toEqual({ text: 'Something went wrong: extra: Invalid key' });
    expect(refusalText({ ok: false, status: 500 }, en)).toEqual({ text: 'Something went wrong: HTTP 500' });
  });
});
