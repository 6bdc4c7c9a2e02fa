/**
 * The term of every index from the log start to the last index, kept in memory as runs
 * (`firstIndex`, `term`): terms change rarely, so a log of millions of entries costs a few
 * runs, and `term(i)` — which Raft asks on every append and vote — never touches disk.
 */
interface TermRun {
  firstIndex: number;
  term: number;
}

export class TermRuns {
  #runs: TermRun[] = [];
  #lastIndex: number;

  /** Starts with a single known index (the log start: index and term of the last removed entry). */
  constructor(startIndex: number, startTerm: number) {
    this.#runs = [{ firstIndex: startIndex, term: startTerm }];
    this.#lastIndex = startIndex;
  }

  get startIndex(): number {
    return this.#runs[0]!.firstIndex;
  }

  get lastIndex(): number {
    return this.#lastIndex;
  }

  get runCount(): number {
    return this.#runs.length;
  }

  /** Term of `index`; the caller checks `startIndex <= index <= lastIndex`. */
  term(index: number): number {
    let low = 0;
    let high = this.#runs.length - 1;
    // Binary search for the last run starting at or before `index`.
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.#runs[middle]!.firstIndex <= index) low = middle;
      else high = middle - 1;
    }
    return this.#runs[low]!.term;
  }

  /** Records `term` for `index`, which must be `lastIndex + 1`. */
  push(index: number, term: number): void {
    if (index !== this.#lastIndex + 1) throw new Error(`term runs: push ${index} after ${this.#lastIndex}`);
    const last = this.#runs[this.#runs.length - 1]!;
    if (last.term !== term) this.#runs.push({ firstIndex: index, term });
    this.#lastIndex = index;
  }

  /** Forgets every index `>= index` (must be above the start). */
  truncateFrom(index: number): void {
    if (index <= this.startIndex) throw new Error(`term runs: truncate at ${index} <= start ${this.startIndex}`);
    while (this.#runs.length > 1 && this.#runs[this.#runs.length - 1]!.firstIndex >= index) this.#runs.pop();
    this.#lastIndex = Math.min(this.#lastIndex, index - 1);
  }

  /** Forgets every index below `index` (which becomes the new start; must be `<= lastIndex`). */
  dropBefore(index: number): void {
    while (this.#runs.length > 1 && this.#runs[1]!.firstIndex <= index) this.#runs.shift();
    this.#runs[0]!.firstIndex = Math.max(this.#runs[0]!.firstIndex, index);
  }
}
