// Runs a schema's `pattern` in bounded time: JavaScript's own engine when the pattern cannot backtrack
// catastrophically, RE2 (linear time, re2js) when it could, and for the few patterns RE2 cannot express
// (back-references, lookarounds) RE2 bounds around a native match run under a time budget.
import { createContext, Script, type Context } from 'node:vm';
import type { RE2JS } from 're2js';

let re2js: typeof import('re2js') | undefined;
/** RE2, loaded at first use: most schemas never need it, and loading it costs ~20 ms at startup. */
function re2(): typeof RE2JS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at first use (see above)
  re2js ??= require('re2js') as typeof import('re2js');
  return re2js.RE2JS;
}

/** A cell's verdict: matches, does not, or could not be decided within the budget. */
export type PatternVerdict = boolean | 'too-costly';

export type PatternEngine = 'native' | 'linear' | 'guarded';

export interface SafePattern {
  /** The pattern as the schema wrote it. */
  readonly pattern: string;
  readonly engine: PatternEngine;
  /** Why the native engine was not trusted with it (empty when it was). */
  readonly risks: readonly PatternRisk[];
  /** Whole-value match (XML Schema semantics). */
  test(value: string): PatternVerdict;
}

export type PatternRisk = 'nested-quantifier' | 'alternation-under-quantifier' | 'adjacent-quantifiers' | 'unparsed';

/**
 * Per-cell budget of a native match that RE2 could not decide. A cell that uses it up is reported as too
 * costly to check, and so is any later cell at least as long (costs grow with length), without trying.
 * Generous: a busy machine (a CI runner, a garbage collection) must not turn an ordinary cell into "too
 * costly" (50 ms did, once, under a parallel test run); the length cache keeps the total cost bounded.
 */
export const GUARDED_BUDGET_MS = 250;

/**
 * The pattern with its capturing groups made non-capturing (`(a|b)` → `(?:a|b)`): same matches, less
 * work per test. Left as is when it uses back-references or named groups, which need the captures.
 */
export function withoutCaptures(pattern: string): string {
  if (/\\[1-9]|\\k<|\(\?<(?![=!])/.test(pattern)) return pattern;
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      out += char + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') {
      inClass = true;
    } else if (char === '(' && pattern[i + 1] !== '?') {
      out += '(?:';
      continue;
    }
    out += char;
  }
  return out;
}

/**
 * Compiles `^(?:pattern)$` with JavaScript's engine: the spec's patterns match the whole value. The `u`
 * flag is used when the pattern is valid with it (so `.` and classes see code points); patterns written
 * for Python without it (`\-` inside classes, `\d` escapes…) are compiled without. Null when JavaScript
 * cannot compile the pattern at all.
 */
export function compileWholePattern(pattern: string): RegExp | null {
  const source = `^(?:${withoutCaptures(pattern)})$`;
  try {
    return new RegExp(source, 'u');
  } catch {
    try {
      return new RegExp(source);
    } catch {
      return null;
    }
  }
}

// ---- A small parser of JavaScript regex syntax: enough to judge the risk and to write RE2 syntax.

interface Quantifier {
  min: number;
  max: number;
}

type Node =
  /** `char`: the literal character it matches, for atoms that match exactly one; `js`: its JavaScript source. */
  | { kind: 'atom'; re2: string; js?: string; char?: string; q?: Quantifier }
  | { kind: 'group'; capture: number | null; look: boolean; alternatives: Node[][]; q?: Quantifier }
  | { kind: 'backref'; group: number | string; q?: Quantifier }
  | { kind: 'assertion'; re2: string };

/** JavaScript's `\s` (RE2's is ASCII only): the class content. */
const JS_SPACE = '\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';
/** JavaScript's `.` without the `s` flag: anything but line terminators (RE2's excludes only `\n`). */
const JS_DOT = '[^\\n\\r\\x{2028}\\x{2029}]';
const NEVER = '[^\\x{0}-\\x{10FFFF}]';
/** Characters RE2 reads as syntax inside a class, escaped when literal. */
const CLASS_SPECIAL = new Set(['[', ']', '\\', '^', '-']);

