// Control characters written out as escapes (`\n`, `\x1b`, `\u202e`) in text people read: a value or a
// file name must not clear a terminal, set its title or clipboard (ESC, OSC 52), fake a line of output,
// or reorder what is shown (bidi overrides, "Trojan Source", CVE-2021-42574).
/**
 * C0 controls, DEL, C1 controls, the line and paragraph separators, and the bidi embeddings, overrides
 * and isolates (U+202A–202E, U+2066–2069).
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');
/** The same, but for the tab and the line feed (where they are the structure of a multi-line text). */
const CONTROLS_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escape(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character written as an escape (`\r\n` → the four characters `\r\n`). */
export function visibleControls(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROLS, escape) : text;
}

/** The same, but tabs and line feeds are kept: for a text whose lines are meant (a help, a diff). */
export function visibleControlsButLayout(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROLS_BUT_LAYOUT, escape) : text;
}
