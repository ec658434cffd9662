// The map's features handler in-process: problems grouped by their `feature` param (numbers or numeric
// strings; others counted apart), and a real JSON check's problems landing on the features they concern.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { computeMapFeatures, type Problem } from '../../../server/src/engine';
import { checkJsonDataset } from '../../../server/src/engine/json/jsonDataset';
import { mapFeaturesFor, problemsByFeature } from '../../../server/src/lsp/handlers/mapFeatures';

const zfe = readFileSync(path.resolve(__dirname, '..', '..', 'fixtures', 'json', 'zfe-errors.geojson'), 'utf8');

function problem(feature: unknown, code = 'json-invalid'): Problem {
  const position = { offset: 0, line: 0, character: 0 };
  return { code, severity: 'error', range: { start: position, end: position }, params: feature === undefined ? {} : { feature: feature as string | number } } as Problem;
}

describe('map features handler', () => {
  it('groups problems by their feature, and counts those of none', () => {
    const { byFeature, other } = problemsByFeature([problem(0), problem(2), problem('2'), problem(undefined), problem('x'), problem(-1), problem(1.5)]);
    assert.deepEqual([...byFeature.keys()].sort(), [0, 2]);
    assert.equal(byFeature.get(2)?.length, 2);
    assert.equal(other, 4);
  });

  it('attaches a real check\'s problems to the features they concern, in the language asked', () => {
    const report = checkJsonDataset({ text: zfe, path: '/data/zfe.geojson', detect: true });
    assert.ok(report.problems.length > 0);
    const document = TextDocument.create('file:///data/zfe.geojson', 'json', 4, zfe);
    const reply = mapFeaturesFor(document, computeMapFeatures(zfe), report.problems, 'fr');
    assert.equal(reply.version, 4);
    assert.equal(reply.checked, true);
    assert.deepEqual(reply.features.map((f) => f.problemCount), [0, 1, 1]);
    assert.equal(reply.otherProblems, report.problems.length - 2);
    assert.match(reply.features[1].problems[0].message, /vp_critair/);
    assert.equal(reply.features[1].problems[0].line, zfe.split('\n').findIndex((line) => line.includes('"vp_critair": "v2"')));
    const unchecked = mapFeaturesFor(document, computeMapFeatures(zfe), undefined, 'en');
    assert.equal(unchecked.checked, false);
    assert.ok(unchecked.features.every((f) => f.problems.length === 0));
  });
});
