import { DeviceRegistry } from './DeviceRegistry';

const session = () => ({ sendCommand: () => {}, supersede: () => {} });

describe('DeviceRegistry', () => {
  it('forgets a device, with its metadata, once it has been offline longer than the bound', () => {
    let nowMs = 1_000;
    const registry = new DeviceRegistry(10, 60_000, () => nowMs);
    const connection = session();
    registry.attach('t', 'd1', { metadata: { site: 'lab' }, topics: [] }, connection, nowMs);
    registry.attach('t', 'd2', { metadata: {}, topics: [] }, session(), nowMs);
    registry.detach('t', 'd1', connection, nowMs);
    nowMs += 60_000;
    expect(registry.list('t').map((device) => device.deviceId)).toEqual(['d1', 'd2']);
    nowMs += 1;
    expect(registry.list('t').map((device) => device.deviceId)).toEqual(['d2']);
    expect(registry.get('t', 'd1')).toBeUndefined();
    // A connected device is never forgotten, however long ago it connected.
    nowMs += 10 * 60_000;
    expect(registry.get('t', 'd2')?.deviceId).toBe('d2');
  });
});
