import { describe, expect, it } from 'vitest';
import { latest, STALE } from './latest';

/** A request whose answer the test releases by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('latest()', () => {
  it('hands back the answer of a request nothing superseded', async () => {
    const slot = latest();
    await expect(slot.run(() => Promise.resolve(42))).resolves.toBe(42);
    expect(slot.pending).toBe(false);
  });

  it('aborts the previous request when a new one starts', async () => {
    const slot = latest();
    const signals: AbortSignal[] = [];
    const first = deferred<string>();
    const second = deferred<string>();
    const one = slot.run((signal) => (signals.push(signal), first.promise));
    const two = slot.run((signal) => (signals.push(signal), second.promise));
    expect(signals[0]!.aborted).toBe(true);
    expect(signals[1]!.aborted).toBe(false);
    second.resolve('new');
    first.resolve('old');
    await expect(two).resolves.toBe('new');
    await expect(one).resolves.toBe(STALE);
  });

  it('never applies a stale answer, even when it arrives last', async () => {
    const slot = latest();
    const first = deferred<string>();
    const second = deferred<string>();
    const applied: string[] = [];
    const apply = (value: string | typeof STALE) => {
      if (value !== STALE) applied.push(value);
    };
    const one = slot.run(() => first.promise).then(apply);
    const two = slot.run(() => second.promise).then(apply);
    second.resolve('new');
    await two;
    first.resolve('old');
    await one;
    expect(applied).toEqual(['new']);
  });

  it('drops the error of a superseded request and throws the latest one’s', async () => {
    const slot = latest();
    const first = deferred<string>();
    const one = slot.run(() => first.promise);
    const two = slot.run(() => Promise.reject(new Error('latest failed')));
    first.reject(new Error('stale failed'));
    await expect(one).resolves.toBe(STALE);
    await expect(two).rejects.toThrow('latest failed');
  });

  it('makes the running request stale on abort()', async () => {
    const slot = latest();
    const first = deferred<number>();
    let seen: AbortSignal | undefined;
    const one = slot.run((signal) => ((seen = signal), first.promise));
    expect(slot.pending).toBe(true);
    slot.abort();
    expect(seen!.aborted).toBe(true);
    expect(slot.pending).toBe(false);
    first.resolve(1);
    await expect(one).resolves.toBe(STALE);
  });
});
