// Binary search over ascending offsets (line starts, row starts, row lines): the one loop every index of
// positions needs, written once.

/**
 * The index of the last of the first `count` values that is at most `target`; 0 when even the first is
 * above it, -1 when there are none. `values` must be ascending.
 */
export function lastAtOrBefore(values: ArrayLike<number>, target: number, count = values.length): number {
  if (count <= 0) return -1;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (values[middle] <= target) low = middle;
    else high = middle - 1;
  }
  return low;
}
