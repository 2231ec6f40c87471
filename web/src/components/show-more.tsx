// Long lists drawn in part: the first items at once and the rest when asked, so a selection of ten years
// of entries (thousands of list items) does not keep the page busy for seconds.
import { useState } from 'react';

/**
 * The items to draw: the first `first` until the rest are asked for (or `all` says to draw them anyway).
 * @example const { shown, hidden, showAll } = useShowMore(entries, 100);
 */
export function useShowMore<T>(items: readonly T[], first: number, all = false) {
  const [asked, setAsked] = useState(false);
  const whole = all || asked || items.length <= first;
  return {
    shown: whole ? items : items.slice(0, first),
    hidden: whole ? 0 : items.length - first,
    showAll: () => setAsked(true),
  };
}

/** The button under a list drawn in part; nothing when the whole list is drawn. */
export function ShowMore({
  hidden,
  noun,
  onShowAll,
}: {
  hidden: number;
  noun: string;
  onShowAll: () => void;
}) {
  if (hidden === 0) return null;
  return (
    <button type="button" className="show-more" onClick={onShowAll}>
      Show the other {hidden.toLocaleString('en')} {noun}
    </button>
  );
}
