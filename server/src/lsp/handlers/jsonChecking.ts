// Checking open JSON datasets (issue #17) without ever holding typing up. The engine's check of a JSON
// document is one call over the whole text (parse, schema, positions): a small document (up to
// IN_PROCESS_CHARS) is checked on the server's thread at once, after a turn of the event loop that lets a
// keystroke already sent be handled first; a bigger one (a national DECP of 40 MB) on the check thread
// (jsonCheckThread.ts: it holds a copy of the document, kept up to date with its edits), after the edit burst (QUIET_MS without an edit), with work-done progress when it
// lasts. A newer version stops the check of an older one, whose result is never published.
import { randomUUID } from 'node:crypto';
import { WorkDoneProgress, WorkDoneProgressCreateRequest, type WorkDoneProgressBegin, type WorkDoneProgressEnd } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { t } from '../../i18n';
import { SchemaInForceNotification, type SchemaInForce } from '../../protocol';
import { toDiagnostics } from '../diagnostics';
import { yieldToInput } from '../inputWatch';
import { JsonCheckThread, SupersededCheck } from '../jsonCheckThread';
import { namesSchema, type JsonResult } from '../jsonChecks';
import { neverCheckedAsDataset } from '../jsonDocuments';
import { mayBeDataset, SHAPE_CHARS } from '../jsonShapeGate';
import { headAndLength } from '../jsonTextDocument';
import type { ServerState } from '../serverState';
import { trace } from '../trace';
import { ValidationScheduler } from '../validationScheduler';

/** Up to this many characters a JSON document is checked on the server's thread (a few milliseconds). */
export const IN_PROCESS_CHARS = 256 * 1024;
/** A big document is checked again once no edit came for this long (the end of the edit burst). */
export const QUIET_MS = 200;
/** A check of a big document that lasts longer than this shows work-done progress (a first check at once). */
const PROGRESS_AFTER_MS = 300;

/** The status bar's state for a JSON document's result. */
export function jsonSchemaState(result: JsonResult): SchemaInForce {
  const schema = result.report.schema;
  const source: SchemaInForce['source'] = !schema ? 'none' : schema.source === 'option' ? 'setting' : schema.source === 'dollar-schema' ? 'document' : schema.source;
  return {
    uri: result.uri,
    ...(schema ? { ref: schema.ref, title: schema.title, id: schema.id, version: schema.version } : {}),
    source,
    errors: result.totals.errors,
    warnings: result.totals.warnings,
  };
}

export class JsonChecking {
  private readonly scheduler = new ValidationScheduler((uri, version, isCurrent) => this.run(uri, version, isCurrent));
  readonly thread = new JsonCheckThread();
  /** When each document last changed (an edit burst ends QUIET_MS after its last edit). */
  private readonly changedAt = new Map<string, number>();
  /** The documents whose schema the status bar was told (it is told when they no longer have one). */
  private readonly toldSchema = new Set<string>();
  /** The documents checked at least once (a first check of a big one starts at once, with its progress). */
  private readonly checkedOnce = new Set<string>();

  constructor(private readonly state: ServerState) {
    // The check thread's mirror of a big document follows its edits (a few bytes each, not its text).
    state.documents.onChangesApplied = (uri, version, changes) => this.thread.changed(uri, version, changes);
  }

  schedule(document: TextDocument): void {
    this.changedAt.set(document.uri, Date.now());
    // A big document's older check is stopped now: its thread is free for the newer one at the end of the burst.
    if (this.checkedOnce.has(document.uri)) this.thread.cancel(document.uri);
    this.scheduler.schedule(document);
  }

  forget(uri: string): void {
    this.scheduler.forget(uri);
    this.thread.close(uri);
    this.changedAt.delete(uri);
    this.checkedOnce.delete(uri);
    this.toldSchema.delete(uri);
    this.state.json.forget(uri);
  }

  dispose(): void {
    this.thread.dispose();
  }

