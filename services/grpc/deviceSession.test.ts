import { EventEmitter } from 'node:events';
import * as grpc from '@grpc/grpc-js';
import { UpstreamError, type IoTError } from '../../common/errors/errors';
import type { BrokerClient } from './brokerService';
import { cancelDeviceSession, openDeviceSession, type DeviceSessionStream } from './deviceSession';

class FakeStream extends EventEmitter {
  readonly written: unknown[] = [];
  cancelled = false;
  write(message: unknown): boolean {
    this.written.push(message);
    return true;
  }
  cancel(): void {
    this.cancelled = true;
    this.emit('error', Object.assign(new Error('Cancelled'), { code: grpc.status.CANCELLED, details: 'Cancelled' }));
  }
}

function open() {
  const stream = new FakeStream();
  let metadata: grpc.Metadata | undefined;
  const client = {
    connect: (m: grpc.Metadata) => ((metadata = m), stream),
  } as unknown as BrokerClient;
  const ended: IoTError[] = [];
  const messages: unknown[] = [];
  const session = openDeviceSession(
    client,
    'secret',
    { deviceId: 'd1' },
    {
      message: (m) => messages.push(m),
      drain: () => undefined,
      ended: (reason) => ended.push(reason),
    }
  );
  return { stream, session, ended, messages, metadata: () => metadata };
}

describe('openDeviceSession', () => {
  it('connects with the bearer token and registers the device first', () => {
    const { stream, metadata } = open();
    expect(metadata()?.get('authorization')).toEqual(['Bearer secret']);
    expect(stream.written).toEqual([{ register: { deviceId: 'd1' } }]);
  });

  it('ends with an UpstreamError carrying the gRPC error as its cause', () => {
    const { stream, ended } = open();
    const status = Object.assign(new Error('14 UNAVAILABLE'), {
      code: grpc.status.UNAVAILABLE,
      details: 'broker gone',
    });
    stream.emit('error', status);
    stream.emit('end');
    expect(ended).toEqual([new UpstreamError('broker gone'), new UpstreamError('the broker ended the session')]);
    expect(ended[0].cause).toBe(status);
  });

  it('cancels: no more messages are delivered', () => {
    const { stream, session, messages } = open();
    cancelDeviceSession(session as unknown as DeviceSessionStream);
    stream.emit('data', { kind: 'ack' });
    expect(stream.cancelled).toBe(true);
    expect(messages).toEqual([]);
  });
});
