import { placeNames } from './places.ts';
import { foldWidth } from './text.ts';

/** Latin legal-form words, dropped from the end of a name word by word. */
const latinLegalForms = new Set(['co', 'company', 'ltd', 'limited', 'inc', 'corp', 'corporation', 'llc', 'group']);

/** Chinese legal-form endings, longest first. */
const chineseLegalForms = ['股份有限公司', '有限责任公司', '有限公司', '集团', '公司'];

const places = placeNames.map((place) => place.replace(/\s+/g, '')).sort((a, b) => b.length - a.length);
const bracketedPlace = new RegExp(`[(（]\\s*(${places.join('|')})(市|省)?\\s*[)）]`, 'giu');
const leadingPlace = new RegExp(`^(${places.join('|')})(市|省)?`, 'u');
const trailingPlace = new RegExp(`(${places.join('|')})(市|省)?$`, 'u');

/**
 * A comparison key for a company name: width-folded, lower-cased, without
 * spaces or punctuation, without legal-form endings, and without a city or
 * province at its start, its end or in brackets. "ＡＢＣ电子（上海）有限公司",
 * "上海ABC电子有限责任公司" and "ABC电子有限公司" share a key; so do
 * "Huayuan CNC (Suzhou) Co., Ltd." and "SUZHOU HUAYUAN CNC COMPANY LIMITED".
 */
export function companyNameKey(name: string): string {
  const key = legalFormStripped(foldWidth(name).toLowerCase().replace(bracketedPlace, ' '));
  const placeless = key.replace(leadingPlace, '').replace(trailingPlace, '');
  return placeless.length >= 2 ? placeless : key;
}

function legalFormStripped(name: string): string {
  const words = name
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
