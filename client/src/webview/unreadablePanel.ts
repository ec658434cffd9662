// The side panel listing rows whose coordinates cannot be read (or GeoJSON features that cannot be drawn),
// with the reason and the value as written; each entry is a button that reveals it in the editor.
import type { MapPointsResult } from '../../../server/src/engine/geo/points';
import type { MapFeaturesReply } from '../../../server/src/protocol';
import type { MapStrings } from './strings';

/** Values longer than this are cut in the list. */
const MAX_VALUE_LENGTH = 60;

/** One entry of the list: what it is, why, and the lines of text under it. */
interface Entry {
  /** The data attribute naming it (data-row, data-feature) and its value. */
  key: ['row' | 'feature', number];
  title: string;
  /** Further lines, each with its class. */
  details: [string, string][];
  reveal(): void;
}

function cut(value: string): string {
  return value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH - 1)}…` : value;
}

export class UnreadablePanel {
  constructor(
    private readonly root: HTMLElement,
    private readonly strings: MapStrings,
    private readonly reveal: (row: number) => void,
    private readonly revealFeature: (feature: number) => void = () => undefined,
  ) {}

  update(result: MapPointsResult): void {
    const { strings } = this;
    const entries = result.unreadable.map((row): Entry => {
      const details: [string, string][] = [];
      const shown = row.values.filter((value) => value.trim() !== '').join(' ; ');
      if (shown !== '') details.push(['odl-unreadable__value', strings.t('unreadable.value', { value: cut(shown) })]);
      if (row.suggestion) {
        details.push(['odl-unreadable__suggestion', strings.t('unreadable.suggestion', { lat: strings.number(row.suggestion.lat, 5), lon: strings.number(row.suggestion.lon, 5) })]);
      }
      return { key: ['row', row.row], title: strings.t('unreadable.item', { row: row.row, reason: strings.reason(row.reason) }), details, reveal: () => this.reveal(row.row) };
    });
    this.show(result.unreadableCount, strings.t('unreadable.title', { count: strings.count(result.unreadableCount) }), entries, (count) =>
      strings.t('unreadable.more', { count: strings.count(count) }),
    );
  }

  updateFeatures(result: MapFeaturesReply): void {
    const { strings } = this;
    const entries = result.unreadable.map((feature): Entry => {
      const details: [string, string][] = [];
      if (feature.label) details.push(['odl-unreadable__value', cut(feature.label)]);
      const written = feature.value ?? (feature.reason === 'unknown-geometry-type' ? feature.geometryType : undefined);
      if (written) details.push(['odl-unreadable__value', strings.t('unreadable.value', { value: cut(written) })]);
      for (const problem of feature.problems.slice(0, 3)) details.push([`odl-unreadable__problem odl-unreadable__problem--${problem.severity}`, cut(problem.message)]);
      const title = strings.t('unreadableFeatures.item', { number: feature.feature + 1, reason: strings.featureReason(feature.reason) });
      return { key: ['feature', feature.feature], title, details, reveal: () => this.revealFeature(feature.feature) };
    });
    this.show(result.unreadableCount, strings.t('unreadableFeatures.title', { count: strings.count(result.unreadableCount) }), entries, (count) =>
      strings.t('unreadableFeatures.more', { count: strings.count(count) }),
    );
  }

  private show(total: number, title: string, entries: Entry[], more: (count: number) => string): void {
    this.root.replaceChildren();
    this.root.hidden = total === 0;
    if (total === 0) return;
    const details = document.createElement('details');
    details.open = true;
    const summary = document.createElement('summary');
    summary.textContent = title;
    details.appendChild(summary);
    const list = document.createElement('ul');
    list.className = 'odl-unreadable';
    for (const entry of entries) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'odl-unreadable__row';
      button.dataset[entry.key[0]] = String(entry.key[1]);
      const reason = document.createElement('span');
      reason.className = 'odl-unreadable__reason';
      reason.textContent = entry.title;
      button.appendChild(reason);
      for (const [className, text] of entry.details) {
        const line = document.createElement('span');
        line.className = className;
        line.textContent = text;
        button.appendChild(line);
      }
      button.addEventListener('click', entry.reveal);
      item.appendChild(button);
      list.appendChild(item);
    }
    if (total > entries.length) {
      const rest = document.createElement('li');
      rest.className = 'odl-unreadable__more';
      rest.textContent = more(total - entries.length);
      list.appendChild(rest);
    }
    details.appendChild(list);
    this.root.appendChild(details);
  }
}
