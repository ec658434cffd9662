// Opening hours written in French, as an agent meets them in the editor: the problem on the cell, the hover of a
// valid value read back in words with its week, Ctrl+. offering the conversion with its meaning in the title,
// and the fix applied and saved — the bytes on disk asserted whole (a `;` file with CRLF line ends).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, diagnosticCode, fixtureUri, openFixture, waitForDiagnostics, waitForQuickFix } from './helpers';
import { press, screenshot, settle } from './user';

const french = 'Tous les mardis de 9h à 12h et de 14h à 18h, le samedi de 9h à 12h ; fermé les jours fériés';
const converted = 'Tu 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off';
// Press prose around the hours (row 6): the words that say who the hours are for are set aside, for review.
const prose = 'Les patients sont pris en charge, sans rendez-vous, du lundi au vendredi de 8 heures à 20 heures.';
const proseConverted = 'Mo-Fr 08:00-20:00';
// In a `;` file a value holding ";" is quoted (as Excel writes it), and the fix writes the converted value so.
const original = `id;nom;horaires\r\n1;Mairie;"Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00"\r\n2;"Médiathèque ""Le Lien""";"${french}"\r\n3;Déchèterie;7j/7\r\n4;Bar du port;"Mo-Th 14:00-01:00, Fr,Sa 14:00-02:00"\r\n5;Bibliothèque;Vendredi de 8 h à 12 h et de 14h à 18h (fermé l'après-midi)\r\n6;Centre de santé;${prose}\r\n`;
const expected = original.replace(`"${french}"`, `"${converted}"`).replace(prose, proseConverted);

