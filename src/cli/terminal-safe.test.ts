import { describe, expect, it } from 'vitest';
import { showControlCharacters } from './terminal-safe.js';

describe('showControlCharacters', () => {
  it('shows an escape sequence as text instead of passing it to the terminal', () => {
    expect(showControlCharacters('Shipped \u001b[2J\u001b[31mit')).toBe('Shipped ␛[2J␛[31mit');
  });

  it('shows NUL, bell, backspace, carriage return, DEL and the one-byte CSI', () => {
    expect(showControlCharacters('a\u0000b\u0007c\u0008d\re\u007ff\u009bg')).toBe('a␀b␇c␈d␍e␡f\ufffdg');
  });

  it('keeps tabs, newlines, accents and emoji as they are', () => {
    const text = 'Café\tdone\n🚀 déjà vu';
    expect(showControlCharacters(text)).toBe(text);
  });
});
