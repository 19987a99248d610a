import { foldWidth } from './text.ts';

/** Latin legal-form words, dropped from the end of a name word by word. */
const latinLegalForms = new Set(['co', 'company', 'ltd', 'limited', 'inc', 'corp', 'corporation', 'llc', 'group']);

/** Chinese legal-form endings, longest first. */
const chineseLegalForms = ['股份有限公司', '有限责任公司', '有限公司', '集团', '公司'];

/**
 * Keys already computed. Duplicate detection compares a new name with every
 * existing one, so without this replay would recompute each key once per
 * account created. A pure function's memo: replay stays deterministic.
 */
const memo = new Map<string, string>();
const memoLimit = 50_000;

/**
 * A comparison key for a company name: width-folded, lower-cased, without
 * spaces or punctuation, without legal-form endings. "ＡＢＣ电子（上海）有限公司"
 * and "ABC电子(上海)有限责任公司" share a key; so do "Huayuan CNC Co., Ltd."
 * and "HUAYUAN CNC COMPANY LIMITED".
 */
export function companyNameKey(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size >= memoLimit) memo.clear();
    key = computeKey(name);
    memo.set(name, key);
  }
  return key;
}

function computeKey(name: string): string {
  const words = foldWidth(name)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((word) => word !== '');
  while (words.length > 1 && latinLegalForms.has(words[words.length - 1])) words.pop();
  let key = words.join('');
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const form of chineseLegalForms) {
      if (key.length > form.length && key.endsWith(form) && !chineseLegalForms.includes(key)) {
        key = key.slice(0, -form.length);
        stripped = true;
      }
    }
  }
  return key;
}
