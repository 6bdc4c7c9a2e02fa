// Child of tests/storage-crash.test.ts: appends entries and hard states for several groups in
// a loop, one synced turn per batch, and reports on stdout (synchronous for pipes on Linux):
//   {"type":"ready","state":…}             after opening (the state it found on disk)
//   {"type":"intent","batch":n,"state":…}  before committing batch n (the state it will leave)
//   {"type":"ack","batch":n}               once batch n is durable
// The parent SIGKILLs it at a random moment and checks the database against these lines.
// Runs under plain node, so it imports the built package.
import { openNodeStore } from '../packages/storage/dist/index.js';
import { SeededRandom } from '../packages/test-kit/dist/index.js';
import { CRASH_GROUPS, CRASH_IDENTITY, entryData, summarize } from './storage-crash-workload.mjs';

const [directory, seedText] = process.argv.slice(2);
// Seeded, so a failing round can be replayed from its seed.
const generator = new SeededRandom(Number(seedText));
const random = () => generator.next();
const below = (n) => generator.below(n);
const report = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

const store = await openNodeStore(directory, CRASH_IDENTITY);
const confState = { voters: [1, 2, 3], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };
const groups = [];
for (const groupId of CRASH_GROUPS) groups.push(await store.openGroup(groupId, { confState }));
const hardStates = new Map(groups.map((group) => [group.groupId, group.initialState().hardState]));
report({ type: 'ready', state: summarize(groups) });

for (let batch = 1; ; batch++) {
  const turn = store.beginTurn();
  for (const group of groups) {
    if (random() < 0.3) continue;
    const hardState = hardStates.get(group.groupId);
    const first = group.firstIndex();
    const last = group.lastIndex();
    let start = last + 1;
    let term = Math.max(hardState.term, last >= first ? group.term(last) : 1, 1);
    // Sometimes a new leader overwrites an uncommitted suffix (Raft's conflicting entries).
    if (random() < 0.15 && last > hardState.commit) {
      start = last - below(Math.min(4, last - hardState.commit));
      term += 1;
    }
    const count = 1 + below(20);
    const entries = Array.from({ length: count }, (_, k) => {
      const index = start + k;
      return { index, term, type: 0, data: entryData(group.groupId, index, term) };
    });
    group.append(entries, turn);
    const newLast = start + count - 1;
    const commit = hardState.commit + below(newLast - hardState.commit + 1);
    const next = { term, vote: 1 + below(3), commit };
    group.setHardState(next, turn);
    hardStates.set(group.groupId, next);
    if (random() < 0.08 && commit > group.firstIndex() + 4) {
      group.compact(group.firstIndex() + below(commit - group.firstIndex()), turn);
    }
  }
  report({ type: 'intent', batch, state: summarize(groups) });
  await turn.commit();
  report({ type: 'ack', batch });
}