describe('opening hours in the editor', () => {
  let previous: Record<string, string> | undefined;

  // horaires/schema.json is in the fixture workspace: only the opening-hours check, no other problem.
  before(async () => {
    await vscode.workspace.fs.writeFile(fixtureUri('horaires/lieux.csv'), Buffer.from(original));
    const config = vscode.workspace.getConfiguration('opendataLint');
    previous = config.get<Record<string, string>>('schemas');
    await config.update('schemas', { ...previous, 'horaires/lieux.csv': 'horaires/schema.json' }, vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.getConfiguration('opendataLint').update('schemas', previous, vscode.ConfigurationTarget.Workspace);
  });

  it('reads a valid value back in words, offers the French text converted with its meaning, and saves the exact bytes', async () => {
    const { uri, document, editor } = await openFixture('horaires/lieux.csv');
    const line = 2;
    const at = document.lineAt(line).text.indexOf('Tous les mardis');
    const isHoursProblem = (d: vscode.Diagnostic) => diagnosticCode(d) === 'opening-hours-value' && d.range.start.line === line;
    const diagnostics = await waitForDiagnostics(uri, (found) => found.some(isHoursProblem), 'the opening-hours problem on the French text');
    const problem = diagnostics.find(isHoursProblem)!;
    assert.ok(problem.range.contains(new vscode.Position(line, at)) && problem.range.start.character >= at - 1, 'on the cell itself');

    // The valid value of row 1, hovered: its meaning in words and the week.
    const valid = new vscode.Position(1, document.lineAt(1).text.indexOf('Mo-Fr') + 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, valid);
    const hoverMarkdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    // The week is a Markdown table, one day per line (its line breaks once showed as "\n": one line of text).
    assert.match(hoverMarkdown, /\n\| (Monday|Lundi) \|/, hoverMarkdown);
    const hoverText = hoverMarkdown.replace(/\\(.)/g, '$1');
    assert.match(hoverText, /Monday to Friday 9:00–12:00 and 14:00–18:00; Saturday 9:00–12:00|du lundi au vendredi de 9 h à 12 h et de 14 h à 18 h ; le samedi de 9 h à 12 h/, hoverText);
    assert.match(hoverText, /\| (Sunday \| closed|Dimanche \| fermé) \|/, hoverText);
    editor.selection = new vscode.Selection(valid, valid);
    await vscode.commands.executeCommand('editor.action.showHover');
    await settle(900);
    await screenshot('opening-hours-1-hover-in-words');
    await press('Escape');

    // Additional rules (", " before days, row 4) read back too: both rules in words, Friday's hours in the week.
    const additional = new vscode.Position(4, document.lineAt(4).text.indexOf('Fr,Sa') + 2);
    const barHovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, additional);
    const barText = barHovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/\\(.)/g, '$1');
    assert.match(barText, /Monday to Thursday 14:00–1:00; Friday and Saturday 14:00–2:00|du lundi au jeudi de 14 h à 1 h ; le vendredi et le samedi de 14 h à 2 h/, barText);
    assert.match(barText, /\| (Friday \| 14:00 – 2:00|Vendredi \| 14 h – 2 h) \|/, barText);
    editor.selection = new vscode.Selection(additional, additional);
    await vscode.commands.executeCommand('editor.action.showHover');
    await settle(900);
    await screenshot('opening-hours-4-hover-additional-rules');
    await press('Escape');

    // Row 5 contradicts itself (afternoon hours, then "fermé l'après-midi"): no conversion, and the note on the
    // problem says so and what to do.
    const isContradiction = (d: vscode.Diagnostic) => diagnosticCode(d) === 'opening-hours-value' && d.range.start.line === 5;
    const withNote = await waitForDiagnostics(uri, (found) => (found.find(isContradiction)?.relatedInformation?.length ?? 0) > 0, 'the note on row 5');
    const note = withNote.find(isContradiction)!.relatedInformation![0].message;
    assert.match(note, /closes hours it also gives.*opening_hours syntax|ferme des heures qu’il donne aussi.*format opening_hours/, note);
    const contradiction = new vscode.Position(5, document.lineAt(5).text.indexOf('Vendredi') + 3);
    editor.selection = new vscode.Selection(contradiction, contradiction);
    await vscode.commands.executeCommand('editor.action.showHover');
    await settle(900);
    await screenshot('opening-hours-5-note-contradiction');
    await press('Escape');

    // Ctrl+. on the French text: the conversion, its meaning in the title.
    editor.selection = new vscode.Selection(line, at + 3, line, at + 3);
    await press('Control+Period');
    await settle(900);
    await screenshot('opening-hours-2-quick-fix-in-words');
    await press('Escape');

    const isConversion = (action: vscode.CodeAction) => action.edit?.get(uri).length === 1 && action.edit.get(uri)[0].newText === `"${converted}"`;
    const { actions, found: conversion } = await waitForQuickFix(uri, problem.range, isConversion);
    assert.ok(conversion, `the conversion is offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(
      conversion.title,
      /— (Tuesday 9:00–12:00 and 14:00–18:00; Saturday 9:00–12:00; closed on public holidays|le mardi de 9 h à 12 h et de 14 h à 18 h ; le samedi de 9 h à 12 h ; fermé les jours fériés)$/,
      conversion.title,
    );

    assert.ok(await vscode.workspace.applyEdit(conversion.edit!));
    assert.equal(document.getText(), original.replace(`"${french}"`, `"${converted}"`), 'that cell only');
    await waitForDiagnostics(uri, (found) => !found.some(isHoursProblem), 'the problem gone once converted');

    // Row 6, press prose: the conversion is offered (its meaning in the title) and applied to that cell only.
    const isProseProblem = (d: vscode.Diagnostic) => diagnosticCode(d) === 'opening-hours-value' && d.range.start.line === 6;
    const proseProblem = (await waitForDiagnostics(uri, (found) => found.some(isProseProblem), 'the problem on the prose of row 6')).find(isProseProblem)!;
    const proseAt = document.lineAt(6).text.indexOf('Les patients');
    editor.selection = new vscode.Selection(6, proseAt + 3, 6, proseAt + 3);
    await press('Control+Period');
    await settle(900);
    await screenshot('opening-hours-6-prose-quick-fix');
    await press('Escape');
    const isProseConversion = (action: vscode.CodeAction) => action.edit?.get(uri).length === 1 && action.edit.get(uri)[0].newText === proseConverted;
    const { actions: proseActions, found: proseConversion } = await waitForQuickFix(uri, proseProblem.range, isProseConversion);
    assert.ok(proseConversion, `the prose conversion is offered: ${proseActions.map((a) => a.title).join(' | ')}`);
    assert.match(proseConversion.title, /— (Monday to Friday 8:00–20:00|du lundi au vendredi de 8 h à 20 h)$/, proseConversion.title);
    // Set aside words ask for a look: never a preferred (auto-applied) fix.
    assert.notEqual(proseConversion.isPreferred, true, 'a conversion that set words aside is not preferred');
    assert.ok(await vscode.workspace.applyEdit(proseConversion.edit!));
    assert.equal(document.getText(), expected, 'that cell only');
    await waitForDiagnostics(uri, (found) => !found.some(isProseProblem), 'the prose problem gone once converted');
    assert.ok(await document.save());
    const onDisk = Buffer.from(await vscode.workspace.fs.readFile(uri));
    assert.deepEqual(onDisk, Buffer.from(expected, 'utf8'), 'the bytes saved: UTF-8, CRLF, the other cells as they were');
    await settle(2500);
    await screenshot('opening-hours-3-converted-and-saved');
  });
});
