// Runs the check of a document at each change, one at a time per URI: a newer scheduling (a newer version,
// or the same version checked again after a setting changed) supersedes a running one, whose results are
// then never published. No delay: an edit has re-checked its rows when the check starts, and longer work
// runs in slices that a newer scheduling stops.

export interface ScheduledDocument {
  uri: string;
  version: number;
}

export class ValidationScheduler {
  /** The ticket of the latest scheduling per URI: a run is current while its ticket is the latest. */
  private readonly latest = new Map<string, number>();
  private tickets = 0;

  constructor(private readonly run: (uri: string, version: number, isCurrent: () => boolean) => void | Promise<void>) {}

  schedule(document: ScheduledDocument): void {
    const ticket = ++this.tickets;
    const { uri, version } = document;
    this.latest.set(uri, ticket);
    void this.run(uri, version, () => this.latest.get(uri) === ticket);
  }

  forget(uri: string): void {
    this.latest.delete(uri);
  }
}
