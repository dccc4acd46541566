import { resolveQuery } from '../types';
import { streamKey } from './streamKey';

const query = resolveQuery({ refId: 'A', topic: 'site/+/t' });

describe('streamKey', () => {
  it('is stable for the same stream', () => {
    expect(streamKey('uid1', query, 'site/+/t', ['a'])).toBe(streamKey('uid1', { ...query }, 'site/+/t', ['a']));
  });

  it('differs by datasource, query, filter, fields and every shaping option', () => {
    const base = streamKey('uid1', query, 'site/+/t', ['a']);
    const variants = [
      streamKey('uid2', query, 'site/+/t', ['a']),
      streamKey('uid1', { ...query, refId: 'B' }, 'site/+/t', ['a']),
      streamKey('uid1', query, 'site/x/t', ['a']),
      streamKey('uid1', query, 'site/+/t', ['b']),
      streamKey('uid1', { ...query, splitBy: 'device' }, 'site/+/t', ['a']),
      streamKey('uid1', { ...query, timeSource: 'arrival' }, 'site/+/t', ['a']),
      streamKey('uid1', { ...query, bufferSize: 50 }, 'site/+/t', ['a']),
      streamKey('uid1', { ...query, conflation: 'avg' }, 'site/+/t', ['a']),
      streamKey('uid1', { ...query, backfill: '5m' }, 'site/+/t', ['a']),
    ];
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
  });

  it('cannot be confused by separators inside the parts', () => {
    const a = streamKey('u', { ...query, refId: 'A/B' }, 'c', []);
    const b = streamKey('u', { ...query, refId: 'A' }, 'B/c', []);
    expect(a).not.toBe(b);
  });

  it('ignores the conflation rate when there is no conflation', () => {
    expect(streamKey('u', { ...query, conflationRateHz: 1 }, 'c', [])).toBe(
      streamKey('u', { ...query, conflationRateHz: 2 }, 'c', [])
    );
  });
});
