/** Limits on how long a minimisation may run. */
export interface MinimiseBudget {
  /** Stop after this many calls of the test (the result is then the smallest found so far). */
  maxTests: number;
}

/**
 * Zeller's ddmin: a 1-minimal subsequence of `items` for which `fails` still holds (removing
 * any single remaining item makes it pass), or the smallest found within the budget. `fails`
 * must hold for `items` itself. Order is preserved.
 */
export function minimise<T>(
  items: readonly T[],
  fails: (candidate: readonly T[]) => boolean,
  budget: MinimiseBudget,
): { items: T[]; tests: number } {
  let current = [...items];
  let granularity = 2;
  let tests = 0;
  const test = (candidate: readonly T[]): boolean => {
    tests++;
    return fails(candidate);
  };
  while (current.length >= 2 && tests < budget.maxTests) {
    const chunks = split(current, granularity);
    let reduced = false;
    for (const chunk of chunks) {
      if (tests >= budget.maxTests) break;
      if (test(chunk)) {
        current = chunk;
        granularity = 2;
        reduced = true;
        break;
      }
    }
    if (!reduced && granularity > 2) {
      for (let index = 0; index < chunks.length && tests < budget.maxTests; index++) {
        const complement = chunks.filter((_, other) => other !== index).flat();
        if (test(complement)) {
          current = complement;
          granularity = Math.max(granularity - 1, 2);
          reduced = true;
          break;
        }
      }
    }
    if (!reduced) {
      if (granularity >= current.length) break;
      granularity = Math.min(granularity * 2, current.length);
    }
  }
  return { items: current, tests };
}

/** `items` in `parts` contiguous chunks of nearly equal size. */
function split<T>(items: readonly T[], parts: number): T[][] {
  const chunks: T[][] = [];
  let start = 0;
  for (let part = 0; part < parts; part++) {
    const end = start + Math.floor((items.length - start) / (parts - part));
    if (end > start) chunks.push(items.slice(start, end));
    start = end;
  }
  return chunks;
}
