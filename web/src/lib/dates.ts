// Calendar dates as the API speaks them (YYYY-MM-DD, the person's local day), and the arithmetic on them.

export function isoDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export const todayIso = () => isoDate(new Date());

/** Noon avoids daylight-saving days being 23 or 25 hours long. */
export function parseIso(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}

export function addDays(iso: string, days: number): string {
  const date = parseIso(iso);
  date.setDate(date.getDate() + days);
  return isoDate(date);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((parseIso(to).getTime() - parseIso(from).getTime()) / 86_400_000);
}

/** The Monday of the week holding `iso` (weeks start on Monday, as the streak counts them). */
export function mondayOf(iso: string): string {
  const day = parseIso(iso).getDay(); // 0 = Sunday
  return addDays(iso, -((day + 6) % 7));
}

const FORMAT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export const formatDate = (iso: string) => FORMAT.format(parseIso(iso));
