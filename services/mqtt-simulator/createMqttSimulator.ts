/** A small MQTT fleet for the dev stack: plain JSON/number devices and Sparkplug B edge nodes. */
import { deviceSignals, type Random } from '../simulator/signals';
import type { MqttSimulatorOptions } from './mqttSimulatorArgs';
import { PlainMqttDevice } from './PlainMqttDevice';
import { SparkplugEdgeNode } from './SparkplugEdgeNode';

export interface MqttSimulator {
  readonly devices: readonly PlainMqttDevice[];
  readonly nodes: readonly SparkplugEdgeNode[];
  /** Connects everything and starts publishing. */
  start(): Promise<void>;
  /** Stops publishing; edge nodes publish their NDEATH. Safe to call twice. */
  stop(): Promise<void>;
}

function walk(value: number, step: number, min: number, max: number, random: Random): number {
  return Math.round(Math.min(max, Math.max(min, value + (random() - 0.5) * step)) * 100) / 100;
}

/** Creates the fleet; nothing connects until start(). */
export function createMqttSimulator(options: MqttSimulatorOptions, random: Random = Math.random): MqttSimulator {
  const intervalMs = Math.max(10, Math.round(1000 / options.rateHz));
  const devices = Array.from(
    { length: options.devices },
    (_, index) =>
      new PlainMqttDevice({
        url: options.url,
        deviceId: `mqtt-${String(index + 1).padStart(3, '0')}`,
        signals: deviceSignals(index, random),
        intervalMs,
        random,
      })
  );
  const nodes = Array.from(
    { length: options.nodes },
    (_, index) =>
      new SparkplugEdgeNode({
        url: options.url,
        group: 'Plant1',
        node: `Line${index + 1}`,
        nodeMetrics: [
          { name: 'Temperature', type: 'Double', value: 21 },
          { name: 'Mode', type: 'String', value: 'auto' },
        ],
        devices: {
          Pump1: [
            { name: 'Pressure', type: 'Float', value: 2.5 },
            { name: 'Flow', type: 'Double', value: 40 },
            { name: 'Running', type: 'Boolean', value: true },
          ],
          Valve1: [
            { name: 'Open', type: 'Boolean', value: true },
            { name: 'Position', type: 'Double', value: 50 },
          ],
        },
      })
  );
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const state = nodes.map(() => ({ temperature: 21, pressure: 2.5, flow: 40, position: 50 }));
  const tick = () => {
    nodes.forEach((node, index) => {
      const s = state[index];
      s.temperature = walk(s.temperature, 0.4, 15, 35, random);
      s.pressure = walk(s.pressure, 0.1, 1, 4, random);
      s.flow = walk(s.flow, 2, 0, 80, random);
      s.position = walk(s.position, 3, 0, 100, random);
      const publish = (values: Record<string, number>, device?: string) =>
        node.publishData(values, device).catch(() => undefined);
      void publish({ Temperature: s.temperature });
      void publish({ Pressure: s.pressure, Flow: s.flow }, 'Pump1');
      void publish({ Position: s.position }, 'Valve1');
    });
  };
  return {
    devices,
    nodes,
    async start() {
      await Promise.all([...devices.map((device) => device.start()), ...nodes.map((node) => node.connect())]);
      if (nodes.length > 0) {
        timer = setInterval(tick, intervalMs);
      }
    },
    async stop() {
      if (stopped) {
        return;
      }
      stopped = true;
      clearInterval(timer);
      await Promise.all([
        ...devices.map((device) => device.stop()),
        ...nodes.map((node) => node.stop().catch(() => undefined)),
      ]);
    },
  };
}
