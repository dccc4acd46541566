import { ServerFrameCodec } from '../../common/proto';
import { runOperator } from '../testing/runOperator';
import { decodeFrameBytes, decodeServerFrame } from './decodeServerFrame';

describe('decodeServerFrame', () => {
  it('decodes ArrayBuffers and byte views', async () => {
    const bytes = ServerFrameCodec.encode({ subscribed: { subscriptionId: 3, streamId: 9 } }).finish();
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const [fromBuffer, fromView] = await runOperator([buffer, bytes], decodeServerFrame());
    for (const decoded of [fromBuffer, fromView]) {
      expect(decoded.ok && decoded.frame.subscribed).toMatchObject({ subscriptionId: 3, streamId: 9 });
    }
  });

  it('reports malformed bytes and text frames as validation errors instead of throwing', () => {
    const garbage = decodeFrameBytes(new Uint8Array([0x12, 0xff, 0xff, 0xff, 0xff, 0x0f]));
    expect(garbage).toMatchObject({ ok: false, error: { category: 'validation' } });
    expect(decodeFrameBytes('hello')).toMatchObject({ ok: false, error: { category: 'validation' } });
  });
});
