import { expect, it } from 'vitest';
import { createTabThrottle } from '../../utils/worker/tab-throttle';

it('lets each tab act once per interval, however many loads a page reports', () => {
  let t = 0;
  const throttle = createTabThrottle(1000, () => t);
  const taken: number[] = [];
  // A pushState storm: one "loading" every 2 ms for 3 s on tab 1, and a normal load on tab 2.
  for (t = 0; t < 3000; t += 2) if (throttle.take(1)) taken.push(t);
  expect(taken).toEqual([0, 1000, 2000]);
  expect(throttle.take(2)).toBe(true);
  throttle.forget(1);
  expect(throttle.take(1)).toBe(true);
});
