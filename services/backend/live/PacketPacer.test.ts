import { PacketPacer, type PacerClock } from './PacketPacer';

function fakeClock(): PacerClock & { advance(ms: number): void } {
  let now = 1_000;
  let timers: Array<{ at: number; run: () => void; id: number }> = [];
  let nextId = 1;
  return {
    now: () => now,
    setTimeout(run, ms) {
      const id = nextId++;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout(handle) {
      timers = timers.filter((t) => t.id !== handle);
    },
    advance(ms) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      due.forEach((t) => t.run());
    },
  };
}

describe('PacketPacer', () => {
  it('flushes at once, then at most once per period however often it is asked', () => {
    const clock = fakeClock();
    let flushes = 0;
    const pacer = new PacketPacer(100, () => ++flushes > 0, clock);
    pacer.request();
    expect(flushes).toBe(1);
    pacer.request();
    pacer.request();
    clock.advance(50);
    expect(flushes).toBe(1);
    clock.advance(50);
    expect(flushes).toBe(2);
    clock.advance(500);
    expect(flushes).toBe(2);
  });

  it('retries on the next request when a flush could not send', () => {
    const clock = fakeClock();
    let accept = false;
    let calls = 0;
    const pacer = new PacketPacer(
      100,
      () => {
        calls++;
        return accept;
      },
      clock
    );
    pacer.request();
    expect(calls).toBe(1);
    accept = true;
    // The refused flush does not count as one: the retry is not held back by the period.
    pacer.request();
    expect(calls).toBe(2);
  });

  it('runs nothing after close', () => {
    const clock = fakeClock();
    let flushes = 0;
    const pacer = new PacketPacer(100, () => ++flushes > 0, clock);
    pacer.request();
    pacer.request();
    pacer.close();
    clock.advance(1_000);
    expect(flushes).toBe(1);
  });
});
