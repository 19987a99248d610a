import { describe, expect, it } from 'vitest';
import { classify } from './mistakes.ts';
import { build, given, type SpecCommand } from './specification.ts';

const spindle = { code: 'P-100023', nameZh: 'CNC主轴 X200', nameEn: 'CNC Spindle X200', unit: '台', listPrice: '12,800' };
const create = (data: Partial<typeof spindle> & { confirmDuplicate?: boolean } = {}): SpecCommand => ({ type: 'product.create', data: { ...spindle, ...data } });

describe('classify: a product created past the duplicate warning', () => {
  it('is duplicate.created, expecting the existing product to be used (one item, one code)', () => {
    const { result } = given(build([create()]))
      .when(create({ code: 'P-100024', nameEn: '', confirmDuplicate: true }))
      .accepted();
    expect(classify(result)).toEqual([{ code: 'duplicate.created', expected: { messageKey: 'expectation.searchFirst', params: { existing: 'P-100023' } } }]);
  });

  it('is no mistake when no product looked the same', () => {
    const { result } = given(build([create()]))
      .when(create({ code: 'P-100024', nameZh: '导轨', nameEn: 'Guide rail' }))
      .accepted();
    expect(classify(result)).toEqual([]);
  });
});
