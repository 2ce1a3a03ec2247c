/**
 * resvg-js 2.6 keeps each render's pixels (3 MB for a card) in memory that
 * V8 does not count, and frees it only in a finalizer that runs after a
 * garbage collection *and* a turn of the event loop (thx/resvg-js#216; fixed
 * upstream in resvg-js#393, released only in 2.7 alphas). Rendering 1,000
 * cards in one synchronous loop held 3 GB. Calling this every few cards
 * collects them and lets the finalizers run: memory stays flat (about
 * 140 MB for 300 cards, against 1 GB without).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

export async function releaseRenderMemory(): Promise<void> {
  if (!collect) {
    // The documented way to reach the collector without starting Node with --expose-gc.
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  await new Promise((resolve) => setImmediate(resolve));
}
