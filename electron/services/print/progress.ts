/** Thrown inside a PDF job when the person cancelled it; the job ends without a file. */
export class PrintCancelled extends Error {
  constructor() {
    super('Printing was cancelled');
  }
}

const YIELD_EVERY_MS = 25;

/**
 * How far a PDF job has come. Drawing is synchronous pdfkit work, so the job yields to the event
 * loop every few milliseconds: the app keeps answering (progress polls, other requests) meanwhile.
 */
export class Progress {
  done = 0;
  total = 0;
  cancelled = false;
  private lastYield = performance.now();

  /** @param pace awaited at every step: tests hold a job on purpose, so "stop" never races a fast machine. */
  constructor(private readonly pace?: () => Promise<void>) {}

  async step(units: number): Promise<void> {
    this.done = Math.min(this.total, this.done + units);
    if (this.pace) await this.pace();
    if (this.cancelled) throw new PrintCancelled();
    if (performance.now() - this.lastYield >= YIELD_EVERY_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      this.lastYield = performance.now();
      if (this.cancelled) throw new PrintCancelled();
    }
  }
}