  private async run(uri: string, version: number, isCurrent: () => boolean): Promise<void> {
    const { state } = this;
    await state.settingsReady;
    if (!isCurrent()) return;
    const document = state.documents.get(uri);
    if (!document || document.version !== version) return;
    // Configuration, schemas, the project's own settings: never read, never a diagnostic.
    if (neverCheckedAsDataset(uri)) return;
    const big = headAndLength(document, 0).length > IN_PROCESS_CHARS;
    const first = !this.checkedOnce.has(uri);
    this.checkedOnce.add(uri);
    try {
      if (!big) {
        await yieldToInput();
        if (!isCurrent() || document.version !== version) return;
        const { settings } = state;
        const inputs = state.json.inputsFor(uri, document.getText(), settings, state.workspaceFolders);
        this.publish(state.json.checkHere(uri, version, inputs, settings.maxProblems));
        return;
      }
      if (!first) {
        // The end of the edit burst: QUIET_MS after the last edit (a newer edit makes this run stale).
        for (;;) {
          const wait = (this.changedAt.get(uri) ?? 0) + QUIET_MS - Date.now();
          if (wait <= 0) break;
          await new Promise((resolve) => setTimeout(resolve, wait));
          if (!isCurrent()) return;
        }
      }
      await this.checkOffThread(document, version, isCurrent, first);
    } catch (error) {
      if (!(error instanceof SupersededCheck)) state.logFailure('Validation', uri, error);
    }
  }

  private async checkOffThread(document: TextDocument, version: number, isCurrent: () => boolean, first: boolean): Promise<void> {
    const { state } = this;
    const { uri } = document;
    const { settings } = state;
    // The text is the check thread's own copy, kept up to date with the edits: none is built here.
    const inputs = state.json.inputsFor(uri, '', settings, state.workspaceFolders);
    const chars = headAndLength(document, 0).length;
    // Nothing names a schema: a look at the document's start (copied only then) tells whether it may be a dataset at all.
    if (!namesSchema(inputs) && !mayBeDataset(headAndLength(document, SHAPE_CHARS).head, inputs.path, inputs.detect)) {
      trace('json no dataset by its shape', { version, chars });
      this.publish(state.json.keepNoDataset(uri, version));
      return;
    }
    const progress = this.progress(chars);
    const timer = first ? undefined : setTimeout(() => progress.begin(), PROGRESS_AFTER_MS);
    if (first) progress.begin();
    trace('json check start', { version, chars });
    try {
      const report = await this.thread.check(document, inputs);
      if (!isCurrent() || document.version !== version || state.documents.get(uri) !== document) return;
      const textOf = () => (document.version === version && state.documents.get(uri) === document ? document.getText() : undefined);
      this.publish(state.json.keepThreadReport(uri, version, inputs, textOf, report, settings.maxProblems));
      trace('json check published', { version, problems: report.problems.length });
    } finally {
      clearTimeout(timer);
      progress.done();
    }
  }

  /** Publishes a JSON document's diagnostics (none when no schema applies) and its schema state. */
  private publish(result: JsonResult): void {
    const { state } = this;
    void state.connection.sendDiagnostics({ uri: result.uri, version: result.version, diagnostics: toDiagnostics(result.shown, state.locale) });
    // The status bar shows the schema of a dataset; a JSON file that is none says nothing, unless it was
    // one (a setting now says "none"): then its state says so. A text that stops parsing keeps its schema.
    if (result.lastSchema) return;
    if (result.report.schema) this.toldSchema.add(result.uri);
    else if (!this.toldSchema.delete(result.uri)) return;
    void state.connection.sendNotification(SchemaInForceNotification.type, jsonSchemaState(result));
  }

  /**
   * Work-done progress of a long check: the engine's check is one call, so it has no percentage (the
   * editor shows a running bar), and says how much text is checked.
   */
  private progress(chars: number): { begin(): void; done(): void } {
    const { state } = this;
    let token: string | undefined;
    const send = (value: WorkDoneProgressBegin | WorkDoneProgressEnd) => void state.connection.sendProgress(WorkDoneProgress.type, token!, value).catch(() => undefined);
    return {
      begin: () => {
        if (token || !state.capabilities.showProgress) return;
        token = `opendata-lint-json-${randomUUID()}`;
        void state.connection.sendRequest(WorkDoneProgressCreateRequest.type, { token }).catch(() => undefined);
        const megabytes = (chars / 1e6).toLocaleString(state.locale === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 1 });
        send({ kind: 'begin', title: t('progress.validation.title', state.locale), message: t('progress.json.checking', state.locale, { megabytes }), cancellable: false });
      },
      done: () => {
        if (token) send({ kind: 'end' });
        token = undefined;
      },
    };
  }
}
