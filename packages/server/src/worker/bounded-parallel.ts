/**
 * `work` applied to every item, at most `limit` at a time; results in the items' order. The
 * first failure rejects (work already started runs to its end, nothing new starts).
 *
 * @example
 * const groups = await mapBoundedParallel(groupIds, 16, (groupId) => store.openGroup(groupId));
 */
export async function mapBoundedParallel<Item, Result>(
  items: readonly Item[],
  limit: number,
  work: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
