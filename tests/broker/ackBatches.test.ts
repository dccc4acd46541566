/**
 * A device that registers with accepts_ack_batches may get the acks of several TelemetryBatches in one
 * AckBatch message; one that does not always gets one Ack per batch. Either way every batch is
 * acknowledged exactly once, in order.
 */
import type { iot } from '../../common/proto/generated';
import { startBroker, type StartedBroker } from '../helpers/broker';
import { TestClient, waitFor } from './support';

const BATCHES = 300;

describe('coalesced acknowledgements (real broker over gRPC)', () => {
  let broker: StartedBroker;
  let client: TestClient;

  beforeEach(async () => {
    broker = await startBroker();
    client = new TestClient(broker.target);
  });

  afterEach(async () => {
    client.close();
    await broker.close();
  });

  async function burst(acceptsAckBatches: boolean) {
    const device = client.device();
    await device.register({ deviceId: `burst-${acceptsAckBatches}`, topics: ['burst/#'], acceptsAckBatches });
    for (let batchId = 1; batchId <= BATCHES; batchId++) {
      device.call.write({
        telemetry: { batchId, items: [{ topic: 'burst/t', payload: { telemetry: { values: { v: batchId } } } }] },
      });
    }
    const ackedIds = (): iot.broker.v1.IAck[] =>
      device.received.flatMap((message) =>
        message.kind === 'ack'
          ? [message.ack as iot.broker.v1.IAck]
          : message.kind === 'acks'
            ? (message.acks?.acks ?? [])
            : []
      );
    await waitFor(() => ackedIds().length >= BATCHES, `${BATCHES} acks`, 10_000);
    const acks = ackedIds();
    device.cancel();
    return { acks, messages: device.received.filter((message) => message.kind === 'ack' || message.kind === 'acks') };
  }

  it('acknowledges a burst with fewer messages than batches when the device allows it', async () => {
    const { acks, messages } = await burst(true);
    expect(acks.map((ack) => Number(ack.batchId))).toEqual(Array.from({ length: BATCHES }, (_, i) => i + 1));
    expect(acks.every((ack) => ack.error === '' && ack.sequences?.length === 1)).toBe(true);
    expect(messages.some((message) => message.kind === 'acks' && (message.acks?.acks?.length ?? 0) > 1)).toBe(true);
    expect(messages.length).toBeLessThan(BATCHES);
  });

  it('sends one Ack per batch to a device that did not ask for AckBatch', async () => {
    const { acks, messages } = await burst(false);
    expect(acks.map((ack) => Number(ack.batchId))).toEqual(Array.from({ length: BATCHES }, (_, i) => i + 1));
    expect(messages.every((message) => message.kind === 'ack')).toBe(true);
  });
});
