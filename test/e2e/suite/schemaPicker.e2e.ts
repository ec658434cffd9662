// The schema picker as a person uses it: typing the words people use for their data ("bornes de recharge",
// "cantine") brings the right schema first, and a file whose header matches a schema finds it offered first,
// said to be detected, with how many of its columns match. What the picker was given is read through the
// extension's test-state command, what it shows first through Enter; screenshots show it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, DEFAULT_WAIT_MS, openFixture, waitForDiagnostics } from './helpers';
import { press, screenshot, settle, typeText } from './user';

interface PickerState {
  value: string;
  items: { label: string; description?: string; detail?: string; separator?: true }[];
}

const pickerState = () => vscode.commands.executeCommand<PickerState | null>('opendataLint.schemaPicker.testState');

/** Polls the open picker until `accept` holds; fails with what it showed. */
async function waitForPicker(accept: (state: PickerState) => boolean, what: string): Promise<PickerState> {
  let last: PickerState | null = null;
  for (const deadline = Date.now() + DEFAULT_WAIT_MS; Date.now() < deadline; ) {
    last = await pickerState();
    if (last && accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}; the picker showed: ${JSON.stringify(last, null, 1)}`);
}

/** The schemas listed, without separators. */
const schemas = (state: PickerState) => state.items.filter((item) => !item.separator);

/** The schema recorded for a file of the workspace, once there is one. */
async function waitForSetting(file: string): Promise<string> {
  const read = () => vscode.workspace.getConfiguration('opendataLint', vscode.workspace.workspaceFolders?.[0].uri).get<Record<string, string>>('schemas')?.[file];
  for (const deadline = Date.now() + DEFAULT_WAIT_MS; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
    const ref = read();
    if (ref) return ref;
  }
  throw new Error(`no schema recorded for ${file}`);
}

async function closePicker(): Promise<void> {
  await press('Escape');
  for (const deadline = Date.now() + DEFAULT_WAIT_MS; Date.now() < deadline && (await pickerState()); ) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('the schema picker finds schemas by the words people use', () => {
  after(async () => {
    await closeAllEditors();
    const configuration = vscode.workspace.getConfiguration('opendataLint', vscode.workspace.workspaceFolders?.[0].uri);
    const schemas = { ...(configuration.get<Record<string, string>>('schemas') ?? {}) };
    delete schemas['map/communes.csv'];
    await configuration.update('schemas', schemas, vscode.ConfigurationTarget.WorkspaceFolder);
  });

  it('shows IRVE statique first when one types "bornes de recharge"', async () => {
    const { uri } = await openFixture('map/communes.csv');
    void vscode.commands.executeCommand('opendataLint.pickSchema', uri.toString());
    await waitForPicker((state) => state.items.length > 50, 'the catalog in the picker');
    await settle(300);
    await typeText('bornes de recharge');
    const found = await waitForPicker((state) => state.value === 'bornes de recharge', 'the typed query');
    await settle(300);
    await screenshot('picker-bornes-de-recharge');
    const [first] = schemas(found);
    assert.deepEqual([first.label, first.description], ['IRVE statique', 'etalab/schema-irve-statique@2.3.1'], JSON.stringify(found.items));
    // The search decided what is shown: a few schemas, and "no schema" still within reach, last.
    assert.ok(found.items.length <= 5, JSON.stringify(found.items.map((item) => item.label)));
    assert.match(found.items[found.items.length - 1].label, /circle-slash/);

    // What the workbench shows first is what Enter takes (VS Code could reorder the items it is given):
    // Enter on it, Enter on its latest version, and the file is recorded as following IRVE statique.
    await press('Enter');
    await settle(400);
    await press('Enter');
    const recorded = await waitForSetting('map/communes.csv');
    assert.equal(recorded, 'etalab/schema-irve-statique@2.3.1');
  });

  it('offers the schema detected from the header first, with its matching columns, then searches as one types', async () => {
    const { uri } = await openFixture('irve/bornes-sans-schema.csv');
    await waitForDiagnostics(uri, (found) => found.length > 0, 'the checks of the IRVE file');
    void vscode.commands.executeCommand('opendataLint.pickSchema', uri.toString());
    const opened = await waitForPicker((state) => state.items.length > 50, 'the catalog in the picker');
    await settle(300);
    await screenshot('picker-detected-from-header');
    const [first] = schemas(opened);
    assert.deepEqual([first.label, first.description], ['IRVE statique', 'etalab/schema-irve-statique@2.3.1'], JSON.stringify(opened.items.slice(0, 6)));
    assert.match(first.detail ?? '', /(detected from the header|détecté d'après l'en-tête) · 40\/40 (columns match|colonnes correspondent)/);
    assert.ok(opened.items[0].separator, 'a separator names the group of schemas sharing the columns');

    await typeText('cantine');
    const canteen = await waitForPicker((state) => state.value === 'cantine', 'the typed query');
    await settle(300);
    await screenshot('picker-cantine');
    assert.equal(schemas(canteen)[0].label, 'Menus de la restauration collective');
    await closePicker();
  });
});
