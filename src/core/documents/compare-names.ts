/** Orders names for people without String#localeCompare, whose first call starts ICU's collator (about 40 ms). */

/** Case-insensitive first ("billing" before "Checkout"), then by code unit so the order is total. */
export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
