/** Rejection message keys this module uses; the site's catalogues hold their text. */
export const importMessageKeys = [
  'rejection.import.too-many-rows',
  'rejection.import.mapping-field',
  'rejection.import.mapping-column',
  'rejection.import.mapping-ambiguous',
  'rejection.import.mapping-twice',
  'rejection.import.mapping-required',
  'rejection.import.ragged-row',
] as const;
