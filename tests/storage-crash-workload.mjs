// What tests/storage-crash-child.mjs writes, shared with the parent test that checks it.

export const CRASH_IDENTITY = { clusterId: 'crash-test', nodeId: 1 };
export const CRASH_GROUPS = [1, 2, 3, 4];

/** Self-describing entry bytes: group u32 | index u32 | term u32 | filler, so any misplaced or torn entry shows. */
export function entryData(groupId, index, term) {
  const data = new Uint8Array(12 + ((index * 31 + groupId) % 200));
  const view = new DataView(data.buffer);
  view.setUint32(0, groupId);
  view.setUint32(4, index);
  view.setUint32(8, term);
  data.fill((index + term + groupId) % 256, 12);
  return data;
}

/** A comparable summary of each group: log bounds, term runs, hard state. */
export function summarize(groups) {
  const state = {};
  for (const group of groups) {
    const first = group.firstIndex();
    const last = group.lastIndex();
    const runs = [];
    for (let index = first - 1; index <= last; index++) {
      const term = group.term(index);
      if (runs.length === 0 || runs[runs.length - 1][1] !== term) runs.push([index, term]);
    }
    state[group.groupId] = { first, last, runs, hardState: group.initialState().hardState };
  }
  return state;
}
