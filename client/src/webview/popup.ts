// The content of a point's popup, built node by node with textContent: cell values are shown as text and
// never parsed as HTML, so a cell holding markup or a script is displayed, not run.
import type { MapPoint } from '../../../server/src/engine/geo/points';
import type { DrawnFeature } from './featureLayer';
import { territories } from '../../../server/src/engine/geo/franceBounds';
import type { MapStrings } from './strings';

export interface PopupActions {
  reveal(row: number): void;
  swap(row: number): void;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** At most this many characters of a cell in a popup (a long description would hide the map). */
const MAX_VALUE_LENGTH = 200;

function shorten(value: string): string {
  return value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH - 1)}…` : value;
}

function territoryName(id: string | undefined, strings: MapStrings): string {
  const territory = territories.find((t) => t.id === id);
  return territory ? territory.name[strings.locale] : (id ?? '?');
}

export function issueTexts(point: MapPoint, strings: MapStrings): string[] {
  const texts: string[] = [];
  for (const issue of point.issues) {
    if (issue === 'swapped') texts.push(strings.t('issue.swapped', { territory: territoryName(point.swappedTerritory, strings) }));
    else if (issue === 'outside-france' && !point.issues.includes('swapped')) texts.push(strings.t('issue.outside-france'));
    else if (issue === 'duplicate-location') texts.push(strings.t('issue.duplicate-location', { rows: (point.sameLocationRows ?? []).join(', ') }));
  }
  for (const transformation of point.transformations ?? []) {
    if (transformation === 'lambert93') texts.push(strings.t('transformation.lambert93'));
    if (transformation === 'excel-date') texts.push(strings.t('transformation.excel-date'));
  }
  return texts;
}

/**
 * The popup's commune line and its flag: `Commune (COG 2026): Dieppe (76217)`, and what is wrong with the
 * code (not a commune code, a former commune's, another name in the file). Undefined without a commune.
 */
export function communeTexts(point: MapPoint, strings: MapStrings, cogYear: number | undefined): { line: string; flag?: string } | undefined {
  const commune = point.commune;
  if (!commune) return undefined;
  const label = strings.t('commune.label', { year: cogYear ?? '?' });
  const colon = strings.t('punct.colon');
  const flag = commune.flag;
  if (flag?.kind === 'former') {
    const text = flag.part ? strings.t('commune.formerPart', { code: commune.code, part: flag.part, current: flag.current }) : strings.t('commune.former', { code: commune.code, current: flag.current });
    return { line: `${label}${colon}`, flag: text };
  }
  if (flag?.kind === 'unknown' || commune.name === undefined) {
    let text = strings.t('commune.unknown', { code: commune.code });
    if (flag?.kind === 'unknown') {
      if (flag.postcodeOf && flag.postcodeOf.length > 0) {
        const communes = flag.postcodeOf.join(', ');
        const more = (flag.postcodeCount ?? flag.postcodeOf.length) - flag.postcodeOf.length;
        text += `${colon} ${more > 0 ? strings.t('commune.unknown.postcodeMore', { communes, count: strings.count(more) }) : strings.t('commune.unknown.postcode', { communes })}`;
      } else if (flag.padded) text += `${colon} ${strings.t('commune.unknown.padded', { commune: flag.padded })}`;
      else if (flag.departmentName) text += `${colon} ${strings.t('commune.unknown.department', { department: flag.departmentName })}`;
      if (flag.suggestion) text += `${strings.t('punct.semicolon')} ${strings.t('commune.unknown.suggestion', { suggestion: flag.suggestion })}`;
    }
    return { line: `${label}${colon}`, flag: text };
  }
  const line = `${label}${colon} ${strings.t('commune.named', { name: commune.name, code: commune.code })}`;
  return flag?.kind === 'name-mismatch' ? { line, flag: `— ${strings.t('commune.nameMismatch', { written: flag.written })}` } : { line };
}

export function popupContent(point: MapPoint, labels: readonly string[], strings: MapStrings, actions: PopupActions, cogYear?: number): HTMLElement {
  const root = element('div', 'odl-popup');
  root.dataset.row = String(point.row);
  root.appendChild(element('h2', 'odl-popup__title', strings.t('point.label', { row: point.row })));
  const shown = point.fields.map((value, i) => [labels[i] ?? '', value] as const).filter(([, value]) => value !== '');
  if (shown.length > 0) {
    const list = element('dl', 'odl-popup__fields');
    for (const [label, value] of shown) {
      list.appendChild(element('dt', '', label));
      list.appendChild(element('dd', '', shorten(value)));
    }
    root.appendChild(list);
  }
  const commune = communeTexts(point, strings, cogYear);
  if (commune) {
    const paragraph = element('p', `odl-popup__commune${commune.flag ? ' odl-popup__commune--flagged' : ''}`);
    paragraph.appendChild(element('span', 'odl-popup__commune-name', commune.line));
    if (commune.flag) {
      paragraph.appendChild(document.createTextNode(' '));
      paragraph.appendChild(element('span', 'odl-popup__commune-flag', commune.flag));
    }
    root.appendChild(paragraph);
  }
  root.appendChild(
    element('p', 'odl-popup__coordinates', strings.t('popup.coordinates', { lat: strings.number(point.lat, 5), lon: strings.number(point.lon, 5) })),
  );
  const issues = issueTexts(point, strings);
  if (issues.length > 0) {
    const list = element('ul', 'odl-popup__issues');
    for (const text of issues) list.appendChild(element('li', '', text));
    root.appendChild(list);
  }
  const buttons = element('div', 'odl-popup__actions');
  const reveal = element('button', 'odl-button', strings.t('popup.reveal', { row: point.row }));
  reveal.type = 'button';
  reveal.addEventListener('click', () => actions.reveal(point.row));
  buttons.appendChild(reveal);
  if (point.issues.includes('swapped')) {
    const swap = element('button', 'odl-button odl-button--primary odl-popup__swap', strings.t('popup.swap'));
    swap.type = 'button';
    swap.addEventListener('click', () => actions.swap(point.row));
    buttons.appendChild(swap);
  }
  root.appendChild(buttons);
  return root;
}

export interface FeaturePopupActions {
  reveal(feature: number): void;
  /** Selects a problem's range in the editor (where its quick fix is). */
  revealProblem(problem: DrawnFeature['problems'][number]): void;
}

/** What is wrong with where a feature lies (swapped, outside France). */
function featureIssueTexts(feature: DrawnFeature, strings: MapStrings): string[] {
  if (feature.issues.includes('swapped')) return [strings.t('issue.feature.swapped', { territory: territoryName(feature.swappedTerritory, strings) })];
  if (feature.issues.includes('outside-france')) return [strings.t('issue.feature.outside-france')];
  return [];
}

/** A feature's popup: its label, properties, geometry, where it lies, and its problems from the check. */
export function featurePopupContent(feature: DrawnFeature, strings: MapStrings, actions: FeaturePopupActions): HTMLElement {
  const number = feature.feature + 1;
  const root = element('div', 'odl-popup');
  root.dataset.feature = String(feature.feature);
  const title = feature.label ? strings.t('feature.labelNamed', { number, name: feature.label }) : strings.t('feature.label', { number });
  root.appendChild(element('h2', 'odl-popup__title', title));
  if (feature.properties.length > 0) {
    const list = element('dl', 'odl-popup__fields');
    for (const [label, value] of feature.properties) {
      list.appendChild(element('dt', '', label));
      list.appendChild(element('dd', '', shorten(value)));
    }
    root.appendChild(list);
  }
  root.appendChild(element('p', 'odl-popup__coordinates', strings.t('popup.geometry', { type: feature.geometry.type, count: strings.count(feature.vertices) })));
  if (feature.drawnVertices !== undefined) {
    root.appendChild(element('p', 'odl-popup__coordinates', strings.t('popup.simplified', { drawn: strings.count(feature.drawnVertices), count: strings.count(feature.vertices) })));
  }
  const issues = featureIssueTexts(feature, strings);
  if (issues.length > 0) {
    const list = element('ul', 'odl-popup__issues');
    for (const text of issues) list.appendChild(element('li', '', text));
    root.appendChild(list);
  }
  if (feature.problemCount > 0) {
    root.appendChild(element('p', 'odl-popup__problems-title', strings.t('popup.problems', { count: strings.count(feature.problemCount) })));
    const list = element('ul', 'odl-popup__problems');
    for (const problem of feature.problems) {
      const item = element('li', `odl-popup__problem odl-popup__problem--${problem.severity}`);
      item.dataset.code = problem.code;
      const button = element('button', 'odl-popup__problem-button');
      button.type = 'button';
      button.title = strings.t('popup.revealProblem', { line: problem.line + 1 });
      button.append(element('span', 'odl-popup__severity', `${strings.t(`severity.${problem.severity}`)} · `), element('span', '', shorten(problem.message)));
      button.addEventListener('click', () => actions.revealProblem(problem));
      item.appendChild(button);
      list.appendChild(item);
    }
    if (feature.problemCount > feature.problems.length) {
      list.appendChild(element('li', 'odl-popup__more', strings.t('popup.moreProblems', { count: strings.count(feature.problemCount - feature.problems.length) })));
    }
    root.appendChild(list);
  }
  const buttons = element('div', 'odl-popup__actions');
  const reveal = element('button', 'odl-button', strings.t('popup.revealFeature', { number }));
  reveal.type = 'button';
  reveal.addEventListener('click', () => actions.reveal(feature.feature));
  buttons.appendChild(reveal);
  root.appendChild(buttons);
  return root;
}
