import { structToJson } from '../../../common/proto/jsonStruct';
import { decodeSparkplugPayload, encodeSparkplugPayload, type MetricToEncode } from './sparkplugCodec';
import { SparkplugHost, type SparkplugEffect } from './SparkplugHost';

const T0 = 1_700_000_000_000;

function payload(seq: number | undefined, metrics: MetricToEncode[], timestamp = T0): Uint8Array {
  return encodeSparkplugPayload({ timestamp, seq, metrics });
}

const nodeBirth = (bdSeq = 0) =>
  payload(0, [
    { name: 'bdSeq', type: 'Int64', value: bdSeq },
    { name: 'Node Control/Rebirth', type: 'Boolean', value: false },
    { name: 'Temperature', alias: 1, type: 'Double', value: 20.5 },
    { name: 'Mode', alias: 2, type: 'String', value: 'auto' },
  ]);

const deviceBirth = (seq: number) =>
  payload(seq, [
    { name: 'Pressure', alias: 10, type: 'Float', value: 1.5 },
    { name: 'Outputs/LED', alias: 11, type: 'Boolean', value: false },
  ]);

function ofKind<K extends SparkplugEffect['kind']>(effects: SparkplugEffect[], kind: K) {
  return effects.filter((effect): effect is Extract<SparkplugEffect, { kind: K }> => effect.kind === kind);
}

