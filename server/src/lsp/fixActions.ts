// Quick fixes as code actions, in three scopes: this cell (one action per offer; several choices when a value
// has several readings), this column ("Fix all 12 dates in `date_maj`"), and the whole file (source.fixAll,
// safe fixes only). Each action is one versioned workspace edit: one undo step, refused on a stale document.
// A label rename also records the original labels in the table's metadata sidecar, in the same edit.
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FixOffer, FixSession, Problem } from '../engine';
import { t, type Locale } from '../i18n';
import type { DiagnosticData } from './diagnostics';
import { diskSidecarLookup, sidecarEditFor, type SidecarLookup } from './fixSidecar';

function problemOf(diagnostic: Diagnostic): Problem | undefined {
  return (diagnostic.data as DiagnosticData | undefined)?.problem;
}

function textEdits(document: TextDocument, offer: FixOffer): TextEdit[] {
  return offer.edits.map((edit) => ({ range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.newText }));
}

function action(document: TextDocument, offer: FixOffer, kind: string, locale: Locale, diagnostics: Diagnostic[] | undefined, preferred: boolean, sidecars: SidecarLookup): CodeAction {
  const sidecar = sidecarEditFor(document.uri, offer, sidecars);
  return {
    title: t(offer.title.key, locale, offer.title.params),
    kind,
    ...(diagnostics ? { diagnostics } : {}),
    ...(preferred ? { isPreferred: true } : {}),
    edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: textEdits(document, offer) }, ...(sidecar ? [sidecar] : [])] },
  };
}

/** True when the request asks for this kind (no `only`: every kind). */
function wants(context: CodeActionContext, kind: string): boolean {
  if (!context.only || context.only.length === 0) return true;
  return context.only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

export function fixCodeActions(document: TextDocument, session: FixSession, context: CodeActionContext, locale: Locale, sidecars: SidecarLookup = diskSidecarLookup): CodeAction[] {
  const actions: CodeAction[] = [];
  let anyFix = false;
  if (wants(context, CodeActionKind.QuickFix)) {
    const columnsDone = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      const problem = problemOf(diagnostic);
      if (!problem) continue;
      const { offers } = session.proposalFor(problem);
      if (offers.length === 0) continue;
      anyFix = true;
      offers.forEach((offer, index) => actions.push(action(document, offer, CodeActionKind.QuickFix, locale, [diagnostic], index === 0 && offer.safety === 'safe', sidecars)));
      // The column scope gathers the cells of this kind that have a single fix (an ambiguous cell can still offer it).
      const kind = offers[0].kind;
      if (problem.fieldNumber === undefined) continue;
      const columnKey = `${problem.code}|${problem.fieldNumber}|${kind}`;
      if (columnsDone.has(columnKey)) continue;
      columnsDone.add(columnKey);
      const column = session.columnFix(problem, kind);
      if (column) actions.push(action(document, column.offer, CodeActionKind.QuickFix, locale, [diagnostic], false, sidecars));
    }
  }
  // The file scope: asked for explicitly as source.fixAll (the Source Action menu, fix on save), or shown
  // beside a diagnostic's quick fixes as one more quick fix (editors keep source actions out of that menu).
  const explicit = context.only?.some((asked) => CodeActionKind.SourceFixAll === asked || CodeActionKind.SourceFixAll.startsWith(`${asked}.`) || asked === CodeActionKind.Source);
  if (explicit || anyFix) {
    const all = session.fixAll('safe');
    if (all) actions.push(action(document, all.offer, explicit ? CodeActionKind.SourceFixAll : CodeActionKind.QuickFix, locale, undefined, false, sidecars));
  }
  return actions;
}
