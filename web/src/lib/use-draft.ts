// Form state that survives a failed save, a closed tab or a crash: kept in localStorage until saved.
import { useCallback, useRef, useState } from 'react';
import { APP_BASE } from '../api/client';

const PREFIX = 'promocase.draft.';

/** The demo keeps drafts of its own, so trying the demo never overwrites a real week's text. */
const storageKey = (key: string) => `${PREFIX}${APP_BASE || '/'}.${key}`;

function readDraft<T>(key: string, initial: T): T {
  try {
    const text = window.localStorage.getItem(storageKey(key));
    return text === null ? initial : { ...initial, ...(JSON.parse(text) as T) };
  } catch {
    return initial; // storage off (private mode) or a draft from an older shape: start clean
  }
}

function writeDraft(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(storageKey(key), JSON.stringify(value));
  } catch {
    // Full or disabled storage: the form still works, the draft just does not outlive the page.
  }
}

function removeDraft(key: string): void {
  try {
    window.localStorage.removeItem(storageKey(key));
  } catch {
    // Nothing was kept, then.
  }
}

/**
 * Like useState, but what the person types is written to localStorage on every change; `clear()` once
 * the server has it (optionally showing what was saved). Only typing is kept: a form showing stored
 * data unchanged keeps no draft, so it never masks a later change made elsewhere (the CLI).
 * @example const [draft, setDraft, clearDraft] = useDraft('log', { title: '' });
 */
export function useDraft<T extends object>(key: string, initial: T) {
  const initialRef = useRef(initial);
  const [value, setValue] = useState<T>(() => readDraft(key, initial));

  const update = useCallback(
    (next: T) => {
      setValue(next);
      writeDraft(key, next);
    },
    [key],
  );

  const clear = useCallback(
    (shown?: T) => {
      removeDraft(key);
      setValue(shown ?? initialRef.current);
    },
    [key],
  );

  return [value, update, clear] as const;
}

/** Whether a draft was left from an earlier visit (to say so, not to surprise). */
export function hasDraft(key: string): boolean {
  try {
    return window.localStorage.getItem(storageKey(key)) !== null;
  } catch {
    return false;
  }
}
