/**
 * Chinese input methods produce full-width letters, digits and punctuation
 * (ＡＢＣ，１２３，（）＠). NFKC folds them to their half-width forms, so the
 * same customer typed two ways compares equal.
 */
export function foldWidth(value: string): string {
  return value.normalize('NFKC');
}

/** Width-folded, trimmed, inner whitespace collapsed: how free text is stored. */
export function cleanText(value: string | undefined): string {
  return foldWidth(value ?? '').trim().replace(/\s+/g, ' ');
}
