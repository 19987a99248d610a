import { describe, expect, it } from 'vitest';
import type { Product } from '../../../../engine/products/records.ts';
import { productNames } from './names.ts';

const probe: Product = { code: 'P-201301', nameZh: '工件测头', nameEn: 'Workpiece Probe', unit: '套', listPrice: 32_000, active: true, createdAt: 0 };

describe('productNames', () => {
  it('puts the reader’s language first', () => {
    expect(productNames(probe, 'en')).toEqual({ primary: 'Workpiece Probe', secondary: '工件测头' });
    expect(productNames(probe, 'zh-CN')).toEqual({ primary: '工件测头', secondary: 'Workpiece Probe' });
  });

  it('falls back to the Chinese name when there is no English one', () => {
    expect(productNames({ ...probe, nameEn: '' }, 'en')).toEqual({ primary: '工件测头', secondary: '' });
  });
});
