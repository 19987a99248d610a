import { describe, expect, it } from 'vitest';
import { given, type SpecCommand } from '../specification.ts';
import { maxImportRows } from './commands.ts';
import { importTargets } from './entities.ts';

const columns = ['客户编号', '公司名称', '行业', '电话', '备注'];
const mapping: Record<string, string> = { 客户编号: 'code', 公司名称: 'nameZh', 行业: 'industry', 电话: 'phone' };
const row = ['C-SH-00612', '恒通电子（上海）有限公司', 'electronics', '021-5048 3321', '老客户'];

function importWith(changes: { mapping?: Record<string, string>; columns?: string[]; rows?: string[][]; entity?: 'account' | 'contact' }): SpecCommand {
  return { type: 'import.commit', data: { entity: 'account', file: 'a.xlsx', columns, rows: [row], mapping, onDuplicate: 'merge', ...changes } };
}

describe('the fields a column may feed', () => {
  it('are the create command’s fields; the required ones are those it cannot do without', () => {
    expect(importTargets.account).toEqual(
      expect.objectContaining({
        fields: ['code', 'nameZh', 'nameEn', 'industry', 'phone', 'address', 'annualValue', 'owner'],
        required: ['code', 'nameZh', 'industry', 'phone'],
      }),
    );
    expect(importTargets.contact).toEqual(
      expect.objectContaining({ fields: ['accountCode', 'name', 'title', 'role', 'phone', 'email'], required: ['accountCode', 'name', 'phone'] }),
    );
  });
});

describe('a wrong mapping refuses the whole import and changes nothing', () => {
  it('names a target that is not a field of the record', () => {
    given([])
      .when(importWith({ mapping: { ...mapping, 备注: 'remark' } }))
      .then({
        rejection: {
          code: 'validation.format',
          field: 'mapping',
          messageKey: 'rejection.import.mapping-field',
          params: { column: '备注', field: 'remark', expected: 'code, nameZh, nameEn, industry, phone, address, annualValue, owner' },
        },
      });
  });

  it('does not let a column confirm duplicates', () => {
    given([])
      .when(importWith({ mapping: { ...mapping, 备注: 'confirmDuplicate' } }))
      .then({ rejection: { code: 'validation.format', field: 'mapping', messageKey: 'rejection.import.mapping-field' } });
  });

  it('names a mapped header that is not in the file', () => {
    given([])
      .when(importWith({ mapping: { ...mapping, 地址: 'address' } }))
      .then({ rejection: { code: 'validation.format', field: 'mapping', messageKey: 'rejection.import.mapping-column', params: { column: '地址' } } });
  });

  it('names a mapped header that the file has twice', () => {
    given([])
      .when(importWith({ columns: [...columns.slice(0, 4), '电话'] }))
      .then({ rejection: { code: 'validation.format', field: 'mapping', messageKey: 'rejection.import.mapping-ambiguous', params: { column: '电话' } } });
  });

  it('names a field fed by two columns, and both columns', () => {
    given([])
      .when(importWith({ mapping: { ...mapping, 备注: 'nameZh' } }))
      .then({
        rejection: { code: 'validation.format', field: 'mapping', messageKey: 'rejection.import.mapping-twice', params: { field: 'nameZh', columns: '公司名称, 备注' } },
      });
  });

  it.each(['code', 'nameZh', 'industry', 'phone'])('names the required account field %s when no column feeds it', (field) => {
    const without = Object.fromEntries(Object.entries(mapping).filter(([, target]) => target !== field));
    given([])
      .when(importWith({ mapping: without }))
      .then({ rejection: { code: 'validation.incomplete', field: 'mapping', messageKey: 'rejection.import.mapping-required', params: { field } } });
  });

  it.each(['accountCode', 'name', 'phone'])('names the required contact field %s when no column feeds it', (field) => {
    const contactMapping = Object.fromEntries(Object.entries({ 客户编号: 'accountCode', 公司名称: 'name', 电话: 'phone' }).filter(([, target]) => target !== field));
    given([])
      .when(importWith({ entity: 'contact', mapping: contactMapping }))
      .then({ rejection: { code: 'validation.incomplete', field: 'mapping', params: { field } } });
  });

  it('checks the mapping against the entity imported: account fields do not fit contacts', () => {
    given([])
      .when(importWith({ entity: 'contact' }))
      .then({ rejection: { code: 'validation.format', field: 'mapping', params: { column: '客户编号', field: 'code', expected: 'accountCode, name, title, role, phone, email' } } });
  });

  it('reads a column mapped to nothing as left out', () => {
    const { state } = given([])
      .when(importWith({ mapping: { ...mapping, 备注: '' } }))
      .accepted();
    expect(Object.keys(state.accounts)).toEqual(['C-SH-00612']);
  });
});

describe('the size of the file', () => {
  it(`refuses more than ${maxImportRows} rows, before reading any`, () => {
    given([])
      .when(importWith({ rows: Array.from({ length: maxImportRows + 1 }, () => row) }))
      .then({ rejection: { code: 'validation.format', field: 'rows', messageKey: 'rejection.import.too-many-rows', params: { count: maxImportRows + 1, max: maxImportRows } } });
  });

  it('refuses a file without data rows', () => {
    given([])
      .when(importWith({ rows: [] }))
      .then({ rejection: { code: 'validation.incomplete', field: 'rows', messageKey: 'rejection.incomplete', params: { field: 'rows' } } });
  });

  it('refuses a malformed command with the field at fault', () => {
    given([])
      .when({ type: 'import.commit', data: { entity: 'lead', file: 'a.xlsx', columns, rows: [row], mapping, onDuplicate: 'merge' } } as unknown as SpecCommand)
      .then({ rejection: { code: 'validation.format', field: 'entity' } });
    given([])
      .when({ type: 'import.commit', data: { entity: 'account', file: 'a.xlsx', columns, rows: [[1, 2]], mapping, onDuplicate: 'merge' } } as unknown as SpecCommand)
      .then({ rejection: { code: 'validation.format', field: 'rows.0.0' } });
  });
});
