/**
 * MQTT load for the bridge benchmark, run as its own process (so the sinks being measured do not share
 * its event loop): publishers send small JSON readings with QoS 1, each keeping a window of messages in
 * flight, spread over many device topics, until SIGTERM. Configured by MQTT_LOAD_* variables.
 */
import mqtt from 'mqtt';

const url = process.env.MQTT_LOAD_URL ?? 'mqtt://127.0.0.1:1883';
const publishers = Number(process.env.MQTT_LOAD_PUBLISHERS ?? 4);
const devices = Number(process.env.MQTT_LOAD_DEVICES ?? 50);
const window = Number(process.env.MQTT_LOAD_WINDOW ?? 256);

let stopping = false;

function log(msg: string, extra: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg, ...extra })}\n`);
}

async function startPublisher(index: number): Promise<mqtt.MqttClient> {
  const client = mqtt.connect(url, {
    protocolVersion: 5,
    clientId: `bench-load-${process.pid}-${index}`,
    reconnectPeriod: 0,
  });
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('error', reject);
  });
  let n = index;
  let inFlight = 0;
  const pump = () => {
    while (!stopping && inFlight < window) {
      inFlight++;
      const device = n % devices;
      const payload = `{"temp":${(20 + (n % 100) / 10).toFixed(1)},"hum":${40 + (n % 7)}}`;
      n += publishers;
      client.publish(`devices/d${device}/reading`, payload, { qos: 1 }, () => {
        inFlight--;
        pump();
      });
    }
  };
  pump();
  return client;
}

async function main(): Promise<void> {
  const clients = await Promise.all(Array.from({ length: publishers }, (_, i) => startPublisher(i)));
  log('mqtt load running', { address: url, publishers, devices, window });
  process.once('SIGTERM', () => {
    stopping = true;
    for (const client of clients) {
      client.end(true);
    }
    process.exit(0);
  });
}

main().catch((err: Error) => {
  log('mqtt load failed', { error: err.message });
  process.exit(1);
});
