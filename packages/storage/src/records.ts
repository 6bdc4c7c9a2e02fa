import type { ConfState, Entry, EntryType, HardState } from '@flintkv/proto';
import { ByteReader, ByteWriter } from './binary.js';

/**
 * Fixed binary encodings of the records this package persists. No JSON and no shared
 * encoder buffers: every encoded value is a fresh exact-length array, safe to hand to LevelDB.
 */

/** Where the log starts: the entry before `index + 1` was removed, and its term is kept. */
export interface LogStart {
  index: number;
  term: number;
}

/** `raft_log` value: term u64 | type u8 | data. The index is in the key. */
export function encodeEntryValue(entry: Entry): Uint8Array {
  return new ByteWriter(9 + entry.data.byteLength).u64(entry.term).u8(entry.type).bytes(entry.data).finish();
}

export function decodeEntryValue(index: number, value: Uint8Array): Entry {
  const reader = new ByteReader(value);
  const term = reader.u64();
  const type = reader.u8() as EntryType;
  return { index, term, type, data: reader.bytesOf(reader.remaining) };
}

export function encodeHardState(hardState: HardState): Uint8Array {
  return new ByteWriter(24).u64(hardState.term).u64(hardState.vote).u64(hardState.commit).finish();
}

export function decodeHardState(value: Uint8Array): HardState {
  const reader = new ByteReader(value);
  const hardState = { term: reader.u64(), vote: reader.u64(), commit: reader.u64() };
  expectConsumed(reader, 'hard state');
  return hardState;
}

export function encodeLogStart(logStart: LogStart): Uint8Array {
  return new ByteWriter(16).u64(logStart.index).u64(logStart.term).finish();
}

export function decodeLogStart(value: Uint8Array): LogStart {
  const reader = new ByteReader(value);
  const logStart = { index: reader.u64(), term: reader.u64() };
  expectConsumed(reader, 'log start');
  return logStart;
}

/** autoLeave u8, then voters, learners, votersOutgoing, learnersNext as u32 count + u64 ids. */
export function encodeConfState(confState: ConfState): Uint8Array {
  const writer = new ByteWriter();
  writer.u8(confState.autoLeave ? 1 : 0);
  for (const list of [confState.voters, confState.learners, confState.votersOutgoing, confState.learnersNext]) {
    writer.u32(list.length);
    for (const nodeId of list) writer.u64(nodeId);
  }
  return writer.finish();
}

export function decodeConfState(value: Uint8Array): ConfState {
  const reader = new ByteReader(value);
  const autoLeave = reader.u8() === 1;
  const readList = (): number[] => {
    const count = reader.u32();
    const list: number[] = [];
    for (let i = 0; i < count; i++) list.push(reader.u64());
    return list;
  };
  const voters = readList();
  const learners = readList();
  const votersOutgoing = readList();
  const learnersNext = readList();
  expectConsumed(reader, 'conf state');
  return { voters, learners, votersOutgoing, learnersNext, autoLeave };
}

export function encodeU64(value: number): Uint8Array {
  return new ByteWriter(8).u64(value).finish();
}

export function decodeU64(value: Uint8Array, what: string): number {
  const reader = new ByteReader(value);
  const number = reader.u64();
  expectConsumed(reader, what);
  return number;
}

function expectConsumed(reader: ByteReader, what: string): void {
  if (reader.remaining !== 0) throw new RangeError(`${what} record has ${reader.remaining} trailing bytes`);
}
