import { asyncScheduler, Observable, type OperatorFunction, type SchedulerLike, type Subscription } from 'rxjs';

/**
 * Passes values on at most `maxHz` times a second, whatever the input rate: the first value at
 * once, then the latest value at the end of each interval, and a pending value when the source
 * completes. `source.pipe(capRate(20, scheduler))`. The scheduler is injected so tests control time.
 */
export function capRate<T>(maxHz: number, scheduler: SchedulerLike = asyncScheduler): OperatorFunction<T, T> {
  if (!(maxHz > 0)) {
    throw new RangeError(`maxHz must be positive, got ${maxHz}`);
  }
  const intervalMs = 1000 / maxHz;
  return (source) =>
    new Observable<T>((subscriber) => {
      let lastEmitAt = -Infinity;
      let pending: { value: T } | undefined;
      let timer: Subscription | undefined;

      const flush = () => {
        timer = undefined;
        if (pending) {
          const { value } = pending;
          pending = undefined;
          lastEmitAt = scheduler.now();
          subscriber.next(value);
        }
      };

      const inner = source.subscribe({
        next: (value) => {
          pending = { value };
          if (timer) {
            return;
          }
          const wait = lastEmitAt + intervalMs - scheduler.now();
          if (wait <= 0) {
            flush();
          } else {
            timer = scheduler.schedule(flush, wait);
          }
        },
        error: (err) => subscriber.error(err),
        complete: () => {
          timer?.unsubscribe();
          flush();
          subscriber.complete();
        },
      });
      return () => {
        timer?.unsubscribe();
        inner.unsubscribe();
      };
    });
}