describe('SparkplugHost', () => {
  let host: SparkplugHost;
  beforeEach(() => {
    host = new SparkplugHost({ topicPrefix: 'sparkplug', rebirthIntervalMs: 5_000 });
  });

  it('brings a node online from its birth and publishes its metrics, without protocol metrics', () => {
    const effects = host.handle('spBv1.0/G/NBIRTH/E', nodeBirth(), T0);
    expect(ofKind(effects, 'online')).toEqual([
      {
        kind: 'online',
        deviceId: 'G:E',
        topic: 'sparkplug/G/E',
        metadata: { source: 'sparkplug', group: 'G', node: 'E' },
      },
    ]);
    const [published] = ofKind(effects, 'publish');
    expect(published.items[0]).toEqual({ payload: { telemetry: { values: { Temperature: 20.5 } } }, eventTimeMs: T0 });
    expect(structToJson(published.items[1].payload.json)).toEqual({ Mode: 'auto' });
  });

  it('resolves aliases from the births and keeps each metric timestamp', () => {
    host.handle('spBv1.0/G/NBIRTH/E', nodeBirth(), T0);
    host.handle('spBv1.0/G/DBIRTH/E/D', deviceBirth(1), T0);
    const effects = host.handle(
      'spBv1.0/G/DDATA/E/D',
      payload(2, [
        { alias: 10, type: 'Float', value: 1.75, timestamp: T0 + 10 },
        { alias: 11, type: 'Boolean', value: true, timestamp: T0 + 20 },
      ]),
      T0 + 30
    );
    expect(ofKind(effects, 'publish')).toEqual([
      {
        kind: 'publish',
        deviceId: 'G:E:D',
        topic: 'sparkplug/G/E/D',
        labels: undefined,
        items: [
          { payload: { telemetry: { values: { Pressure: 1.75 } } }, eventTimeMs: T0 + 10 },
          { payload: { telemetry: { values: { 'Outputs/LED': 1 } } }, eventTimeMs: T0 + 20 },
        ],
      },
    ]);
    expect(host.counters.seqGaps).toBe(0);
  });

  it('labels the message after a missed seq and counts the gap', () => {
    host.handle('spBv1.0/G/NBIRTH/E', nodeBirth(), T0);
    const effects = host.handle('spBv1.0/G/NDATA/E', payload(3, [{ alias: 1, type: 'Double', value: 21 }]), T0);
    expect(ofKind(effects, 'publish')[0].labels).toEqual({ sparkplug_seq_gap: '2' });
    expect(host.counters).toMatchObject({ seqGaps: 1, missedMessages: 2 });
  });

  it('asks for a rebirth (once per interval) when an alias is unknown', () => {
    host.handle('spBv1.0/G/NBIRTH/E', nodeBirth(), T0);
    const effects = host.handle(
      'spBv1.0/G/NDATA/E',
      payload(1, [
        { alias: 99, type: 'Double', value: 1 },
        { alias: 1, type: 'Double', value: 22 },
      ]),
      T0
    );
    const [rebirth] = ofKind(effects, 'mqtt');
    expect(rebirth.topic).toBe('spBv1.0/G/NCMD/E');
    expect(decodeSparkplugPayload(rebirth.payload).metrics).toEqual([
      { name: 'Node Control/Rebirth', type: 'Boolean', value: 1, alias: undefined, timestamp: undefined },
    ]);
    // The known metric still went through.
    expect(ofKind(effects, 'publish')[0].items[0].payload.telemetry?.values).toEqual({ Temperature: 22 });
    expect(
      ofKind(host.handle('spBv1.0/G/NDATA/E', payload(2, [{ alias: 98, type: 'Double', value: 1 }]), T0 + 1), 'mqtt')
    ).toEqual([]);
    expect(
      ofKind(
        host.handle('spBv1.0/G/NDATA/E', payload(3, [{ alias: 98, type: 'Double', value: 1 }]), T0 + 5_000),
        'mqtt'
      )
    ).toHaveLength(1);
    expect(host.counters).toMatchObject({ unknownAliases: 3, rebirthRequests: 2 });
  });

  it('asks for a rebirth when data comes from a node it never saw born', () => {
    const effects = host.handle('spBv1.0/G/NDATA/E', payload(7, [{ alias: 1, type: 'Double', value: 1 }]), T0);
    expect(effects.map((effect) => effect.kind)).toEqual(['mqtt']);
  });

  it('takes devices offline with DDEATH, and the node with everything on NDEATH', () => {
    host.handle('spBv1.0/G/NBIRTH/E', nodeBirth(3), T0);
    host.handle('spBv1.0/G/DBIRTH/E/D', deviceBirth(1), T0);
    host.handle('spBv1.0/G/DBIRTH/E/D2', deviceBirth(2), T0);
    expect(host.handle('spBv1.0/G/DDEATH/E/D2', payload(3, []), T0)).toEqual([{ kind: 'offline', deviceId: 'G:E:D2' }]);
    expect(
      host.handle('spBv1.0/G/NDEATH/E', payload(undefined, [{ name: 'bdSeq', type: 'Int64', value: 3 }]), T0)
    ).toEqual([
      { kind: 'offline', deviceId: 'G:E:D' },
      { kind: 'offline', deviceId: 'G:E' },
    ]);
  });

  it('ignores a will from an earlier connection (another bdSeq)', () => {
    host.handle('spBv1.0/G/NBIRTH/E', nodeBirth(4), T0);
    expect(
      host.handle('spBv1.0/G/NDEATH/E', payload(undefined, [{ name: 'bdSeq', type: 'Int64', value: 3 }]), T0)
    ).toEqual([]);
    expect(host.counters.staleDeaths).toBe(1);
  });

  it('counts a payload that is not Sparkplug and carries on', () => {
    expect(host.handle('spBv1.0/G/NDATA/E', Buffer.from('{"not":"protobuf"}'), T0)).toEqual([]);
    expect(host.counters.malformed).toBe(1);
    expect(ofKind(host.handle('spBv1.0/G/NBIRTH/E', nodeBirth(), T0), 'online')).toHaveLength(1);
  });

  it('builds a DCMD for a metric its DBIRTH declared, with the declared type', () => {
    host.handle('spBv1.0/G/NBIRTH/E', nodeBirth(), T0);
    host.handle('spBv1.0/G/DBIRTH/E/D', deviceBirth(1), T0);
    const command = host.commandFor('G:E:D', 'Outputs/LED', true, T0);
    expect(command.topic).toBe('spBv1.0/G/DCMD/E/D');
    expect(decodeSparkplugPayload(command.payload).metrics[0]).toMatchObject({
      name: 'Outputs/LED',
      type: 'Boolean',
      value: 1,
    });
    expect(() => host.commandFor('G:E:D', 'Nope', 1, T0)).toThrow(
      /declared no metric "Nope".*known: Pressure, Outputs\/LED/
    );
    expect(() => host.commandFor('G:E:D', 'Pressure', 'high', T0)).toThrow(/is a Float; "high" is not one/);
    expect(() => host.commandFor('G:X', 'Pressure', 1, T0)).toThrow(
      /not a Sparkplug edge node or device the bridge has seen born/
    );
  });
});
