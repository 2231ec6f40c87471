/** Text bound for a terminal with its control characters made visible: an imported title must not drive the terminal. */

// C0 controls but tab and newline, DEL, and C1 controls (0x9b is a one-byte CSI on some terminals).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Shows each control character as its Unicode picture (ESC as ␛) and a C1 control as �, so a title
 * holding `\x1b[2J` prints as text instead of clearing the screen. promocase itself writes no colour codes.
 * @example showControlCharacters('a\x1b[31mb') // 'a␛[31mb'
 */
export function showControlCharacters(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}
