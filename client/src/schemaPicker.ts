// The catalog quick pick of a document: before anything is typed, the server's order (the schema detected
// from the header, the schemas sharing its columns, then the catalog by title); as the user types, the
// engine's search (titles, the names people give the data, keywords, descriptions, publishers), run here
// on the entries the server sent. Then recording the choice in the workspace settings
// (`opendataLint.schemas`, keyed by the file's path in its folder).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { prepareSearch, searchSchemas, searchWords } from '../../server/src/engine/schema/catalogSearch';
import { CatalogForDocumentRequest, type RankedCatalogEntry } from '../../server/src/protocol';
import { NO_SCHEMA_REF } from '../../server/src/engine/plan/noSchema';
import { locale, t } from './i18n';

/** For extension-host tests: what the open picker shows. Not contributed in package.json. */
const TEST_STATE_COMMAND = 'opendataLint.schemaPicker.testState';

interface SchemaItem extends vscode.QuickPickItem {
  entry?: RankedCatalogEntry;
}

/** What the picker shows, for tests: its value and its items in order (separators included, `kind` set). */
export interface SchemaPickerTestState {
  value: string;
  items: { label: string; description?: string; detail?: string; separator?: true }[];
}

let shown: vscode.QuickPick<SchemaItem> | undefined;

export function registerSchemaPickerTestState(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(TEST_STATE_COMMAND, (): SchemaPickerTestState | null =>
      shown
        ? {
            value: shown.value,
            items: shown.items.map((item) => ({
              label: item.label,
              description: item.description,
              detail: item.detail,
              ...(item.kind === vscode.QuickPickItemKind.Separator ? { separator: true as const } : {}),
            })),
          }
        : null,
    ),
  );
}

export async function pickSchema(client: LanguageClient, uri: string): Promise<void> {
  const entries = await client.sendRequest(CatalogForDocumentRequest.type, { uri });
  const picked = await chooseSchema(entries);
  if (!picked) return;
  if (!picked.entry) {
    // Recorded as "none": without it, a schema the header matches would be detected again.
    await recordSchemaChoice(uri, NO_SCHEMA_REF);
    return;
  }
  const entry = picked.entry;
  let version = entry.latest;
  if (entry.versions.length > 1) {
    const matching = entry.header?.version;
    const versions = [...entry.versions].reverse().map((v) => ({
      label: v,
      description: [v === entry.latest ? t('pick.latest') : undefined, v === matching ? columnsMatch(entry, false) : undefined].filter(Boolean).join(' · ') || undefined,
    }));
    const quickPick = vscode.window.createQuickPick<vscode.QuickPickItem>();
    quickPick.placeholder = t('pick.version', { title: entry.title.trim() });
    quickPick.items = versions;
    // The version the header matches best is the one to offer first, when it is not the latest.
    const best = versions.find((v) => v.label === matching);
    if (best) quickPick.activeItems = [best];
    const chosen = await accepted(quickPick);
    if (!chosen) return;
    version = chosen.label;
  }
  await recordSchemaChoice(uri, `${entry.id}@${version}`);
}

/** The quick pick of schemas; resolves with the accepted item, or undefined when dismissed. */
function chooseSchema(entries: RankedCatalogEntry[]): Promise<SchemaItem | undefined> {
  const quickPick = vscode.window.createQuickPick<SchemaItem>();
  quickPick.placeholder = t('pick.placeholder');
  // The search below decides what is shown and in what order: VS Code must neither filter nor reorder.
  quickPick.matchOnDescription = false;
  quickPick.matchOnDetail = false;
  // Proposed API (quickPickSortByLabel), present on the object in the VS Code versions we run in: without it,
  // the items whose title contains the query move up. Ignored where it is not.
  (quickPick as { sortByLabel?: boolean }).sortByLabel = false;

  const none: SchemaItem = { label: `$(circle-slash) ${t('pick.none')}`, alwaysShow: true };
  const noneWords = searchWords(t('pick.none'));
  const items = new Map(entries.map((entry) => [entry.id, schemaItem(entry)]));
  const search = prepareSearch(entries);
  // Among equal hits, the schemas the header matches come first, in the server's order (the rest of its
  // order is only by title, which must not outrank the search's own tie-breaks).
  const headerOrder = new Map(entries.filter((entry) => entry.header).map((entry, i) => [entry.id, i]));

  const show = (value: string): void => {
    if (!value.trim()) {
      quickPick.items = initialItems(entries, items, none);
      return;
    }
    const hits = searchSchemas(search, value, { tieBreak: (entry) => headerOrder.get(entry.id) ?? entries.length });
    const found = hits.map((hit) => items.get(hit.entry.id)!);
    // "Aucun schéma" stays within reach: first when searched for, else last.
    const typed = searchWords(value);
    const noneSearched = typed.length > 0 && typed.every((word) => noneWords.some((w) => w.startsWith(word)));
    quickPick.items = noneSearched ? [none, ...found] : [...found, none];
  };
  show('');
  shown = quickPick;
  return accepted(quickPick, () => {
    if (shown === quickPick) shown = undefined;
  }, show);
}

