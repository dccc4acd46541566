import * as $protobuf from "protobufjs";
import Long = require("long");
export namespace iot {

    namespace broker {

        namespace v1 {

            interface ITelemetry {
                values?: ({ [k: string]: number }|null);
            }

            class Telemetry implements ITelemetry {
                constructor(properties?: iot.broker.v1.ITelemetry);
                public values: { [k: string]: number };
                public static create(properties?: iot.broker.v1.ITelemetry): iot.broker.v1.Telemetry;
                public static encode(message: iot.broker.v1.ITelemetry, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.Telemetry;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.Telemetry;
                public static toObject(message: iot.broker.v1.Telemetry, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IPayload {
                telemetry?: (iot.broker.v1.ITelemetry|null);
                json?: (google.protobuf.IStruct|null);
                typed?: (google.protobuf.IAny|null);
                raw?: (Uint8Array|null);
            }

            class Payload implements IPayload {
                constructor(properties?: iot.broker.v1.IPayload);
                public telemetry?: (iot.broker.v1.ITelemetry|null);
                public json?: (google.protobuf.IStruct|null);
                public typed?: (google.protobuf.IAny|null);
                public raw?: (Uint8Array|null);
                public kind?: ("telemetry"|"json"|"typed"|"raw");
                public static create(properties?: iot.broker.v1.IPayload): iot.broker.v1.Payload;
                public static encode(message: iot.broker.v1.IPayload, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.Payload;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.Payload;
                public static toObject(message: iot.broker.v1.Payload, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IEnvelope {
                topic?: (string|null);
                sequence?: (number|null);
                brokerTime?: (google.protobuf.ITimestamp|null);
                eventTime?: (google.protobuf.ITimestamp|null);
                deviceId?: (string|null);
                labels?: ({ [k: string]: string }|null);
                payload?: (iot.broker.v1.IPayload|null);
                offset?: (number|null);
            }

            class Envelope implements IEnvelope {
                constructor(properties?: iot.broker.v1.IEnvelope);
                public topic: string;
                public sequence: number;
                public brokerTime?: (google.protobuf.ITimestamp|null);
                public eventTime?: (google.protobuf.ITimestamp|null);
                public deviceId: string;
                public labels: { [k: string]: string };
                public payload?: (iot.broker.v1.IPayload|null);
                public offset: number;
                public static create(properties?: iot.broker.v1.IEnvelope): iot.broker.v1.Envelope;
                public static encode(message: iot.broker.v1.IEnvelope, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.Envelope;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.Envelope;
                public static toObject(message: iot.broker.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IStreamPosition {
                epoch?: (string|null);
                offset?: (number|null);
            }

            class StreamPosition implements IStreamPosition {
                constructor(properties?: iot.broker.v1.IStreamPosition);
                public epoch: string;
                public offset: number;
                public static create(properties?: iot.broker.v1.IStreamPosition): iot.broker.v1.StreamPosition;
                public static encode(message: iot.broker.v1.IStreamPosition, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.StreamPosition;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.StreamPosition;
                public static toObject(message: iot.broker.v1.StreamPosition, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ISubscribeEvent {
                envelope?: (iot.broker.v1.IEnvelope|null);
                start?: (iot.broker.v1.IStreamStart|null);
                gap?: (iot.broker.v1.ITopicGap|null);
                historyEnd?: (iot.broker.v1.IHistoryEnd|null);
            }

            class SubscribeEvent implements ISubscribeEvent {
                constructor(properties?: iot.broker.v1.ISubscribeEvent);
                public envelope?: (iot.broker.v1.IEnvelope|null);
                public start?: (iot.broker.v1.IStreamStart|null);
                public gap?: (iot.broker.v1.ITopicGap|null);
                public historyEnd?: (iot.broker.v1.IHistoryEnd|null);
                public kind?: ("envelope"|"start"|"gap"|"historyEnd");
                public static create(properties?: iot.broker.v1.ISubscribeEvent): iot.broker.v1.SubscribeEvent;
                public static encode(message: iot.broker.v1.ISubscribeEvent, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.SubscribeEvent;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.SubscribeEvent;
                public static toObject(message: iot.broker.v1.SubscribeEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IHistoryEnd {
            }

            class HistoryEnd implements IHistoryEnd {
                constructor(properties?: iot.broker.v1.IHistoryEnd);
                public static create(properties?: iot.broker.v1.IHistoryEnd): iot.broker.v1.HistoryEnd;
                public static encode(message: iot.broker.v1.IHistoryEnd, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.HistoryEnd;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.HistoryEnd;
                public static toObject(message: iot.broker.v1.HistoryEnd, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IStreamStart {
                epoch?: (string|null);
                recovered?: (boolean|null);
            }

            class StreamStart implements IStreamStart {
                constructor(properties?: iot.broker.v1.IStreamStart);
                public epoch: string;
                public recovered: boolean;
                public static create(properties?: iot.broker.v1.IStreamStart): iot.broker.v1.StreamStart;
                public static encode(message: iot.broker.v1.IStreamStart, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.StreamStart;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.StreamStart;
                public static toObject(message: iot.broker.v1.StreamStart, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            enum GapReason {
                GAP_REASON_UNSPECIFIED = 0,
                GAP_REASON_RETENTION = 1,
                GAP_REASON_HISTORY_LIMIT = 2,
                GAP_REASON_SLOW_SUBSCRIBER = 3
            }

            interface ITopicGap {
                topic?: (string|null);
                fromSequence?: (number|null);
                toSequence?: (number|null);
                reason?: (iot.broker.v1.GapReason|null);
            }

            class TopicGap implements ITopicGap {
                constructor(properties?: iot.broker.v1.ITopicGap);
                public topic: string;
                public fromSequence: number;
                public toSequence: number;
                public reason: iot.broker.v1.GapReason;
                public static create(properties?: iot.broker.v1.ITopicGap): iot.broker.v1.TopicGap;
                public static encode(message: iot.broker.v1.ITopicGap, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.TopicGap;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.TopicGap;
                public static toObject(message: iot.broker.v1.TopicGap, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IPublishRequest {
                topic?: (string|null);
                payload?: (iot.broker.v1.IPayload|null);
                deviceId?: (string|null);
                labels?: ({ [k: string]: string }|null);
                eventTime?: (google.protobuf.ITimestamp|null);
            }

            class PublishRequest implements IPublishRequest {
                constructor(properties?: iot.broker.v1.IPublishRequest);
                public topic: string;
                public payload?: (iot.broker.v1.IPayload|null);
                public deviceId: string;
                public labels: { [k: string]: string };
                public eventTime?: (google.protobuf.ITimestamp|null);
                public static create(properties?: iot.broker.v1.IPublishRequest): iot.broker.v1.PublishRequest;
                public static encode(message: iot.broker.v1.IPublishRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.PublishRequest;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.PublishRequest;
                public static toObject(message: iot.broker.v1.PublishRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IPublishResponse {
                sequence?: (number|null);
                brokerTime?: (google.protobuf.ITimestamp|null);
            }

            class PublishResponse implements IPublishResponse {
                constructor(properties?: iot.broker.v1.IPublishResponse);
                public sequence: number;
                public brokerTime?: (google.protobuf.ITimestamp|null);
                public static create(properties?: iot.broker.v1.IPublishResponse): iot.broker.v1.PublishResponse;
                public static encode(message: iot.broker.v1.IPublishResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.PublishResponse;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.PublishResponse;
                public static toObject(message: iot.broker.v1.PublishResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ISubscribeRequest {
                filter?: (string|null);
                afterSequence?: (number|null);
                since?: (google.protobuf.ITimestamp|null);
                maxHistory?: (number|null);
                until?: (google.protobuf.ITimestamp|null);
                from?: (iot.broker.v1.IStreamPosition|null);
            }

            class SubscribeRequest implements ISubscribeRequest {
                constructor(properties?: iot.broker.v1.ISubscribeRequest);
                public filter: string;
                public afterSequence: number;
                public since?: (google.protobuf.ITimestamp|null);
                public maxHistory: number;
                public until?: (google.protobuf.ITimestamp|null);
                public from?: (iot.broker.v1.IStreamPosition|null);
                public static create(properties?: iot.broker.v1.ISubscribeRequest): iot.broker.v1.SubscribeRequest;
                public static encode(message: iot.broker.v1.ISubscribeRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.SubscribeRequest;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.SubscribeRequest;
                public static toObject(message: iot.broker.v1.SubscribeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IDeviceMessage {
                register?: (iot.broker.v1.IRegister|null);
                telemetry?: (iot.broker.v1.ITelemetryBatch|null);
                heartbeat?: (iot.broker.v1.IHeartbeat|null);
                commandResult?: (iot.broker.v1.ICommandResponse|null);
            }

            class DeviceMessage implements IDeviceMessage {
                constructor(properties?: iot.broker.v1.IDeviceMessage);
                public register?: (iot.broker.v1.IRegister|null);
                public telemetry?: (iot.broker.v1.ITelemetryBatch|null);
                public heartbeat?: (iot.broker.v1.IHeartbeat|null);
                public commandResult?: (iot.broker.v1.ICommandResponse|null);
                public kind?: ("register"|"telemetry"|"heartbeat"|"commandResult");
                public static create(properties?: iot.broker.v1.IDeviceMessage): iot.broker.v1.DeviceMessage;
                public static encode(message: iot.broker.v1.IDeviceMessage, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.DeviceMessage;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.DeviceMessage;
                public static toObject(message: iot.broker.v1.DeviceMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IRegister {
                deviceId?: (string|null);
                metadata?: ({ [k: string]: string }|null);
                topics?: (string[]|null);
                heartbeatIntervalMs?: (number|null);
                acceptsAckBatches?: (boolean|null);
            }

            class Register implements IRegister {
                constructor(properties?: iot.broker.v1.IRegister);
                public deviceId: string;
                public metadata: { [k: string]: string };
                public topics: string[];
                public heartbeatIntervalMs: number;
                public acceptsAckBatches: boolean;
                public static create(properties?: iot.broker.v1.IRegister): iot.broker.v1.Register;
                public static encode(message: iot.broker.v1.IRegister, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.Register;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.Register;
                public static toObject(message: iot.broker.v1.Register, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITelemetryBatch {
                batchId?: (number|null);
                items?: (iot.broker.v1.IDeviceTelemetry[]|null);
            }

            class TelemetryBatch implements ITelemetryBatch {
                constructor(properties?: iot.broker.v1.ITelemetryBatch);
                public batchId: number;
                public items: iot.broker.v1.IDeviceTelemetry[];
                public static create(properties?: iot.broker.v1.ITelemetryBatch): iot.broker.v1.TelemetryBatch;
                public static encode(message: iot.broker.v1.ITelemetryBatch, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.TelemetryBatch;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.TelemetryBatch;
                public static toObject(message: iot.broker.v1.TelemetryBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IDeviceTelemetry {
                topic?: (string|null);
                payload?: (iot.broker.v1.IPayload|null);
                eventTime?: (google.protobuf.ITimestamp|null);
                labels?: ({ [k: string]: string }|null);
            }

            class DeviceTelemetry implements IDeviceTelemetry {
                constructor(properties?: iot.broker.v1.IDeviceTelemetry);
                public topic: string;
                public payload?: (iot.broker.v1.IPayload|null);
                public eventTime?: (google.protobuf.ITimestamp|null);
                public labels: { [k: string]: string };
                public static create(properties?: iot.broker.v1.IDeviceTelemetry): iot.broker.v1.DeviceTelemetry;
                public static encode(message: iot.broker.v1.IDeviceTelemetry, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.DeviceTelemetry;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.DeviceTelemetry;
                public static toObject(message: iot.broker.v1.DeviceTelemetry, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IHeartbeat {
                deviceTime?: (google.protobuf.ITimestamp|null);
            }

            class Heartbeat implements IHeartbeat {
                constructor(properties?: iot.broker.v1.IHeartbeat);
                public deviceTime?: (google.protobuf.ITimestamp|null);
                public static create(properties?: iot.broker.v1.IHeartbeat): iot.broker.v1.Heartbeat;
                public static encode(message: iot.broker.v1.IHeartbeat, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.Heartbeat;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.Heartbeat;
                public static toObject(message: iot.broker.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ICommandResponse {
                commandId?: (string|null);
                ok?: (boolean|null);
                result?: (iot.broker.v1.IPayload|null);
                error?: (string|null);
            }

            class CommandResponse implements ICommandResponse {
                constructor(properties?: iot.broker.v1.ICommandResponse);
                public commandId: string;
                public ok: boolean;
                public result?: (iot.broker.v1.IPayload|null);
                public error: string;
                public static create(properties?: iot.broker.v1.ICommandResponse): iot.broker.v1.CommandResponse;
                public static encode(message: iot.broker.v1.ICommandResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.CommandResponse;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.CommandResponse;
                public static toObject(message: iot.broker.v1.CommandResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IBrokerMessage {
                registered?: (iot.broker.v1.IRegistered|null);
                ack?: (iot.broker.v1.IAck|null);
                command?: (iot.broker.v1.IDeviceCommand|null);
                error?: (iot.broker.v1.ISessionError|null);
                acks?: (iot.broker.v1.IAckBatch|null);
            }

            class BrokerMessage implements IBrokerMessage {
                constructor(properties?: iot.broker.v1.IBrokerMessage);
                public registered?: (iot.broker.v1.IRegistered|null);
                public ack?: (iot.broker.v1.IAck|null);
                public command?: (iot.broker.v1.IDeviceCommand|null);
                public error?: (iot.broker.v1.ISessionError|null);
                public acks?: (iot.broker.v1.IAckBatch|null);
                public kind?: ("registered"|"ack"|"command"|"error"|"acks");
                public static create(properties?: iot.broker.v1.IBrokerMessage): iot.broker.v1.BrokerMessage;
                public static encode(message: iot.broker.v1.IBrokerMessage, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.BrokerMessage;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.BrokerMessage;
                public static toObject(message: iot.broker.v1.BrokerMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IAckBatch {
                acks?: (iot.broker.v1.IAck[]|null);
            }

            class AckBatch implements IAckBatch {
                constructor(properties?: iot.broker.v1.IAckBatch);
                public acks: iot.broker.v1.IAck[];
                public static create(properties?: iot.broker.v1.IAckBatch): iot.broker.v1.AckBatch;
                public static encode(message: iot.broker.v1.IAckBatch, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.AckBatch;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.AckBatch;
                public static toObject(message: iot.broker.v1.AckBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IRegistered {
                deviceId?: (string|null);
                heartbeatIntervalMs?: (number|null);
            }

            class Registered implements IRegistered {
                constructor(properties?: iot.broker.v1.IRegistered);
                public deviceId: string;
                public heartbeatIntervalMs: number;
                public static create(properties?: iot.broker.v1.IRegistered): iot.broker.v1.Registered;
                public static encode(message: iot.broker.v1.IRegistered, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.Registered;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.Registered;
                public static toObject(message: iot.broker.v1.Registered, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IAck {
                batchId?: (number|null);
                sequences?: (number[]|null);
                brokerTime?: (google.protobuf.ITimestamp|null);
                error?: (string|null);
            }

            class Ack implements IAck {
                constructor(properties?: iot.broker.v1.IAck);
                public batchId: number;
                public sequences: number[];
                public brokerTime?: (google.protobuf.ITimestamp|null);
                public error: string;
                public static create(properties?: iot.broker.v1.IAck): iot.broker.v1.Ack;
                public static encode(message: iot.broker.v1.IAck, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.Ack;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.Ack;
                public static toObject(message: iot.broker.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            enum ErrorCategory {
                ERROR_CATEGORY_UNSPECIFIED = 0,
                ERROR_CATEGORY_VALIDATION = 1,
                ERROR_CATEGORY_AUTH = 2,
                ERROR_CATEGORY_TIMEOUT = 3,
                ERROR_CATEGORY_RATE_LIMIT = 4,
                ERROR_CATEGORY_UPSTREAM = 5,
                ERROR_CATEGORY_INTERNAL = 6
            }

            interface ISessionError {
                category?: (string|null);
                message?: (string|null);
                kind?: (iot.broker.v1.ErrorCategory|null);
            }

            class SessionError implements ISessionError {
                constructor(properties?: iot.broker.v1.ISessionError);
                public category: string;
                public message: string;
                public kind: iot.broker.v1.ErrorCategory;
                public static create(properties?: iot.broker.v1.ISessionError): iot.broker.v1.SessionError;
                public static encode(message: iot.broker.v1.ISessionError, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.SessionError;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.SessionError;
                public static toObject(message: iot.broker.v1.SessionError, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IDeviceCommand {
                commandId?: (string|null);
                name?: (string|null);
                payload?: (iot.broker.v1.IPayload|null);
                deadline?: (google.protobuf.ITimestamp|null);
            }

            class DeviceCommand implements IDeviceCommand {
                constructor(properties?: iot.broker.v1.IDeviceCommand);
                public commandId: string;
                public name: string;
                public payload?: (iot.broker.v1.IPayload|null);
                public deadline?: (google.protobuf.ITimestamp|null);
                public static create(properties?: iot.broker.v1.IDeviceCommand): iot.broker.v1.DeviceCommand;
                public static encode(message: iot.broker.v1.IDeviceCommand, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.DeviceCommand;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.DeviceCommand;
                public static toObject(message: iot.broker.v1.DeviceCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ICommandRequest {
                deviceId?: (string|null);
                name?: (string|null);
                payload?: (iot.broker.v1.IPayload|null);
            }

            class CommandRequest implements ICommandRequest {
                constructor(properties?: iot.broker.v1.ICommandRequest);
                public deviceId: string;
                public name: string;
                public payload?: (iot.broker.v1.IPayload|null);
                public static create(properties?: iot.broker.v1.ICommandRequest): iot.broker.v1.CommandRequest;
                public static encode(message: iot.broker.v1.ICommandRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.CommandRequest;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.CommandRequest;
                public static toObject(message: iot.broker.v1.CommandRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ICommandResult {
                commandId?: (string|null);
                deviceId?: (string|null);
                ok?: (boolean|null);
                result?: (iot.broker.v1.IPayload|null);
                error?: (string|null);
                roundTripMs?: (number|null);
            }

            class CommandResult implements ICommandResult {
                constructor(properties?: iot.broker.v1.ICommandResult);
                public commandId: string;
                public deviceId: string;
                public ok: boolean;
                public result?: (iot.broker.v1.IPayload|null);
                public error: string;
                public roundTripMs: number;
                public static create(properties?: iot.broker.v1.ICommandResult): iot.broker.v1.CommandResult;
                public static encode(message: iot.broker.v1.ICommandResult, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.CommandResult;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.CommandResult;
                public static toObject(message: iot.broker.v1.CommandResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IListTopicsRequest {
                filter?: (string|null);
                pageToken?: (string|null);
            }

            class ListTopicsRequest implements IListTopicsRequest {
                constructor(properties?: iot.broker.v1.IListTopicsRequest);
                public filter: string;
                public pageToken: string;
                public static create(properties?: iot.broker.v1.IListTopicsRequest): iot.broker.v1.ListTopicsRequest;
                public static encode(message: iot.broker.v1.IListTopicsRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.ListTopicsRequest;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.ListTopicsRequest;
                public static toObject(message: iot.broker.v1.ListTopicsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITopicInfo {
                name?: (string|null);
                messageCount?: (number|null);
                lastTime?: (google.protobuf.ITimestamp|null);
                ratePerSecond?: (number|null);
                fields?: (string[]|null);
                lastSequence?: (number|null);
            }

            class TopicInfo implements ITopicInfo {
                constructor(properties?: iot.broker.v1.ITopicInfo);
                public name: string;
                public messageCount: number;
                public lastTime?: (google.protobuf.ITimestamp|null);
                public ratePerSecond: number;
                public fields: string[];
                public lastSequence: number;
                public static create(properties?: iot.broker.v1.ITopicInfo): iot.broker.v1.TopicInfo;
                public static encode(message: iot.broker.v1.ITopicInfo, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.TopicInfo;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.TopicInfo;
                public static toObject(message: iot.broker.v1.TopicInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IListTopicsResponse {
                topics?: (iot.broker.v1.ITopicInfo[]|null);
                nextPageToken?: (string|null);
            }

            class ListTopicsResponse implements IListTopicsResponse {
                constructor(properties?: iot.broker.v1.IListTopicsResponse);
                public topics: iot.broker.v1.ITopicInfo[];
                public nextPageToken: string;
                public static create(properties?: iot.broker.v1.IListTopicsResponse): iot.broker.v1.ListTopicsResponse;
                public static encode(message: iot.broker.v1.IListTopicsResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.ListTopicsResponse;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.ListTopicsResponse;
                public static toObject(message: iot.broker.v1.ListTopicsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IListDevicesRequest {
            }

            class ListDevicesRequest implements IListDevicesRequest {
                constructor(properties?: iot.broker.v1.IListDevicesRequest);
                public static create(properties?: iot.broker.v1.IListDevicesRequest): iot.broker.v1.ListDevicesRequest;
                public static encode(message: iot.broker.v1.IListDevicesRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.ListDevicesRequest;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.ListDevicesRequest;
                public static toObject(message: iot.broker.v1.ListDevicesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IDeviceInfo {
                deviceId?: (string|null);
                connected?: (boolean|null);
                lastHeartbeat?: (google.protobuf.ITimestamp|null);
                metadata?: ({ [k: string]: string }|null);
                topics?: (string[]|null);
                connectedSince?: (google.protobuf.ITimestamp|null);
            }

            class DeviceInfo implements IDeviceInfo {
                constructor(properties?: iot.broker.v1.IDeviceInfo);
                public deviceId: string;
                public connected: boolean;
                public lastHeartbeat?: (google.protobuf.ITimestamp|null);
                public metadata: { [k: string]: string };
                public topics: string[];
                public connectedSince?: (google.protobuf.ITimestamp|null);
                public static create(properties?: iot.broker.v1.IDeviceInfo): iot.broker.v1.DeviceInfo;
                public static encode(message: iot.broker.v1.IDeviceInfo, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.DeviceInfo;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.DeviceInfo;
                public static toObject(message: iot.broker.v1.DeviceInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IListDevicesResponse {
                devices?: (iot.broker.v1.IDeviceInfo[]|null);
            }

            class ListDevicesResponse implements IListDevicesResponse {
                constructor(properties?: iot.broker.v1.IListDevicesResponse);
                public devices: iot.broker.v1.IDeviceInfo[];
                public static create(properties?: iot.broker.v1.IListDevicesResponse): iot.broker.v1.ListDevicesResponse;
                public static encode(message: iot.broker.v1.IListDevicesResponse, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.ListDevicesResponse;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.ListDevicesResponse;
                public static toObject(message: iot.broker.v1.ListDevicesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IGetInfoRequest {
            }

            class GetInfoRequest implements IGetInfoRequest {
                constructor(properties?: iot.broker.v1.IGetInfoRequest);
                public static create(properties?: iot.broker.v1.IGetInfoRequest): iot.broker.v1.GetInfoRequest;
                public static encode(message: iot.broker.v1.IGetInfoRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.GetInfoRequest;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.GetInfoRequest;
                public static toObject(message: iot.broker.v1.GetInfoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IBrokerInfo {
                version?: (string|null);
                startedAt?: (google.protobuf.ITimestamp|null);
                topicCount?: (number|null);
                deviceCount?: (number|null);
                bus?: (string|null);
                tenant?: (string|null);
            }

            class BrokerInfo implements IBrokerInfo {
                constructor(properties?: iot.broker.v1.IBrokerInfo);
                public version: string;
                public startedAt?: (google.protobuf.ITimestamp|null);
                public topicCount: number;
                public deviceCount: number;
                public bus: string;
                public tenant: string;
                public static create(properties?: iot.broker.v1.IBrokerInfo): iot.broker.v1.BrokerInfo;
                public static encode(message: iot.broker.v1.IBrokerInfo, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.BrokerInfo;
                public static fromObject(object: { [k: string]: any }): iot.broker.v1.BrokerInfo;
                public static toObject(message: iot.broker.v1.BrokerInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            namespace wire {

                interface IEnvelope {
                    topic?: (string|null);
                    sequence?: (number|null);
                    brokerTime?: (google.protobuf.ITimestamp|null);
                    eventTime?: (google.protobuf.ITimestamp|null);
                    deviceId?: (string|null);
                    labels?: ({ [k: string]: string }|null);
                    payload?: (Uint8Array|null);
                    offset?: (number|null);
                }

                class Envelope implements IEnvelope {
                    constructor(properties?: iot.broker.v1.wire.IEnvelope);
                    public topic: string;
                    public sequence: number;
                    public brokerTime?: (google.protobuf.ITimestamp|null);
                    public eventTime?: (google.protobuf.ITimestamp|null);
                    public deviceId: string;
                    public labels: { [k: string]: string };
                    public payload: Uint8Array;
                    public offset: number;
                    public static create(properties?: iot.broker.v1.wire.IEnvelope): iot.broker.v1.wire.Envelope;
                    public static encode(message: iot.broker.v1.wire.IEnvelope, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.wire.Envelope;
                    public static fromObject(object: { [k: string]: any }): iot.broker.v1.wire.Envelope;
                    public static toObject(message: iot.broker.v1.wire.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface ISubscribeEvent {
                    envelope?: (iot.broker.v1.wire.IEnvelope|null);
                }

                class SubscribeEvent implements ISubscribeEvent {
                    constructor(properties?: iot.broker.v1.wire.ISubscribeEvent);
                    public envelope?: (iot.broker.v1.wire.IEnvelope|null);
                    public static create(properties?: iot.broker.v1.wire.ISubscribeEvent): iot.broker.v1.wire.SubscribeEvent;
                    public static encode(message: iot.broker.v1.wire.ISubscribeEvent, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.wire.SubscribeEvent;
                    public static fromObject(object: { [k: string]: any }): iot.broker.v1.wire.SubscribeEvent;
                    public static toObject(message: iot.broker.v1.wire.SubscribeEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IPublishRequest {
                    topic?: (string|null);
                    payload?: (Uint8Array|null);
                    deviceId?: (string|null);
                    labels?: ({ [k: string]: string }|null);
                    eventTime?: (google.protobuf.ITimestamp|null);
                }

                class PublishRequest implements IPublishRequest {
                    constructor(properties?: iot.broker.v1.wire.IPublishRequest);
                    public topic: string;
                    public payload: Uint8Array;
                    public deviceId: string;
                    public labels: { [k: string]: string };
                    public eventTime?: (google.protobuf.ITimestamp|null);
                    public static create(properties?: iot.broker.v1.wire.IPublishRequest): iot.broker.v1.wire.PublishRequest;
                    public static encode(message: iot.broker.v1.wire.IPublishRequest, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.wire.PublishRequest;
                    public static fromObject(object: { [k: string]: any }): iot.broker.v1.wire.PublishRequest;
                    public static toObject(message: iot.broker.v1.wire.PublishRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IDeviceTelemetry {
                    topic?: (string|null);
                    payload?: (Uint8Array|null);
                    eventTime?: (google.protobuf.ITimestamp|null);
                    labels?: ({ [k: string]: string }|null);
                }

                class DeviceTelemetry implements IDeviceTelemetry {
                    constructor(properties?: iot.broker.v1.wire.IDeviceTelemetry);
                    public topic: string;
                    public payload: Uint8Array;
                    public eventTime?: (google.protobuf.ITimestamp|null);
                    public labels: { [k: string]: string };
                    public static create(properties?: iot.broker.v1.wire.IDeviceTelemetry): iot.broker.v1.wire.DeviceTelemetry;
                    public static encode(message: iot.broker.v1.wire.IDeviceTelemetry, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.wire.DeviceTelemetry;
                    public static fromObject(object: { [k: string]: any }): iot.broker.v1.wire.DeviceTelemetry;
                    public static toObject(message: iot.broker.v1.wire.DeviceTelemetry, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface ITelemetryBatch {
                    batchId?: (number|null);
                    items?: (iot.broker.v1.wire.IDeviceTelemetry[]|null);
                }

                class TelemetryBatch implements ITelemetryBatch {
                    constructor(properties?: iot.broker.v1.wire.ITelemetryBatch);
                    public batchId: number;
                    public items: iot.broker.v1.wire.IDeviceTelemetry[];
                    public static create(properties?: iot.broker.v1.wire.ITelemetryBatch): iot.broker.v1.wire.TelemetryBatch;
                    public static encode(message: iot.broker.v1.wire.ITelemetryBatch, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.wire.TelemetryBatch;
                    public static fromObject(object: { [k: string]: any }): iot.broker.v1.wire.TelemetryBatch;
                    public static toObject(message: iot.broker.v1.wire.TelemetryBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IDeviceMessage {
                    register?: (iot.broker.v1.IRegister|null);
                    telemetry?: (iot.broker.v1.wire.ITelemetryBatch|null);
                    heartbeat?: (iot.broker.v1.IHeartbeat|null);
                    commandResult?: (iot.broker.v1.ICommandResponse|null);
                }

                class DeviceMessage implements IDeviceMessage {
                    constructor(properties?: iot.broker.v1.wire.IDeviceMessage);
                    public register?: (iot.broker.v1.IRegister|null);
                    public telemetry?: (iot.broker.v1.wire.ITelemetryBatch|null);
                    public heartbeat?: (iot.broker.v1.IHeartbeat|null);
                    public commandResult?: (iot.broker.v1.ICommandResponse|null);
                    public kind?: ("register"|"telemetry"|"heartbeat"|"commandResult");
                    public static create(properties?: iot.broker.v1.wire.IDeviceMessage): iot.broker.v1.wire.DeviceMessage;
                    public static encode(message: iot.broker.v1.wire.IDeviceMessage, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.broker.v1.wire.DeviceMessage;
                    public static fromObject(object: { [k: string]: any }): iot.broker.v1.wire.DeviceMessage;
                    public static toObject(message: iot.broker.v1.wire.DeviceMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }
    }

    namespace stream {

        namespace v1 {

            interface IClientFrame {
                subscribe?: (iot.stream.v1.ISubscribe|null);
                unsubscribe?: (iot.stream.v1.IUnsubscribe|null);
                ping?: (iot.stream.v1.IPing|null);
            }

            class ClientFrame implements IClientFrame {
                constructor(properties?: iot.stream.v1.IClientFrame);
                public subscribe?: (iot.stream.v1.ISubscribe|null);
                public unsubscribe?: (iot.stream.v1.IUnsubscribe|null);
                public ping?: (iot.stream.v1.IPing|null);
                public kind?: ("subscribe"|"unsubscribe"|"ping");
                public static create(properties?: iot.stream.v1.IClientFrame): iot.stream.v1.ClientFrame;
                public static encode(message: iot.stream.v1.IClientFrame, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.stream.v1.ClientFrame;
                public static fromObject(object: { [k: string]: any }): iot.stream.v1.ClientFrame;
                public static toObject(message: iot.stream.v1.ClientFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            enum Conflation {
                CONFLATION_NONE = 0,
                CONFLATION_LAST = 1,
                CONFLATION_AVG = 2,
                CONFLATION_MIN = 3,
                CONFLATION_MAX = 4
            }

            interface ISubscribeOptions {
                maxRateHz?: (number|null);
                conflation?: (iot.stream.v1.Conflation|null);
                maxHistory?: (number|null);
                telemetryBlocks?: (boolean|null);
            }

            class SubscribeOptions implements ISubscribeOptions {
                constructor(properties?: iot.stream.v1.ISubscribeOptions);
                public maxRateHz: number;
                public conflation: iot.stream.v1.Conflation;
                public maxHistory: number;
                public telemetryBlocks: boolean;
                public static create(properties?: iot.stream.v1.ISubscribeOptions): iot.stream.v1.SubscribeOptions;
                public static encode(message: iot.stream.v1.ISubscribeOptions, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.stream.v1.SubscribeOptions;
                public static fromObject(object: { [k: string]: any }): iot.stream.v1.SubscribeOptions;
                public static toObject(message: iot.stream.v1.SubscribeOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ISubscribe {
                id?: (number|null);
                filter?: (string|null);
                afterSequence?: (number|null);
                since?: (google.protobuf.ITimestamp|null);
                until?: (google.protobuf.ITimestamp|null);
                options?: (iot.stream.v1.ISubscribeOptions|null);
                from?: (iot.broker.v1.IStreamPosition|null);
            }

            class Subscribe implements ISubscribe {
                constructor(properties?: iot.stream.v1.ISubscribe);
                public id: number;
                public filter: string;
                public afterSequence: number;
                public since?: (google.protobuf.ITimestamp|null);
                public until?: (google.protobuf.ITimestamp|null);
                public options?: (iot.stream.v1.ISubscribeOptions|null);
                public from?: (iot.broker.v1.IStreamPosition|null);
                public static create(properties?: iot.stream.v1.ISubscribe): iot.stream.v1.Subscribe;
                public static encode(message: iot.stream.v1.ISubscribe, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.stream.v1.Subscribe;
                public static fromObject(object: { [k: string]: any }): iot.stream.v1.Subscribe;
                public static toObject(message: iot.stream.v1.Subscribe, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IUnsubscribe {
                id?: (number|null);
            }

            class Unsubscribe implements IUnsubscribe {
                constructor(properties?: iot.stream.v1.IUnsubscribe);
                public id: number;
                public static create(properties?: iot.stream.v1.IUnsubscribe): iot.stream.v1.Unsubscribe;
                public static encode(message: iot.stream.v1.IUnsubscribe, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.stream.v1.Unsubscribe;
                public static fromObject(object: { [k: string]: any }): iot.stream.v1.Unsubscribe;
                public static toObject(message: iot.stream.v1.Unsubscribe, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IPing {
                nonce?: (number|null);
            }

            class Ping implements IPing {
                constructor(properties?: iot.stream.v1.IPing);
                public nonce: number;
                public static create(properties?: iot.stream.v1.IPing): iot.stream.v1.Ping;
                public static encode(message: iot.stream.v1.IPing, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.stream.v1.Ping;
                public static fromObject(object: { [k: string]: any }): iot.stream.v1.Ping;
                public static toObject(message: iot.stream.v1.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IServerFrame {
                subscribed?: (iot.stream.v1.ISubscribed|null);
                batch?: (iot.stream.v1.IBatch|null);
                status?: (iot.stream.v1.IStatus|null);
                error?: (iot.stream.v1.IError|null);
                pong?: (iot.stream.v1.IPong|null);
            }

            class ServerFrame implements IServerFrame {
                constructor(properties?: iot.stream.v1.IServerFrame);
                public subscribed?: (iot.stream.v1.ISubscribed|null);
                public batch?: (iot.stream.v1.IBatch|null);
                public status?: (iot.stream.v1.IStatus|null);
                public error?: (iot.stream.v1.IError|null);
                public pong?: (iot.stream.v1.IPong|null);
                public kind?: ("subscribed"|"batch"|"status"|"error"|"pong");
                public static create(properties?: iot.stream.v1.IServerFrame): iot.stream.v1.ServerFrame;
                public static encode(message: iot.stream.v1.IServerFrame, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.stream.v1.ServerFrame;
                public static fromObject(object: { [k: string]: any }): iot.stream.v1.ServerFrame;
                public static toObject(message: iot.stream.v1.ServerFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ISubscribed {
                subscriptionId?: (number|null);
                streamId?: (number|null);
            }

            class Subscribed implements ISubscribed {
                constructor(properties?: iot.stream.v1.ISubscribed);
                public subscriptionId: number;
                public streamId: number;
                public static create(properties?: iot.stream.v1.ISubscribed): iot.stream.v1.Subscribed;
                public static encode(message: iot.stream.v1.ISubscribed, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.stream.v1.Subscribed;
                public static fromObject(object: { [k: string]: any }): iot.stream.v1.Subscribed;
                public static toObject(message: iot.stream.v1.Subscribed, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IGap {
                topic?: (string|null);
                fromSequence?: (number|null);
                toSequence?: (number|null);
                afterTime?: (google.protobuf.ITimestamp|null);
                restarted?: (boolean|null);
            }

            class Gap implements IGap {
                constructor(properties?: iot.stream.v1.IGap);
                public topic: string;
                public fromSequence: number;
                public toSequence: number;
                public afterTime?: (google.protobuf.ITimestamp|null);
                public restarted: boolean;
                public static create(properties?: iot.stream.v1.IGap): iot.stream.v1.Gap;
                public static encode(message: iot.stream.v1.IGap, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.stream.v1.Gap;
                public static fromObject(object: { [k: string]: any }): iot.stream.v1.Gap;
                public static toObject(message: iot.stream.v1.Gap, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IBatch {
                streamId?: (number|null);
                envelopes?: (iot.broker.v1.IEnvelope[]|null);
                dropped?: (number|null);
                gaps?: (iot.stream.v1.IGap[]|null);
                block?: (iot.stream.v1.ITelemetryBlock|null);
                position?: (iot.broker.v1.IStreamPosition|null);
            }

            class Batch implements IBatch {
                constructor(properties?: iot.stream.v1.IBatch);
                public streamId: number;
                public envelopes: iot.broker.v1.IEnvelope[];
                public dropped: number;
                public gaps: iot.stream.v1.IGap[];
                public block?: (iot.stream.v1.ITelemetryBlock|null);
                public position?: (iot.broker.v1.IStreamPosition|null);
                public static create(properties?: iot.stream.v1.IBatch): iot.stream.v1.Batch;
                public static encode(message: iot.stream.v1.IBatch, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.stream.v1.Batch;
                public static fromObject(object: { [k: string]: any }): iot.stream.v1.Batch;
                public static toObject(message: iot.stream.v1.Batch, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITelemetryBlock {
                sources?: (iot.stream.v1.IBlockSource[]|null);
                sourceIndex?: (number[]|null);
                sequences?: (number[]|null);
                brokerTimeMs?: (number[]|null);
                eventTimeMs?: (number[]|null);
                fields?: (string[]|null);
                values?: (number[]|null);
            }

            class TelemetryBlock implements ITelemetryBlock {
                constructor(properties?: iot.stream.v1.ITelemetryBlock);
                public sources: iot.stream.v1.IBlockSource[];
                public sourceIndex: number[];
                public sequences: number[];
                public brokerTimeMs: number[];
                public eventTimeMs: number[];
                public fields: string[];
                public values: number[];
                public static create(properties?: iot.stream.v1.ITelemetryBlock): iot.stream.v1.TelemetryBlock;
                public static encode(message: iot.stream.v1.ITelemetryBlock, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.stream.v1.TelemetryBlock;
                public static fromObject(object: { [k: string]: any }): iot.stream.v1.TelemetryBlock;
                public static toObject(message: iot.stream.v1.TelemetryBlock, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IBlockSource {
                topic?: (string|null);
                deviceId?: (string|null);
                labels?: ({ [k: string]: string }|null);
            }

            class BlockSource implements IBlockSource {
                constructor(properties?: iot.stream.v1.IBlockSource);
                public topic: string;
                public deviceId: string;
                public labels: { [k: string]: string };
                public static create(properties?: iot.stream.v1.IBlockSource): iot.stream.v1.BlockSource;
                public static encode(message: iot.stream.v1.IBlockSource, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.stream.v1.BlockSource;
                public static fromObject(object: { [k: string]: any }): iot.stream.v1.BlockSource;
                public static toObject(message: iot.stream.v1.BlockSource, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            enum State {
                STATE_UNSPECIFIED = 0,
                STATE_CONNECTING = 1,
                STATE_LIVE = 2,
                STATE_RECONNECTING = 3,
                STATE_LAGGING = 4,
                STATE_COMPLETE = 5
            }

            interface IStatus {
                subscriptionId?: (number|null);
                state?: (iot.stream.v1.State|null);
                lagMs?: (number|null);
                droppedBatches?: (number|null);
                droppedMessages?: (number|null);
                messagesSent?: (number|null);
                detail?: (string|null);
                historyFrom?: (google.protobuf.ITimestamp|null);
                historyNote?: (string|null);
            }

            class Status implements IStatus {
                constructor(properties?: iot.stream.v1.IStatus);
                public subscriptionId: number;
                public state: iot.stream.v1.State;
                public lagMs: number;
                public droppedBatches: number;
                public droppedMessages: number;
                public messagesSent: number;
                public detail: string;
                public historyFrom?: (google.protobuf.ITimestamp|null);
                public historyNote: string;
                public static create(properties?: iot.stream.v1.IStatus): iot.stream.v1.Status;
                public static encode(message: iot.stream.v1.IStatus, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.stream.v1.Status;
                public static fromObject(object: { [k: string]: any }): iot.stream.v1.Status;
                public static toObject(message: iot.stream.v1.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IError {
                subscriptionId?: (number|null);
                category?: (iot.broker.v1.ErrorCategory|null);
                message?: (string|null);
            }

            class Error implements IError {
                constructor(properties?: iot.stream.v1.IError);
                public subscriptionId: number;
                public category: iot.broker.v1.ErrorCategory;
                public message: string;
                public static create(properties?: iot.stream.v1.IError): iot.stream.v1.Error;
                public static encode(message: iot.stream.v1.IError, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.stream.v1.Error;
                public static fromObject(object: { [k: string]: any }): iot.stream.v1.Error;
                public static toObject(message: iot.stream.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IPong {
                nonce?: (number|null);
                serverTime?: (google.protobuf.ITimestamp|null);
            }

            class Pong implements IPong {
                constructor(properties?: iot.stream.v1.IPong);
                public nonce: number;
                public serverTime?: (google.protobuf.ITimestamp|null);
                public static create(properties?: iot.stream.v1.IPong): iot.stream.v1.Pong;
                public static encode(message: iot.stream.v1.IPong, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.stream.v1.Pong;
                public static fromObject(object: { [k: string]: any }): iot.stream.v1.Pong;
                public static toObject(message: iot.stream.v1.Pong, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            namespace wire {

                interface IServerFrame {
                    subscribed?: (iot.stream.v1.ISubscribed|null);
                    batch?: (iot.stream.v1.wire.IBatch|null);
                    status?: (iot.stream.v1.IStatus|null);
                    error?: (iot.stream.v1.IError|null);
                    pong?: (iot.stream.v1.IPong|null);
                }

                class ServerFrame implements IServerFrame {
                    constructor(properties?: iot.stream.v1.wire.IServerFrame);
                    public subscribed?: (iot.stream.v1.ISubscribed|null);
                    public batch?: (iot.stream.v1.wire.IBatch|null);
                    public status?: (iot.stream.v1.IStatus|null);
                    public error?: (iot.stream.v1.IError|null);
                    public pong?: (iot.stream.v1.IPong|null);
                    public kind?: ("subscribed"|"batch"|"status"|"error"|"pong");
                    public static create(properties?: iot.stream.v1.wire.IServerFrame): iot.stream.v1.wire.ServerFrame;
                    public static encode(message: iot.stream.v1.wire.IServerFrame, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.stream.v1.wire.ServerFrame;
                    public static fromObject(object: { [k: string]: any }): iot.stream.v1.wire.ServerFrame;
                    public static toObject(message: iot.stream.v1.wire.ServerFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface IBatch {
                    streamId?: (number|null);
                    envelopes?: (iot.broker.v1.IEnvelope[]|null);
                    dropped?: (number|null);
                    gaps?: (iot.stream.v1.IGap[]|null);
                    block?: (iot.stream.v1.wire.ITelemetryBlock|null);
                    position?: (iot.broker.v1.IStreamPosition|null);
                }

                class Batch implements IBatch {
                    constructor(properties?: iot.stream.v1.wire.IBatch);
                    public streamId: number;
                    public envelopes: iot.broker.v1.IEnvelope[];
                    public dropped: number;
                    public gaps: iot.stream.v1.IGap[];
                    public block?: (iot.stream.v1.wire.ITelemetryBlock|null);
                    public position?: (iot.broker.v1.IStreamPosition|null);
                    public static create(properties?: iot.stream.v1.wire.IBatch): iot.stream.v1.wire.Batch;
                    public static encode(message: iot.stream.v1.wire.IBatch, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.stream.v1.wire.Batch;
                    public static fromObject(object: { [k: string]: any }): iot.stream.v1.wire.Batch;
                    public static toObject(message: iot.stream.v1.wire.Batch, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                interface ITelemetryBlock {
                    sources?: (iot.stream.v1.IBlockSource[]|null);
                    sourceIndex?: (number[]|null);
                    sequences?: (number[]|null);
                    brokerTimeMs?: (Uint8Array|null);
                    eventTimeMs?: (Uint8Array|null);
                    fields?: (string[]|null);
                    values?: (Uint8Array|null);
                }

                class TelemetryBlock implements ITelemetryBlock {
                    constructor(properties?: iot.stream.v1.wire.ITelemetryBlock);
                    public sources: iot.stream.v1.IBlockSource[];
                    public sourceIndex: number[];
                    public sequences: number[];
                    public brokerTimeMs: Uint8Array;
                    public eventTimeMs: Uint8Array;
                    public fields: string[];
                    public values: Uint8Array;
                    public static create(properties?: iot.stream.v1.wire.ITelemetryBlock): iot.stream.v1.wire.TelemetryBlock;
                    public static encode(message: iot.stream.v1.wire.ITelemetryBlock, writer?: $protobuf.Writer): $protobuf.Writer;
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): iot.stream.v1.wire.TelemetryBlock;
                    public static fromObject(object: { [k: string]: any }): iot.stream.v1.wire.TelemetryBlock;
                    public static toObject(message: iot.stream.v1.wire.TelemetryBlock, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    public toJSON(): { [k: string]: any };
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }
    }
}

export namespace google {

    namespace protobuf {

        interface IAny {
            type_url?: (string|null);
            value?: (Uint8Array|null);
        }

        class Any implements IAny {
            constructor(properties?: google.protobuf.IAny);
            public type_url: string;
            public value: Uint8Array;
            public static create(properties?: google.protobuf.IAny): google.protobuf.Any;
            public static encode(message: google.protobuf.IAny, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any;
            public static fromObject(object: { [k: string]: any }): google.protobuf.Any;
            public static toObject(message: google.protobuf.Any, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IStruct {
            fields?: ({ [k: string]: google.protobuf.IValue }|null);
        }

        class Struct implements IStruct {
            constructor(properties?: google.protobuf.IStruct);
            public fields: { [k: string]: google.protobuf.IValue };
            public static create(properties?: google.protobuf.IStruct): google.protobuf.Struct;
            public static encode(message: google.protobuf.IStruct, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Struct;
            public static fromObject(object: { [k: string]: any }): google.protobuf.Struct;
            public static toObject(message: google.protobuf.Struct, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IValue {
            nullValue?: (google.protobuf.NullValue|null);
            numberValue?: (number|null);
            stringValue?: (string|null);
            boolValue?: (boolean|null);
            structValue?: (google.protobuf.IStruct|null);
            listValue?: (google.protobuf.IListValue|null);
        }

        class Value implements IValue {
            constructor(properties?: google.protobuf.IValue);
            public nullValue?: (google.protobuf.NullValue|null);
            public numberValue?: (number|null);
            public stringValue?: (string|null);
            public boolValue?: (boolean|null);
            public structValue?: (google.protobuf.IStruct|null);
            public listValue?: (google.protobuf.IListValue|null);
            public kind?: ("nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue");
            public static create(properties?: google.protobuf.IValue): google.protobuf.Value;
            public static encode(message: google.protobuf.IValue, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Value;
            public static fromObject(object: { [k: string]: any }): google.protobuf.Value;
            public static toObject(message: google.protobuf.Value, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        enum NullValue {
            NULL_VALUE = 0
        }

        interface IListValue {
            values?: (google.protobuf.IValue[]|null);
        }

        class ListValue implements IListValue {
            constructor(properties?: google.protobuf.IListValue);
            public values: google.protobuf.IValue[];
            public static create(properties?: google.protobuf.IListValue): google.protobuf.ListValue;
            public static encode(message: google.protobuf.IListValue, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.ListValue;
            public static fromObject(object: { [k: string]: any }): google.protobuf.ListValue;
            public static toObject(message: google.protobuf.ListValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ITimestamp {
            seconds?: (number|null);
            nanos?: (number|null);
        }

        class Timestamp implements ITimestamp {
            constructor(properties?: google.protobuf.ITimestamp);
            public seconds: number;
            public nanos: number;
            public static create(properties?: google.protobuf.ITimestamp): google.protobuf.Timestamp;
            public static encode(message: google.protobuf.ITimestamp, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp;
            public static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;
            public static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
