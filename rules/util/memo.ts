/**
 * A pure function of one string, remembered per argument: a message repeats its words, and a run
 * of 1,000 drafts repeats most of them, so per-word checks (dictionary forms, syllables, word
 * shapes) are worth computing once. The memory is bounded: past `max` entries it starts over.
 */
export function memoized<T>(compute: (key: string) => T, max = 20_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= max) known.clear();
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}
