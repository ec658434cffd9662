// Runs validation shortly after each change, one document at a time per URI: a newer version
// supersedes a pending one, and results for an outdated version are never published.

export interface ScheduledDocument {
  uri: string;
  version: number;
}

export class ValidationScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly latest = new Map<string, number>();

  constructor(
    private readonly run: (uri: string, version: number, isCurrent: () => boolean) => void | Promise<void>,
    private readonly delayFor: (uri: string) => number,
  ) {}

  schedule(document: ScheduledDocument): void {
    this.latest.set(document.uri, document.version);
    const pending = this.timers.get(document.uri);
    if (pending) clearTimeout(pending);
    const delay = this.delayFor(document.uri);
    const fire = () => {
      this.timers.delete(document.uri);
      const isCurrent = () => this.latest.get(document.uri) === document.version;
      if (isCurrent()) void this.run(document.uri, document.version, isCurrent);
    };
    if (delay <= 0) fire();
    else this.timers.set(document.uri, setTimeout(fire, delay));
  }

  forget(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.latest.delete(uri);
  }
}
