/**
 * The last events of a simulation run, kept in a ring buffer so that a violation can show how
 * the cluster got there without the run paying for an unbounded log.
 */
export class EventTrace {
  private readonly events: string[];
  private next = 0;
  private count = 0;

  constructor(private readonly capacity = 200) {
    this.events = new Array<string>(capacity);
  }

  /** Records one event, labelled with the step it happened at. */
  record(step: number, event: string): void {
    this.events[this.next] = `#${step} ${event}`;
    this.next = (this.next + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
  }

  /** The kept events, oldest first. */
  lines(): string[] {
    const start = (this.next - this.count + this.capacity) % this.capacity;
    const result: string[] = [];
    for (let offset = 0; offset < this.count; offset++) {
      result.push(this.events[(start + offset) % this.capacity] as string);
    }
    return result;
  }
}
