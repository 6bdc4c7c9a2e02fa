import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '@flintkv/proto';
import { type NodeStore, openNodeStore } from '@flintkv/storage';
import { afterEach, describe, expect, it } from 'vitest';
import { PairParser } from '../../backup/region-pairs.js';
import type { GroupAnswers } from '../group/group-answers.js';
import type { ClientWaiter } from '../group/pending-requests.js';
import { RegionExports } from './region-exports.js';

type ExportAnswer = Extract<Result, { type: 'exportRegion' }>;

const confState = { voters: [1], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };
const region = {
  id: 1,
  startKey: new Uint8Array(0),
  endKey: new Uint8Array(0),
  epoch: { confVersion: 1, version: 1 },
  peers: [1],
};
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A region of `keys` pairs of 1 KiB, its exports, and every answer they gave. */
async function exportsOf(keys: number) {
  const directory = mkdtempSync(join(tmpdir(), 'flint-region-exports-'));
  const store: NodeStore = await openNodeStore(directory, { clusterId: 'c', nodeId: 1 });
  cleanups.push(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });
  await store.openGroup(1, { confState });
  const turn = store.beginTurn();
  for (let index = 0; index < keys; index++) {
    turn.putKv(1, Buffer.from(`\u0001k${String(index).padStart(4, '0')}`), new Uint8Array(1024).fill(index % 251));
  }
  await turn.commit();
  const answers: Array<{ requestId: number; result?: ExportAnswer; error?: { code: string; message: string } }> = [];
  const fake = {
    answer: (waiter: ClientWaiter, result: Result) =>
      answers.push({ requestId: waiter.requestId, result: result as ExportAnswer }),
    fail: (waiter: ClientWaiter, error: { code: string; message: string }) =>
      answers.push({ requestId: waiter.requestId, error }),
    failNotLeader: (waiter: ClientWaiter) =>
      answers.push({ requestId: waiter.requestId, error: { code: 'NOT_LEADER', message: '' } }),
  };
  let requestId = 0;
  const exports = new RegionExports({
    groupId: 1,
    store,
    answers: fake as unknown as GroupAnswers,
    appliedIndex: () => 17,
    descriptor: () => region,
    now: () => 0,
  });
  /** Waits for the answer to request `id`. */
  const answerOf = async (id: number) => {
    for (let attempt = 0; attempt < 500; attempt++) {
      const found = answers.find((answer) => answer.requestId === id);
      if (found !== undefined) return found;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    throw new Error(`request ${id} was not answered`);
  };
  const waiter = () => ({ connection: 1, requestId: ++requestId, deadline: Number.POSITIVE_INFINITY });
  return { store, exports, answerOf, waiter };
}

describe('RegionExports', () => {
  it('streams the pairs of the view taken between turns, at the applied index, chunk by chunk', async () => {
    const { store, exports, answerOf, waiter } = await exportsOf(300);
    const open = waiter();
    exports.queueOpen(open, 64 * 1024);
    exports.betweenTurns();
    const late = store.beginTurn();
    late.putKv(1, Buffer.from('\u0001zzz-late'), Uint8Array.of(1));
    await late.commit();

    let answer = (await answerOf(open.requestId)).result!;
    expect(answer).toMatchObject({ position: 0, appliedIndex: 17, done: false });
    const parser = new PairParser();
    const keys: string[] = [];
    while (!answer.done) {
      for (const [key] of parser.push(answer.chunk)) keys.push(Buffer.from(key).toString());
      const next = waiter();
      exports.next(next, answer.streamId, answer.position + 1);
      answer = (await answerOf(next.requestId)).result!;
    }
    expect(keys).toHaveLength(300);
    expect(keys.at(-1)).toBe('\u0001k0299');
    expect(exports.busy).toBe(true);
  });

  it('answers the last chunk again when it is asked again, and refuses any other position or stream', async () => {
    const { exports, answerOf, waiter } = await exportsOf(200);
    const open = waiter();
    exports.queueOpen(open, 16 * 1024);
    exports.betweenTurns();
    const first = (await answerOf(open.requestId)).result!;
    const second = waiter();
    exports.next(second, first.streamId, 1);
    const again = waiter();
    exports.next(again, first.streamId, 1);
    expect((await answerOf(again.requestId)).result!.chunk).toEqual((await answerOf(second.requestId)).result!.chunk);
    const skip = waiter();
    exports.next(skip, first.streamId, 5);
    expect((await answerOf(skip.requestId)).error?.message).toMatch(/^FLINT_EXPORT_POSITION/);
    const unknown = waiter();
    exports.next(unknown, first.streamId + 1, 1);
    expect((await answerOf(unknown.requestId)).error?.message).toMatch(/^FLINT_EXPORT_UNKNOWN/);
  });

  it('releases an idle export', async () => {
    const { exports, answerOf, waiter } = await exportsOf(10);
    const open = waiter();
    exports.queueOpen(open, 16 * 1024);
    exports.betweenTurns();
    const first = (await answerOf(open.requestId)).result!;
    exports.tick(60_000);
    expect(exports.busy).toBe(false);
    const next = waiter();
    exports.next(next, first.streamId, 1);
    expect((await answerOf(next.requestId)).error?.message).toMatch(/^FLINT_EXPORT_UNKNOWN/);
  });
});
