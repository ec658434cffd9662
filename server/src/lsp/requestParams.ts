// Checks the parameters of the editor's requests at the edge: a request whose parameters do not have the
// declared shape (a client bug, a hand-written message) gets InvalidParams with what is wrong, never an
// internal error whose text is a JavaScript message ("Cannot read properties of undefined") or a stack.
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';

/** What is wrong with a value (a sentence about `name`), or undefined when it has the expected shape. */
export type ParamCheck = (value: unknown, name: string) => string | undefined;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const string: ParamCheck = (value, name) => (typeof value === 'string' ? undefined : `${name} must be a string`);

/** A line, a character, a row: LSP's uinteger. */
export const uinteger: ParamCheck = (value, name) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0x7fffffff ? undefined : `${name} must be a non-negative integer`);

export function optional(check: ParamCheck): ParamCheck {
  return (value, name) => (value === undefined || value === null ? undefined : check(value, name));
}

export function oneOf(...values: string[]): ParamCheck {
  return (value, name) => (typeof value === 'string' && values.includes(value) ? undefined : `${name} must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
}

/** An object whose listed properties pass their checks (others are not looked at). */
export function object(shape: Record<string, ParamCheck>): ParamCheck {
  return (value, name) => {
    if (!isObject(value)) return `${name} must be an object`;
    for (const [key, check] of Object.entries(shape)) {
      const fault = check(value[key], `${name}.${key}`);
      if (fault) return fault;
    }
    return undefined;
  };
}

export function arrayOf(check: ParamCheck): ParamCheck {
  return (value, name) => {
    if (!Array.isArray(value)) return `${name} must be an array`;
    for (let i = 0; i < value.length; i++) {
      const fault = check(value[i], `${name}[${i}]`);
      if (fault) return fault;
    }
    return undefined;
  };
}

export const position = object({ line: uinteger, character: uinteger });
export const range = object({ start: position, end: position });
const textDocument = object({ uri: string });

/** The parameters of the requests the server answers, by shape. */
export const shapes = {
  textDocument: object({ textDocument }),
  textDocumentPosition: object({ textDocument, position }),
  completion: object({ textDocument, position, context: optional(object({ triggerCharacter: optional(string) })) }),
  codeAction: object({ textDocument, range, context: object({ diagnostics: arrayOf(object({ range, message: string })) }) }),
  uri: object({ uri: string }),
  folderUri: object({ folderUri: string }),
  uriRow: object({ uri: string, row: uinteger }),
  sidecarSchema: object({ uri: string, schemaUri: string, placement: oneOf('reference', 'inline') }),
};

/**
 * Wraps a request handler: parameters that fail `check` are answered InvalidParams (`method: what is
 * wrong`); an error the handler throws that is not a ResponseError meant for the editor is logged with
 * its stack and answered InternalError with a plain sentence.
 */
export function checkedParams<P, A extends unknown[], R>(
  method: string,
  check: ParamCheck,
  handler: (params: P, ...rest: A) => R,
  log: (message: string) => void = (message) => console.error(message),
): (params: P, ...rest: A) => R {
  const internal = (error: unknown): ResponseError<void> => {
    if (error instanceof ResponseError) return error as ResponseError<void>;
    log(`${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return new ResponseError(ErrorCodes.InternalError, `${method} could not be answered (the server log says why)`);
  };
  return (params: P, ...rest: A): R => {
    const fault = check(params, 'params');
    if (fault) throw new ResponseError(ErrorCodes.InvalidParams, `${method}: ${fault}`);
    let result: R;
    try {
      result = handler(params, ...rest);
    } catch (error) {
      throw internal(error);
    }
    if (result instanceof Promise) return result.catch((error: unknown) => Promise.reject(internal(error))) as R;
    return result;
  };
}
