import { describe, expect, it } from 'vitest';
import { BUDGET_MS, indexesInSlices, inSlices } from './slices';

/** Busy-waits `ms` (a chunk of work that takes that long). */
const work = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('inSlices', () => {
  it('runs the work across several tasks when it takes longer than the budget', async () => {
    const tasks = new Set<number>();
    let task = 0;
    const tick = setInterval(() => task++, 0);
    let left = 12;
    const slices = inSlices(() => {
      work(10);
      tasks.add(task);
      return --left > 0;
    });
    expect(await slices.done).toBe(true);
    clearInterval(tick);
    expect(left).toBe(0);
    // 120 ms of work in tasks of about BUDGET_MS: more than one task.
    expect(tasks.size).toBeGreaterThanOrEqual(Math.floor(120 / (BUDGET_MS + 10)));
  });

  it('resolves false when stopped, and runs no more chunks', async () => {
    let chunks = 0;
    const slices = inSlices(() => {
      chunks++;
      work(BUDGET_MS + 5);
      return true;
    });
    await new Promise((r) => setTimeout(r, 0));
    slices.stop();
    const seen = chunks;
    expect(await slices.done).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(chunks).toBe(seen);
  });
});

describe('indexesInSlices', () => {
  it('hands every index once, in order, in steps', async () => {
    const seen: number[] = [];
    const steps: number[] = [];
    const slices = indexesInSlices(
      1001,
      (from, to) => {
        steps.push(to - from);
        for (let i = from; i < to; i++) seen.push(i);
      },
      100,
    );
    expect(await slices.done).toBe(true);
    expect(seen).toEqual(Array.from({ length: 1001 }, (_, i) => i));
    expect(steps).toEqual([...Array<number>(10).fill(100), 1]);
  });

  it('finishes at once with nothing to do', async () => {
    let called = false;
    expect(await indexesInSlices(0, () => (called = true)).done).toBe(true);
    expect(called).toBe(false);
  });
});
