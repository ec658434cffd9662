// Runs validation shortly after each change, one document at a time per URI: a newer scheduling (a newer
// version, or the same version checked again after a setting changed) supersedes a pending or running one,
// and results of a superseded run are never published. A delay of 0 runs at once (an edit already checked).

export interface ScheduledDocument {
  uri: string;
  version: number;
}

export class ValidationScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The ticket of the latest scheduling per URI: a run is current while its ticket is the latest. */
  private readonly latest = new Map<string, number>();
  private tickets = 0;

  constructor(
    private readonly run: (uri: string, version: number, isCurrent: () => boolean) => void | Promise<void>,
    private readonly delayFor: (uri: string) => number,
  ) {}

  schedule(document: ScheduledDocument): void {
    const ticket = ++this.tickets;
    const { uri, version } = document;
    this.latest.set(uri, ticket);
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    const delay = this.delayFor(uri);
    const fire = () => {
      this.timers.delete(uri);
      const isCurrent = () => this.latest.get(uri) === ticket;
      if (isCurrent()) void this.run(uri, version, isCurrent);
    };
    if (delay <= 0) fire();
    else this.timers.set(uri, setTimeout(fire, delay));
  }

  forget(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.latest.delete(uri);
  }
}
