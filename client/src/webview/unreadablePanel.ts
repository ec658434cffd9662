// The side panel listing rows whose coordinates cannot be read, with the reason and the value as written;
// each row is a button that reveals it in the editor.
import type { MapPointsResult } from '../../../server/src/engine/geo/points';
import type { MapStrings } from './strings';

/** Values longer than this are cut in the list. */
const MAX_VALUE_LENGTH = 60;

export class UnreadablePanel {
  constructor(private readonly root: HTMLElement, private readonly strings: MapStrings, private readonly reveal: (row: number) => void) {}

  update(result: MapPointsResult): void {
    const { strings } = this;
    this.root.replaceChildren();
    this.root.hidden = result.unreadableCount === 0;
    if (result.unreadableCount === 0) return;
    const details = document.createElement('details');
    details.open = true;
    const summary = document.createElement('summary');
    summary.textContent = strings.t('unreadable.title', { count: strings.count(result.unreadableCount) });
    details.appendChild(summary);
    const list = document.createElement('ul');
    list.className = 'odl-unreadable';
    for (const row of result.unreadable) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'odl-unreadable__row';
      button.dataset.row = String(row.row);
      const title = document.createElement('span');
      title.className = 'odl-unreadable__reason';
      title.textContent = strings.t('unreadable.item', { row: row.row, reason: strings.reason(row.reason) });
      button.appendChild(title);
      const shown = row.values.filter((value) => value.trim() !== '').join(' ; ');
      if (shown !== '') {
        const value = document.createElement('span');
        value.className = 'odl-unreadable__value';
        value.textContent = strings.t('unreadable.value', { value: shown.length > MAX_VALUE_LENGTH ? `${shown.slice(0, MAX_VALUE_LENGTH - 1)}…` : shown });
        button.appendChild(value);
      }
      if (row.suggestion) {
        const suggestion = document.createElement('span');
        suggestion.className = 'odl-unreadable__suggestion';
        suggestion.textContent = strings.t('unreadable.suggestion', { lat: strings.number(row.suggestion.lat, 5), lon: strings.number(row.suggestion.lon, 5) });
        button.appendChild(suggestion);
      }
      button.addEventListener('click', () => this.reveal(row.row));
      item.appendChild(button);
      list.appendChild(item);
    }
    if (result.unreadableCount > result.unreadable.length) {
      const more = document.createElement('li');
      more.className = 'odl-unreadable__more';
      more.textContent = strings.t('unreadable.more', { count: strings.count(result.unreadableCount - result.unreadable.length) });
      list.appendChild(more);
    }
    details.appendChild(list);
    this.root.appendChild(details);
  }
}
