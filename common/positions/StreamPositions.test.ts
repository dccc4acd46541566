import { StreamPositions } from './StreamPositions';

describe('StreamPositions', () => {
  it('accepts each sequence once per topic and resumes after the newest offset', () => {
    const positions = new StreamPositions();
    expect(positions.position).toBeUndefined();
    positions.enter('e1');
    expect(positions.accept('a', 1, 10)).toBe(true);
    expect(positions.accept('b', 1, 11)).toBe(true);
    expect(positions.accept('a', 1, 10)).toBe(false);
    expect(positions.accept('a', 2, 12)).toBe(true);
    expect(positions.position).toEqual({ epoch: 'e1', offset: 12 });
    expect(positions.lastOf('a')).toBe(2);
  });

  it('takes a new epoch as a new history: old positions are stated lost, new messages are never taken for repeats', () => {
    // The broker and the sidecar restarted together: the new history numbers from 1 again.
    const positions = new StreamPositions();
    positions.enter('before');
    positions.accept('a', 500, 900);
    positions.accept('b', 7, 901);
    expect(positions.enter('after')).toEqual([
      { topic: 'a', fromSequence: 501, toSequence: 0, restarted: true },
      { topic: 'b', fromSequence: 8, toSequence: 0, restarted: true },
    ]);
    expect(positions.accept('a', 1, 1)).toBe(true);
    expect(positions.accept('a', 2, 2)).toBe(true);
    expect(positions.position).toEqual({ epoch: 'after', offset: 2 });
    expect(positions.enter('after')).toEqual([]);
  });

  it('turns a stated gap into the range actually lost, starting after the last accepted when the source does not know', () => {
    const positions = new StreamPositions();
    positions.enter('e');
    positions.accept('a', 3);
    expect(positions.skip('a', 0, 9)).toEqual({ topic: 'a', fromSequence: 4, toSequence: 9 });
    expect(positions.accept('a', 9)).toBe(false);
    expect(positions.accept('a', 10)).toBe(true);
    // Already past it: nothing new to state.
    expect(positions.skip('a', 5, 8)).toBeUndefined();
    expect(positions.skip('new', 0, 2)).toEqual({ topic: 'new', fromSequence: 1, toSequence: 2 });
  });
});
