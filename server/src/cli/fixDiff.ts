// A unified diff of a file before and after its fixes (what --fix-dry-run prints): lines paired one to one
// when the fixes kept the line count (they almost always do), else Myers' diff on the lines that differ.
// The diff is made of the file's bytes, as `patch` and `git apply` read it: lines end at LF with their CR
// kept, the BOM stays on the first line, text stays in the file's encoding (Windows-1252 is not turned into
// UTF-8), so that applying it gives the bytes `--fix` writes. Bytes are handled as Latin-1 strings (one
// character per byte, both ways) to compare and join lines.

interface Edit {
  kind: ' ' | '-' | '+';
  line: string;
}

/**
 * Splits bytes (as a Latin-1 string) into lines at LF, as patch does: a CR stays in its line (a CRLF file's
 * lines all end with CR); `final` says whether the text ends with a line break.
 */
function splitLines(text: string): { lines: string[]; final: boolean } {
  if (text === '') return { lines: [], final: true };
  const lines = text.split('\n');
  const final = lines[lines.length - 1] === '';
  if (final) lines.pop();
  return { lines, final };
}

/** Myers' O((N+M)D) diff; beyond `maxEdits` differences, the middle is replaced as a whole. */
function myers(a: string[], b: string[], maxEdits = 2000): Edit[] {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, offset, d);
    }
  }
  return [...a.map((line): Edit => ({ kind: '-', line })), ...b.map((line): Edit => ({ kind: '+', line }))];
}

function backtrack(trace: Int32Array[], a: string[], b: string[], offset: number, last: number): Edit[] {
  const edits: Edit[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = last; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      edits.push({ kind: ' ', line: a[--x] });
      y--;
    }
    if (x === prevX) edits.push({ kind: '+', line: b[--y] });
    else edits.push({ kind: '-', line: a[--x] });
  }
  while (x > 0 && y > 0) {
    edits.push({ kind: ' ', line: a[--x] });
    y--;
  }
  return edits.reverse();
}

function lineEdits(a: string[], b: string[]): Edit[] {
  if (a.length === b.length) {
    const edits: Edit[] = [];
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) edits.push({ kind: ' ', line: a[i] });
      else edits.push({ kind: '-', line: a[i] }, { kind: '+', line: b[i] });
    }
    // Keep '-' lines before '+' lines within a run of changes, as diff tools do.
    return regroup(edits);
  }
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return [
    ...a.slice(0, start).map((line): Edit => ({ kind: ' ', line })),
    ...myers(a.slice(start, endA), b.slice(start, endB)),
    ...a.slice(endA).map((line): Edit => ({ kind: ' ', line })),
  ];
}

function regroup(edits: Edit[]): Edit[] {
  const out: Edit[] = [];
  let i = 0;
  while (i < edits.length) {
    if (edits[i].kind === ' ') {
      out.push(edits[i++]);
      continue;
    }
    const removed: Edit[] = [];
    const added: Edit[] = [];
    while (i < edits.length && edits[i].kind !== ' ') (edits[i].kind === '-' ? removed : added).push(edits[i++]);
    out.push(...removed, ...added);
  }
  return out;
}

/**
 * The unified diff (3 lines of context) between two versions of a file's bytes, with `a/` and `b/` headers
 * (UTF-8 names; `git apply`, `patch -p1`), as bytes; empty when equal.
 */
export function unifiedDiff(beforeBytes: Uint8Array, afterBytes: Uint8Array, name: string, context = 3): Buffer {
  const before = Buffer.from(beforeBytes).toString('latin1');
  const after = Buffer.from(afterBytes).toString('latin1');
  if (before === after) return Buffer.alloc(0);
  const a = splitLines(before);
  const b = splitLines(after);
  const edits = lineEdits(a.lines, b.lines);
  const header = Buffer.from(`--- a/${name}\n+++ b/${name}\n`, 'utf8');
  const out: string[] = [];
  let i = 0;
  let lineA = 1;
  let lineB = 1;
  const positions = edits.map((edit) => {
    const at = { a: lineA, b: lineB };
    if (edit.kind !== '+') lineA++;
    if (edit.kind !== '-') lineB++;
    return at;
  });
  while (i < edits.length) {
    if (edits[i].kind === ' ') {
      i++;
      continue;
    }
    const start = Math.max(0, i - context);
    let end = i;
    // Extend the hunk while changes are closer than twice the context.
    for (;;) {
      while (end < edits.length && edits[end].kind !== ' ') end++;
      let next = end;
      while (next < edits.length && edits[next].kind === ' ') next++;
      if (next < edits.length && next - end <= 2 * context) end = next;
      else break;
    }
    const stop = Math.min(edits.length, end + context);
    const hunk = edits.slice(start, stop);
    const countA = hunk.filter((e) => e.kind !== '+').length;
    const countB = hunk.filter((e) => e.kind !== '-').length;
    const fromA = countA === 0 ? positions[start].a - 1 : positions[start].a;
    const fromB = countB === 0 ? positions[start].b - 1 : positions[start].b;
    out.push(`@@ -${fromA},${countA} +${fromB},${countB} @@`);
    const touchesEnd = stop === edits.length;
    hunk.forEach((edit, at) => {
      out.push(`${edit.kind}${edit.line}`);
      // The last line of a file without a final line break is marked after the last line of its side.
      const last = touchesEnd && (edit.kind === '+' ? !b.final && isLastOf(hunk, at, '-') : edit.kind === '-' ? !a.final && isLastOf(hunk, at, '+') : !a.final && at === hunk.length - 1);
      if (last) out.push('\\ No newline at end of file');
    });
    i = stop;
  }
  return Buffer.concat([header, Buffer.from(`${out.join('\n')}\n`, 'latin1')]);
}

/** Whether `hunk[at]` is the last line of its side (the lines of the other kind, `skip`, do not count). */
function isLastOf(hunk: Edit[], at: number, skip: Edit['kind']): boolean {
  for (let i = at + 1; i < hunk.length; i++) if (hunk[i].kind !== skip) return false;
  return true;
}
