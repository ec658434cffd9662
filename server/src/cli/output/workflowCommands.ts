// Human-readable CLI output that GitHub's runner cannot read as a workflow command. The runner scans
// every line a step prints (stdout and stderr): a line that starts with `::` after leading blanks is a
// command (`::error file=…::`, `::add-mask::`, `::stop-commands::`), and so is `##[command]` anywhere in a
// line (its older syntax). A file name or a value from the data must never make such a line.
// (actions/runner, src/Runner.Common/ActionCommand.cs: TryParseV2 and TryParse.)

/**
 * Each line of `text` with a leading `::` written `%3A%3A` and every `##[` written `##%5B` (both read as
 * they are by people; the runner decodes neither outside a command). Control characters are not
 * touched here: the values in the text are already shown escaped (see visibleControls).
 */
export function neutraliseWorkflowCommands(text: string): string {
  if (!text.includes('::') && !text.includes('##[')) return text;
  return text.replace(/^([ \t]*)::/gm, '$1%3A%3A').replace(/##\[/g, '##%5B');
}

/**
 * A JSON text (a report) with every `##[` written `##\u005b`: the same JSON value, but a line of it
 * printed in a CI log is no command. (`#` only occurs inside strings in JSON, where `\u005b` is `[`.)
 */
export function jsonWithoutWorkflowCommands(json: string): string {
  return json.includes('##[') ? json.replace(/##\[/g, '##\\u005b') : json;
}
