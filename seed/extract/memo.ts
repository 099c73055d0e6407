/**
 * Memoises a pure one-string function. The per-word lexicon checks (is this a demonym, a first
 * name, a common word?) each run a compromise parse; the same few thousand words recur in every
 * article, so the answers are kept for the life of the process. Not for functions of context.
 */
export function memo<T>(fn: (key: string) => T, limit = 100_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
