import { iot } from '../../../common/proto';
import { EnvelopeEncoder, eventOf } from './EnvelopeEncoder';

describe('EnvelopeEncoder', () => {
  it('completes an unsequenced Envelope into the same SubscribeEvent as one encoded whole', () => {
    const encoder = new EnvelopeEncoder();
    const input = { topic: 'a/b', payload: { raw: new Uint8Array(300) }, deviceId: 'd', labels: { k: 'v' } };
    const whole = iot.broker.v1.SubscribeEvent.decode(encoder.encodeEvent(input, 7, 1234567, 1_700_000_000_000));
    const completed = iot.broker.v1.SubscribeEvent.decode(
      eventOf(encoder.encodeUnsequenced(input, 1_700_000_000_000), 7, 1234567)
    );
    expect(completed.toJSON()).toEqual(whole.toJSON());
    expect(Number(completed.envelope?.offset)).toBe(1234567);
  });
});
