/** How a search text becomes words, the same for both full-text engines. */

/** The words of a search, as both full-text engines will match them (prefix match on each word). */
export function searchTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 20);
}
