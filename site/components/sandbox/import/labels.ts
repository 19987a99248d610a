import type { ImportEntity } from '../../../../engine/imports/records.ts';
import type { Rejection } from '../../../../engine/result.ts';
import type { MessageKey, Translate } from '../../../i18n/translate.ts';

/** The form label of each field a column may feed, as the record's own form names it. */
export const fieldLabels: Readonly<Record<ImportEntity, Readonly<Record<string, MessageKey>>>> = {
  account: {
    code: 'account.field.code',
    nameZh: 'account.field.nameZh',
    nameEn: 'account.field.nameEn',
    industry: 'account.field.industry',
    phone: 'account.field.phone',
    address: 'account.field.address',
    annualValue: 'account.field.annualValue',
    owner: 'account.field.owner',
  },
  contact: {
    accountCode: 'account.field.code',
    name: 'contact.field.name',
    title: 'contact.field.title',
    role: 'contact.field.role',
    phone: 'contact.field.phone',
    email: 'contact.field.email',
  },
};

/** A field's label in the reader's language; a field without one (none the engine offers) shows its name. */
export function fieldLabel(t: Translate, entity: ImportEntity, field: string): string {
  const key = fieldLabels[entity][field];
  return key === undefined ? field : t(key);
}

/** The engine's refusal in the reader's language, with the record fields it names ("phone", "accountCode, name, …") as their labels. */
export function rejectionText(t: Translate, entity: ImportEntity, rejection: Rejection): string {
  const params = { ...rejection.params };
  if (typeof params.field === 'string') params.field = fieldLabel(t, entity, params.field);
  if (rejection.messageKey === 'rejection.import.mapping-field' && typeof params.expected === 'string')
    params.expected = params.expected
      .split(', ')
      .map((field) => fieldLabel(t, entity, field))
      .join(', ');
  return t(rejection.messageKey, params);
}
