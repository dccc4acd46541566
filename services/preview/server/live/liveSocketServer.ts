/**
 * `/api/live/ws`: the preview host's Grafana Live WebSocket (protocol in shared/liveProtocol.ts).
 * Each socket is one LiveHub subscriber; a socket that cannot keep up is closed rather than buffered
 * without bound, as centrifuge does with slow clients.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { LiveErrorCode, parseLiveCommand, type LiveCommand, type LiveReply } from '../../shared/liveProtocol';
import type { LiveHub, LiveSubscriber } from './LiveHub';

export interface LiveSocketServerOptions {
  hub: LiveHub;
  /** Largest command accepted, in bytes. Default 64 KiB. */
  maxCommandBytes?: number;
  /** A socket with more unsent bytes than this is closed. Default 16 MiB. */
  maxBufferedBytes?: number;
  onError?: (message: string, error: unknown) => void;
}

export interface LiveSocketServer {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Cuts every open socket (clients reconnect); their subscriptions end. */
  disconnectAll(): void;
  /** Closes every socket and the hub; safe twice. */
  close(): void;
}

const CLOSE_TOO_SLOW = 1013;
let clientCounter = 0;

export function createLiveSocketServer(options: LiveSocketServerOptions): LiveSocketServer {
  const { hub } = options;
  const maxBufferedBytes = options.maxBufferedBytes ?? 16 * 1024 * 1024;
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxCommandBytes ?? 64 * 1024 });

  wss.on('connection', (ws: WebSocket) => {
    const id = `preview-${++clientCounter}`;
    let connected = false;
    const subscriber: LiveSubscriber = {
      id,
      send: (text) => {
        if (ws.readyState !== WebSocket.OPEN) {
          return;
        }
        if (ws.bufferedAmount > maxBufferedBytes) {
          ws.close(CLOSE_TOO_SLOW, 'too slow: the live stream outran this connection');
          return;
        }
        ws.send(text);
      },
    };
    const reply = (message: LiveReply) => subscriber.send(JSON.stringify(message));
    hub.join(subscriber);

    const run = async (command: LiveCommand): Promise<void> => {
      if ('connect' in command) {
        connected = true;
        reply({ id: command.id, connect: { client: id, version: 'iotlive-preview' } });
        return;
      }
      if (!connected) {
        reply({ id: command.id, error: { code: LiveErrorCode.unauthorized, message: 'connect first' } });
        return;
      }
      if ('unsubscribe' in command) {
        hub.unsubscribe(subscriber, command.unsubscribe.channel);
        reply({ id: command.id, unsubscribe: {} });
        return;
      }
      const result = await hub.subscribe(subscriber, command.subscribe.channel, command.subscribe.data);
      if (!result.ok) {
        reply({ id: command.id, error: result.error });
        return;
      }
      // The initial frame JSON is passed through as the backend wrote it.
      subscriber.send(
        result.initial === undefined
          ? JSON.stringify({ id: command.id, subscribe: {} })
          : `{"id":${command.id},"subscribe":{"data":${result.initial}}}`
      );
    };

    ws.on('message', (raw, isBinary) => {
      let command: LiveCommand;
      try {
        if (isBinary) {
          throw new Error('commands are JSON text');
        }
        command = parseLiveCommand(raw.toString());
      } catch (err) {
        ws.close(1003, `bad command: ${(err as Error).message}`.slice(0, 120));
        return;
      }
      run(command).catch((err: unknown) => {
        options.onError?.('live command failed', err);
        reply({ id: command.id, error: { code: LiveErrorCode.internal, message: (err as Error).message } });
      });
    });
    ws.on('close', () => hub.leave(subscriber));
    ws.on('error', (err) => options.onError?.('live socket failed', err));
  });

  return {
    handleUpgrade(req, socket, head) {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    disconnectAll() {
      for (const client of wss.clients) {
        client.terminate();
      }
    },
    close() {
      this.disconnectAll();
      hub.close();
      wss.close();
    },
  };
}
