// The legend: one line per kind of point (or GeoJSON feature) with its shape and count, the cluster symbol,
// and which columns the coordinates come from (or, for GeoJSON, how many features are drawn and what is
// not shown). A <details> element, so it folds away with the keyboard too.
import * as L from 'leaflet';
import type { MapCoordinateSource } from '../../../server/src/engine/geo/points';
import { emptyCounts } from './pointLayer';
import { pointCategories, shapeElement, type PointCategory } from './pointStyle';
import type { MapStrings, StringKey } from './strings';

const labels: Record<PointCategory, StringKey> = {
  ok: 'legend.ok',
  outside: 'legend.outside',
  swapped: 'legend.swapped',
  duplicate: 'legend.duplicate',
  error: 'legend.error',
  warning: 'legend.warning',
};

const featureLabels: Record<PointCategory, StringKey> = {
  ...labels,
  ok: 'legend.feature.ok',
  outside: 'legend.feature.outside',
  swapped: 'legend.feature.swapped',
};

/** What the legend says of a GeoJSON file's features beyond their categories. */
export interface FeatureSummary {
  count: number;
  drawn: number;
  simplified: number;
  otherProblems: number;
  checked: boolean;
}

export class Legend extends L.Control {
  private readonly container: HTMLDetailsElement;

  constructor(private readonly strings: MapStrings, open: boolean) {
    super({ position: 'bottomleft' });
    this.container = document.createElement('details');
    this.container.className = 'odl-legend leaflet-bar';
    this.container.open = open;
    L.DomEvent.disableClickPropagation(this.container);
    L.DomEvent.disableScrollPropagation(this.container);
    this.update(emptyCounts(), null, false);
  }

  override onAdd(): HTMLElement {
    return this.container;
  }

  update(counts: Readonly<Record<PointCategory, number>>, columns: MapCoordinateSource | null, clustered: boolean, features?: FeatureSummary): void {
    const { strings } = this;
    this.container.replaceChildren();
    const summary = document.createElement('summary');
    summary.textContent = strings.t('legend.title');
    this.container.appendChild(summary);
    const list = document.createElement('ul');
    for (const category of pointCategories) {
      // A table's legend always shows its plain point; a GeoJSON file's shows only the categories it has.
      if ((features || category !== 'ok') && counts[category] === 0) continue;
      const item = document.createElement('li');
      item.className = `odl-legend__item odl-legend__item--${category}`;
      const symbol = document.createElement('span');
      symbol.className = `odl-point odl-point--${category}`;
      symbol.appendChild(shapeElement(category));
      const text = document.createElement('span');
      text.textContent = strings.t((features ? featureLabels : labels)[category], { count: strings.count(counts[category]) });
      item.append(symbol);
      if (features) {
        // The line a category's lines and area borders are drawn with (solid, dashed, dotted).
        const line = document.createElement('span');
        line.className = `odl-legend__line odl-legend__line--${category}`;
        line.setAttribute('aria-hidden', 'true');
        item.append(line);
      }
      item.append(text);
      list.appendChild(item);
    }
    if (clustered) {
      const item = document.createElement('li');
      item.className = 'odl-legend__item';
      const symbol = document.createElement('span');
      symbol.className = 'odl-cluster odl-cluster--ok odl-legend__cluster';
      symbol.textContent = 'n';
      const text = document.createElement('span');
      text.textContent = strings.t('legend.cluster');
      item.append(symbol, text);
      list.appendChild(item);
    }
    this.container.appendChild(list);
    if (features) this.describeFeatures(features);
    if (columns) {
      const source = document.createElement('p');
      source.className = 'odl-legend__source';
      const names = columns.kind === 'lat-lon' ? `${columns.latitude}, ${columns.longitude}` : columns.kind === 'lambert93' ? `${columns.x}, ${columns.y}` : columns.column;
      const lambert = columns.kind === 'lambert93' ? ` — ${strings.t('legend.lambert93')}` : '';
      source.textContent = strings.t(columns.source === 'schema' ? 'legend.source.schema' : 'legend.source.detected', { columns: names }) + lambert;
      this.container.appendChild(source);
    }
  }

  private describeFeatures(features: FeatureSummary): void {
    const { strings } = this;
    this.container.appendChild(note(strings.t('legend.features', { drawn: strings.count(features.drawn), count: strings.count(features.count) })));
    if (features.simplified > 0) this.container.appendChild(note(strings.t('legend.simplified', { count: strings.count(features.simplified) })));
    if (features.otherProblems > 0) this.container.appendChild(note(strings.t('legend.otherProblems', { count: strings.count(features.otherProblems) })));
    if (!features.checked) this.container.appendChild(note(strings.t('legend.notChecked')));
  }
}

/** A paragraph of the legend's foot. */
function note(text: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'odl-legend__source';
  paragraph.textContent = text;
  return paragraph;
}

/** A button that fits the view to every point (the view is otherwise kept while the user edits). */
export class FitControl extends L.Control {
  private readonly button: HTMLButtonElement;

  constructor(strings: MapStrings, onFit: () => void) {
    super({ position: 'topleft' });
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'odl-fit';
    this.button.title = strings.t('fit.all');
    this.button.setAttribute('aria-label', strings.t('fit.all'));
    this.button.textContent = '⤢';
    this.button.addEventListener('click', onFit);
    L.DomEvent.disableClickPropagation(this.button);
  }

  override onAdd(): HTMLElement {
    const bar = document.createElement('div');
    bar.className = 'leaflet-bar odl-fit-bar';
    bar.appendChild(this.button);
    return bar;
  }
}
