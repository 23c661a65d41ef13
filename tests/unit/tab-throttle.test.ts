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
  expect(throttle.take(2)).toBe(false);
  t += 1000;
  expect(throttle.take(2)).toBe(true);
});

it('forgets tabs long quiet, so many tabs cost little', () => {
  let t = 0;
  const throttle = createTabThrottle(1000, () => t);
  for (let id = 0; id < 1000; id++, t += 10) expect(throttle.take(id)).toBe(true);
  // A tab seen 10 s ago may act again, and one seen just now may not.
  expect(throttle.take(0)).toBe(true);
  expect(throttle.take(999)).toBe(false);
});
