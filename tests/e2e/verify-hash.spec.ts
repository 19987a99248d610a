import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { finish, revealHint, sealAttempt, startAttempt, submit, verifyAttempt, type Attempt, type CommandInput } from '../../engine/index.ts';
import { loadScenario } from '../../site/lib/scenarios.ts';

/**
 * The server verifies an attempt by replaying it in Node; the trainee's
 * browser computed the same attempt in Chromium. The two must agree to the
 * last digit: the same record, verified in both, hashes the same.
 */

const scenario = loadScenario('master-data-basics')!;

/** An attempt with a bit of everything: a wrong code, a hint, a missing industry, the clock moved, a duplicate forced, steps done. */
const commands: CommandInput[] = [
  { type: 'account.create', data: { code: 'V2024-118', nameZh: '苏州明德包装材料有限公司', industry: 'manufacturing', phone: '0512-6552 3180' } },
  { type: 'account.create', data: { code: 'C-SU-00901', nameZh: '苏州明德包装材料有限公司', nameEn: 'Suzhou Mingde Packaging Materials Co., Ltd.', industry: 'manufacturing', phone: '0512-6552 3180' } },
  { type: 'contact.create', data: { accountCode: 'C-SU-00901', name: '刘洋', title: '采购经理', phone: '139 1234 5678', email: 'liu.yang@mingde-pack.com' } },
  { type: 'clock.advance', data: { minutes: 45 } },
  { type: 'account.create', data: { code: 'C-HZ-00901', nameZh: '杭州启航跨境电商有限公司', industry: '', phone: '0571-8517 2260' } },
  { type: 'account.create', data: { code: 'C-HZ-00901', nameZh: '杭州启航跨境电商有限公司', industry: 'trading', phone: '0571-8517 2260' } },
  { type: 'contact.create', data: { accountCode: 'C-HZ-00901', name: '周雯', title: '运营总监', phone: '+86 186-0571-3322', email: 'zhouwen@qihang-ec.com' } },
  {
    type: 'account.create',
    data: { code: 'C-SH-00901', nameZh: '恒通电子(上海)有限公司', nameEn: 'HENGTONG ELECTRONICS (SHANGHAI) CO., LTD', industry: 'electronics', phone: '021-5048 3399', confirmDuplicate: true },
  },
];

function played(): Attempt {
  return commands.reduce((attempt, command, index) => submit(attempt, command, 1500 * (index + 1)).attempt, revealHint(startAttempt(scenario), 700));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

test('an attempt verified in Chromium gives the result Node gives, hash for hash', async ({ page }) => {
  const record = sealAttempt(played());
  const inNode = verifyAttempt(scenario, record);
  expect(inNode.ok).toBe(true);
  expect(inNode.ok && inNode.result.mistakes.length).toBeGreaterThan(1);
  expect(inNode.ok && inNode.result).toEqual(finish(played()));

  const engine = await build({
    stdin: { contents: "export { verifyAttempt } from './engine/index.ts';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'crmDrillEngine',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  await page.goto('/en/');
  await page.addScriptTag({ content: engine.outputFiles[0].text });
  const inChromium = await page.evaluate(
    async ([scenarioJson, recordJson]) => {
      const { verifyAttempt: verify } = (window as unknown as { crmDrillEngine: { verifyAttempt: typeof verifyAttempt } }).crmDrillEngine;
      const text = JSON.stringify(verify(JSON.parse(scenarioJson), JSON.parse(recordJson)));
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
      return { text, hash: [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('') };
    },
    [JSON.stringify(scenario), JSON.stringify(record)] as const,
  );

  expect(inChromium.hash).toBe(sha256(JSON.stringify(inNode)));
  expect(JSON.parse(inChromium.text)).toEqual(inNode);
});
