/**
 * Commands to plain MQTT devices. A command goes out on the command topic; the device answers on the
 * reply topic and its answer becomes the command's result:
 *   MQTT 5:     the payload is the command's arguments (JSON); Response Topic and Correlation Data say
 *               where to answer and to what.
 *   MQTT 3.1.1: no properties exist, so the payload is {"id","command","args","reply_to"} and the device
 *               answers on `reply_to` (= <reply topic>/<id>).
 * No answer by the command's deadline answers the broker with a timeout.
 */
import { mapPayload } from './payloadMapping';
import { structToJson } from '../../common/proto/jsonStruct';
import type { iot } from '../../common/proto/generated';
import { msFromTimestamp } from '../../common/time/timestamp';
import { commandTopicFor } from './topicMapping';

/** How the bridge publishes on MQTT. */
export type MqttPublish = (
  topic: string,
  payload: Uint8Array | string,
  properties?: { responseTopic?: string; correlationData?: Buffer; userProperties?: Record<string, string> }
) => Promise<void>;

/** Where a command's answer goes. */
export interface CommandReplier {
  reply(response: iot.broker.v1.ICommandResponse): void;
}

export interface PlainCommandsOptions {
  publish: MqttPublish;
  commandTopic: string;
  replyTopic: string;
  protocolVersion: 4 | 5;
  /** Wait for an answer when the command carries no deadline, in ms. */
  defaultTimeoutMs: number;
  now: () => number;
}

interface Waiting {
  replier: CommandReplier;
  timer: NodeJS.Timeout;
}

export class PlainCommands {
  private readonly waiting = new Map<string, Waiting>();
  readonly counters = { sent: 0, answered: 0, timedOut: 0, unmatchedReplies: 0, failed: 0 };

  constructor(private readonly options: PlainCommandsOptions) {}

  /** The MQTT filter the bridge subscribes to for answers. */
  get replyFilter(): string {
    return `${this.options.replyTopic}/+`;
  }

  /** True for a topic under the reply topic. */
  isReply(topic: string): boolean {
    return topic.startsWith(`${this.options.replyTopic}/`);
  }

  /** Publishes a command to a device and waits for its answer. */
  send(deviceId: string, command: iot.broker.v1.DeviceCommand, replier: CommandReplier): void {
    const commandId = command.commandId ?? '';
    const name = command.name ?? '';
    if (/[+#/\u0000]/.test(name) || name === '') {
      replier.reply({
        commandId,
        ok: false,
        error: `the command name "${name}" cannot be part of an MQTT topic: use letters, digits, "-" or "_"`,
      });
      return;
    }
    const deadlineMs = msFromTimestamp(command.deadline) ?? this.options.now() + this.options.defaultTimeoutMs;
    const waitMs = Math.max(0, deadlineMs - this.options.now());
    const replyTo = `${this.options.replyTopic}/${commandId}`;
    const topic = commandTopicFor(this.options.commandTopic, deviceId, name);
    const timer = setTimeout(() => {
      if (this.waiting.delete(commandId)) {
        this.counters.timedOut++;
        replier.reply({
          commandId,
          ok: false,
          error: `device "${deviceId}" did not answer "${name}" on ${replyTo} within ${waitMs} ms`,
        });
      }
    }, waitMs);
    timer.unref();
    this.waiting.set(commandId, { replier, timer });
    const args = argumentsOf(command.payload);
    const body =
      this.options.protocolVersion === 5
        ? args instanceof Uint8Array
          ? args
          : JSON.stringify(args)
        : JSON.stringify({
            id: commandId,
            command: name,
            args: args instanceof Uint8Array ? Buffer.from(args).toString('base64') : args,
            reply_to: replyTo,
          });
    const properties =
      this.options.protocolVersion === 5
        ? { responseTopic: replyTo, correlationData: Buffer.from(commandId), userProperties: { command: name } }
        : undefined;
    this.counters.sent++;
    this.options.publish(topic, body, properties).catch((err: Error) => {
      const entry = this.waiting.get(commandId);
      if (entry) {
        clearTimeout(entry.timer);
        this.waiting.delete(commandId);
        this.counters.failed++;
        replier.reply({ commandId, ok: false, error: `the command could not be published to MQTT: ${err.message}` });
      }
    });
  }

  /** Handles a message under the reply topic; answers the waiting command, if any. */
  onReply(topic: string, bytes: Uint8Array, correlationData: Uint8Array | undefined): void {
    const commandId = correlationData?.length
      ? Buffer.from(correlationData).toString()
      : topic.slice(this.options.replyTopic.length + 1);
    const entry = this.waiting.get(commandId);
    if (!entry) {
      this.counters.unmatchedReplies++;
      return;
    }
    this.waiting.delete(commandId);
    clearTimeout(entry.timer);
    this.counters.answered++;
    entry.replier.reply({ commandId, ...resultOf(bytes, this.options.now()) });
  }

  /** Fails every waiting command (the bridge is stopping). */
  close(): void {
    for (const [commandId, entry] of this.waiting) {
      clearTimeout(entry.timer);
      entry.replier.reply({ commandId, ok: false, error: 'the MQTT bridge is shutting down' });
    }
    this.waiting.clear();
  }
}

/** A command's payload as the device gets it: JSON for telemetry and JSON payloads, bytes for raw ones. */
function argumentsOf(payload: iot.broker.v1.IPayload | null | undefined): unknown {
  if (payload?.json) {
    return structToJson(payload.json);
  }
  if (payload?.telemetry?.values) {
    return { ...payload.telemetry.values };
  }
  if (payload?.raw) {
    return payload.raw;
  }
  return {};
}

/** A device's answer as a command result: a JSON object's "ok" and "error" decide success. */
function resultOf(bytes: Uint8Array, nowMs: number): Omit<iot.broker.v1.ICommandResponse, 'commandId'> {
  if (bytes.length === 0) {
    return { ok: true };
  }
  const mapped = mapPayload(bytes, { timestampField: '' }, nowMs);
  if (mapped.kind === 'json' || mapped.kind === 'telemetry') {
    const json = JSON.parse(Buffer.from(bytes).toString()) as Record<string, unknown>;
    const error = typeof json.error === 'string' ? json.error : '';
    const ok = json.ok === false ? false : error === '';
    return { ok, error: ok ? '' : error || 'the device reported a failure', result: mapped.payload };
  }
  return { ok: true, result: mapped.payload };
}
