// The map's request for a GeoJSON document: its features (engine/geo/geoJsonFeatures.ts), each with its
// problems from the document's JSON check (grouped by the `feature` param the check gives them), in the
// editor's language.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { computeMapFeatures, type MapFeaturesResult, type Problem } from '../../engine';
import { problemMessage, type Locale } from '../../i18n';
import { MapFeaturesRequest, type FeatureProblems, type MapFeatureProblem, type MapFeaturesReply } from '../../protocol';
import { checkedParams, shapes } from '../requestParams';
import type { ServerState } from '../serverState';

const NO_PROBLEMS: readonly Problem[] = [];

/** A popup lists this many problems of a feature (all are counted): a long list would hide the map. */
const MAX_PROBLEMS_PER_FEATURE = 20;

/** The feature a problem belongs to (its `feature` param: a 0-based index), if any. */
function featureOf(problem: Problem): number | undefined {
  const value = problem.params.feature;
  const index = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
  return index !== undefined && Number.isSafeInteger(index) && index >= 0 ? index : undefined;
}

/** Groups problems by their feature; those of no feature are counted apart. */
export function problemsByFeature(problems: readonly Problem[]): { byFeature: Map<number, Problem[]>; other: number } {
  const byFeature = new Map<number, Problem[]>();
  let other = 0;
  for (const problem of problems) {
    const feature = featureOf(problem);
    if (feature === undefined) {
      other++;
      continue;
    }
    const list = byFeature.get(feature);
    if (list) list.push(problem);
    else byFeature.set(feature, [problem]);
  }
  return { byFeature, other };
}

function featureProblems(problems: readonly Problem[] | undefined, locale: Locale): FeatureProblems {
  if (!problems) return { problems: [], problemCount: 0 };
  const shown: MapFeatureProblem[] = problems.slice(0, MAX_PROBLEMS_PER_FEATURE).map((problem) => ({
    code: problem.code,
    severity: problem.severity,
    message: problemMessage(problem, locale),
    line: problem.range.start.line,
    character: problem.range.start.character,
    endLine: problem.range.end.line,
    endCharacter: problem.range.end.character,
  }));
  return { problems: shown, problemCount: problems.length };
}

/** The map's answer for a document: its features (`result`, computed from its text), each with its problems when the document was checked. */
export function mapFeaturesFor(document: TextDocument, result: MapFeaturesResult, problems: readonly Problem[] | undefined, locale: Locale): MapFeaturesReply {
  const { byFeature, other } = problemsByFeature(problems ?? []);
  return {
    ...result,
    uri: document.uri,
    version: document.version,
    features: result.features.map((feature) => ({ ...feature, ...featureProblems(byFeature.get(feature.feature), locale) })),
    unreadable: result.unreadable.map((feature) => ({ ...feature, ...featureProblems(byFeature.get(feature.feature), locale) })),
    otherProblems: other,
    checked: problems !== undefined,
  };
}

/**
 * The problems of the latest JSON check of a document's current version (undefined while one is pending):
 * every problem of the report, so that a feature past the Problems panel's cap still shows its own; none
 * when the editor shows none (no schema applies to a JSON file that is no dataset).
 */
function jsonProblems(state: ServerState, uri: string): readonly Problem[] | undefined {
  const result = state.jsonReport(uri);
  if (!result) return undefined;
  return result.shown.length === 0 ? NO_PROBLEMS : result.report.problems;
}

/** Registers the request (the problems drawn are those of the server's latest JSON check of the document). */
export function registerMapFeatureRequests(state: ServerState): void {
  // The map asks again after every pause in typing and when the check ends: keep the last answer of each
  // document, and its features apart (the check of a version adds problems, not geometry).
  const cache = new Map<string, { reply: MapFeaturesReply; locale: Locale; problems: readonly Problem[] | undefined }>();
  const computed = new Map<string, { version: number; result: MapFeaturesResult }>();
  state.documents.onDidClose((event) => {
    cache.delete(event.document.uri);
    computed.delete(event.document.uri);
  });
  state.connection.onRequest(
    MapFeaturesRequest.type,
    checkedParams(MapFeaturesRequest.method, shapes.uri, ({ uri }) => {
      // Tables have their points (MapPointsRequest), not features.
      const document = state.documents.table(uri) ? undefined : state.documents.get(uri);
      if (!document) return null;
      const problems = jsonProblems(state, document.uri);
      const cached = cache.get(uri);
      // The same check (a report's problems are one array) of the same version in the same language: the same answer.
      if (cached && cached.reply.version === document.version && cached.locale === state.locale && cached.problems === problems) return cached.reply;
      let features = computed.get(uri);
      if (features?.version !== document.version) {
        features = { version: document.version, result: computeMapFeatures(document.getText()) };
        computed.set(uri, features);
      }
      const reply = mapFeaturesFor(document, features.result, problems, state.locale);
      cache.set(uri, { reply, locale: state.locale, problems });
      return reply;
    }),
  );
}