/** Detected and header-matching schemas first (the server's order), then "no schema", then the catalog. */
function initialItems(entries: RankedCatalogEntry[], items: Map<string, SchemaItem>, none: SchemaItem): SchemaItem[] {
  const matching = entries.filter((entry) => entry.header);
  const rest = entries.filter((entry) => !entry.header);
  const out: SchemaItem[] = [];
  if (matching.length > 0) {
    out.push({ label: t('pick.group.header'), kind: vscode.QuickPickItemKind.Separator });
    out.push(...matching.map((entry) => items.get(entry.id)!));
    out.push({ label: t('pick.group.catalog'), kind: vscode.QuickPickItemKind.Separator });
  }
  out.push(none, ...rest.map((entry) => items.get(entry.id)!));
  return out;
}

function schemaItem(entry: RankedCatalogEntry): SchemaItem {
  const detail = entry.header ? (entry.header.detected ? `$(check) ${t('pick.detected')} · ${columnsMatch(entry)}` : columnsMatch(entry)) : undefined;
  return { label: entry.title.trim(), description: `${entry.id}@${entry.latest}`, detail, alwaysShow: true, entry };
}

/** "12/14 colonnes correspondent"; naming the version the header matches best when it is not the latest. */
function columnsMatch(entry: RankedCatalogEntry, nameVersion = true): string {
  const header = entry.header!;
  const params = { matched: header.matched, total: header.total, version: header.version };
  const key = nameVersion && header.version !== entry.latest ? 'pick.columnsOfVersion' : 'pick.columns';
  return t(`${key}.${pluralForm(header.matched)}`, params);
}

/** The noun agrees with the count: singular for 1, and in French for 0 too. */
function pluralForm(count: number): 'one' | 'other' {
  return count === 1 || (count === 0 && locale() === 'fr') ? 'one' : 'other';
}

/** Shows a quick pick and resolves with the accepted item (undefined when hidden), disposing of it. */
function accepted<T extends vscode.QuickPickItem>(quickPick: vscode.QuickPick<T>, onHide?: () => void, onValue?: (value: string) => void): Promise<T | undefined> {
  return new Promise((resolve) => {
    let result: T | undefined;
    const subscriptions = [
      quickPick.onDidAccept(() => {
        result = quickPick.selectedItems[0] ?? quickPick.activeItems[0];
        quickPick.hide();
      }),
      quickPick.onDidHide(() => {
        for (const subscription of subscriptions) subscription.dispose();
        onHide?.();
        quickPick.dispose();
        resolve(result);
      }),
      ...(onValue ? [quickPick.onDidChangeValue(onValue)] : []),
    ];
    quickPick.show();
  });
}

/** Writes (or removes, with ref undefined) the file's entry in the workspace folder's settings. */
export async function recordSchemaChoice(uri: string, ref: string | undefined): Promise<void> {
  const documentUri = vscode.Uri.parse(uri);
  const folder = vscode.workspace.getWorkspaceFolder(documentUri);
  if (!folder) {
    void vscode.window.showWarningMessage(t('choice.noWorkspace'));
    return;
  }
  const relative = vscode.workspace.asRelativePath(documentUri, false);
  const configuration = vscode.workspace.getConfiguration('opendataLint', folder.uri);
  const current = { ...(configuration.get<Record<string, string>>('schemas') ?? {}) };
  if (ref) current[relative] = ref;
  else delete current[relative];
  await configuration.update('schemas', current, vscode.ConfigurationTarget.WorkspaceFolder);
  if (ref === NO_SCHEMA_REF) void vscode.window.showInformationMessage(t('choice.none', { file: relative }));
  else if (ref) void vscode.window.showInformationMessage(t('choice.recorded', { file: relative, ref }));
}
