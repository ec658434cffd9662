// Parses a sidecar's YAML with the `yaml` library, safely: syntax errors become problems at their
// position (the kind of fault read from the library's error, phrased by us: problems/messages/yamlSyntax.ts), alias
// expansion is capped (YAML bombs), aliases without an anchor or that contain themselves are refused, and
// a text too large to be a sidecar is not parsed at all.
import { parseDocument, visit, type Alias, type Document } from 'yaml';
import { makeProblem } from '../problems/makeProblem';
import type { Problem } from '../problems/problem';
import { readYamlError } from '../text/yamlErrors';
import { TextPositions } from './textPositions';

/** A fiche descriptive is a few kilobytes; anything past this is not a sidecar worth parsing on each keystroke. */
export const MAX_SIDECAR_CHARS = 1 << 20;
/** Alias uses allowed when building the value: plenty for hand-written anchors, far below a billion laughs. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedYaml {
  text: string;
  positions: TextPositions;
  /** The YAML syntax tree (absent when the text was too large to parse). */
  doc?: Document.Parsed;
  /** The plain value, when the text parsed without errors and expanded safely. */
  value?: unknown;
  /** Syntax and expansion problems. */
  problems: Problem[];
}

export function parseSidecarYaml(text: string): ParsedYaml {
  const positions = new TextPositions(text);
  if (text.length > MAX_SIDECAR_CHARS) {
    return { text, positions, problems: [makeProblem('metadata-too-large', positions.firstLine(), { size: text.length, limit: MAX_SIDECAR_CHARS })] };
  }
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const problems: Problem[] = doc.errors.map((error) => {
    let end = error.pos[1];
    // The library points at the first character of a duplicated key: underline the whole key.
    if (error.code === 'DUPLICATE_KEY') while (end < text.length && !/[:\r\n]/.test(text[end])) end++;
    const reading = readYamlError(error);
    return makeProblem('metadata-yaml-syntax', positions.range(error.pos[0], end), {
      variant: error.code,
      ...reading,
      messageKey: `metadata-yaml-syntax.${reading.kind}`,
    });
  });
  if (problems.length > 0) return { text, positions, doc, problems };

  const bad = findBadAlias(doc);
  if (bad) {
    const [start, end] = [bad.alias.range?.[0] ?? 0, bad.alias.range?.[1] ?? 0];
    problems.push(
      bad.unknown
        ? makeProblem('metadata-yaml-syntax', positions.range(start, end), { variant: 'BAD_ALIAS', kind: 'unknown-alias', messageKey: 'metadata-yaml-syntax.unknown-alias', alias: bad.alias.source })
        : makeProblem('metadata-yaml-aliases', positions.range(start, end), { variant: 'circular', alias: bad.alias.source }),
    );
    return { text, positions, doc, problems };
  }
  try {
    return { text, positions, doc, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problems };
  } catch (error) {
    // The library throws a ReferenceError when aliases expand past maxAliasCount (unknown anchors were
    // found above, so that is the one left).
    const variant = error instanceof ReferenceError ? 'count' : 'other';
    problems.push(makeProblem('metadata-yaml-aliases', positions.firstLine(), { variant, limit: MAX_ALIAS_COUNT }));
    return { text, positions, doc, problems };
  }
}

/**
 * The first alias with no anchor before it (`title: *inconnu`), or that points at one of its own ancestors
 * (`a: &x { b: *x }`), which no JSON value can hold.
 */
function findBadAlias(doc: Document.Parsed): { alias: Alias; unknown: boolean } | undefined {
  let found: { alias: Alias; unknown: boolean } | undefined;
  visit(doc, {
    Alias(_key, node, path) {
      const target = node.resolve(doc);
      if (!target || path.includes(target)) {
        found = { alias: node, unknown: !target };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