class ParseError extends Error {}

class PatternParser {
  private i = 0;
  groupCount = 0;
  readonly names = new Map<string, number>();
  /** Capture groups by number, for back-references. */
  readonly groups = new Map<number, Node & { kind: 'group' }>();
  constructor(private readonly source: string, private readonly unicode: boolean) {}

  parse(): Node[][] {
    const alternatives = this.alternatives();
    if (this.i < this.source.length) throw new ParseError('unbalanced )');
    return alternatives;
  }

  private alternatives(): Node[][] {
    const alternatives: Node[][] = [this.sequence()];
    while (this.source[this.i] === '|') {
      this.i++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Node[] {
    const nodes: Node[] = [];
    const s = this.source;
    while (this.i < s.length && s[this.i] !== '|' && s[this.i] !== ')') {
      const node = this.term();
      const q = this.quantifier();
      if (q) {
        if (node.kind === 'assertion') throw new ParseError('quantified assertion');
        node.q = q;
      }
      nodes.push(node);
    }
    return nodes;
  }

  private quantifier(): Quantifier | undefined {
    const s = this.source;
    const c = s[this.i];
    let q: Quantifier | undefined;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return undefined; // a literal brace (outside `u` mode)
      this.i += m[0].length - 1;
      q = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]) };
    }
    if (!q) return undefined;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy: same language
    return q;
  }

  private term(): Node {
    const s = this.source;
    const c = s[this.i];
    if (c === '^' || c === '$') {
      this.i++;
      // Without the `m` flag, JavaScript's anchors are the text's ends: RE2's `\A` and `\z`.
      return { kind: 'assertion', re2: c === '^' ? '\\A' : '\\z' };
    }
    if (c === '(') return this.group();
    if (c === '[') {
      const start = this.i;
      const re2 = this.characterClass();
      return { kind: 'atom', re2, js: s.slice(start, this.i) };
    }
    if (c === '.') {
      this.i++;
      return { kind: 'atom', re2: JS_DOT, js: '.' };
    }
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?') throw new ParseError('nothing to repeat');
    if (c === '{' || c === '}' || c === ']') {
      if (this.unicode) throw new ParseError('lone brace');
      this.i++;
      return { kind: 'atom', re2: '\\' + c };
    }
    const cp = s.codePointAt(this.i)!;
    const char = String.fromCodePoint(cp);
    this.i += char.length;
    return { kind: 'atom', re2: literal(char), char };
  }

  private group(): Node {
    const s = this.source;
    this.i++;
    let capture: number | null = null;
    let look = false;
    if (s[this.i] === '?') {
      const rest = s.slice(this.i, this.i + 4);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) (this.i += 2), (look = true);
      else if (rest.startsWith('?<=') || rest.startsWith('?<!')) (this.i += 3), (look = true);
      else if (rest.startsWith('?<')) {
        const m = /^\?<([A-Za-z_$][\w$]*)>/.exec(s.slice(this.i));
        if (!m) throw new ParseError('bad group');
        this.i += m[0].length;
        capture = ++this.groupCount;
        this.names.set(m[1], capture);
      } else throw new ParseError('bad group');
    } else capture = ++this.groupCount;
    const node: Node & { kind: 'group' } = { kind: 'group', capture, look, alternatives: [] };
    if (capture !== null) this.groups.set(capture, node);
    node.alternatives = this.alternatives();
    if (s[this.i] !== ')') throw new ParseError('unclosed group');
    this.i++;
    return node;
  }

  private escape(): Node {
    const s = this.source;
    const c = s[this.i + 1];
    if (c === undefined) throw new ParseError('trailing backslash');
    if (c === 'b' || c === 'B') {
      this.i += 2;
      return { kind: 'assertion', re2: '\\' + c };
    }
    if (/[1-9]/.test(c)) {
      const m = /^\d+/.exec(s.slice(this.i + 1))!;
      this.i += 1 + m[0].length;
      return { kind: 'backref', group: Number(m[0]) };
    }
    if (c === 'k' && s[this.i + 2] === '<') {
      const m = /^k<([^>]+)>/.exec(s.slice(this.i + 1));
      if (!m) throw new ParseError('bad back-reference');
      this.i += 1 + m[0].length;
      return { kind: 'backref', group: m[1] };
    }
    const start = this.i;
    const re2 = this.escapeText(false);
    // An identity escape (`\.`, `\(`, `\|`…) is one literal character.
    const escaped = s.slice(start + 1, this.i);
    return /^[^\p{L}\p{N}\s]$/u.test(escaped) ? { kind: 'atom', re2, char: escaped } : { kind: 'atom', re2, js: s.slice(start, this.i) };
  }

  /** An escape as RE2 text, inside a class (`[…]` content) or outside. */
  private escapeText(inClass: boolean): string {
    const s = this.source;
    const c = s[this.i + 1];
    this.i += 2;
    switch (c) {
      case 'd':
      case 'D':
      case 'w':
      case 'W':
        return '\\' + c;
      case 's':
        return inClass ? JS_SPACE : `[${JS_SPACE}]`;
      case 'S':
        if (inClass) throw new ParseError('negated space class inside a class');
        return `[^${JS_SPACE}]`;
      case 't':
      case 'n':
      case 'r':
      case 'f':
        return '\\' + c;
      case 'v':
        return '\\x{0B}';
      case '0':
        if (/\d/.test(s[this.i] ?? '')) throw new ParseError('octal escape');
        return '\\x{0}';
      case 'b':
        if (inClass) return '\\x{08}';
        break;
      case 'x': {
        const m = /^[0-9a-fA-F]{2}/.exec(s.slice(this.i));
        if (!m) break;
        this.i += 2;
        return `\\x{${m[0]}}`;
      }
      case 'u': {
        const braced = this.unicode ? /^\{([0-9a-fA-F]+)\}/.exec(s.slice(this.i)) : null;
        if (braced) {
          this.i += braced[0].length;
          return `\\x{${braced[1]}}`;
        }
        const m = /^[0-9a-fA-F]{4}/.exec(s.slice(this.i));
        if (!m) break;
        this.i += 4;
        const unit = parseInt(m[0], 16);
        // A surrogate half only makes sense as UTF-16 code units: left to the native engine.
        if (unit >= 0xd800 && unit <= 0xdfff) throw new ParseError('surrogate escape');
        return `\\x{${m[0]}}`;
      }
      case 'p':
      case 'P': {
        if (!this.unicode) break;
        const m = /^\{([A-Za-z_]+)(?:=([A-Za-z_]+))?\}/.exec(s.slice(this.i));
        if (!m) throw new ParseError('bad property');
        this.i += m[0].length;
        const name = m[2] ?? m[1];
        const general = m[2] === undefined || m[1] === 'General_Category' || m[1] === 'gc' || m[1] === 'Script' || m[1] === 'sc';
        if (!general) throw new ParseError('unsupported property');
        return `\\${c}{${name}}`;
      }
      case 'c':
        throw new ParseError('control escape');
    }
    // An identity escape: the character itself.
    const char = String.fromCodePoint(s.codePointAt(this.i - 1)!);
    this.i += char.length - 1;
    if (inClass) return CLASS_SPECIAL.has(char) ? '\\' + char : literal(char);
    return literal(char);
  }

  private characterClass(): string {
    const s = this.source;
    this.i++;
    let negated = false;
    if (s[this.i] === '^') {
      negated = true;
      this.i++;
    }
    let content = '';
    while (s[this.i] !== ']') {
      if (this.i >= s.length) throw new ParseError('unclosed class');
      const c = s[this.i];
      if (c === '\\') content += this.escapeText(true);
      else if (c === '[' || c === '^' || c === '&' || c === '~' || c === ':') {
        // Literal in JavaScript; `[:`, `&&` and `~~` mean something to other engines.
        content += '\\' + c;
        this.i++;
      } else {
        const char = String.fromCodePoint(s.codePointAt(this.i)!);
        this.i += char.length;
        content += char;
      }
    }
    this.i++;
    if (content === '') return negated ? '[\\x{0}-\\x{10FFFF}]' : NEVER;
    return `[${negated ? '^' : ''}${content}]`;
  }
}

