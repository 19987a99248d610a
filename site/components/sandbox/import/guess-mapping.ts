import type { ImportEntity } from '../../../../engine/imports/records.ts';

/**
 * The headings people give each field's column, in Chinese and English,
 * most telling first: a contact list's 手机 is the person's phone before its
 * 电话, a customer list's 总机 before its 手机.
 */
export const headings: Readonly<Record<ImportEntity, Readonly<Record<string, readonly string[]>>>> = {
  account: {
    code: ['客户编号', '客户编码', '客户代码', '编号', 'customer code', 'account code', 'code', 'customer no', 'customer id'],
    nameZh: ['公司名称', '客户名称', '中文名称', '公司全称', '公司', '客户', 'company', 'company name', 'customer name', 'name chinese', 'chinese name'],
    nameEn: ['英文名称', '英文名', '英文公司名', 'english name', 'name english', 'company name english'],
    industry: ['行业', '所属行业', 'industry', 'sector'],
    phone: ['总机', '电话', '公司电话', '联系电话', '电话号码', '手机', 'switchboard', 'phone', 'telephone', 'tel', 'phone number'],
    address: ['地址', '公司地址', '详细地址', '通讯地址', 'address'],
    annualValue: ['年采购额', '年采购金额', '年度采购额', '年销售额', 'annual value', 'annual spend', 'annual purchases', 'annual revenue'],
    owner: ['负责人', '客户经理', '销售', 'owner', 'account manager', 'sales rep'],
  },
  contact: {
    accountCode: ['客户编号', '客户编码', '客户代码', 'customer code', 'account code', 'customer no', 'customer id'],
    name: ['姓名', '联系人', '联系人姓名', '名字', 'name', 'contact', 'contact name', 'full name'],
    title: ['职务', '职位', '头衔', '岗位', 'title', 'job title', 'position'],
    role: ['角色', '决策角色', 'role', 'buying role'],
    phone: ['手机', '手机号', '手机号码', '电话', '联系电话', '电话号码', 'mobile', 'cell', 'phone', 'mobile phone', 'telephone', 'tel'],
    email: ['邮箱', '电子邮箱', '电子邮件', '邮件', 'email', 'mail', 'email address'],
  },
};

/** A heading as compared: width, case, spaces and punctuation set aside ("E-mail", "Ｅｍａｉｌ" and "email" are one). */
export function headingKey(heading: string): string {
  return heading.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

/** A heading's words, spaced: " contact mobile ". */
const words = (text: string) => ` ${text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;

/**
 * Whether a heading holds a field's name among other words: Chinese names
 * inside the heading ("联系人手机" holds 手机), English ones as whole words
 * ("Contact mobile" holds mobile, "Rolex" does not hold role).
 */
function holds(heading: string, name: string): boolean {
  const key = headingKey(name);
  if (/^[a-z0-9]+$/.test(key)) return words(heading).includes(words(name));
  return key.length >= 2 && headingKey(heading).includes(key);
}

/** Field → chosen column; "" leaves the field unfed. */
export type FieldMapping = Record<string, string>;

/**
 * A first guess at which column feeds which field, from the headings. A
 * heading that is one of the field's names wins over one that merely
 * contains a name ("联系人手机" → phone); each column feeds at most one
 * field and each field takes at most one column, the better match first.
 * Columns that match nothing stay out for the trainee to place.
 */
export function guessMapping(columns: readonly string[], names: Readonly<Record<string, readonly string[]>>): FieldMapping {
  const candidates: { field: string; column: number; rank: number }[] = [];
  columns.forEach((heading, column) => {
    const key = headingKey(heading);
    if (key === '') return;
    for (const [field, fieldNames] of Object.entries(names))
      fieldNames.forEach((name, position) => {
        const wanted = headingKey(name);
        if (key === wanted) candidates.push({ field, column, rank: position });
        // A heading ends with what it is about ("联系人手机", "Contact mobile" are phones): the nearer the end, the better.
        else if (holds(heading, name)) candidates.push({ field, column, rank: 1000 + 100 * (key.length - key.lastIndexOf(wanted) - wanted.length) + position });
      });
  });
  candidates.sort((a, b) => a.rank - b.rank || a.column - b.column);
  const mapping: FieldMapping = Object.fromEntries(Object.keys(names).map((field) => [field, '']));
  const taken = new Set<number>();
  for (const { field, column } of candidates) {
    if (mapping[field] !== '' || taken.has(column)) continue;
    mapping[field] = columns[column];
    taken.add(column);
  }
  return mapping;
}
