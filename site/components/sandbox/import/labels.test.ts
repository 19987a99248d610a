import { describe, expect, it } from 'vitest';
import { importTargets } from '../../../../engine/imports/entities.ts';
import { importEntities } from '../../../../engine/imports/records.ts';
import en from '../../../i18n/en.json';
import { translator } from '../../../i18n/translate.ts';
import { fieldLabel, fieldLabels, rejectionText } from './labels.ts';

const t = translator(en);

describe('fieldLabels', () => {
  it.each(importEntities)('label every field a column may feed of %s', (entity) => {
    expect(Object.keys(fieldLabels[entity]).toSorted()).toEqual([...importTargets[entity].fields].toSorted());
  });
});

describe('rejectionText', () => {
  it('names the fields of a mapping refusal by their labels', () => {
    expect(rejectionText(t, 'contact', { code: 'validation.incomplete', field: 'mapping', messageKey: 'rejection.import.mapping-required', params: { field: 'accountCode' } })).toBe(
      'Field “Customer code” is required, but no column is mapped to it.',
    );
    const wrongTarget = rejectionText(t, 'contact', {
      code: 'validation.format',
      field: 'mapping',
      messageKey: 'rejection.import.mapping-field',
      params: { column: '备注', field: 'remark', expected: 'name, phone' },
    });
    expect(wrongTarget).toBe(`Column “备注” is mapped to “remark”, which is not a field of this record. Choose one of: ${fieldLabel(t, 'contact', 'name')}, ${fieldLabel(t, 'contact', 'phone')}.`);
  });

  it('passes a row’s refusal through with its own params', () => {
    expect(rejectionText(t, 'contact', { code: 'validation.format', field: 'phone', messageKey: 'rejection.format.phone', params: { received: '136-5710-228' } })).toContain('“136-5710-228”');
  });
});
