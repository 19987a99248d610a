import { describe, expect, it } from 'vitest';
import { companyNameKey } from './company-name.ts';
import { normaliseEmail } from './email.ts';

describe('normaliseEmail', () => {
  it('folds width, trims and lower-cases', () => {
    expect(normaliseEmail('  Liu.Yang＠MingDe.com.cn ')).toBe('liu.yang@mingde.com.cn');
  });
  it.each(['liu.yang', 'liu@', '@mingde.com', 'liu yang@mingde.com', ''])('refuses %s', (input) => {
    expect(normaliseEmail(input)).toBeUndefined();
  });
});

describe('companyNameKey', () => {
  it.each([
    ['上海华远数控设备有限公司', '上海华远数控设备有限责任公司'],
    ['ＡＢＣ电子（上海）有限公司', 'ABC电子(上海)有限公司'],
    ['恒通电子 (上海) 股份有限公司', '恒通电子（上海）公司'],
    ['Huayuan CNC Co., Ltd.', 'HUAYUAN CNC COMPANY LIMITED'],
    ['Huayuan CNC Co.,Ltd', 'Huayuan  CNC Ltd.'],
    ['Ｈｅｎｇｔｏｎｇ Electronics (Shanghai) Co., Ltd.', 'Hengtong Electronics Shanghai Limited'],
    ['Lin & Partners Inc.', 'Lin and Partners'],
    ['上海恒通电子有限公司', '恒通电子（上海）有限公司'],
    ['上海市恒通电子有限公司', '恒通电子有限公司'],
    ['Shanghai Hengtong Electronics Co., Ltd.', 'Hengtong Electronics (Shanghai) Co., Ltd.'],
  ])('%s and %s are the same company', (a, b) => {
    expect(companyNameKey(a)).toBe(companyNameKey(b));
  });

  it.each([
    ['上海华远数控设备有限公司', '上海华达数控设备有限公司'],
    ['Tesco Ltd.', 'Tes Ltd.'],
    ['Huayuan CNC Co., Ltd.', 'Huayuan Trading Co., Ltd.'],
    ['上海电气有限公司', '北京电子有限公司'],
  ])('%s and %s are different companies', (a, b) => {
    expect(companyNameKey(a)).not.toBe(companyNameKey(b));
  });

  it('keeps a name that is nothing but a legal form', () => {
    expect(companyNameKey('Limited')).toBe('limited');
    expect(companyNameKey('有限公司')).toBe('有限公司');
  });

  it('keeps a place that is the whole name', () => {
    expect(companyNameKey('上海有限公司')).toBe('上海');
  });
});
