// Strict JSON reading: JSON.parse for the value, jsonc-parser for where and why it fails (each fault
// kind with its sentence in both languages; comments and trailing commas are faults).
import { strict as assert } from 'node:assert';
import { parseJsonText } from '../../../server/src/engine/json/parseJson';
import { problemMessage } from '../../../server/src/i18n';

function faults(text: string): [kind: string, line: number, column: number][] {
  const parsed = parseJsonText(text);
  assert.equal(parsed.ok, false, `${JSON.stringify(text)} should not parse`);
  if (parsed.ok) return [];
  for (const problem of parsed.problems) assert.equal(problem.code, 'json-syntax-error');
  return parsed.problems.map((p) => [String(p.params.kind), p.range.start.line + 1, p.range.start.character + 1]);
}

describe('JSON parsing with positions', () => {
  it('returns the value of valid JSON', () => {
    const parsed = parseJsonText('{"a": [1, 2, {"b": null}]}');
    assert.deepEqual(parsed, { ok: true, value: { a: [1, 2, { b: null }] } });
  });

  it('places and names each kind of fault', () => {
    assert.deepEqual(faults('{"a": 1,}'), [['trailing-comma', 1, 8]]);
    assert.deepEqual(faults('{"a": 1 "b": 2}'), [['comma-expected', 1, 9]]);
    assert.deepEqual(faults('{"a": 1 // note\n}'), [['comment', 1, 9]]);
    assert.deepEqual(faults('{"a": [1, 2'), [['unexpected-end', 1, 12]]);
    assert.deepEqual(faults('{"a": "abc'), [['unclosed-string', 1, 7]]);
    assert.deepEqual(faults('{"a": "x\ty"}'), [['invalid-string', 1, 7]]);
    assert.deepEqual(faults('{"a": "\\q"}'), [['invalid-escape', 1, 7]]);
    assert.deepEqual(faults("{'a': 1}"), [['invalid-symbol', 1, 2]]);
    assert.deepEqual(faults('{"a": 01}'), [['invalid-number', 1, 7]]);
    assert.deepEqual(faults('{"a" 1}'), [['colon-expected', 1, 6]]);
    assert.deepEqual(faults('{"a": 1}}'), [['end-expected', 1, 9]]);
    assert.deepEqual(faults(''), [['empty', 1, 1]]);
  });

  it('lists every fault the parser reads past (trailing commas, comments), stops after one it cannot', () => {
    assert.deepEqual(faults('[\n  {"x": 1,},\n  {"y": 2,} // fin\n]'), [
      ['trailing-comma', 2, 10],
      ['trailing-comma', 3, 10],
      ['comment', 3, 13],
    ]);
    assert.deepEqual(faults('{"a": "open,\n "b": 1, "c": }'), [['unclosed-string', 1, 7]]);
  });

  it('phrases each fault in French and English', () => {
    const parsed = parseJsonText('{"a": 1,}');
    assert.ok(!parsed.ok);
    if (parsed.ok) return;
    assert.match(problemMessage(parsed.problems[0], 'en'), /comma stands before a closing bracket/);
    assert.match(problemMessage(parsed.problems[0], 'fr'), /virgule précède un crochet/);
  });
});
