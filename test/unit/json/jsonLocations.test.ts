// The one pass that finds where JSON pointers are: the value, the key before it, the opening bracket.
import { strict as assert } from 'node:assert';
import { locatePointers } from '../../../server/src/engine/json/jsonLocations';

const text = '{\n  "a": [1, {"b": "x"}],\n  "c/d": {\n    "e": null\n  },\n  "f": "\u00e9t\u00e9"\n}';

function span(pointer: string, part: 'value' | 'key' | 'head' = 'value'): string {
  const location = locatePointers(text, [pointer]).get(pointer);
  const range = location?.[part];
  return range ? `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${text.slice(range.start.offset, range.end.offset)}` : 'none';
}

describe('JSON locations in one pass', () => {
  it('finds a literal, an item of a list, a nested key', () => {
    assert.equal(span('/a/0'), '1:8-1:9 1');
    assert.equal(span('/a/1/b'), '1:17-1:20 "x"');
    assert.equal(span('/a/1/b', 'key'), '1:12-1:15 "b"');
    assert.equal(span('/f'), '5:7-5:12 "été"');
  });

  it('spans a container from its bracket to its closing one, keeps its key and opening bracket', () => {
    assert.equal(span('/c~1d'), `2:9-4:3 ${text.slice(text.indexOf('{\n    "e"'), text.indexOf('}', text.indexOf('"e"')) + 1)}`);
    assert.equal(span('/c~1d', 'key'), '2:2-2:7 "c/d"');
    assert.equal(span('/c~1d', 'head'), '2:9-2:10 {');
    assert.equal(span(''), `0:0-6:1 ${text}`);
  });

  it('finds many pointers at once, and none that names nothing', () => {
    const found = locatePointers(text, ['/a/1', '/a/1/b', '/c~1d/e', '/nowhere', '/a/7']);
    assert.deepEqual([...found.keys()].sort(), ['/a/1', '/a/1/b', '/c~1d/e']);
  });

  it('skips strings holding brackets, quotes and backslashes, and reads escaped keys', () => {
    const tricky = '[{"a": "x]}\\"\\\\", "b": [1]}, {"k\\u00e9": {"n": 2}}]';
    const found = locatePointers(tricky, ['/0/b/0', '/1/k\u00e9/n']);
    assert.equal(found.get('/0/b/0')?.value.start.offset, tricky.indexOf('[1]') + 1);
    assert.equal(found.get('/1/k\u00e9/n')?.value.start.offset, tricky.lastIndexOf('2'));
    assert.equal(JSON.parse(tricky)[0].a, 'x]}"\\');
  });

  it('counts lines as the editor does, whatever the line ends: \\r\\n and a lone \\r (old Mac exports) too', () => {
    for (const end of ['\r\n', '\r']) {
      const written = text.split('\n').join(end);
      const found = locatePointers(written, ['/f', '/c~1d/e', '/a/1/b']);
      const at = (pointer: string) => {
        const start = found.get(pointer)!.value.start;
        return `${start.line}:${start.character}`;
      };
      assert.deepEqual([at('/a/1/b'), at('/c~1d/e'), at('/f')], ['1:17', '3:9', '5:7'], JSON.stringify(end));
    }
  });
});