/** A literal character in RE2 syntax (outside a class). */
function literal(char: string): string {
  return /[\\^$.|?*+()[\]{}]/.test(char) ? '\\' + char : char;
}

// ---- Risk: the shapes that make a backtracking engine explode.

interface Shape {
  /**
   * Holds a quantifier whose count varies (`+`, `*`, `?`, `{2,5}`): under a repeat, the same text can then
   * be split between turns in many ways (`(aa?)+`, `(a+)+`).
   */
  varies: boolean;
  /** Holds an alternation whose alternatives may match the same text. */
  alternates: boolean;
}

/** The literal text an alternative starts with (after its assertions): `Mo` for `Mo`, `a` for `a[0-9]`. */
function leadingLiteral(sequence: Node[]): string {
  let text = '';
  for (const node of sequence) {
    if (node.kind === 'assertion' && text === '') continue;
    if (node.kind !== 'atom' || node.char === undefined) break;
    if (node.q && node.q.min === 0) break;
    text += node.char;
    if (node.q) break;
  }
  return text;
}

/**
 * Whether two alternatives may start matching the same text: one's leading literal is a prefix of the
 * other's (`a|ab`, or `[0-9]|1`, whose leading literal is empty). Alternatives made of assertions only
 * (`^|\|`) match no text and take no part. Disjoint words (`Mo|Tu|Th`) cannot multiply the ways to match.
 */
