/** How a search text becomes words, the same for both full-text engines. */

/**
 * The words of a search, as both full-text engines will match them (prefix match on each word).
 * A run of Chinese, Japanese or Korean letters stays one term (they are all \p{L}); the store
 * matches such a term inside the text instead (see `hasUnspacedScript`).
 */
export function searchTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 20);
}

// Han, kana and Hangul. Chinese and Japanese put no spaces between words and Korean joins particles
// to the noun, so both engines index a whole run as one token, and a word inside it is never found.
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Whether a search term holds CJK letters, which the full-text engines cannot find inside a run.
 * @example hasUnspacedScript('迁移') // true
 * @example hasUnspacedScript('billing') // false
 */
export function hasUnspacedScript(term: string): boolean {
  return UNSPACED_SCRIPT.test(term);
}
