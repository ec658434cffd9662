// Reads GitHub Actions workflow command lines back (`::error file=…,line=…::message`), undoing their escapes.
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const dataEscapes: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n' };
const propertyEscapes: Record<string, string> = { ...dataEscapes, '%3A': ':', '%2C': ',' };

/** One pass, so that an escaped "%0A" written by the data itself ("%250A") stays "%0A". */
function unescapeData(text: string): string {
  return text.replace(/%(25|0D|0A)/g, (escape) => dataEscapes[escape]);
}

function unescapeProperty(text: string): string {
  return text.replace(/%(25|0D|0A|3A|2C)/g, (escape) => propertyEscapes[escape]);
}

export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) return undefined;
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const equals = pair.indexOf('=');
    properties[pair.slice(0, equals)] = unescapeProperty(pair.slice(equals + 1));
  }
  return { command: match[1], properties, message: unescapeData(match[3]) };
}
