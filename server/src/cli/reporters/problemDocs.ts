// Reads the per-code entries of docs/problems.md (shipped beside dist/) so that reports can carry each
// code's explanation (SARIF rule help). Absent docs are not an error: reports then link to them only.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../../i18n';

export interface ProblemDoc {
  /** The whole entry, Markdown, both languages. */
  markdown: string;
  /** What the problem means, plain text, per language (English "What it means", the French line). */
  meaning: Partial<Record<Locale, string>>;
}

/** Plain text from a Markdown paragraph: no emphasis markers, code spans kept as their text. */
function plain(markdown: string): string {
  return markdown
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseProblemDocs(text: string): Map<string, ProblemDoc> {
  const docs = new Map<string, ProblemDoc>();
  const sections = text.split(/^## /m).slice(1);
  for (const section of sections) {
    const newline = section.indexOf('\n');
    const code = (newline < 0 ? section : section.slice(0, newline)).trim();
    if (!/^[\w.-]+$/.test(code)) continue;
    const body = newline < 0 ? '' : section.slice(newline + 1).trim();
    const paragraphs = body.split(/\n\s*\n/).map((paragraph) => paragraph.trim());
    const meaning: Partial<Record<Locale, string>> = {};
    const english = paragraphs.find((paragraph) => paragraph.startsWith('**What it means.**'));
    if (english) meaning.en = plain(english.slice('**What it means.**'.length));
    const french = paragraphs.find((paragraph) => /^\*FR [—-]/.test(paragraph));
    if (french) meaning.fr = plain(french.replace(/^\*FR [—-]\s*/, '').replace(/\*$/, ''));
    docs.set(code, { markdown: body, meaning });
  }
  return docs;
}

let cached: Map<string, ProblemDoc> | undefined;

/** docs/problems.md found from the bundle (dist/cli.js → ../docs) or from the sources. */
function findProblemsDoc(): string | undefined {
  let dir = __dirname;
  for (let depth = 0; depth < 5; depth++) {
    const candidate = path.join(dir, 'docs', 'problems.md');
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}

export function problemDocs(): Map<string, ProblemDoc> {
  if (!cached) {
    const file = findProblemsDoc();
    cached = file ? parseProblemDocs(readFileSync(file, 'utf8')) : new Map();
  }
  return cached;
}

/** The first sentence of a text (for one-line descriptions). */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/.exec(text);
  return match ? match[1] : text;
}
