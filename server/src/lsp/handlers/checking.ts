// Checking open documents: every table the same way, whatever its size. An edit has re-checked its rows
// when the check starts (see TableDocument.applyChanges); the rest of the work (a first check, a quote
// that re-splits the rest of the file) runs in slices, and the first page of problems goes out as soon as
// it is final. A small table gets everything before its diagnostics are published (its whole-table pass,
// its fix notes); a big one gets them once it stands still, in short slices that yield to any message
// from the editor (the next keystroke is never queued behind them), and its notes are kept by row.
import { SchemaInForceNotification, type SchemaInForce } from '../../protocol';
import { randomUUID } from 'node:crypto';
import { CodeLensRefreshRequest, WorkDoneProgress, WorkDoneProgressCreateRequest, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { t } from '../../i18n';
import type { Problem } from '../../engine/problems/problem';
import type { Arrival } from '../arrivingDocuments';
import { problemTotals } from '../codeLens';
import { outputFlushed } from '../connection';
import { toDiagnostics } from '../diagnostics';
import { isGarbled, type DocumentResult, type SchemaChoice } from '../documentChecks';
import { attachFixNotes } from '../fixNotes';
import { yieldToInput } from '../inputWatch';
import type { ServerState } from '../serverState';
import { publishSidecarDiagnostics } from '../sidecarServer';
import { isJsonDocument } from '../jsonDocuments';
import { isTableDocument, type TableDocument } from '../tableDocument';
import { JsonChecking } from './jsonChecking';
import { memoryDetail, trace, tracing } from '../trace';
import { ValidationScheduler } from '../validationScheduler';

/**
 * Up to this many characters, a table gets its whole-table pass and its fix notes before its diagnostics
 * are published (tens of milliseconds at most); a bigger one once it stands still.
 */
export const AT_ONCE_CHARS = 1 << 20;
/** Work on a big table that waits until it stood still this long: its whole-table checks, its fix notes. */
const STILL_MS = 400;
/** Checks that take longer than this show work-done progress. */
const PROGRESS_AFTER_MS = 300;
/** Past this much text, an arriving document whose first page is not full yet no longer holds reading. */
const ARRIVING_HOLD_CHARS = 8 << 20;

export function schemaState(result: DocumentResult): SchemaInForce {
  const { schema } = result;
  return {
    uri: result.uri,
    ref: schema.schema ? schema.ref : undefined,
    title: schema.title,
    id: schema.id,
    version: schema.version,
    source: schema.schema ? (schema.source === 'option' ? 'setting' : schema.source) : 'none',
    error: schema.schema ? undefined : schema.problems.find((p) => p.severity === 'error') ? schema.ref : undefined,
    ...problemTotals(result),
  };
}

export class Checking {
  readonly scheduler: ValidationScheduler;
  /** The schema state last told for each document, to refresh code lenses when it changes. */
  private readonly toldStates = new Map<string, string>();
  /** The version of each table whose first page was published early (it is not published twice). */
  private readonly earlyPages = new Map<string, number>();
  /** The problems last shown for each table, with their version (the notes computed later are theirs). */
  private readonly shown = new Map<string, { version: number; problems: Problem[] }>();
  private readonly stillTimers = new Map<string, NodeJS.Timeout>();
  /** JSON datasets (`.json`, `.geojson`): checked their own way, scheduled from here like every document. */
  readonly json: JsonChecking;
  constructor(private readonly state: ServerState) {
    this.scheduler = new ValidationScheduler((uri, version, isCurrent) => this.run(uri, version, isCurrent));
    this.json = new JsonChecking(state);
  }

  /** Checks a document again (a newer version, or a file it depends on changed: its schema is chosen again). */
  schedule(document: TextDocument, { related = false } = {}): void {
    if (!this.state.documents.table(document.uri) && isJsonDocument(document)) {
      this.json.schedule(document);
      return;
    }
    const table = this.state.documents.table(document.uri);
    if (related && table) this.state.checks.invalidate(table);
    this.scheduler.schedule(document);
  }

  forget(uri: string): void {
    this.json.forget(uri);
    this.scheduler.forget(uri);
    this.earlyPages.delete(uri);
    this.shown.delete(uri);
    clearTimeout(this.stillTimers.get(uri));
    this.stillTimers.delete(uri);
    this.toldStates.delete(uri);
  }

  private async run(uri: string, version: number, isCurrent: () => boolean): Promise<void> {
    const { state } = this;
    await state.settingsReady;
    if (!isCurrent()) return;
    const document = state.documents.get(uri);
    if (!document || document.version !== version) return;
    if (state.sidecars.isSidecar(uri)) {
      try {
        publishSidecarDiagnostics(state.connection, state.sidecars, document, isCurrent, state.locale, state.settings.maxProblems);
      } catch (error) {
        state.logFailure('Validation', uri, error);
      }
      return;
    }
    const table = state.documents.table(uri);
    if (table) await this.check(table, version, isCurrent);
  }

  /**
   * Checks a table, in slices (requests are answered meanwhile), and publishes capped diagnostics. When the
   * work is long (a first check, a quote that changes how the rest of the file splits), the first page of
   * problems goes out as soon as it is final (see `IncrementalTable.firstProblemsFinal`), with the summary's
   * counts as far as the check got; the complete diagnostics and the true totals follow when the work ends.
   */
  private async check(document: TableDocument, version: number, isCurrent: () => boolean): Promise<void> {
    const { state } = this;
    const { uri } = document;
    const progress = this.progress();
    state.fixSessions.dropOlder(uri, version);
    try {
      trace('check start', { version });
      const { settings } = state;
      const choice = state.checks.prepare(document, settings, state.workspaceFolders);
      trace('schema chosen');
      const table = document.table;
      // A first check of a big table shows its progress from the start (an edit's, after PROGRESS_AFTER_MS).
      const firstCheck = table.isPending && table.rowCount === 0 && document.length > AT_ONCE_CHARS;
      if (firstCheck) progress.report(0, document.lineCount - 1);
      // The check of a document that was arriving may have published its first page already.
      let pagePublished = this.earlyPages.get(uri) === version;
      const settled = await state.checks.settle(document, {
        isCurrent,
        afterStep: () => {
          if (pagePublished || !table.firstProblemsFinal(settings.maxProblems)) return;
          pagePublished = true;
          this.earlyPages.set(uri, version);
          const { shown } = state.checks.result(document, choice, settings.maxProblems);
          void state.connection.sendDiagnostics({ uri, version, diagnostics: toDiagnostics(shown, state.locale) });
          trace('first page published', { version, rows: table.rowCount });
          // Let the page reach the editor before the work goes on.
          return outputFlushed();
        },
        progress: (_rows, elapsed) => {
          // Rows are estimated from lines until the check ends (a multi-line cell makes them fewer).
          if (firstCheck || elapsed >= PROGRESS_AFTER_MS) progress.report(table.rowCount, document.lineCount - 1);
        },
      });
      if (!settled || document.version !== version) return;
      const atOnce = document.length <= AT_ONCE_CHARS;
      const needsPass = state.checks.needsTablePass(choice) && !state.checks.hasCurrentPass(document, settings);
      if (needsPass && atOnce && !(await state.checks.runTablePass(document, settings, isCurrent))) return;
      const notesMissing = this.publish(document, choice, atOnce);
      if (!atOnce && (needsPass || notesMissing)) this.whenStill(document, version, choice);
      if (tracing) trace('check complete', { version, rows: table.rowCount, rowsChecked: table.rowsChecked, ...memoryDetail() });
    } catch (error) {
      state.logFailure('Validation', uri, error);
    } finally {
      progress.done();
    }
  }

  /**
   * Publishes a table's diagnostics and schema state: with the fix notes of a small table (from its fix
   * session, which code actions then reuse), or those known of a big one's rows. Returns whether a big
   * table's problems shown lack notes.
   */
  private publish(document: TableDocument, choice: SchemaChoice, atOnce: boolean): boolean {
    const { state } = this;
    const { result, shown } = state.checks.result(document, choice, state.settings.maxProblems);
    const diagnostics = toDiagnostics(shown, state.locale);
    let notesMissing = false;
    if (!isGarbled(result)) {
      try {
        if (atOnce) attachFixNotes(document.uri, diagnostics, shown, state.fixSessions.sessionFor(document, result), state.locale);
        else notesMissing = state.rowNotes.attachKnown(document, diagnostics, shown, state.locale);
      } catch (error) {
        state.logFailure('Fix notes', document.uri, error);
      }
    }
    this.shown.set(document.uri, { version: document.version, problems: shown });
    void state.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    this.publishSchemaState(result);
    return notesMissing;
  }

  private notesMissing(document: TableDocument): boolean {
    const shown = this.shown.get(document.uri);
    if (!shown || shown.version !== document.version) return false;
    return this.state.rowNotes.hasMissing(document, shown.problems);
  }

  /**
   * Once a big table stood still at `version` for STILL_MS: its whole-table checks when it has no schema
   * (then its diagnostics again with their problems), then the fix notes of the rows shown that have none
   * yet (then its diagnostics again with them). A newer version stops both (its own check asks again).
   */
  private whenStill(document: TableDocument, version: number, choice: SchemaChoice): void {
    const { state } = this;
    const uri = document.uri;
    clearTimeout(this.stillTimers.get(uri));
    const isCurrent = () => state.documents.table(uri) === document && document.version === version && !document.table.isPending;
    const timer = setTimeout(async () => {
      this.stillTimers.delete(uri);
      if (!isCurrent()) return;
      try {
        const { settings } = state;
        if (state.checks.needsTablePass(choice) && !state.checks.hasCurrentPass(document, settings)) {
          trace('table pass start', { version });
          if (!(await state.checks.runTablePass(document, settings, isCurrent))) return;
          this.publish(document, choice, false);
          trace('table pass published', { version });
        }
        const shown = this.shown.get(uri);
        const result = state.checks.lastResult(uri);
        if (!shown || shown.version !== version || !result || result.version !== version || isGarbled(result)) return;
        if (!this.notesMissing(document)) return;
        if (!(await state.rowNotes.compute(document, result, shown.problems, isCurrent, yieldToInput))) return;
        const diagnostics = toDiagnostics(shown.problems, state.locale);
        state.rowNotes.attachKnown(document, diagnostics, shown.problems, state.locale);
        if (diagnostics.some((diagnostic) => diagnostic.relatedInformation)) void state.connection.sendDiagnostics({ uri, version, diagnostics });
        trace('notes published', { version });
      } catch (error) {
        state.logFailure('Work after a pause', uri, error);
      }
    }, STILL_MS);
    timer.unref();
    this.stillTimers.set(uri, timer);
  }

  /**
   * Tells the client the schema in force and the counts (status bar), and asks the editor to fetch code
   * lenses again when they changed: the editor asks for lenses when the text changes, often before the
   * check that gives their counts is done, and never when only the plan changed (a schema chosen).
   */
  publishSchemaState(result: DocumentResult): void {
    const { connection, capabilities } = this.state;
    const state = schemaState(result);
    void connection.sendNotification(SchemaInForceNotification.type, state);
    const told = JSON.stringify(state);
    if (this.toldStates.get(result.uri) === told) return;
    this.toldStates.set(result.uri, told);
    if (capabilities.refreshCodeLenses) void connection.sendRequest(CodeLensRefreshRequest.type);
  }

  /**
   * Work-done progress of a long check: begun on the first report, ended by `done`. Its token is created
   * with a request the editor answers in order with what it sends: while a big didOpen arrives, its answer
   * waits behind the document. The begin is sent at once after the request rather than after the answer
   * (the editor handles the request, and creates the progress, before the notifications that follow it),
   * so that the progress shows from the start of a cold open.
   */
  private progress(): { report(checked: number, total: number): void; done(): void } {
    const { state } = this;
    const { connection } = state;
    let token: string | undefined;
    const send = (value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd) => void connection.sendProgress(WorkDoneProgress.type, token!, value).catch(() => undefined);
    const format = (n: number) => n.toLocaleString(state.locale === 'fr' ? 'fr-FR' : 'en-US');
    return {
      report: (checked, total) => {
        if (!state.capabilities.showProgress) return;
        total = Math.max(1, Math.round(total));
        checked = Math.min(checked, total);
        const message = t('progress.validation.rows', state.locale, { checked: format(checked), total: format(total) });
        const percentage = Math.floor((checked * 100) / total);
        if (token) return send({ kind: 'report', percentage, message });
        token = `opendata-lint-check-${randomUUID()}`;
        // A refusal (an editor without progress) leaves the notifications unheard: nothing to do about it.
        void connection.sendRequest(WorkDoneProgressCreateRequest.type, { token }).catch(() => undefined);
        send({ kind: 'begin', title: t('progress.validation.title', state.locale), cancellable: false, message, percentage });
      },
      done: () => {
        if (token) send({ kind: 'end' });
      },
    };
  }

  /**
   * Checks a big table while its didOpen still arrives (see arrivingDocuments.ts): the first page of
   * problems goes out as soon as it is final, the text so far minus its last row (perhaps cut short); the
   * check goes on as text comes, and the document opened takes it over when the whole message is read.
   */
  async checkArriving(document: TableDocument, arrival: Arrival, giveUp: () => void): Promise<void> {
    const { state } = this;
    const { uri, version } = document;
    try {
      // The editor answers the request for its settings after it has sent the whole document: when the
      // table's sidecar names its schema (it wins over any setting), the check need not wait for them.
      if (!state.settingsAreKnown && !state.checks.sidecarNamesSchema(uri)) await state.settingsReady;
      if (!arrival.arriving) return;
      trace('check start', { version, arriving: true });
      const { settings } = state;
      const choice = state.checks.prepare(document, settings, state.workspaceFolders);
      trace('schema chosen', { arriving: true });
      const table = document.table;
      // Custom checks that judge the whole table check everything again after each edit, and appending is one.
      if (table.checksWholeTable) {
        giveUp();
        return;
      }
      // A document checked while it arrives is a big one: its progress shows from the start.
      const progress = this.progress();
      let published = false;
      const publishIfFinal = (): Promise<void> | undefined => {
        if (published || !table.firstProblemsFinal(settings.maxProblems, { textComplete: false })) return undefined;
        published = true;
        this.earlyPages.set(uri, version);
        trace('first page final', { rows: table.rowCount });
        const { shown } = state.checks.result(document, choice, settings.maxProblems, { arriving: true });
        void state.connection.sendDiagnostics({ uri, version, diagnostics: toDiagnostics(shown, state.locale) });
        trace('first page published', { version, rows: table.rowCount, arriving: true });
        arrival.release();
        return outputFlushed();
      };
      let reported = 0;
      const report = () => {
        const now = Date.now();
        if (now - reported < 100) return;
        reported = now;
        // The rows of the whole text are estimated from the share of the message read so far.
        progress.report(table.rowCount, (document.lineCount - 1) / Math.max(arrival.share, 1e-3));
      };
      try {
        while (arrival.arriving) {
          // Until the first page is out, the text that came is checked before more is read (in the first
          // megabytes only: a file with few problems fills no page, and is read at full speed then).
          if (!published && table.text.length < ARRIVING_HOLD_CHARS) arrival.hold();
          await state.checks.settle(document, { isCurrent: () => arrival.arriving, afterStep: publishIfFinal, progress: report });
          if (!arrival.arriving) break;
          await publishIfFinal();
          report();
          await arrival.more();
        }
      } finally {
        // The open document's check shows its own progress.
        progress.done();
      }
    } catch (error) {
      giveUp();
      state.logFailure('Validation', uri, error);
    }
  }
}

export { isTableDocument };
