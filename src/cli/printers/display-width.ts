/**
 * How many columns a text takes on a terminal: Chinese, Japanese and Korean characters and most emoji
 * take two, combining marks and zero-width characters none, everything else one. Tables pad by this, so
 * that a project named 计费 lines up with one named billing.
 */

/** Any character outside Latin, Greek, Cyrillic and the like (one column each): the common case is none, told by one search. */
const NOT_ONE_COLUMN = /[^\x20-\x7e\u00a0-\u02ff\u0370-\u052f]/;
const NO_COLUMN = /[\p{Mn}\p{Me}\p{Cf}]/u; // combining marks, variation selectors, zero-width joiners and spaces
/** East Asian Wide and Fullwidth blocks (Unicode's East_Asian_Width W and F), and emoji shown as pictures. */
const TWO_COLUMNS =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{1b000}-\u{1b2ff}\u{20000}-\u{3fffd}\p{Emoji_Presentation}]/u;

export function displayWidth(text: string): number {
  if (!NOT_ONE_COLUMN.test(text)) return text.length;
  let width = 0;
  for (const char of text) width += NO_COLUMN.test(char) ? 0 : TWO_COLUMNS.test(char) ? 2 : 1;
  return width;
}