function overlapping(alternatives: Node[][]): boolean {
  const prefixes = alternatives.filter((sequence) => sequence.length === 0 || !sequence.every((node) => node.kind === 'assertion')).map(leadingLiteral);
  for (let a = 0; a < prefixes.length; a++) {
    for (let b = a + 1; b < prefixes.length; b++) {
      if (prefixes[a].startsWith(prefixes[b]) || prefixes[b].startsWith(prefixes[a])) return true;
    }
  }
  return false;
}

/** Beyond this many turns, a bounded quantifier counts as unbounded for the splitting risk. */
const LARGE_REPEAT = 64;

function repeats(q: Quantifier | undefined): boolean {
  return q !== undefined && q.max > 1;
}

function varies(q: Quantifier | undefined): boolean {
  return q !== undefined && q.min !== q.max;
}

/** Whether a node may match text holding `char` (atoms asked to JavaScript, as the pattern reads them; references assumed to). */
function mayMatch(node: Node, char: string, unicode: boolean): boolean {
  if (node.kind === 'assertion') return false;
  if (node.kind === 'backref') return true;
  if (node.kind === 'atom') {
    if (node.char !== undefined) return node.char === char;
    if (node.js === undefined) return true;
    try {
      return new RegExp(`^(?:${node.js})$`, unicode ? 'u' : '').test(char);
    } catch {
      return true;
    }
  }
  return node.alternatives.some((sequence) => sequence.some((inner) => mayMatch(inner, char, unicode)));
}

/**
 * A repeated group whose every turn starts with a delimiter no other part of it can match
 * (`(?:(?:^|,)(…))+`, `(\|[^|]+)*`): where each turn starts is then written in the text, so the repeat
 * cannot multiply the ways to match. The `^` alternative only matches at the start: the first turn.
 */
function delimited(group: Node & { kind: 'group' }, unicode: boolean): boolean {
  if (group.alternatives.length !== 1) return false;
  const [first, ...rest] = group.alternatives[0];
  if (!first) return false;
  let delimiter: string | undefined;
  if (first.kind === 'atom' && first.char !== undefined && !first.q) delimiter = first.char;
  else if (first.kind === 'group' && !first.look && !first.q) {
    for (const alternative of first.alternatives) {
      if (alternative.length === 1 && alternative[0].kind === 'assertion' && alternative[0].re2 === '\\A') continue;
      const [only] = alternative;
      if (alternative.length !== 1 || only.kind !== 'atom' || only.char === undefined || only.q) return false;
      if (delimiter !== undefined && delimiter !== only.char) return false;
      delimiter = only.char;
    }
  }
  return delimiter !== undefined && !rest.some((node) => mayMatch(node, delimiter, unicode));
}

