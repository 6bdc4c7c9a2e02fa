import { describe, expect, it } from 'vitest';
import { SendQueue } from './send-queue.js';

const bytes = (size: number, fill = 0) => new Uint8Array(size).fill(fill);

describe('SendQueue', () => {
  it('hands back everything queued, oldest first', () => {
    const queue = new SendQueue(100);
    queue.push(bytes(10, 1));
    queue.push(bytes(20, 2));
    expect(queue.bytes).toBe(30);
    expect(queue.drain().map((buffer) => buffer[0])).toEqual([1, 2]);
    expect(queue.bytes).toBe(0);
    expect(queue.length).toBe(0);
  });

  it('drops the oldest buffers once over its bound, and counts them', () => {
    const queue = new SendQueue(100);
    for (let index = 1; index <= 5; index++) queue.push(bytes(30, index));
    expect(queue.bytes).toBeLessThanOrEqual(100);
    expect(queue.droppedEntries).toBe(2);
    expect(queue.droppedBytes).toBe(60);
    expect(queue.drain().map((buffer) => buffer[0])).toEqual([3, 4, 5]);
  });

  it('keeps the newest buffer even when it alone is over the bound', () => {
    const queue = new SendQueue(10);
    queue.push(bytes(5, 1));
    expect(queue.push(bytes(50, 2))).toBe(1);
    expect(queue.drain().map((buffer) => buffer[0])).toEqual([2]);
  });

  it('counts a clear as dropped', () => {
    const queue = new SendQueue(100);
    queue.push(bytes(10));
    queue.push(bytes(10));
    expect(queue.clear()).toBe(2);
    expect(queue.droppedEntries).toBe(2);
    expect(queue.droppedBytes).toBe(20);
  });
});
