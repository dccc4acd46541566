import { AckGate } from './AckGate';

describe('AckGate', () => {
  it('releases acknowledgements in arrival order, whatever order they settle in', () => {
    const gate = new AckGate();
    const released: number[] = [];
    const tickets = [1, 2, 3].map((n) => gate.enter(() => released.push(n)));
    tickets[2].settle();
    tickets[1].settle();
    expect(released).toEqual([]);
    expect(gate.held).toBe(3);
    tickets[0].settle();
    expect(released).toEqual([1, 2, 3]);
    expect(gate.held).toBe(0);
  });

  it('settles each ticket once', () => {
    const gate = new AckGate();
    const released: number[] = [];
    const first = gate.enter(() => released.push(1));
    gate.enter(() => released.push(2));
    first.settle();
    first.settle();
    expect(released).toEqual([1]);
  });

  it('forgets what was held when the connection is gone', () => {
    const gate = new AckGate();
    const released: number[] = [];
    const old = gate.enter(() => released.push(1));
    gate.reset();
    old.settle();
    const fresh = gate.enter(() => released.push(2));
    fresh.settle();
    expect(released).toEqual([2]);
  });

  it('passes entries without anything to send (QoS 0)', () => {
    const gate = new AckGate();
    const released: number[] = [];
    const none = gate.enter(undefined);
    gate.enter(() => released.push(2)).settle();
    none.settle();
    expect(released).toEqual([2]);
  });

  it('tells its owner when acknowledgements went out, and only then', () => {
    let told = 0;
    const gate = new AckGate(() => told++);
    const first = gate.enter(() => undefined);
    const second = gate.enter(() => undefined);
    second.settle();
    expect(told).toBe(0);
    first.settle();
    expect(told).toBe(1);
  });
});