function assessRisks(alternatives: Node[][], parser: PatternParser, unicode: boolean): Set<PatternRisk> {
  const risks = new Set<PatternRisk>();
  let unbounded = 0;
  const visit = (node: Node): Shape => {
    if (node.kind === 'assertion') return { varies: false, alternates: false };
    // A large bound (`\d{1,5000}`) splits a long value as many ways as no bound.
    if (node.q && node.q.max > LARGE_REPEAT) unbounded++;
    if (node.kind === 'atom') return { varies: varies(node.q), alternates: false };
    if (node.kind === 'backref') {
      // A repeated back-reference is as risky as its group repeated.
      const group = typeof node.group === 'number' ? parser.groups.get(node.group) : parser.groups.get(parser.names.get(node.group) ?? -1);
      if (repeats(node.q) && group) {
        const inner = visitGroupContent(group.alternatives, false);
        if (inner.varies) risks.add('nested-quantifier');
      }
      return { varies: varies(node.q), alternates: false };
    }
    const inner = visitGroupContent(node.alternatives, true);
    if (repeats(node.q) && !delimited(node, unicode)) {
      if (inner.varies) risks.add('nested-quantifier');
      if (inner.alternates) risks.add('alternation-under-quantifier');
    }
    return { varies: inner.varies || varies(node.q), alternates: inner.alternates };
  };
  const visitGroupContent = (content: Node[][], count: boolean): Shape => {
    const before = unbounded;
    const shape: Shape = { varies: false, alternates: content.length > 1 && overlapping(content) };
    for (const sequence of content) {
      for (const node of sequence) {
        const inner = visit(node);
        shape.varies ||= inner.varies;
        shape.alternates ||= inner.alternates;
      }
    }
    if (!count) unbounded = before;
    return shape;
  };
  visitGroupContent(alternatives, true);
  // Two unbounded quantifiers can split a long value in quadratically many ways (`\d+\d+`, `.*a.*`).
  if (unbounded >= 2) risks.add('adjacent-quantifiers');
  return risks;
}

// ---- RE2 text: the same language, or a superset / subset when the pattern needs what RE2 lacks.

/** `exact`: fails on back-references and lookarounds; `superset` / `subset`: bounds around them. */
type Translation = 'exact' | 'superset' | 'subset';

class Untranslatable extends Error {}

function nullable(alternatives: Node[][]): boolean {
  return alternatives.some((sequence) =>
    sequence.every((node) => {
      // Assertions and references may match empty only in some places: not counted as empty.
      if (node.kind === 'assertion') return false;
      if (node.q && node.q.min === 0) return true;
      if (node.kind === 'atom' || node.kind === 'backref') return false;
      return !node.look && nullable(node.alternatives);
    }),
  );
}

function toRe2(alternatives: Node[][], parser: PatternParser, mode: Translation, referenced: Set<number>): string {
  const quantifier = (q: Quantifier | undefined): string => {
    if (!q) return '';
    if (q.min === 0 && q.max === Infinity) return '*';
    if (q.min === 1 && q.max === Infinity) return '+';
    if (q.min === 0 && q.max === 1) return '?';
    return q.max === Infinity ? `{${q.min},}` : q.min === q.max ? `{${q.min}}` : `{${q.min},${q.max}}`;
  };
  const groupOf = (ref: number | string) => parser.groups.get(typeof ref === 'number' ? ref : parser.names.get(ref) ?? -1);
  const emit = (node: Node): string => {
    if (node.kind === 'assertion' || node.kind === 'atom') return node.re2 + (node.kind === 'atom' ? quantifier(node.q) : '');
    if (node.kind === 'backref') {
      if (mode === 'exact') throw new Untranslatable('back-reference');
      // Superset: anything the group could match, or nothing (a group that did not take part).
      // Subset: the referenced group is forced to match the empty string, so the reference matches it too.
      if (mode === 'subset') return '';
      const group = groupOf(node.group);
      if (!group) return '';
      return `(?:(?:${sequenceText(group.alternatives)})?)${quantifier(node.q)}`;
    }
    if (node.look) {
      if (mode === 'exact') throw new Untranslatable('lookaround');
      // Dropping an assertion only widens the language; refusing everything narrows it.
      return mode === 'superset' ? '' : NEVER;
    }
    if (mode === 'subset' && node.capture !== null && referenced.has(node.capture)) {
      return nullable(node.alternatives) ? '' : NEVER;
    }
    return `(?:${sequenceText(node.alternatives)})${quantifier(node.q)}`;
  };
  const sequenceText = (content: Node[][]): string => content.map((sequence) => sequence.map(emit).join('')).join('|');
  return sequenceText(alternatives);
}

