import { EventEmitter } from 'node:events';
import * as grpc from '@grpc/grpc-js';
import pino from 'pino';
import { ValidationError } from '../../../common/errors/errors';
import { brokerServiceDefinition } from '../../grpc/brokerService';
import { tokenAuthenticator } from '../auth/Authenticator';
import type { BrokerContext } from '../BrokerContext';
import { streamHandler, unaryHandler } from './guardedCall';

const logger = pino({ level: 'silent' });
const context = {
  logger,
  auth: tokenAuthenticator({
    tokens: {
      reader: { tenant: 'acme', permissions: ['read'] },
      writer: { tenant: 'acme', permissions: ['publish'] },
    },
  }),
} as unknown as BrokerContext;

function metadata(token?: string): grpc.Metadata {
  const result = new grpc.Metadata();
  if (token) {
    result.set('authorization', `Bearer ${token}`);
  }
  return result;
}

/** What a unary handler answered: its status error or its response. */
function callUnary(
  handler: grpc.handleUnaryCall<unknown, unknown>,
  request: unknown,
  token?: string
): Promise<{ err: Partial<grpc.StatusObject> | null; response?: unknown }> {
  return new Promise((resolve) => {
    const call = Object.assign(new EventEmitter(), { request, metadata: metadata(token) });
    handler(call as unknown as grpc.ServerUnaryCall<unknown, unknown>, (err, response) =>
      resolve({ err: err as Partial<grpc.StatusObject> | null, response })
    );
  });
}

const publishGuard = { method: 'Publish', request: 'PublishRequest', permission: 'publish' } as const;

describe('unaryHandler', () => {
  it('answers an admitted caller with what the method returns, telling it the principal', async () => {
    const handler = unaryHandler(context, publishGuard, (_call, principal) => ({ tenant: principal.tenant }));
    await expect(callUnary(handler, {}, 'writer')).resolves.toEqual({ err: null, response: { tenant: 'acme' } });
  });

  it('refuses a request that did not decode with INVALID_ARGUMENT before authenticating', async () => {
    const garbled = brokerServiceDefinition.Publish.requestDeserialize(Buffer.from([0xff, 0xff, 0xff]));
    const method = jest.fn();
    const { err } = await callUnary(unaryHandler(context, publishGuard, method), garbled);
    expect(err?.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(err?.details).toContain('PublishRequest is not a valid protobuf message');
    expect(method).not.toHaveBeenCalled();
  });

  it('refuses a missing token with UNAUTHENTICATED and a missing permission with PERMISSION_DENIED', async () => {
    const method = jest.fn();
    const handler = unaryHandler(context, publishGuard, method);
    expect((await callUnary(handler, {})).err?.code).toBe(grpc.status.UNAUTHENTICATED);
    const denied = await callUnary(handler, {}, 'reader');
    expect(denied.err?.code).toBe(grpc.status.PERMISSION_DENIED);
    expect(denied.err?.details).toContain('"publish" permission');
    expect(method).not.toHaveBeenCalled();
  });

  it('lets any authenticated caller in when the method names no permission', async () => {
    const handler = unaryHandler(context, { method: 'GetInfo' }, () => 'ok');
    await expect(callUnary(handler, {}, 'reader')).resolves.toEqual({ err: null, response: 'ok' });
  });

  it('maps typed errors, thrown or rejected, to their status and tells onRefused', async () => {
    const refused: unknown[] = [];
    const thrown = unaryHandler(
      context,
      publishGuard,
      () => {
        throw new ValidationError('the topic is empty');
      },
      (err) => refused.push(err)
    );
    const rejected = unaryHandler(context, publishGuard, () => Promise.reject(new ValidationError('too large')));
    expect(await callUnary(thrown, {}, 'writer')).toEqual({
      err: { code: grpc.status.INVALID_ARGUMENT, details: 'the topic is empty' },
      response: undefined,
    });
    expect((await callUnary(rejected, {}, 'writer')).err?.details).toBe('too large');
    expect(refused).toEqual([expect.any(ValidationError)]);
  });

  it('reports an unexpected error as INTERNAL without its text', async () => {
    const handler = unaryHandler(context, publishGuard, () => {
      throw new Error('secret detail');
    });
    const { err } = await callUnary(handler, {}, 'writer');
    expect(err).toEqual({ code: grpc.status.INTERNAL, details: expect.stringContaining('internal error in Publish') });
    expect(err?.details).not.toContain('secret detail');
  });
});

describe('streamHandler', () => {
  const subscribeGuard = { method: 'Subscribe', request: 'SubscribeRequest', permission: 'read' } as const;

  function streamCall(token?: string) {
    const call = Object.assign(new EventEmitter(), { request: {}, metadata: metadata(token) });
    const errors: unknown[] = [];
    call.on('error', (err) => errors.push(err));
    return { call, errors, asStream: call as unknown as grpc.ServerWritableStream<unknown, unknown> };
  }

  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('starts the stream synchronously for an admitted caller', () => {
    const { asStream } = streamCall('reader');
    const start = jest.fn();
    streamHandler(context, subscribeGuard, start)(asStream);
    expect(start).toHaveBeenCalledWith(asStream, expect.objectContaining({ tenant: 'acme' }));
  });

  it('ends a refused stream with its status and never starts it', async () => {
    const { asStream, errors } = streamCall('writer');
    const start = jest.fn();
    streamHandler(context, subscribeGuard, start)(asStream);
    await settle();
    expect(errors).toEqual([expect.objectContaining({ code: grpc.status.PERMISSION_DENIED })]);
    expect(start).not.toHaveBeenCalled();
  });

  it('ends the stream with the status of a failure after it started', async () => {
    const { asStream, errors } = streamCall('reader');
    streamHandler(context, subscribeGuard, () => Promise.reject(new ValidationError('bad filter')))(asStream);
    await settle();
    expect(errors).toEqual([{ code: grpc.status.INVALID_ARGUMENT, details: 'bad filter' }]);
  });

  it('says nothing more on a stream that ended before the failure', async () => {
    const { call, asStream, errors } = streamCall('reader');
    let fail: (err: Error) => void = () => undefined;
    streamHandler(context, subscribeGuard, () => new Promise<void>((_resolve, reject) => (fail = reject)))(asStream);
    call.emit('cancelled');
    fail(new ValidationError('too late'));
    await settle();
    expect(errors).toEqual([]);
  });
});
