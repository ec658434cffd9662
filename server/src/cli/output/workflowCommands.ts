// Human-readable CLI output that GitHub's runner cannot read as a workflow command. The runner scans
// every line a step prints (stdout and stderr): a line that starts with `::` after leading blanks is a
// command (`::error file=…::`, `::add-mask::`, `::stop-commands::`), and so is `##[command]` anywhere in a
// line (its older syntax). A file name or a value from the data must never make such a line.
// (actions/runner, src/Runner.Common/ActionCommand.cs: TryParseV2 and TryParse.) JSON reports printed on a
// terminal get the same care without changing their value (jsonForLogs).

/**
 * Each line of `text` with a leading `::` written `%3A%3A` and every `##[` written `##%5B` (both read as
 * they are by people; the runner decodes neither outside a command). Control characters are not
 * touched here: the values in the text are already shown escaped (see visibleControls).
 */
export function neutraliseWorkflowCommands(text: string): string {
  if (!text.includes('::') && !text.includes('##[')) return text;
  return text.replace(/^([ \t]*)::/gm, '$1%3A%3A').replace(/##\[/g, '##%5B');
}

/** Characters JSON.stringify leaves raw that a terminal may act on (DEL, C1) or that reorder text (bidi). */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A JSON text (a report) safe to print on a terminal or in a CI log, with the same JSON value: every
 * `##[` written `##\u005b` (`#` only occurs inside strings in JSON, where `\u005b` is `[`), and DEL, C1
 * and bidi controls written as `\u` escapes (JSON.stringify already escapes the C0 controls).
 */
export function jsonForLogs(json: string): string {
  const commandsOut = json.includes('##[') ? json.replace(/##\[/g, '##\\u005b') : json;
  return commandsOut.replace(RAW_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