function referencedGroups(alternatives: Node[][], parser: PatternParser): Set<number> {
  const found = new Set<number>();
  const visit = (content: Node[][]) => {
    for (const sequence of content) {
      for (const node of sequence) {
        if (node.kind === 'backref') {
          const n = typeof node.group === 'number' ? node.group : parser.names.get(node.group);
          if (n !== undefined) found.add(n);
        } else if (node.kind === 'group') visit(node.alternatives);
      }
    }
  };
  visit(alternatives);
  return found;
}

function compileRe2(body: string): RE2JS | null {
  try {
    return re2().compile(`\\A(?:${body})\\z`);
  } catch {
    return null;
  }
}

// ---- The guarded native match: a time budget V8 enforces (a regex is interrupted like any script).

class GuardedNative {
  private readonly context: Context;
  private static readonly script = new Script('regex.test(value)');
  /** The shortest value that used up its budget: longer ones are not tried. */
  private shortestTooCostly = Infinity;
  constructor(regex: RegExp) {
    this.context = createContext({ regex, value: '' });
    // The first run in a fresh context compiles the script: not to be counted against a cell's budget.
    GuardedNative.script.runInContext(this.context);
  }
  test(value: string): PatternVerdict {
    if (value.length >= this.shortestTooCostly) return 'too-costly';
    this.context.value = value;
    try {
      return GuardedNative.script.runInContext(this.context, { timeout: GUARDED_BUDGET_MS }) === true;
    } catch {
      this.shortestTooCostly = value.length;
      return 'too-costly';
    }
  }
}

/**
 * Compiles a schema pattern for whole-value matching in bounded time. Null when JavaScript cannot compile
 * it (the schema's error, reported as such).
 */
export function compileSafePattern(pattern: string): SafePattern | null {
  const native = compileWholePattern(pattern);
  if (!native) return null;
  let parser: PatternParser;
  let tree: Node[][];
  try {
    parser = new PatternParser(pattern, native.unicode);
    tree = parser.parse();
  } catch {
    // Valid for JavaScript yet beyond our reading of it: trusted to nothing but the budget.
    const guarded = new GuardedNative(native);
    return { pattern, engine: 'guarded', risks: ['unparsed'], test: (value) => guarded.test(value) };
  }
  const risks = [...assessRisks(tree, parser, native.unicode)];
  if (risks.length === 0) return { pattern, engine: 'native', risks, test: (value) => native.test(value) };

  let exact: RE2JS | null = null;
  try {
    exact = compileRe2(toRe2(tree, parser, 'exact', new Set()));
  } catch (error) {
    if (!(error instanceof Untranslatable)) throw error;
  }
  if (exact) {
    const linear = exact;
    return { pattern, engine: 'linear', risks, test: (value) => linear.test(value) };
  }

  const referenced = referencedGroups(tree, parser);
  const superset = safeTranslation(tree, parser, 'superset', referenced);
  const subset = safeTranslation(tree, parser, 'subset', referenced);
  const guarded = new GuardedNative(native);
  return {
    pattern,
    engine: 'guarded',
    risks,
    test(value) {
      if (superset && !superset.test(value)) return false;
      if (subset && subset.test(value)) return true;
      return guarded.test(value);
    },
  };
}

function safeTranslation(tree: Node[][], parser: PatternParser, mode: Translation, referenced: Set<number>): RE2JS | null {
  try {
    return compileRe2(toRe2(tree, parser, mode, referenced));
  } catch {
    return null;
  }
}
