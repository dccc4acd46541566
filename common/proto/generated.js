/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.iot = (function() {

    /**
     * Namespace iot.
     * @exports iot
     * @namespace
     */
    var iot = {};

    iot.broker = (function() {

        /**
         * Namespace broker.
         * @memberof iot
         * @namespace
         */
        var broker = {};

        broker.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof iot.broker
             * @namespace
             */
            var v1 = {};

            v1.Telemetry = (function() {

                /**
                 * Properties of a Telemetry.
                 * @memberof iot.broker.v1
                 * @interface ITelemetry
                 * @property {Object.<string,number>|null} [values] Telemetry values
                 */

                /**
                 * Constructs a new Telemetry.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a Telemetry.
                 * @implements ITelemetry
                 * @constructor
                 * @param {iot.broker.v1.ITelemetry=} [properties] Properties to set
                 */
                function Telemetry(properties) {
                    this.values = {};
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Telemetry values.
                 * @member {Object.<string,number>} values
                 * @memberof iot.broker.v1.Telemetry
                 * @instance
                 */
                Telemetry.prototype.values = $util.emptyObject;

                /**
                 * Creates a new Telemetry instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.Telemetry
                 * @static
                 * @param {iot.broker.v1.ITelemetry=} [properties] Properties to set
                 * @returns {iot.broker.v1.Telemetry} Telemetry instance
                 */
                Telemetry.create = function create(properties) {
                    return new Telemetry(properties);
                };

                /**
                 * Encodes the specified Telemetry message. Does not implicitly {@link iot.broker.v1.Telemetry.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.Telemetry
                 * @static
                 * @param {iot.broker.v1.ITelemetry} message Telemetry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Telemetry.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.values != null && Object.hasOwnProperty.call(message, "values"))
                        for (var keys = Object.keys(message.values), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 1 =*/17).double(message.values[keys[i]]).ldelim();
                    return writer;
                };

                /**
                 * Decodes a Telemetry message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.Telemetry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.Telemetry} Telemetry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Telemetry.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message, key, value;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.Telemetry();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (message.values === $util.emptyObject)
                                    message.values = {};
                                var end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = 0;
                                while (reader.pos < end2) {
                                    var tag2 = reader.uint32();
                                    switch (tag2 >>> 3) {
                                    case 1:
                                        key = reader.string();
                                        break;
                                    case 2:
                                        value = reader.double();
                                        break;
                                    default:
                                        reader.skipType(tag2 & 7, long);
                                        break;
                                    }
                                }
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.values, key);
                                message.values[key] = value;
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a Telemetry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.Telemetry
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.Telemetry} Telemetry
                 */
                Telemetry.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.Telemetry)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.Telemetry: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.Telemetry();
                    if (object.values) {
                        if (!$util.isObject(object.values))
                            throw TypeError(".iot.broker.v1.Telemetry.values: object expected");
                        message.values = {};
                        for (var keys = Object.keys(object.values), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.values, keys[i]);
                            message.values[keys[i]] = Number(object.values[keys[i]]);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Telemetry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.Telemetry
                 * @static
                 * @param {iot.broker.v1.Telemetry} message Telemetry
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Telemetry.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.objects || options.defaults)
                        object.values = {};
                    var keys2;
                    if (message.values && (keys2 = Object.keys(message.values)).length) {
                        object.values = {};
                        for (var j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.values, keys2[j]);
                            object.values[keys2[j]] = options.json && !isFinite(message.values[keys2[j]]) ? String(message.values[keys2[j]]) : message.values[keys2[j]];
                        }
                    }
                    return object;
                };

                /**
                 * Converts this Telemetry to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.Telemetry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Telemetry.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Telemetry
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.Telemetry
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Telemetry.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.Telemetry";
                };

                return Telemetry;
            })();

            v1.Payload = (function() {

                /**
                 * Properties of a Payload.
                 * @memberof iot.broker.v1
                 * @interface IPayload
                 * @property {iot.broker.v1.ITelemetry|null} [telemetry] Payload telemetry
                 * @property {google.protobuf.IStruct|null} [json] Payload json
                 * @property {google.protobuf.IAny|null} [typed] Payload typed
                 * @property {Uint8Array|null} [raw] Payload raw
                 */

                /**
                 * Constructs a new Payload.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a Payload.
                 * @implements IPayload
                 * @constructor
                 * @param {iot.broker.v1.IPayload=} [properties] Properties to set
                 */
                function Payload(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Payload telemetry.
                 * @member {iot.broker.v1.ITelemetry|null|undefined} telemetry
                 * @memberof iot.broker.v1.Payload
                 * @instance
                 */
                Payload.prototype.telemetry = null;

                /**
                 * Payload json.
                 * @member {google.protobuf.IStruct|null|undefined} json
                 * @memberof iot.broker.v1.Payload
                 * @instance
                 */
                Payload.prototype.json = null;

                /**
                 * Payload typed.
                 * @member {google.protobuf.IAny|null|undefined} typed
                 * @memberof iot.broker.v1.Payload
                 * @instance
                 */
                Payload.prototype.typed = null;

                /**
                 * Payload raw.
                 * @member {Uint8Array|null|undefined} raw
                 * @memberof iot.broker.v1.Payload
                 * @instance
                 */
                Payload.prototype.raw = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * Payload kind.
                 * @member {"telemetry"|"json"|"typed"|"raw"|undefined} kind
                 * @memberof iot.broker.v1.Payload
                 * @instance
                 */
                Object.defineProperty(Payload.prototype, "kind", {
                    get: $util.oneOfGetter($oneOfFields = ["telemetry", "json", "typed", "raw"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Payload instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.Payload
                 * @static
                 * @param {iot.broker.v1.IPayload=} [properties] Properties to set
                 * @returns {iot.broker.v1.Payload} Payload instance
                 */
                Payload.create = function create(properties) {
                    return new Payload(properties);
                };

                /**
                 * Encodes the specified Payload message. Does not implicitly {@link iot.broker.v1.Payload.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.Payload
                 * @static
                 * @param {iot.broker.v1.IPayload} message Payload message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Payload.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.telemetry != null && Object.hasOwnProperty.call(message, "telemetry"))
                        $root.iot.broker.v1.Telemetry.encode(message.telemetry, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.json != null && Object.hasOwnProperty.call(message, "json"))
                        $root.google.protobuf.Struct.encode(message.json, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.typed != null && Object.hasOwnProperty.call(message, "typed"))
                        $root.google.protobuf.Any.encode(message.typed, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.raw != null && Object.hasOwnProperty.call(message, "raw"))
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.raw);
                    return writer;
                };

                /**
                 * Decodes a Payload message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.Payload
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.Payload} Payload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Payload.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.Payload();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.telemetry = $root.iot.broker.v1.Telemetry.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                message.json = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 3: {
                                message.typed = $root.google.protobuf.Any.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.raw = reader.bytes();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a Payload message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.Payload
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.Payload} Payload
                 */
                Payload.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.Payload)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.Payload: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.Payload();
                    if (object.telemetry != null) {
                        if (!$util.isObject(object.telemetry))
                            throw TypeError(".iot.broker.v1.Payload.telemetry: object expected");
                        message.telemetry = $root.iot.broker.v1.Telemetry.fromObject(object.telemetry, long + 1);
                    }
                    if (object.json != null) {
                        if (!$util.isObject(object.json))
                            throw TypeError(".iot.broker.v1.Payload.json: object expected");
                        message.json = $root.google.protobuf.Struct.fromObject(object.json, long + 1);
                    }
                    if (object.typed != null) {
                        if (!$util.isObject(object.typed))
                            throw TypeError(".iot.broker.v1.Payload.typed: object expected");
                        message.typed = $root.google.protobuf.Any.fromObject(object.typed, long + 1);
                    }
                    if (object.raw != null)
                        if (typeof object.raw === "string")
                            $util.base64.decode(object.raw, message.raw = $util.newBuffer($util.base64.length(object.raw)), 0);
                        else if (object.raw.length >= 0)
                            message.raw = object.raw;
                    return message;
                };

                /**
                 * Creates a plain object from a Payload message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.Payload
                 * @static
                 * @param {iot.broker.v1.Payload} message Payload
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Payload.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (message.telemetry != null && Object.hasOwnProperty.call(message, "telemetry")) {
                        object.telemetry = $root.iot.broker.v1.Telemetry.toObject(message.telemetry, options, q + 1);
                        if (options.oneofs)
                            object.kind = "telemetry";
                    }
                    if (message.json != null && Object.hasOwnProperty.call(message, "json")) {
                        object.json = $root.google.protobuf.Struct.toObject(message.json, options, q + 1);
                        if (options.oneofs)
                            object.kind = "json";
                    }
                    if (message.typed != null && Object.hasOwnProperty.call(message, "typed")) {
                        object.typed = $root.google.protobuf.Any.toObject(message.typed, options, q + 1);
                        if (options.oneofs)
                            object.kind = "typed";
                    }
                    if (message.raw != null && Object.hasOwnProperty.call(message, "raw")) {
                        object.raw = options.bytes === String ? $util.base64.encode(message.raw, 0, message.raw.length) : options.bytes === Array ? Array.prototype.slice.call(message.raw) : message.raw;
                        if (options.oneofs)
                            object.kind = "raw";
                    }
                    return object;
                };

                /**
                 * Converts this Payload to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.Payload
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Payload.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Payload
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.Payload
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Payload.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.Payload";
                };

                return Payload;
            })();

            v1.Envelope = (function() {

                /**
                 * Properties of an Envelope.
                 * @memberof iot.broker.v1
                 * @interface IEnvelope
                 * @property {string|null} [topic] Envelope topic
                 * @property {number|null} [sequence] Envelope sequence
                 * @property {google.protobuf.ITimestamp|null} [brokerTime] Envelope brokerTime
                 * @property {google.protobuf.ITimestamp|null} [eventTime] Envelope eventTime
                 * @property {string|null} [deviceId] Envelope deviceId
                 * @property {Object.<string,string>|null} [labels] Envelope labels
                 * @property {iot.broker.v1.IPayload|null} [payload] Envelope payload
                 * @property {number|null} [offset] Envelope offset
                 */

                /**
                 * Constructs a new Envelope.
                 * @memberof iot.broker.v1
                 * @classdesc Represents an Envelope.
                 * @implements IEnvelope
                 * @constructor
                 * @param {iot.broker.v1.IEnvelope=} [properties] Properties to set
                 */
                function Envelope(properties) {
                    this.labels = {};
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Envelope topic.
                 * @member {string} topic
                 * @memberof iot.broker.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.topic = "";

                /**
                 * Envelope sequence.
                 * @member {number} sequence
                 * @memberof iot.broker.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Envelope brokerTime.
                 * @member {google.protobuf.ITimestamp|null|undefined} brokerTime
                 * @memberof iot.broker.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.brokerTime = null;

                /**
                 * Envelope eventTime.
                 * @member {google.protobuf.ITimestamp|null|undefined} eventTime
                 * @memberof iot.broker.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.eventTime = null;

                /**
                 * Envelope deviceId.
                 * @member {string} deviceId
                 * @memberof iot.broker.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.deviceId = "";

                /**
                 * Envelope labels.
                 * @member {Object.<string,string>} labels
                 * @memberof iot.broker.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.labels = $util.emptyObject;

                /**
                 * Envelope payload.
                 * @member {iot.broker.v1.IPayload|null|undefined} payload
                 * @memberof iot.broker.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.payload = null;

                /**
                 * Envelope offset.
                 * @member {number} offset
                 * @memberof iot.broker.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Envelope instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.Envelope
                 * @static
                 * @param {iot.broker.v1.IEnvelope=} [properties] Properties to set
                 * @returns {iot.broker.v1.Envelope} Envelope instance
                 */
                Envelope.create = function create(properties) {
                    return new Envelope(properties);
                };

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link iot.broker.v1.Envelope.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.Envelope
                 * @static
                 * @param {iot.broker.v1.IEnvelope} message Envelope message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Envelope.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                    if (message.sequence != null && Object.hasOwnProperty.call(message, "sequence"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sequence);
                    if (message.brokerTime != null && Object.hasOwnProperty.call(message, "brokerTime"))
                        $root.google.protobuf.Timestamp.encode(message.brokerTime, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.eventTime != null && Object.hasOwnProperty.call(message, "eventTime"))
                        $root.google.protobuf.Timestamp.encode(message.eventTime, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.deviceId);
                    if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                        for (var keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                    if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                        $root.iot.broker.v1.Payload.encode(message.payload, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                    if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.offset);
                    return writer;
                };

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.Envelope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.Envelope} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Envelope.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message, key, value;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.Envelope();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.topic = reader.string();
                                break;
                            }
                        case 2: {
                                message.sequence = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.brokerTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.eventTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 5: {
                                message.deviceId = reader.string();
                                break;
                            }
                        case 6: {
                                if (message.labels === $util.emptyObject)
                                    message.labels = {};
                                var end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    var tag2 = reader.uint32();
                                    switch (tag2 >>> 3) {
                                    case 1:
                                        key = reader.string();
                                        break;
                                    case 2:
                                        value = reader.string();
                                        break;
                                    default:
                                        reader.skipType(tag2 & 7, long);
                                        break;
                                    }
                                }
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.labels, key);
                                message.labels[key] = value;
                                break;
                            }
                        case 7: {
                                message.payload = $root.iot.broker.v1.Payload.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 8: {
                                message.offset = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.Envelope
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.Envelope} Envelope
                 */
                Envelope.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.Envelope)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.Envelope: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.Envelope();
                    if (object.topic != null)
                        message.topic = String(object.topic);
                    if (object.sequence != null)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                    if (object.brokerTime != null) {
                        if (!$util.isObject(object.brokerTime))
                            throw TypeError(".iot.broker.v1.Envelope.brokerTime: object expected");
                        message.brokerTime = $root.google.protobuf.Timestamp.fromObject(object.brokerTime, long + 1);
                    }
                    if (object.eventTime != null) {
                        if (!$util.isObject(object.eventTime))
                            throw TypeError(".iot.broker.v1.Envelope.eventTime: object expected");
                        message.eventTime = $root.google.protobuf.Timestamp.fromObject(object.eventTime, long + 1);
                    }
                    if (object.deviceId != null)
                        message.deviceId = String(object.deviceId);
                    if (object.labels) {
                        if (!$util.isObject(object.labels))
                            throw TypeError(".iot.broker.v1.Envelope.labels: object expected");
                        message.labels = {};
                        for (var keys = Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.labels, keys[i]);
                            message.labels[keys[i]] = String(object.labels[keys[i]]);
                        }
                    }
                    if (object.payload != null) {
                        if (!$util.isObject(object.payload))
                            throw TypeError(".iot.broker.v1.Envelope.payload: object expected");
                        message.payload = $root.iot.broker.v1.Payload.fromObject(object.payload, long + 1);
                    }
                    if (object.offset != null)
                        if ($util.Long)
                            message.offset = $util.Long.fromValue(object.offset, true);
                        else if (typeof object.offset === "string")
                            message.offset = parseInt(object.offset, 10);
                        else if (typeof object.offset === "number")
                            message.offset = object.offset;
                        else if (typeof object.offset === "object")
                            message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from an Envelope message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.Envelope
                 * @static
                 * @param {iot.broker.v1.Envelope} message Envelope
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Envelope.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.objects || options.defaults)
                        object.labels = {};
                    if (options.defaults) {
                        object.topic = "";
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.sequence = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.sequence = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.brokerTime = null;
                        object.eventTime = null;
                        object.deviceId = "";
                        object.payload = null;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.offset = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.offset = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                        object.topic = message.topic;
                    if (message.sequence != null && Object.hasOwnProperty.call(message, "sequence"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.sequence = typeof message.sequence === "number" ? BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                        else if (typeof message.sequence === "number")
                            object.sequence = options.longs === String ? String(message.sequence) : message.sequence;
                        else
                            object.sequence = options.longs === String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                    if (message.brokerTime != null && Object.hasOwnProperty.call(message, "brokerTime"))
                        object.brokerTime = $root.google.protobuf.Timestamp.toObject(message.brokerTime, options, q + 1);
                    if (message.eventTime != null && Object.hasOwnProperty.call(message, "eventTime"))
                        object.eventTime = $root.google.protobuf.Timestamp.toObject(message.eventTime, options, q + 1);
                    if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                        object.deviceId = message.deviceId;
                    var keys2;
                    if (message.labels && (keys2 = Object.keys(message.labels)).length) {
                        object.labels = {};
                        for (var j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.labels, keys2[j]);
                            object.labels[keys2[j]] = message.labels[keys2[j]];
                        }
                    }
                    if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                        object.payload = $root.iot.broker.v1.Payload.toObject(message.payload, options, q + 1);
                    if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.offset = typeof message.offset === "number" ? BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                        else if (typeof message.offset === "number")
                            object.offset = options.longs === String ? String(message.offset) : message.offset;
                        else
                            object.offset = options.longs === String ? $util.Long.prototype.toString.call(message.offset) : options.longs === Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                    return object;
                };

                /**
                 * Converts this Envelope to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.Envelope
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Envelope.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Envelope
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.Envelope
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Envelope.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.Envelope";
                };

                return Envelope;
            })();

            v1.StreamPosition = (function() {

                /**
                 * Properties of a StreamPosition.
                 * @memberof iot.broker.v1
                 * @interface IStreamPosition
                 * @property {string|null} [epoch] StreamPosition epoch
                 * @property {number|null} [offset] StreamPosition offset
                 */

                /**
                 * Constructs a new StreamPosition.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a StreamPosition.
                 * @implements IStreamPosition
                 * @constructor
                 * @param {iot.broker.v1.IStreamPosition=} [properties] Properties to set
                 */
                function StreamPosition(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * StreamPosition epoch.
                 * @member {string} epoch
                 * @memberof iot.broker.v1.StreamPosition
                 * @instance
                 */
                StreamPosition.prototype.epoch = "";

                /**
                 * StreamPosition offset.
                 * @member {number} offset
                 * @memberof iot.broker.v1.StreamPosition
                 * @instance
                 */
                StreamPosition.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new StreamPosition instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.StreamPosition
                 * @static
                 * @param {iot.broker.v1.IStreamPosition=} [properties] Properties to set
                 * @returns {iot.broker.v1.StreamPosition} StreamPosition instance
                 */
                StreamPosition.create = function create(properties) {
                    return new StreamPosition(properties);
                };

                /**
                 * Encodes the specified StreamPosition message. Does not implicitly {@link iot.broker.v1.StreamPosition.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.StreamPosition
                 * @static
                 * @param {iot.broker.v1.IStreamPosition} message StreamPosition message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StreamPosition.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.epoch);
                    if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
                    return writer;
                };

                /**
                 * Decodes a StreamPosition message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.StreamPosition
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.StreamPosition} StreamPosition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StreamPosition.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.StreamPosition();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.epoch = reader.string();
                                break;
                            }
                        case 2: {
                                message.offset = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a StreamPosition message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.StreamPosition
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.StreamPosition} StreamPosition
                 */
                StreamPosition.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.StreamPosition)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.StreamPosition: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.StreamPosition();
                    if (object.epoch != null)
                        message.epoch = String(object.epoch);
                    if (object.offset != null)
                        if ($util.Long)
                            message.offset = $util.Long.fromValue(object.offset, true);
                        else if (typeof object.offset === "string")
                            message.offset = parseInt(object.offset, 10);
                        else if (typeof object.offset === "number")
                            message.offset = object.offset;
                        else if (typeof object.offset === "object")
                            message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a StreamPosition message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.StreamPosition
                 * @static
                 * @param {iot.broker.v1.StreamPosition} message StreamPosition
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StreamPosition.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.epoch = "";
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.offset = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.offset = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                        object.epoch = message.epoch;
                    if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.offset = typeof message.offset === "number" ? BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                        else if (typeof message.offset === "number")
                            object.offset = options.longs === String ? String(message.offset) : message.offset;
                        else
                            object.offset = options.longs === String ? $util.Long.prototype.toString.call(message.offset) : options.longs === Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                    return object;
                };

                /**
                 * Converts this StreamPosition to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.StreamPosition
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StreamPosition.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for StreamPosition
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.StreamPosition
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                StreamPosition.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.StreamPosition";
                };

                return StreamPosition;
            })();

            v1.SubscribeEvent = (function() {

                /**
                 * Properties of a SubscribeEvent.
                 * @memberof iot.broker.v1
                 * @interface ISubscribeEvent
                 * @property {iot.broker.v1.IEnvelope|null} [envelope] SubscribeEvent envelope
                 * @property {iot.broker.v1.IStreamStart|null} [start] SubscribeEvent start
                 * @property {iot.broker.v1.ITopicGap|null} [gap] SubscribeEvent gap
                 * @property {iot.broker.v1.IHistoryEnd|null} [historyEnd] SubscribeEvent historyEnd
                 */

                /**
                 * Constructs a new SubscribeEvent.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a SubscribeEvent.
                 * @implements ISubscribeEvent
                 * @constructor
                 * @param {iot.broker.v1.ISubscribeEvent=} [properties] Properties to set
                 */
                function SubscribeEvent(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * SubscribeEvent envelope.
                 * @member {iot.broker.v1.IEnvelope|null|undefined} envelope
                 * @memberof iot.broker.v1.SubscribeEvent
                 * @instance
                 */
                SubscribeEvent.prototype.envelope = null;

                /**
                 * SubscribeEvent start.
                 * @member {iot.broker.v1.IStreamStart|null|undefined} start
                 * @memberof iot.broker.v1.SubscribeEvent
                 * @instance
                 */
                SubscribeEvent.prototype.start = null;

                /**
                 * SubscribeEvent gap.
                 * @member {iot.broker.v1.ITopicGap|null|undefined} gap
                 * @memberof iot.broker.v1.SubscribeEvent
                 * @instance
                 */
                SubscribeEvent.prototype.gap = null;

                /**
                 * SubscribeEvent historyEnd.
                 * @member {iot.broker.v1.IHistoryEnd|null|undefined} historyEnd
                 * @memberof iot.broker.v1.SubscribeEvent
                 * @instance
                 */
                SubscribeEvent.prototype.historyEnd = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * SubscribeEvent kind.
                 * @member {"envelope"|"start"|"gap"|"historyEnd"|undefined} kind
                 * @memberof iot.broker.v1.SubscribeEvent
                 * @instance
                 */
                Object.defineProperty(SubscribeEvent.prototype, "kind", {
                    get: $util.oneOfGetter($oneOfFields = ["envelope", "start", "gap", "historyEnd"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new SubscribeEvent instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.SubscribeEvent
                 * @static
                 * @param {iot.broker.v1.ISubscribeEvent=} [properties] Properties to set
                 * @returns {iot.broker.v1.SubscribeEvent} SubscribeEvent instance
                 */
                SubscribeEvent.create = function create(properties) {
                    return new SubscribeEvent(properties);
                };

                /**
                 * Encodes the specified SubscribeEvent message. Does not implicitly {@link iot.broker.v1.SubscribeEvent.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.SubscribeEvent
                 * @static
                 * @param {iot.broker.v1.ISubscribeEvent} message SubscribeEvent message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SubscribeEvent.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.envelope != null && Object.hasOwnProperty.call(message, "envelope"))
                        $root.iot.broker.v1.Envelope.encode(message.envelope, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.start != null && Object.hasOwnProperty.call(message, "start"))
                        $root.iot.broker.v1.StreamStart.encode(message.start, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.gap != null && Object.hasOwnProperty.call(message, "gap"))
                        $root.iot.broker.v1.TopicGap.encode(message.gap, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.historyEnd != null && Object.hasOwnProperty.call(message, "historyEnd"))
                        $root.iot.broker.v1.HistoryEnd.encode(message.historyEnd, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a SubscribeEvent message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.SubscribeEvent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.SubscribeEvent} SubscribeEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SubscribeEvent.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.SubscribeEvent();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.envelope = $root.iot.broker.v1.Envelope.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                message.start = $root.iot.broker.v1.StreamStart.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 3: {
                                message.gap = $root.iot.broker.v1.TopicGap.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.historyEnd = $root.iot.broker.v1.HistoryEnd.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a SubscribeEvent message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.SubscribeEvent
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.SubscribeEvent} SubscribeEvent
                 */
                SubscribeEvent.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.SubscribeEvent)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.SubscribeEvent: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.SubscribeEvent();
                    if (object.envelope != null) {
                        if (!$util.isObject(object.envelope))
                            throw TypeError(".iot.broker.v1.SubscribeEvent.envelope: object expected");
                        message.envelope = $root.iot.broker.v1.Envelope.fromObject(object.envelope, long + 1);
                    }
                    if (object.start != null) {
                        if (!$util.isObject(object.start))
                            throw TypeError(".iot.broker.v1.SubscribeEvent.start: object expected");
                        message.start = $root.iot.broker.v1.StreamStart.fromObject(object.start, long + 1);
                    }
                    if (object.gap != null) {
                        if (!$util.isObject(object.gap))
                            throw TypeError(".iot.broker.v1.SubscribeEvent.gap: object expected");
                        message.gap = $root.iot.broker.v1.TopicGap.fromObject(object.gap, long + 1);
                    }
                    if (object.historyEnd != null) {
                        if (!$util.isObject(object.historyEnd))
                            throw TypeError(".iot.broker.v1.SubscribeEvent.historyEnd: object expected");
                        message.historyEnd = $root.iot.broker.v1.HistoryEnd.fromObject(object.historyEnd, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a SubscribeEvent message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.SubscribeEvent
                 * @static
                 * @param {iot.broker.v1.SubscribeEvent} message SubscribeEvent
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SubscribeEvent.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (message.envelope != null && Object.hasOwnProperty.call(message, "envelope")) {
                        object.envelope = $root.iot.broker.v1.Envelope.toObject(message.envelope, options, q + 1);
                        if (options.oneofs)
                            object.kind = "envelope";
                    }
                    if (message.start != null && Object.hasOwnProperty.call(message, "start")) {
                        object.start = $root.iot.broker.v1.StreamStart.toObject(message.start, options, q + 1);
                        if (options.oneofs)
                            object.kind = "start";
                    }
                    if (message.gap != null && Object.hasOwnProperty.call(message, "gap")) {
                        object.gap = $root.iot.broker.v1.TopicGap.toObject(message.gap, options, q + 1);
                        if (options.oneofs)
                            object.kind = "gap";
                    }
                    if (message.historyEnd != null && Object.hasOwnProperty.call(message, "historyEnd")) {
                        object.historyEnd = $root.iot.broker.v1.HistoryEnd.toObject(message.historyEnd, options, q + 1);
                        if (options.oneofs)
                            object.kind = "historyEnd";
                    }
                    return object;
                };

                /**
                 * Converts this SubscribeEvent to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.SubscribeEvent
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SubscribeEvent.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for SubscribeEvent
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.SubscribeEvent
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                SubscribeEvent.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.SubscribeEvent";
                };

                return SubscribeEvent;
            })();

            v1.HistoryEnd = (function() {

                /**
                 * Properties of a HistoryEnd.
                 * @memberof iot.broker.v1
                 * @interface IHistoryEnd
                 */

                /**
                 * Constructs a new HistoryEnd.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a HistoryEnd.
                 * @implements IHistoryEnd
                 * @constructor
                 * @param {iot.broker.v1.IHistoryEnd=} [properties] Properties to set
                 */
                function HistoryEnd(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new HistoryEnd instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.HistoryEnd
                 * @static
                 * @param {iot.broker.v1.IHistoryEnd=} [properties] Properties to set
                 * @returns {iot.broker.v1.HistoryEnd} HistoryEnd instance
                 */
                HistoryEnd.create = function create(properties) {
                    return new HistoryEnd(properties);
                };

                /**
                 * Encodes the specified HistoryEnd message. Does not implicitly {@link iot.broker.v1.HistoryEnd.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.HistoryEnd
                 * @static
                 * @param {iot.broker.v1.IHistoryEnd} message HistoryEnd message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HistoryEnd.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a HistoryEnd message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.HistoryEnd
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.HistoryEnd} HistoryEnd
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HistoryEnd.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.HistoryEnd();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a HistoryEnd message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.HistoryEnd
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.HistoryEnd} HistoryEnd
                 */
                HistoryEnd.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.HistoryEnd)
                        return object;
                    return new $root.iot.broker.v1.HistoryEnd();
                };

                /**
                 * Creates a plain object from a HistoryEnd message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.HistoryEnd
                 * @static
                 * @param {iot.broker.v1.HistoryEnd} message HistoryEnd
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HistoryEnd.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this HistoryEnd to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.HistoryEnd
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HistoryEnd.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for HistoryEnd
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.HistoryEnd
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                HistoryEnd.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.HistoryEnd";
                };

                return HistoryEnd;
            })();

            v1.StreamStart = (function() {

                /**
                 * Properties of a StreamStart.
                 * @memberof iot.broker.v1
                 * @interface IStreamStart
                 * @property {string|null} [epoch] StreamStart epoch
                 * @property {boolean|null} [recovered] StreamStart recovered
                 */

                /**
                 * Constructs a new StreamStart.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a StreamStart.
                 * @implements IStreamStart
                 * @constructor
                 * @param {iot.broker.v1.IStreamStart=} [properties] Properties to set
                 */
                function StreamStart(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * StreamStart epoch.
                 * @member {string} epoch
                 * @memberof iot.broker.v1.StreamStart
                 * @instance
                 */
                StreamStart.prototype.epoch = "";

                /**
                 * StreamStart recovered.
                 * @member {boolean} recovered
                 * @memberof iot.broker.v1.StreamStart
                 * @instance
                 */
                StreamStart.prototype.recovered = false;

                /**
                 * Creates a new StreamStart instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.StreamStart
                 * @static
                 * @param {iot.broker.v1.IStreamStart=} [properties] Properties to set
                 * @returns {iot.broker.v1.StreamStart} StreamStart instance
                 */
                StreamStart.create = function create(properties) {
                    return new StreamStart(properties);
                };

                /**
                 * Encodes the specified StreamStart message. Does not implicitly {@link iot.broker.v1.StreamStart.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.StreamStart
                 * @static
                 * @param {iot.broker.v1.IStreamStart} message StreamStart message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StreamStart.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.epoch);
                    if (message.recovered != null && Object.hasOwnProperty.call(message, "recovered"))
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.recovered);
                    return writer;
                };

                /**
                 * Decodes a StreamStart message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.StreamStart
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.StreamStart} StreamStart
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StreamStart.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.StreamStart();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.epoch = reader.string();
                                break;
                            }
                        case 2: {
                                message.recovered = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a StreamStart message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.StreamStart
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.StreamStart} StreamStart
                 */
                StreamStart.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.StreamStart)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.StreamStart: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.StreamStart();
                    if (object.epoch != null)
                        message.epoch = String(object.epoch);
                    if (object.recovered != null)
                        message.recovered = Boolean(object.recovered);
                    return message;
                };

                /**
                 * Creates a plain object from a StreamStart message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.StreamStart
                 * @static
                 * @param {iot.broker.v1.StreamStart} message StreamStart
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StreamStart.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.epoch = "";
                        object.recovered = false;
                    }
                    if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                        object.epoch = message.epoch;
                    if (message.recovered != null && Object.hasOwnProperty.call(message, "recovered"))
                        object.recovered = message.recovered;
                    return object;
                };

                /**
                 * Converts this StreamStart to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.StreamStart
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StreamStart.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for StreamStart
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.StreamStart
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                StreamStart.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.StreamStart";
                };

                return StreamStart;
            })();

            /**
             * GapReason enum.
             * @name iot.broker.v1.GapReason
             * @enum {number}
             * @property {number} GAP_REASON_UNSPECIFIED=0 GAP_REASON_UNSPECIFIED value
             * @property {number} GAP_REASON_RETENTION=1 GAP_REASON_RETENTION value
             * @property {number} GAP_REASON_HISTORY_LIMIT=2 GAP_REASON_HISTORY_LIMIT value
             * @property {number} GAP_REASON_SLOW_SUBSCRIBER=3 GAP_REASON_SLOW_SUBSCRIBER value
             */
            v1.GapReason = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "GAP_REASON_UNSPECIFIED"] = 0;
                values[valuesById[1] = "GAP_REASON_RETENTION"] = 1;
                values[valuesById[2] = "GAP_REASON_HISTORY_LIMIT"] = 2;
                values[valuesById[3] = "GAP_REASON_SLOW_SUBSCRIBER"] = 3;
                return values;
            })();

            v1.TopicGap = (function() {

                /**
                 * Properties of a TopicGap.
                 * @memberof iot.broker.v1
                 * @interface ITopicGap
                 * @property {string|null} [topic] TopicGap topic
                 * @property {number|null} [fromSequence] TopicGap fromSequence
                 * @property {number|null} [toSequence] TopicGap toSequence
                 * @property {iot.broker.v1.GapReason|null} [reason] TopicGap reason
                 */

                /**
                 * Constructs a new TopicGap.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a TopicGap.
                 * @implements ITopicGap
                 * @constructor
                 * @param {iot.broker.v1.ITopicGap=} [properties] Properties to set
                 */
                function TopicGap(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * TopicGap topic.
                 * @member {string} topic
                 * @memberof iot.broker.v1.TopicGap
                 * @instance
                 */
                TopicGap.prototype.topic = "";

                /**
                 * TopicGap fromSequence.
                 * @member {number} fromSequence
                 * @memberof iot.broker.v1.TopicGap
                 * @instance
                 */
                TopicGap.prototype.fromSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TopicGap toSequence.
                 * @member {number} toSequence
                 * @memberof iot.broker.v1.TopicGap
                 * @instance
                 */
                TopicGap.prototype.toSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TopicGap reason.
                 * @member {iot.broker.v1.GapReason} reason
                 * @memberof iot.broker.v1.TopicGap
                 * @instance
                 */
                TopicGap.prototype.reason = 0;

                /**
                 * Creates a new TopicGap instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.TopicGap
                 * @static
                 * @param {iot.broker.v1.ITopicGap=} [properties] Properties to set
                 * @returns {iot.broker.v1.TopicGap} TopicGap instance
                 */
                TopicGap.create = function create(properties) {
                    return new TopicGap(properties);
                };

                /**
                 * Encodes the specified TopicGap message. Does not implicitly {@link iot.broker.v1.TopicGap.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.TopicGap
                 * @static
                 * @param {iot.broker.v1.ITopicGap} message TopicGap message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TopicGap.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                    if (message.fromSequence != null && Object.hasOwnProperty.call(message, "fromSequence"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.fromSequence);
                    if (message.toSequence != null && Object.hasOwnProperty.call(message, "toSequence"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.toSequence);
                    if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.reason);
                    return writer;
                };

                /**
                 * Decodes a TopicGap message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.TopicGap
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.TopicGap} TopicGap
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TopicGap.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.TopicGap();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.topic = reader.string();
                                break;
                            }
                        case 2: {
                                message.fromSequence = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.toSequence = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.reason = reader.int32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a TopicGap message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.TopicGap
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.TopicGap} TopicGap
                 */
                TopicGap.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.TopicGap)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.TopicGap: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.TopicGap();
                    if (object.topic != null)
                        message.topic = String(object.topic);
                    if (object.fromSequence != null)
                        if ($util.Long)
                            message.fromSequence = $util.Long.fromValue(object.fromSequence, true);
                        else if (typeof object.fromSequence === "string")
                            message.fromSequence = parseInt(object.fromSequence, 10);
                        else if (typeof object.fromSequence === "number")
                            message.fromSequence = object.fromSequence;
                        else if (typeof object.fromSequence === "object")
                            message.fromSequence = new $util.LongBits(object.fromSequence.low >>> 0, object.fromSequence.high >>> 0).toNumber(true);
                    if (object.toSequence != null)
                        if ($util.Long)
                            message.toSequence = $util.Long.fromValue(object.toSequence, true);
                        else if (typeof object.toSequence === "string")
                            message.toSequence = parseInt(object.toSequence, 10);
                        else if (typeof object.toSequence === "number")
                            message.toSequence = object.toSequence;
                        else if (typeof object.toSequence === "object")
                            message.toSequence = new $util.LongBits(object.toSequence.low >>> 0, object.toSequence.high >>> 0).toNumber(true);
                    switch (object.reason) {
                    default:
                        if (typeof object.reason === "number") {
                            message.reason = object.reason;
                            break;
                        }
                        break;
                    case "GAP_REASON_UNSPECIFIED":
                    case 0:
                        message.reason = 0;
                        break;
                    case "GAP_REASON_RETENTION":
                    case 1:
                        message.reason = 1;
                        break;
                    case "GAP_REASON_HISTORY_LIMIT":
                    case 2:
                        message.reason = 2;
                        break;
                    case "GAP_REASON_SLOW_SUBSCRIBER":
                    case 3:
                        message.reason = 3;
                        break;
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a TopicGap message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.TopicGap
                 * @static
                 * @param {iot.broker.v1.TopicGap} message TopicGap
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TopicGap.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.topic = "";
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.fromSequence = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.fromSequence = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.toSequence = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.toSequence = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.reason = options.enums === String ? "GAP_REASON_UNSPECIFIED" : 0;
                    }
                    if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                        object.topic = message.topic;
                    if (message.fromSequence != null && Object.hasOwnProperty.call(message, "fromSequence"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.fromSequence = typeof message.fromSequence === "number" ? BigInt(message.fromSequence) : $util.Long.fromBits(message.fromSequence.low >>> 0, message.fromSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.fromSequence === "number")
                            object.fromSequence = options.longs === String ? String(message.fromSequence) : message.fromSequence;
                        else
                            object.fromSequence = options.longs === String ? $util.Long.prototype.toString.call(message.fromSequence) : options.longs === Number ? new $util.LongBits(message.fromSequence.low >>> 0, message.fromSequence.high >>> 0).toNumber(true) : message.fromSequence;
                    if (message.toSequence != null && Object.hasOwnProperty.call(message, "toSequence"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.toSequence = typeof message.toSequence === "number" ? BigInt(message.toSequence) : $util.Long.fromBits(message.toSequence.low >>> 0, message.toSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.toSequence === "number")
                            object.toSequence = options.longs === String ? String(message.toSequence) : message.toSequence;
                        else
                            object.toSequence = options.longs === String ? $util.Long.prototype.toString.call(message.toSequence) : options.longs === Number ? new $util.LongBits(message.toSequence.low >>> 0, message.toSequence.high >>> 0).toNumber(true) : message.toSequence;
                    if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                        object.reason = options.enums === String ? $root.iot.broker.v1.GapReason[message.reason] === undefined ? message.reason : $root.iot.broker.v1.GapReason[message.reason] : message.reason;
                    return object;
                };

                /**
                 * Converts this TopicGap to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.TopicGap
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TopicGap.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for TopicGap
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.TopicGap
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                TopicGap.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.TopicGap";
                };

                return TopicGap;
            })();

            v1.PublishRequest = (function() {

                /**
                 * Properties of a PublishRequest.
                 * @memberof iot.broker.v1
                 * @interface IPublishRequest
                 * @property {string|null} [topic] PublishRequest topic
                 * @property {iot.broker.v1.IPayload|null} [payload] PublishRequest payload
                 * @property {string|null} [deviceId] PublishRequest deviceId
                 * @property {Object.<string,string>|null} [labels] PublishRequest labels
                 * @property {google.protobuf.ITimestamp|null} [eventTime] PublishRequest eventTime
                 */

                /**
                 * Constructs a new PublishRequest.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a PublishRequest.
                 * @implements IPublishRequest
                 * @constructor
                 * @param {iot.broker.v1.IPublishRequest=} [properties] Properties to set
                 */
                function PublishRequest(properties) {
                    this.labels = {};
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PublishRequest topic.
                 * @member {string} topic
                 * @memberof iot.broker.v1.PublishRequest
                 * @instance
                 */
                PublishRequest.prototype.topic = "";

                /**
                 * PublishRequest payload.
                 * @member {iot.broker.v1.IPayload|null|undefined} payload
                 * @memberof iot.broker.v1.PublishRequest
                 * @instance
                 */
                PublishRequest.prototype.payload = null;

                /**
                 * PublishRequest deviceId.
                 * @member {string} deviceId
                 * @memberof iot.broker.v1.PublishRequest
                 * @instance
                 */
                PublishRequest.prototype.deviceId = "";

                /**
                 * PublishRequest labels.
                 * @member {Object.<string,string>} labels
                 * @memberof iot.broker.v1.PublishRequest
                 * @instance
                 */
                PublishRequest.prototype.labels = $util.emptyObject;

                /**
                 * PublishRequest eventTime.
                 * @member {google.protobuf.ITimestamp|null|undefined} eventTime
                 * @memberof iot.broker.v1.PublishRequest
                 * @instance
                 */
                PublishRequest.prototype.eventTime = null;

                /**
                 * Creates a new PublishRequest instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.PublishRequest
                 * @static
                 * @param {iot.broker.v1.IPublishRequest=} [properties] Properties to set
                 * @returns {iot.broker.v1.PublishRequest} PublishRequest instance
                 */
                PublishRequest.create = function create(properties) {
                    return new PublishRequest(properties);
                };

                /**
                 * Encodes the specified PublishRequest message. Does not implicitly {@link iot.broker.v1.PublishRequest.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.PublishRequest
                 * @static
                 * @param {iot.broker.v1.IPublishRequest} message PublishRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PublishRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                    if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                        $root.iot.broker.v1.Payload.encode(message.payload, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.deviceId);
                    if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                        for (var keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                    if (message.eventTime != null && Object.hasOwnProperty.call(message, "eventTime"))
                        $root.google.protobuf.Timestamp.encode(message.eventTime, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a PublishRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.PublishRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.PublishRequest} PublishRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PublishRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message, key, value;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.PublishRequest();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.topic = reader.string();
                                break;
                            }
                        case 2: {
                                message.payload = $root.iot.broker.v1.Payload.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 3: {
                                message.deviceId = reader.string();
                                break;
                            }
                        case 4: {
                                if (message.labels === $util.emptyObject)
                                    message.labels = {};
                                var end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    var tag2 = reader.uint32();
                                    switch (tag2 >>> 3) {
                                    case 1:
                                        key = reader.string();
                                        break;
                                    case 2:
                                        value = reader.string();
                                        break;
                                    default:
                                        reader.skipType(tag2 & 7, long);
                                        break;
                                    }
                                }
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.labels, key);
                                message.labels[key] = value;
                                break;
                            }
                        case 5: {
                                message.eventTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a PublishRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.PublishRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.PublishRequest} PublishRequest
                 */
                PublishRequest.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.PublishRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.PublishRequest: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.PublishRequest();
                    if (object.topic != null)
                        message.topic = String(object.topic);
                    if (object.payload != null) {
                        if (!$util.isObject(object.payload))
                            throw TypeError(".iot.broker.v1.PublishRequest.payload: object expected");
                        message.payload = $root.iot.broker.v1.Payload.fromObject(object.payload, long + 1);
                    }
                    if (object.deviceId != null)
                        message.deviceId = String(object.deviceId);
                    if (object.labels) {
                        if (!$util.isObject(object.labels))
                            throw TypeError(".iot.broker.v1.PublishRequest.labels: object expected");
                        message.labels = {};
                        for (var keys = Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.labels, keys[i]);
                            message.labels[keys[i]] = String(object.labels[keys[i]]);
                        }
                    }
                    if (object.eventTime != null) {
                        if (!$util.isObject(object.eventTime))
                            throw TypeError(".iot.broker.v1.PublishRequest.eventTime: object expected");
                        message.eventTime = $root.google.protobuf.Timestamp.fromObject(object.eventTime, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a PublishRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.PublishRequest
                 * @static
                 * @param {iot.broker.v1.PublishRequest} message PublishRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PublishRequest.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.objects || options.defaults)
                        object.labels = {};
                    if (options.defaults) {
                        object.topic = "";
                        object.payload = null;
                        object.deviceId = "";
                        object.eventTime = null;
                    }
                    if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                        object.topic = message.topic;
                    if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                        object.payload = $root.iot.broker.v1.Payload.toObject(message.payload, options, q + 1);
                    if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                        object.deviceId = message.deviceId;
                    var keys2;
                    if (message.labels && (keys2 = Object.keys(message.labels)).length) {
                        object.labels = {};
                        for (var j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.labels, keys2[j]);
                            object.labels[keys2[j]] = message.labels[keys2[j]];
                        }
                    }
                    if (message.eventTime != null && Object.hasOwnProperty.call(message, "eventTime"))
                        object.eventTime = $root.google.protobuf.Timestamp.toObject(message.eventTime, options, q + 1);
                    return object;
                };

                /**
                 * Converts this PublishRequest to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.PublishRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PublishRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for PublishRequest
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.PublishRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PublishRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.PublishRequest";
                };

                return PublishRequest;
            })();

            v1.PublishResponse = (function() {

                /**
                 * Properties of a PublishResponse.
                 * @memberof iot.broker.v1
                 * @interface IPublishResponse
                 * @property {number|null} [sequence] PublishResponse sequence
                 * @property {google.protobuf.ITimestamp|null} [brokerTime] PublishResponse brokerTime
                 */

                /**
                 * Constructs a new PublishResponse.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a PublishResponse.
                 * @implements IPublishResponse
                 * @constructor
                 * @param {iot.broker.v1.IPublishResponse=} [properties] Properties to set
                 */
                function PublishResponse(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PublishResponse sequence.
                 * @member {number} sequence
                 * @memberof iot.broker.v1.PublishResponse
                 * @instance
                 */
                PublishResponse.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PublishResponse brokerTime.
                 * @member {google.protobuf.ITimestamp|null|undefined} brokerTime
                 * @memberof iot.broker.v1.PublishResponse
                 * @instance
                 */
                PublishResponse.prototype.brokerTime = null;

                /**
                 * Creates a new PublishResponse instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.PublishResponse
                 * @static
                 * @param {iot.broker.v1.IPublishResponse=} [properties] Properties to set
                 * @returns {iot.broker.v1.PublishResponse} PublishResponse instance
                 */
                PublishResponse.create = function create(properties) {
                    return new PublishResponse(properties);
                };

                /**
                 * Encodes the specified PublishResponse message. Does not implicitly {@link iot.broker.v1.PublishResponse.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.PublishResponse
                 * @static
                 * @param {iot.broker.v1.IPublishResponse} message PublishResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PublishResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.sequence != null && Object.hasOwnProperty.call(message, "sequence"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sequence);
                    if (message.brokerTime != null && Object.hasOwnProperty.call(message, "brokerTime"))
                        $root.google.protobuf.Timestamp.encode(message.brokerTime, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a PublishResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.PublishResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.PublishResponse} PublishResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PublishResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.PublishResponse();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.sequence = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.brokerTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a PublishResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.PublishResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.PublishResponse} PublishResponse
                 */
                PublishResponse.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.PublishResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.PublishResponse: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.PublishResponse();
                    if (object.sequence != null)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                    if (object.brokerTime != null) {
                        if (!$util.isObject(object.brokerTime))
                            throw TypeError(".iot.broker.v1.PublishResponse.brokerTime: object expected");
                        message.brokerTime = $root.google.protobuf.Timestamp.fromObject(object.brokerTime, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a PublishResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.PublishResponse
                 * @static
                 * @param {iot.broker.v1.PublishResponse} message PublishResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PublishResponse.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.sequence = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.sequence = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.brokerTime = null;
                    }
                    if (message.sequence != null && Object.hasOwnProperty.call(message, "sequence"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.sequence = typeof message.sequence === "number" ? BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                        else if (typeof message.sequence === "number")
                            object.sequence = options.longs === String ? String(message.sequence) : message.sequence;
                        else
                            object.sequence = options.longs === String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                    if (message.brokerTime != null && Object.hasOwnProperty.call(message, "brokerTime"))
                        object.brokerTime = $root.google.protobuf.Timestamp.toObject(message.brokerTime, options, q + 1);
                    return object;
                };

                /**
                 * Converts this PublishResponse to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.PublishResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PublishResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for PublishResponse
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.PublishResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PublishResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.PublishResponse";
                };

                return PublishResponse;
            })();

            v1.SubscribeRequest = (function() {

                /**
                 * Properties of a SubscribeRequest.
                 * @memberof iot.broker.v1
                 * @interface ISubscribeRequest
                 * @property {string|null} [filter] SubscribeRequest filter
                 * @property {number|null} [afterSequence] SubscribeRequest afterSequence
                 * @property {google.protobuf.ITimestamp|null} [since] SubscribeRequest since
                 * @property {number|null} [maxHistory] SubscribeRequest maxHistory
                 * @property {google.protobuf.ITimestamp|null} [until] SubscribeRequest until
                 * @property {iot.broker.v1.IStreamPosition|null} [from] SubscribeRequest from
                 */

                /**
                 * Constructs a new SubscribeRequest.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a SubscribeRequest.
                 * @implements ISubscribeRequest
                 * @constructor
                 * @param {iot.broker.v1.ISubscribeRequest=} [properties] Properties to set
                 */
                function SubscribeRequest(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * SubscribeRequest filter.
                 * @member {string} filter
                 * @memberof iot.broker.v1.SubscribeRequest
                 * @instance
                 */
                SubscribeRequest.prototype.filter = "";

                /**
                 * SubscribeRequest afterSequence.
                 * @member {number} afterSequence
                 * @memberof iot.broker.v1.SubscribeRequest
                 * @instance
                 */
                SubscribeRequest.prototype.afterSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SubscribeRequest since.
                 * @member {google.protobuf.ITimestamp|null|undefined} since
                 * @memberof iot.broker.v1.SubscribeRequest
                 * @instance
                 */
                SubscribeRequest.prototype.since = null;

                /**
                 * SubscribeRequest maxHistory.
                 * @member {number} maxHistory
                 * @memberof iot.broker.v1.SubscribeRequest
                 * @instance
                 */
                SubscribeRequest.prototype.maxHistory = 0;

                /**
                 * SubscribeRequest until.
                 * @member {google.protobuf.ITimestamp|null|undefined} until
                 * @memberof iot.broker.v1.SubscribeRequest
                 * @instance
                 */
                SubscribeRequest.prototype.until = null;

                /**
                 * SubscribeRequest from.
                 * @member {iot.broker.v1.IStreamPosition|null|undefined} from
                 * @memberof iot.broker.v1.SubscribeRequest
                 * @instance
                 */
                SubscribeRequest.prototype.from = null;

                /**
                 * Creates a new SubscribeRequest instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.SubscribeRequest
                 * @static
                 * @param {iot.broker.v1.ISubscribeRequest=} [properties] Properties to set
                 * @returns {iot.broker.v1.SubscribeRequest} SubscribeRequest instance
                 */
                SubscribeRequest.create = function create(properties) {
                    return new SubscribeRequest(properties);
                };

                /**
                 * Encodes the specified SubscribeRequest message. Does not implicitly {@link iot.broker.v1.SubscribeRequest.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.SubscribeRequest
                 * @static
                 * @param {iot.broker.v1.ISubscribeRequest} message SubscribeRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SubscribeRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.filter != null && Object.hasOwnProperty.call(message, "filter"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.filter);
                    if (message.afterSequence != null && Object.hasOwnProperty.call(message, "afterSequence"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.afterSequence);
                    if (message.since != null && Object.hasOwnProperty.call(message, "since"))
                        $root.google.protobuf.Timestamp.encode(message.since, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.maxHistory != null && Object.hasOwnProperty.call(message, "maxHistory"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.maxHistory);
                    if (message.until != null && Object.hasOwnProperty.call(message, "until"))
                        $root.google.protobuf.Timestamp.encode(message.until, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    if (message.from != null && Object.hasOwnProperty.call(message, "from"))
                        $root.iot.broker.v1.StreamPosition.encode(message.from, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a SubscribeRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.SubscribeRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.SubscribeRequest} SubscribeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SubscribeRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.SubscribeRequest();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.filter = reader.string();
                                break;
                            }
                        case 2: {
                                message.afterSequence = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.since = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 5: {
                                message.maxHistory = reader.uint32();
                                break;
                            }
                        case 6: {
                                message.until = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 7: {
                                message.from = $root.iot.broker.v1.StreamPosition.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a SubscribeRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.SubscribeRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.SubscribeRequest} SubscribeRequest
                 */
                SubscribeRequest.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.SubscribeRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.SubscribeRequest: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.SubscribeRequest();
                    if (object.filter != null)
                        message.filter = String(object.filter);
                    if (object.afterSequence != null)
                        if ($util.Long)
                            message.afterSequence = $util.Long.fromValue(object.afterSequence, true);
                        else if (typeof object.afterSequence === "string")
                            message.afterSequence = parseInt(object.afterSequence, 10);
                        else if (typeof object.afterSequence === "number")
                            message.afterSequence = object.afterSequence;
                        else if (typeof object.afterSequence === "object")
                            message.afterSequence = new $util.LongBits(object.afterSequence.low >>> 0, object.afterSequence.high >>> 0).toNumber(true);
                    if (object.since != null) {
                        if (!$util.isObject(object.since))
                            throw TypeError(".iot.broker.v1.SubscribeRequest.since: object expected");
                        message.since = $root.google.protobuf.Timestamp.fromObject(object.since, long + 1);
                    }
                    if (object.maxHistory != null)
                        message.maxHistory = object.maxHistory >>> 0;
                    if (object.until != null) {
                        if (!$util.isObject(object.until))
                            throw TypeError(".iot.broker.v1.SubscribeRequest.until: object expected");
                        message.until = $root.google.protobuf.Timestamp.fromObject(object.until, long + 1);
                    }
                    if (object.from != null) {
                        if (!$util.isObject(object.from))
                            throw TypeError(".iot.broker.v1.SubscribeRequest.from: object expected");
                        message.from = $root.iot.broker.v1.StreamPosition.fromObject(object.from, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a SubscribeRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.SubscribeRequest
                 * @static
                 * @param {iot.broker.v1.SubscribeRequest} message SubscribeRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SubscribeRequest.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.filter = "";
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.afterSequence = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.afterSequence = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.since = null;
                        object.maxHistory = 0;
                        object.until = null;
                        object.from = null;
                    }
                    if (message.filter != null && Object.hasOwnProperty.call(message, "filter"))
                        object.filter = message.filter;
                    if (message.afterSequence != null && Object.hasOwnProperty.call(message, "afterSequence"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.afterSequence = typeof message.afterSequence === "number" ? BigInt(message.afterSequence) : $util.Long.fromBits(message.afterSequence.low >>> 0, message.afterSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.afterSequence === "number")
                            object.afterSequence = options.longs === String ? String(message.afterSequence) : message.afterSequence;
                        else
                            object.afterSequence = options.longs === String ? $util.Long.prototype.toString.call(message.afterSequence) : options.longs === Number ? new $util.LongBits(message.afterSequence.low >>> 0, message.afterSequence.high >>> 0).toNumber(true) : message.afterSequence;
                    if (message.since != null && Object.hasOwnProperty.call(message, "since"))
                        object.since = $root.google.protobuf.Timestamp.toObject(message.since, options, q + 1);
                    if (message.maxHistory != null && Object.hasOwnProperty.call(message, "maxHistory"))
                        object.maxHistory = message.maxHistory;
                    if (message.until != null && Object.hasOwnProperty.call(message, "until"))
                        object.until = $root.google.protobuf.Timestamp.toObject(message.until, options, q + 1);
                    if (message.from != null && Object.hasOwnProperty.call(message, "from"))
                        object.from = $root.iot.broker.v1.StreamPosition.toObject(message.from, options, q + 1);
                    return object;
                };

                /**
                 * Converts this SubscribeRequest to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.SubscribeRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SubscribeRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for SubscribeRequest
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.SubscribeRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                SubscribeRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.SubscribeRequest";
                };

                return SubscribeRequest;
            })();

            v1.DeviceMessage = (function() {

                /**
                 * Properties of a DeviceMessage.
                 * @memberof iot.broker.v1
                 * @interface IDeviceMessage
                 * @property {iot.broker.v1.IRegister|null} [register] DeviceMessage register
                 * @property {iot.broker.v1.ITelemetryBatch|null} [telemetry] DeviceMessage telemetry
                 * @property {iot.broker.v1.IHeartbeat|null} [heartbeat] DeviceMessage heartbeat
                 * @property {iot.broker.v1.ICommandResponse|null} [commandResult] DeviceMessage commandResult
                 */

                /**
                 * Constructs a new DeviceMessage.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a DeviceMessage.
                 * @implements IDeviceMessage
                 * @constructor
                 * @param {iot.broker.v1.IDeviceMessage=} [properties] Properties to set
                 */
                function DeviceMessage(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * DeviceMessage register.
                 * @member {iot.broker.v1.IRegister|null|undefined} register
                 * @memberof iot.broker.v1.DeviceMessage
                 * @instance
                 */
                DeviceMessage.prototype.register = null;

                /**
                 * DeviceMessage telemetry.
                 * @member {iot.broker.v1.ITelemetryBatch|null|undefined} telemetry
                 * @memberof iot.broker.v1.DeviceMessage
                 * @instance
                 */
                DeviceMessage.prototype.telemetry = null;

                /**
                 * DeviceMessage heartbeat.
                 * @member {iot.broker.v1.IHeartbeat|null|undefined} heartbeat
                 * @memberof iot.broker.v1.DeviceMessage
                 * @instance
                 */
                DeviceMessage.prototype.heartbeat = null;

                /**
                 * DeviceMessage commandResult.
                 * @member {iot.broker.v1.ICommandResponse|null|undefined} commandResult
                 * @memberof iot.broker.v1.DeviceMessage
                 * @instance
                 */
                DeviceMessage.prototype.commandResult = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * DeviceMessage kind.
                 * @member {"register"|"telemetry"|"heartbeat"|"commandResult"|undefined} kind
                 * @memberof iot.broker.v1.DeviceMessage
                 * @instance
                 */
                Object.defineProperty(DeviceMessage.prototype, "kind", {
                    get: $util.oneOfGetter($oneOfFields = ["register", "telemetry", "heartbeat", "commandResult"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new DeviceMessage instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.DeviceMessage
                 * @static
                 * @param {iot.broker.v1.IDeviceMessage=} [properties] Properties to set
                 * @returns {iot.broker.v1.DeviceMessage} DeviceMessage instance
                 */
                DeviceMessage.create = function create(properties) {
                    return new DeviceMessage(properties);
                };

                /**
                 * Encodes the specified DeviceMessage message. Does not implicitly {@link iot.broker.v1.DeviceMessage.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.DeviceMessage
                 * @static
                 * @param {iot.broker.v1.IDeviceMessage} message DeviceMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeviceMessage.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.register != null && Object.hasOwnProperty.call(message, "register"))
                        $root.iot.broker.v1.Register.encode(message.register, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.telemetry != null && Object.hasOwnProperty.call(message, "telemetry"))
                        $root.iot.broker.v1.TelemetryBatch.encode(message.telemetry, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.heartbeat != null && Object.hasOwnProperty.call(message, "heartbeat"))
                        $root.iot.broker.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.commandResult != null && Object.hasOwnProperty.call(message, "commandResult"))
                        $root.iot.broker.v1.CommandResponse.encode(message.commandResult, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a DeviceMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.DeviceMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.DeviceMessage} DeviceMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeviceMessage.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.DeviceMessage();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.register = $root.iot.broker.v1.Register.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                message.telemetry = $root.iot.broker.v1.TelemetryBatch.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 3: {
                                message.heartbeat = $root.iot.broker.v1.Heartbeat.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.commandResult = $root.iot.broker.v1.CommandResponse.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a DeviceMessage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.DeviceMessage
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.DeviceMessage} DeviceMessage
                 */
                DeviceMessage.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.DeviceMessage)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.DeviceMessage: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.DeviceMessage();
                    if (object.register != null) {
                        if (!$util.isObject(object.register))
                            throw TypeError(".iot.broker.v1.DeviceMessage.register: object expected");
                        message.register = $root.iot.broker.v1.Register.fromObject(object.register, long + 1);
                    }
                    if (object.telemetry != null) {
                        if (!$util.isObject(object.telemetry))
                            throw TypeError(".iot.broker.v1.DeviceMessage.telemetry: object expected");
                        message.telemetry = $root.iot.broker.v1.TelemetryBatch.fromObject(object.telemetry, long + 1);
                    }
                    if (object.heartbeat != null) {
                        if (!$util.isObject(object.heartbeat))
                            throw TypeError(".iot.broker.v1.DeviceMessage.heartbeat: object expected");
                        message.heartbeat = $root.iot.broker.v1.Heartbeat.fromObject(object.heartbeat, long + 1);
                    }
                    if (object.commandResult != null) {
                        if (!$util.isObject(object.commandResult))
                            throw TypeError(".iot.broker.v1.DeviceMessage.commandResult: object expected");
                        message.commandResult = $root.iot.broker.v1.CommandResponse.fromObject(object.commandResult, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a DeviceMessage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.DeviceMessage
                 * @static
                 * @param {iot.broker.v1.DeviceMessage} message DeviceMessage
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DeviceMessage.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (message.register != null && Object.hasOwnProperty.call(message, "register")) {
                        object.register = $root.iot.broker.v1.Register.toObject(message.register, options, q + 1);
                        if (options.oneofs)
                            object.kind = "register";
                    }
                    if (message.telemetry != null && Object.hasOwnProperty.call(message, "telemetry")) {
                        object.telemetry = $root.iot.broker.v1.TelemetryBatch.toObject(message.telemetry, options, q + 1);
                        if (options.oneofs)
                            object.kind = "telemetry";
                    }
                    if (message.heartbeat != null && Object.hasOwnProperty.call(message, "heartbeat")) {
                        object.heartbeat = $root.iot.broker.v1.Heartbeat.toObject(message.heartbeat, options, q + 1);
                        if (options.oneofs)
                            object.kind = "heartbeat";
                    }
                    if (message.commandResult != null && Object.hasOwnProperty.call(message, "commandResult")) {
                        object.commandResult = $root.iot.broker.v1.CommandResponse.toObject(message.commandResult, options, q + 1);
                        if (options.oneofs)
                            object.kind = "commandResult";
                    }
                    return object;
                };

                /**
                 * Converts this DeviceMessage to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.DeviceMessage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DeviceMessage.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for DeviceMessage
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.DeviceMessage
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DeviceMessage.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.DeviceMessage";
                };

                return DeviceMessage;
            })();

            v1.Register = (function() {

                /**
                 * Properties of a Register.
                 * @memberof iot.broker.v1
                 * @interface IRegister
                 * @property {string|null} [deviceId] Register deviceId
                 * @property {Object.<string,string>|null} [metadata] Register metadata
                 * @property {Array.<string>|null} [topics] Register topics
                 * @property {number|null} [heartbeatIntervalMs] Register heartbeatIntervalMs
                 * @property {boolean|null} [acceptsAckBatches] Register acceptsAckBatches
                 */

                /**
                 * Constructs a new Register.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a Register.
                 * @implements IRegister
                 * @constructor
                 * @param {iot.broker.v1.IRegister=} [properties] Properties to set
                 */
                function Register(properties) {
                    this.metadata = {};
                    this.topics = [];
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Register deviceId.
                 * @member {string} deviceId
                 * @memberof iot.broker.v1.Register
                 * @instance
                 */
                Register.prototype.deviceId = "";

                /**
                 * Register metadata.
                 * @member {Object.<string,string>} metadata
                 * @memberof iot.broker.v1.Register
                 * @instance
                 */
                Register.prototype.metadata = $util.emptyObject;

                /**
                 * Register topics.
                 * @member {Array.<string>} topics
                 * @memberof iot.broker.v1.Register
                 * @instance
                 */
                Register.prototype.topics = $util.emptyArray;

                /**
                 * Register heartbeatIntervalMs.
                 * @member {number} heartbeatIntervalMs
                 * @memberof iot.broker.v1.Register
                 * @instance
                 */
                Register.prototype.heartbeatIntervalMs = 0;

                /**
                 * Register acceptsAckBatches.
                 * @member {boolean} acceptsAckBatches
                 * @memberof iot.broker.v1.Register
                 * @instance
                 */
                Register.prototype.acceptsAckBatches = false;

                /**
                 * Creates a new Register instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.Register
                 * @static
                 * @param {iot.broker.v1.IRegister=} [properties] Properties to set
                 * @returns {iot.broker.v1.Register} Register instance
                 */
                Register.create = function create(properties) {
                    return new Register(properties);
                };

                /**
                 * Encodes the specified Register message. Does not implicitly {@link iot.broker.v1.Register.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.Register
                 * @static
                 * @param {iot.broker.v1.IRegister} message Register message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Register.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                    if (message.metadata != null && Object.hasOwnProperty.call(message, "metadata"))
                        for (var keys = Object.keys(message.metadata), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.metadata[keys[i]]).ldelim();
                    if (message.topics != null && message.topics.length)
                        for (var i = 0; i < message.topics.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.topics[i]);
                    if (message.heartbeatIntervalMs != null && Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.heartbeatIntervalMs);
                    if (message.acceptsAckBatches != null && Object.hasOwnProperty.call(message, "acceptsAckBatches"))
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.acceptsAckBatches);
                    return writer;
                };

                /**
                 * Decodes a Register message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.Register
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.Register} Register
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Register.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message, key, value;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.Register();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.deviceId = reader.string();
                                break;
                            }
                        case 2: {
                                if (message.metadata === $util.emptyObject)
                                    message.metadata = {};
                                var end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    var tag2 = reader.uint32();
                                    switch (tag2 >>> 3) {
                                    case 1:
                                        key = reader.string();
                                        break;
                                    case 2:
                                        value = reader.string();
                                        break;
                                    default:
                                        reader.skipType(tag2 & 7, long);
                                        break;
                                    }
                                }
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.metadata, key);
                                message.metadata[key] = value;
                                break;
                            }
                        case 3: {
                                if (!(message.topics && message.topics.length))
                                    message.topics = [];
                                message.topics.push(reader.string());
                                break;
                            }
                        case 4: {
                                message.heartbeatIntervalMs = reader.uint32();
                                break;
                            }
                        case 5: {
                                message.acceptsAckBatches = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a Register message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.Register
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.Register} Register
                 */
                Register.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.Register)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.Register: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.Register();
                    if (object.deviceId != null)
                        message.deviceId = String(object.deviceId);
                    if (object.metadata) {
                        if (!$util.isObject(object.metadata))
                            throw TypeError(".iot.broker.v1.Register.metadata: object expected");
                        message.metadata = {};
                        for (var keys = Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.metadata, keys[i]);
                            message.metadata[keys[i]] = String(object.metadata[keys[i]]);
                        }
                    }
                    if (object.topics) {
                        if (!Array.isArray(object.topics))
                            throw TypeError(".iot.broker.v1.Register.topics: array expected");
                        message.topics = [];
                        for (var i = 0; i < object.topics.length; ++i)
                            message.topics[i] = String(object.topics[i]);
                    }
                    if (object.heartbeatIntervalMs != null)
                        message.heartbeatIntervalMs = object.heartbeatIntervalMs >>> 0;
                    if (object.acceptsAckBatches != null)
                        message.acceptsAckBatches = Boolean(object.acceptsAckBatches);
                    return message;
                };

                /**
                 * Creates a plain object from a Register message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.Register
                 * @static
                 * @param {iot.broker.v1.Register} message Register
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Register.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.topics = [];
                    if (options.objects || options.defaults)
                        object.metadata = {};
                    if (options.defaults) {
                        object.deviceId = "";
                        object.heartbeatIntervalMs = 0;
                        object.acceptsAckBatches = false;
                    }
                    if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                        object.deviceId = message.deviceId;
                    var keys2;
                    if (message.metadata && (keys2 = Object.keys(message.metadata)).length) {
                        object.metadata = {};
                        for (var j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.metadata, keys2[j]);
                            object.metadata[keys2[j]] = message.metadata[keys2[j]];
                        }
                    }
                    if (message.topics && message.topics.length) {
                        object.topics = [];
                        for (var j = 0; j < message.topics.length; ++j)
                            object.topics[j] = message.topics[j];
                    }
                    if (message.heartbeatIntervalMs != null && Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                        object.heartbeatIntervalMs = message.heartbeatIntervalMs;
                    if (message.acceptsAckBatches != null && Object.hasOwnProperty.call(message, "acceptsAckBatches"))
                        object.acceptsAckBatches = message.acceptsAckBatches;
                    return object;
                };

                /**
                 * Converts this Register to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.Register
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Register.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Register
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.Register
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Register.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.Register";
                };

                return Register;
            })();

            v1.TelemetryBatch = (function() {

                /**
                 * Properties of a TelemetryBatch.
                 * @memberof iot.broker.v1
                 * @interface ITelemetryBatch
                 * @property {number|null} [batchId] TelemetryBatch batchId
                 * @property {Array.<iot.broker.v1.IDeviceTelemetry>|null} [items] TelemetryBatch items
                 */

                /**
                 * Constructs a new TelemetryBatch.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a TelemetryBatch.
                 * @implements ITelemetryBatch
                 * @constructor
                 * @param {iot.broker.v1.ITelemetryBatch=} [properties] Properties to set
                 */
                function TelemetryBatch(properties) {
                    this.items = [];
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * TelemetryBatch batchId.
                 * @member {number} batchId
                 * @memberof iot.broker.v1.TelemetryBatch
                 * @instance
                 */
                TelemetryBatch.prototype.batchId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TelemetryBatch items.
                 * @member {Array.<iot.broker.v1.IDeviceTelemetry>} items
                 * @memberof iot.broker.v1.TelemetryBatch
                 * @instance
                 */
                TelemetryBatch.prototype.items = $util.emptyArray;

                /**
                 * Creates a new TelemetryBatch instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.TelemetryBatch
                 * @static
                 * @param {iot.broker.v1.ITelemetryBatch=} [properties] Properties to set
                 * @returns {iot.broker.v1.TelemetryBatch} TelemetryBatch instance
                 */
                TelemetryBatch.create = function create(properties) {
                    return new TelemetryBatch(properties);
                };

                /**
                 * Encodes the specified TelemetryBatch message. Does not implicitly {@link iot.broker.v1.TelemetryBatch.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.TelemetryBatch
                 * @static
                 * @param {iot.broker.v1.ITelemetryBatch} message TelemetryBatch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TelemetryBatch.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.batchId != null && Object.hasOwnProperty.call(message, "batchId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.batchId);
                    if (message.items != null && message.items.length)
                        for (var i = 0; i < message.items.length; ++i)
                            $root.iot.broker.v1.DeviceTelemetry.encode(message.items[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a TelemetryBatch message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.TelemetryBatch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.TelemetryBatch} TelemetryBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TelemetryBatch.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.TelemetryBatch();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.batchId = reader.uint64();
                                break;
                            }
                        case 2: {
                                if (!(message.items && message.items.length))
                                    message.items = [];
                                message.items.push($root.iot.broker.v1.DeviceTelemetry.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a TelemetryBatch message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.TelemetryBatch
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.TelemetryBatch} TelemetryBatch
                 */
                TelemetryBatch.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.TelemetryBatch)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.TelemetryBatch: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.TelemetryBatch();
                    if (object.batchId != null)
                        if ($util.Long)
                            message.batchId = $util.Long.fromValue(object.batchId, true);
                        else if (typeof object.batchId === "string")
                            message.batchId = parseInt(object.batchId, 10);
                        else if (typeof object.batchId === "number")
                            message.batchId = object.batchId;
                        else if (typeof object.batchId === "object")
                            message.batchId = new $util.LongBits(object.batchId.low >>> 0, object.batchId.high >>> 0).toNumber(true);
                    if (object.items) {
                        if (!Array.isArray(object.items))
                            throw TypeError(".iot.broker.v1.TelemetryBatch.items: array expected");
                        message.items = [];
                        for (var i = 0; i < object.items.length; ++i) {
                            if (!$util.isObject(object.items[i]))
                                throw TypeError(".iot.broker.v1.TelemetryBatch.items: object expected");
                            message.items[i] = $root.iot.broker.v1.DeviceTelemetry.fromObject(object.items[i], long + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a TelemetryBatch message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.TelemetryBatch
                 * @static
                 * @param {iot.broker.v1.TelemetryBatch} message TelemetryBatch
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TelemetryBatch.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.items = [];
                    if (options.defaults)
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.batchId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.batchId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if (message.batchId != null && Object.hasOwnProperty.call(message, "batchId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.batchId = typeof message.batchId === "number" ? BigInt(message.batchId) : $util.Long.fromBits(message.batchId.low >>> 0, message.batchId.high >>> 0, true).toBigInt();
                        else if (typeof message.batchId === "number")
                            object.batchId = options.longs === String ? String(message.batchId) : message.batchId;
                        else
                            object.batchId = options.longs === String ? $util.Long.prototype.toString.call(message.batchId) : options.longs === Number ? new $util.LongBits(message.batchId.low >>> 0, message.batchId.high >>> 0).toNumber(true) : message.batchId;
                    if (message.items && message.items.length) {
                        object.items = [];
                        for (var j = 0; j < message.items.length; ++j)
                            object.items[j] = $root.iot.broker.v1.DeviceTelemetry.toObject(message.items[j], options, q + 1);
                    }
                    return object;
                };

                /**
                 * Converts this TelemetryBatch to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.TelemetryBatch
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TelemetryBatch.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for TelemetryBatch
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.TelemetryBatch
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                TelemetryBatch.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.TelemetryBatch";
                };

                return TelemetryBatch;
            })();

            v1.DeviceTelemetry = (function() {

                /**
                 * Properties of a DeviceTelemetry.
                 * @memberof iot.broker.v1
                 * @interface IDeviceTelemetry
                 * @property {string|null} [topic] DeviceTelemetry topic
                 * @property {iot.broker.v1.IPayload|null} [payload] DeviceTelemetry payload
                 * @property {google.protobuf.ITimestamp|null} [eventTime] DeviceTelemetry eventTime
                 * @property {Object.<string,string>|null} [labels] DeviceTelemetry labels
                 */

                /**
                 * Constructs a new DeviceTelemetry.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a DeviceTelemetry.
                 * @implements IDeviceTelemetry
                 * @constructor
                 * @param {iot.broker.v1.IDeviceTelemetry=} [properties] Properties to set
                 */
                function DeviceTelemetry(properties) {
                    this.labels = {};
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * DeviceTelemetry topic.
                 * @member {string} topic
                 * @memberof iot.broker.v1.DeviceTelemetry
                 * @instance
                 */
                DeviceTelemetry.prototype.topic = "";

                /**
                 * DeviceTelemetry payload.
                 * @member {iot.broker.v1.IPayload|null|undefined} payload
                 * @memberof iot.broker.v1.DeviceTelemetry
                 * @instance
                 */
                DeviceTelemetry.prototype.payload = null;

                /**
                 * DeviceTelemetry eventTime.
                 * @member {google.protobuf.ITimestamp|null|undefined} eventTime
                 * @memberof iot.broker.v1.DeviceTelemetry
                 * @instance
                 */
                DeviceTelemetry.prototype.eventTime = null;

                /**
                 * DeviceTelemetry labels.
                 * @member {Object.<string,string>} labels
                 * @memberof iot.broker.v1.DeviceTelemetry
                 * @instance
                 */
                DeviceTelemetry.prototype.labels = $util.emptyObject;

                /**
                 * Creates a new DeviceTelemetry instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.DeviceTelemetry
                 * @static
                 * @param {iot.broker.v1.IDeviceTelemetry=} [properties] Properties to set
                 * @returns {iot.broker.v1.DeviceTelemetry} DeviceTelemetry instance
                 */
                DeviceTelemetry.create = function create(properties) {
                    return new DeviceTelemetry(properties);
                };

                /**
                 * Encodes the specified DeviceTelemetry message. Does not implicitly {@link iot.broker.v1.DeviceTelemetry.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.DeviceTelemetry
                 * @static
                 * @param {iot.broker.v1.IDeviceTelemetry} message DeviceTelemetry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeviceTelemetry.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                    if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                        $root.iot.broker.v1.Payload.encode(message.payload, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.eventTime != null && Object.hasOwnProperty.call(message, "eventTime"))
                        $root.google.protobuf.Timestamp.encode(message.eventTime, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                        for (var keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                    return writer;
                };

                /**
                 * Decodes a DeviceTelemetry message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.DeviceTelemetry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.DeviceTelemetry} DeviceTelemetry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeviceTelemetry.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message, key, value;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.DeviceTelemetry();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.topic = reader.string();
                                break;
                            }
                        case 2: {
                                message.payload = $root.iot.broker.v1.Payload.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 3: {
                                message.eventTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                if (message.labels === $util.emptyObject)
                                    message.labels = {};
                                var end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    var tag2 = reader.uint32();
                                    switch (tag2 >>> 3) {
                                    case 1:
                                        key = reader.string();
                                        break;
                                    case 2:
                                        value = reader.string();
                                        break;
                                    default:
                                        reader.skipType(tag2 & 7, long);
                                        break;
                                    }
                                }
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.labels, key);
                                message.labels[key] = value;
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a DeviceTelemetry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.DeviceTelemetry
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.DeviceTelemetry} DeviceTelemetry
                 */
                DeviceTelemetry.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.DeviceTelemetry)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.DeviceTelemetry: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.DeviceTelemetry();
                    if (object.topic != null)
                        message.topic = String(object.topic);
                    if (object.payload != null) {
                        if (!$util.isObject(object.payload))
                            throw TypeError(".iot.broker.v1.DeviceTelemetry.payload: object expected");
                        message.payload = $root.iot.broker.v1.Payload.fromObject(object.payload, long + 1);
                    }
                    if (object.eventTime != null) {
                        if (!$util.isObject(object.eventTime))
                            throw TypeError(".iot.broker.v1.DeviceTelemetry.eventTime: object expected");
                        message.eventTime = $root.google.protobuf.Timestamp.fromObject(object.eventTime, long + 1);
                    }
                    if (object.labels) {
                        if (!$util.isObject(object.labels))
                            throw TypeError(".iot.broker.v1.DeviceTelemetry.labels: object expected");
                        message.labels = {};
                        for (var keys = Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.labels, keys[i]);
                            message.labels[keys[i]] = String(object.labels[keys[i]]);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a DeviceTelemetry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.DeviceTelemetry
                 * @static
                 * @param {iot.broker.v1.DeviceTelemetry} message DeviceTelemetry
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DeviceTelemetry.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.objects || options.defaults)
                        object.labels = {};
                    if (options.defaults) {
                        object.topic = "";
                        object.payload = null;
                        object.eventTime = null;
                    }
                    if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                        object.topic = message.topic;
                    if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                        object.payload = $root.iot.broker.v1.Payload.toObject(message.payload, options, q + 1);
                    if (message.eventTime != null && Object.hasOwnProperty.call(message, "eventTime"))
                        object.eventTime = $root.google.protobuf.Timestamp.toObject(message.eventTime, options, q + 1);
                    var keys2;
                    if (message.labels && (keys2 = Object.keys(message.labels)).length) {
                        object.labels = {};
                        for (var j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.labels, keys2[j]);
                            object.labels[keys2[j]] = message.labels[keys2[j]];
                        }
                    }
                    return object;
                };

                /**
                 * Converts this DeviceTelemetry to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.DeviceTelemetry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DeviceTelemetry.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for DeviceTelemetry
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.DeviceTelemetry
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DeviceTelemetry.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.DeviceTelemetry";
                };

                return DeviceTelemetry;
            })();

            v1.Heartbeat = (function() {

                /**
                 * Properties of a Heartbeat.
                 * @memberof iot.broker.v1
                 * @interface IHeartbeat
                 * @property {google.protobuf.ITimestamp|null} [deviceTime] Heartbeat deviceTime
                 */

                /**
                 * Constructs a new Heartbeat.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a Heartbeat.
                 * @implements IHeartbeat
                 * @constructor
                 * @param {iot.broker.v1.IHeartbeat=} [properties] Properties to set
                 */
                function Heartbeat(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Heartbeat deviceTime.
                 * @member {google.protobuf.ITimestamp|null|undefined} deviceTime
                 * @memberof iot.broker.v1.Heartbeat
                 * @instance
                 */
                Heartbeat.prototype.deviceTime = null;

                /**
                 * Creates a new Heartbeat instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.Heartbeat
                 * @static
                 * @param {iot.broker.v1.IHeartbeat=} [properties] Properties to set
                 * @returns {iot.broker.v1.Heartbeat} Heartbeat instance
                 */
                Heartbeat.create = function create(properties) {
                    return new Heartbeat(properties);
                };

                /**
                 * Encodes the specified Heartbeat message. Does not implicitly {@link iot.broker.v1.Heartbeat.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.Heartbeat
                 * @static
                 * @param {iot.broker.v1.IHeartbeat} message Heartbeat message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Heartbeat.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.deviceTime != null && Object.hasOwnProperty.call(message, "deviceTime"))
                        $root.google.protobuf.Timestamp.encode(message.deviceTime, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.Heartbeat
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.Heartbeat} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Heartbeat.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.Heartbeat();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.deviceTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.Heartbeat
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.Heartbeat} Heartbeat
                 */
                Heartbeat.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.Heartbeat)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.Heartbeat: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.Heartbeat();
                    if (object.deviceTime != null) {
                        if (!$util.isObject(object.deviceTime))
                            throw TypeError(".iot.broker.v1.Heartbeat.deviceTime: object expected");
                        message.deviceTime = $root.google.protobuf.Timestamp.fromObject(object.deviceTime, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.Heartbeat
                 * @static
                 * @param {iot.broker.v1.Heartbeat} message Heartbeat
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Heartbeat.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.deviceTime = null;
                    if (message.deviceTime != null && Object.hasOwnProperty.call(message, "deviceTime"))
                        object.deviceTime = $root.google.protobuf.Timestamp.toObject(message.deviceTime, options, q + 1);
                    return object;
                };

                /**
                 * Converts this Heartbeat to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.Heartbeat
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Heartbeat.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Heartbeat
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.Heartbeat
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Heartbeat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.Heartbeat";
                };

                return Heartbeat;
            })();

            v1.CommandResponse = (function() {

                /**
                 * Properties of a CommandResponse.
                 * @memberof iot.broker.v1
                 * @interface ICommandResponse
                 * @property {string|null} [commandId] CommandResponse commandId
                 * @property {boolean|null} [ok] CommandResponse ok
                 * @property {iot.broker.v1.IPayload|null} [result] CommandResponse result
                 * @property {string|null} [error] CommandResponse error
                 */

                /**
                 * Constructs a new CommandResponse.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a CommandResponse.
                 * @implements ICommandResponse
                 * @constructor
                 * @param {iot.broker.v1.ICommandResponse=} [properties] Properties to set
                 */
                function CommandResponse(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * CommandResponse commandId.
                 * @member {string} commandId
                 * @memberof iot.broker.v1.CommandResponse
                 * @instance
                 */
                CommandResponse.prototype.commandId = "";

                /**
                 * CommandResponse ok.
                 * @member {boolean} ok
                 * @memberof iot.broker.v1.CommandResponse
                 * @instance
                 */
                CommandResponse.prototype.ok = false;

                /**
                 * CommandResponse result.
                 * @member {iot.broker.v1.IPayload|null|undefined} result
                 * @memberof iot.broker.v1.CommandResponse
                 * @instance
                 */
                CommandResponse.prototype.result = null;

                /**
                 * CommandResponse error.
                 * @member {string} error
                 * @memberof iot.broker.v1.CommandResponse
                 * @instance
                 */
                CommandResponse.prototype.error = "";

                /**
                 * Creates a new CommandResponse instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.CommandResponse
                 * @static
                 * @param {iot.broker.v1.ICommandResponse=} [properties] Properties to set
                 * @returns {iot.broker.v1.CommandResponse} CommandResponse instance
                 */
                CommandResponse.create = function create(properties) {
                    return new CommandResponse(properties);
                };

                /**
                 * Encodes the specified CommandResponse message. Does not implicitly {@link iot.broker.v1.CommandResponse.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.CommandResponse
                 * @static
                 * @param {iot.broker.v1.ICommandResponse} message CommandResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CommandResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.commandId != null && Object.hasOwnProperty.call(message, "commandId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                    if (message.ok != null && Object.hasOwnProperty.call(message, "ok"))
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.ok);
                    if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                        $root.iot.broker.v1.Payload.encode(message.result, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.error);
                    return writer;
                };

                /**
                 * Decodes a CommandResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.CommandResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.CommandResponse} CommandResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CommandResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.CommandResponse();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.commandId = reader.string();
                                break;
                            }
                        case 2: {
                                message.ok = reader.bool();
                                break;
                            }
                        case 3: {
                                message.result = $root.iot.broker.v1.Payload.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.error = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a CommandResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.CommandResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.CommandResponse} CommandResponse
                 */
                CommandResponse.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.CommandResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.CommandResponse: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.CommandResponse();
                    if (object.commandId != null)
                        message.commandId = String(object.commandId);
                    if (object.ok != null)
                        message.ok = Boolean(object.ok);
                    if (object.result != null) {
                        if (!$util.isObject(object.result))
                            throw TypeError(".iot.broker.v1.CommandResponse.result: object expected");
                        message.result = $root.iot.broker.v1.Payload.fromObject(object.result, long + 1);
                    }
                    if (object.error != null)
                        message.error = String(object.error);
                    return message;
                };

                /**
                 * Creates a plain object from a CommandResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.CommandResponse
                 * @static
                 * @param {iot.broker.v1.CommandResponse} message CommandResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CommandResponse.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.commandId = "";
                        object.ok = false;
                        object.result = null;
                        object.error = "";
                    }
                    if (message.commandId != null && Object.hasOwnProperty.call(message, "commandId"))
                        object.commandId = message.commandId;
                    if (message.ok != null && Object.hasOwnProperty.call(message, "ok"))
                        object.ok = message.ok;
                    if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                        object.result = $root.iot.broker.v1.Payload.toObject(message.result, options, q + 1);
                    if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                        object.error = message.error;
                    return object;
                };

                /**
                 * Converts this CommandResponse to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.CommandResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CommandResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for CommandResponse
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.CommandResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                CommandResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.CommandResponse";
                };

                return CommandResponse;
            })();

            v1.BrokerMessage = (function() {

                /**
                 * Properties of a BrokerMessage.
                 * @memberof iot.broker.v1
                 * @interface IBrokerMessage
                 * @property {iot.broker.v1.IRegistered|null} [registered] BrokerMessage registered
                 * @property {iot.broker.v1.IAck|null} [ack] BrokerMessage ack
                 * @property {iot.broker.v1.IDeviceCommand|null} [command] BrokerMessage command
                 * @property {iot.broker.v1.ISessionError|null} [error] BrokerMessage error
                 * @property {iot.broker.v1.IAckBatch|null} [acks] BrokerMessage acks
                 */

                /**
                 * Constructs a new BrokerMessage.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a BrokerMessage.
                 * @implements IBrokerMessage
                 * @constructor
                 * @param {iot.broker.v1.IBrokerMessage=} [properties] Properties to set
                 */
                function BrokerMessage(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * BrokerMessage registered.
                 * @member {iot.broker.v1.IRegistered|null|undefined} registered
                 * @memberof iot.broker.v1.BrokerMessage
                 * @instance
                 */
                BrokerMessage.prototype.registered = null;

                /**
                 * BrokerMessage ack.
                 * @member {iot.broker.v1.IAck|null|undefined} ack
                 * @memberof iot.broker.v1.BrokerMessage
                 * @instance
                 */
                BrokerMessage.prototype.ack = null;

                /**
                 * BrokerMessage command.
                 * @member {iot.broker.v1.IDeviceCommand|null|undefined} command
                 * @memberof iot.broker.v1.BrokerMessage
                 * @instance
                 */
                BrokerMessage.prototype.command = null;

                /**
                 * BrokerMessage error.
                 * @member {iot.broker.v1.ISessionError|null|undefined} error
                 * @memberof iot.broker.v1.BrokerMessage
                 * @instance
                 */
                BrokerMessage.prototype.error = null;

                /**
                 * BrokerMessage acks.
                 * @member {iot.broker.v1.IAckBatch|null|undefined} acks
                 * @memberof iot.broker.v1.BrokerMessage
                 * @instance
                 */
                BrokerMessage.prototype.acks = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * BrokerMessage kind.
                 * @member {"registered"|"ack"|"command"|"error"|"acks"|undefined} kind
                 * @memberof iot.broker.v1.BrokerMessage
                 * @instance
                 */
                Object.defineProperty(BrokerMessage.prototype, "kind", {
                    get: $util.oneOfGetter($oneOfFields = ["registered", "ack", "command", "error", "acks"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new BrokerMessage instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.BrokerMessage
                 * @static
                 * @param {iot.broker.v1.IBrokerMessage=} [properties] Properties to set
                 * @returns {iot.broker.v1.BrokerMessage} BrokerMessage instance
                 */
                BrokerMessage.create = function create(properties) {
                    return new BrokerMessage(properties);
                };

                /**
                 * Encodes the specified BrokerMessage message. Does not implicitly {@link iot.broker.v1.BrokerMessage.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.BrokerMessage
                 * @static
                 * @param {iot.broker.v1.IBrokerMessage} message BrokerMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BrokerMessage.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.registered != null && Object.hasOwnProperty.call(message, "registered"))
                        $root.iot.broker.v1.Registered.encode(message.registered, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.ack != null && Object.hasOwnProperty.call(message, "ack"))
                        $root.iot.broker.v1.Ack.encode(message.ack, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.command != null && Object.hasOwnProperty.call(message, "command"))
                        $root.iot.broker.v1.DeviceCommand.encode(message.command, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                        $root.iot.broker.v1.SessionError.encode(message.error, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.acks != null && Object.hasOwnProperty.call(message, "acks"))
                        $root.iot.broker.v1.AckBatch.encode(message.acks, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a BrokerMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.BrokerMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.BrokerMessage} BrokerMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BrokerMessage.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.BrokerMessage();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.registered = $root.iot.broker.v1.Registered.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                message.ack = $root.iot.broker.v1.Ack.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 3: {
                                message.command = $root.iot.broker.v1.DeviceCommand.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.error = $root.iot.broker.v1.SessionError.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 5: {
                                message.acks = $root.iot.broker.v1.AckBatch.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a BrokerMessage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.BrokerMessage
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.BrokerMessage} BrokerMessage
                 */
                BrokerMessage.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.BrokerMessage)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.BrokerMessage: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.BrokerMessage();
                    if (object.registered != null) {
                        if (!$util.isObject(object.registered))
                            throw TypeError(".iot.broker.v1.BrokerMessage.registered: object expected");
                        message.registered = $root.iot.broker.v1.Registered.fromObject(object.registered, long + 1);
                    }
                    if (object.ack != null) {
                        if (!$util.isObject(object.ack))
                            throw TypeError(".iot.broker.v1.BrokerMessage.ack: object expected");
                        message.ack = $root.iot.broker.v1.Ack.fromObject(object.ack, long + 1);
                    }
                    if (object.command != null) {
                        if (!$util.isObject(object.command))
                            throw TypeError(".iot.broker.v1.BrokerMessage.command: object expected");
                        message.command = $root.iot.broker.v1.DeviceCommand.fromObject(object.command, long + 1);
                    }
                    if (object.error != null) {
                        if (!$util.isObject(object.error))
                            throw TypeError(".iot.broker.v1.BrokerMessage.error: object expected");
                        message.error = $root.iot.broker.v1.SessionError.fromObject(object.error, long + 1);
                    }
                    if (object.acks != null) {
                        if (!$util.isObject(object.acks))
                            throw TypeError(".iot.broker.v1.BrokerMessage.acks: object expected");
                        message.acks = $root.iot.broker.v1.AckBatch.fromObject(object.acks, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a BrokerMessage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.BrokerMessage
                 * @static
                 * @param {iot.broker.v1.BrokerMessage} message BrokerMessage
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BrokerMessage.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (message.registered != null && Object.hasOwnProperty.call(message, "registered")) {
                        object.registered = $root.iot.broker.v1.Registered.toObject(message.registered, options, q + 1);
                        if (options.oneofs)
                            object.kind = "registered";
                    }
                    if (message.ack != null && Object.hasOwnProperty.call(message, "ack")) {
                        object.ack = $root.iot.broker.v1.Ack.toObject(message.ack, options, q + 1);
                        if (options.oneofs)
                            object.kind = "ack";
                    }
                    if (message.command != null && Object.hasOwnProperty.call(message, "command")) {
                        object.command = $root.iot.broker.v1.DeviceCommand.toObject(message.command, options, q + 1);
                        if (options.oneofs)
                            object.kind = "command";
                    }
                    if (message.error != null && Object.hasOwnProperty.call(message, "error")) {
                        object.error = $root.iot.broker.v1.SessionError.toObject(message.error, options, q + 1);
                        if (options.oneofs)
                            object.kind = "error";
                    }
                    if (message.acks != null && Object.hasOwnProperty.call(message, "acks")) {
                        object.acks = $root.iot.broker.v1.AckBatch.toObject(message.acks, options, q + 1);
                        if (options.oneofs)
                            object.kind = "acks";
                    }
                    return object;
                };

                /**
                 * Converts this BrokerMessage to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.BrokerMessage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BrokerMessage.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for BrokerMessage
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.BrokerMessage
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                BrokerMessage.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.BrokerMessage";
                };

                return BrokerMessage;
            })();

            v1.AckBatch = (function() {

                /**
                 * Properties of an AckBatch.
                 * @memberof iot.broker.v1
                 * @interface IAckBatch
                 * @property {Array.<iot.broker.v1.IAck>|null} [acks] AckBatch acks
                 */

                /**
                 * Constructs a new AckBatch.
                 * @memberof iot.broker.v1
                 * @classdesc Represents an AckBatch.
                 * @implements IAckBatch
                 * @constructor
                 * @param {iot.broker.v1.IAckBatch=} [properties] Properties to set
                 */
                function AckBatch(properties) {
                    this.acks = [];
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * AckBatch acks.
                 * @member {Array.<iot.broker.v1.IAck>} acks
                 * @memberof iot.broker.v1.AckBatch
                 * @instance
                 */
                AckBatch.prototype.acks = $util.emptyArray;

                /**
                 * Creates a new AckBatch instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.AckBatch
                 * @static
                 * @param {iot.broker.v1.IAckBatch=} [properties] Properties to set
                 * @returns {iot.broker.v1.AckBatch} AckBatch instance
                 */
                AckBatch.create = function create(properties) {
                    return new AckBatch(properties);
                };

                /**
                 * Encodes the specified AckBatch message. Does not implicitly {@link iot.broker.v1.AckBatch.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.AckBatch
                 * @static
                 * @param {iot.broker.v1.IAckBatch} message AckBatch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AckBatch.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.acks != null && message.acks.length)
                        for (var i = 0; i < message.acks.length; ++i)
                            $root.iot.broker.v1.Ack.encode(message.acks[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes an AckBatch message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.AckBatch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.AckBatch} AckBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AckBatch.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.AckBatch();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.acks && message.acks.length))
                                    message.acks = [];
                                message.acks.push($root.iot.broker.v1.Ack.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates an AckBatch message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.AckBatch
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.AckBatch} AckBatch
                 */
                AckBatch.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.AckBatch)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.AckBatch: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.AckBatch();
                    if (object.acks) {
                        if (!Array.isArray(object.acks))
                            throw TypeError(".iot.broker.v1.AckBatch.acks: array expected");
                        message.acks = [];
                        for (var i = 0; i < object.acks.length; ++i) {
                            if (!$util.isObject(object.acks[i]))
                                throw TypeError(".iot.broker.v1.AckBatch.acks: object expected");
                            message.acks[i] = $root.iot.broker.v1.Ack.fromObject(object.acks[i], long + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an AckBatch message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.AckBatch
                 * @static
                 * @param {iot.broker.v1.AckBatch} message AckBatch
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AckBatch.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.acks = [];
                    if (message.acks && message.acks.length) {
                        object.acks = [];
                        for (var j = 0; j < message.acks.length; ++j)
                            object.acks[j] = $root.iot.broker.v1.Ack.toObject(message.acks[j], options, q + 1);
                    }
                    return object;
                };

                /**
                 * Converts this AckBatch to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.AckBatch
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AckBatch.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for AckBatch
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.AckBatch
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                AckBatch.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.AckBatch";
                };

                return AckBatch;
            })();

            v1.Registered = (function() {

                /**
                 * Properties of a Registered.
                 * @memberof iot.broker.v1
                 * @interface IRegistered
                 * @property {string|null} [deviceId] Registered deviceId
                 * @property {number|null} [heartbeatIntervalMs] Registered heartbeatIntervalMs
                 */

                /**
                 * Constructs a new Registered.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a Registered.
                 * @implements IRegistered
                 * @constructor
                 * @param {iot.broker.v1.IRegistered=} [properties] Properties to set
                 */
                function Registered(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Registered deviceId.
                 * @member {string} deviceId
                 * @memberof iot.broker.v1.Registered
                 * @instance
                 */
                Registered.prototype.deviceId = "";

                /**
                 * Registered heartbeatIntervalMs.
                 * @member {number} heartbeatIntervalMs
                 * @memberof iot.broker.v1.Registered
                 * @instance
                 */
                Registered.prototype.heartbeatIntervalMs = 0;

                /**
                 * Creates a new Registered instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.Registered
                 * @static
                 * @param {iot.broker.v1.IRegistered=} [properties] Properties to set
                 * @returns {iot.broker.v1.Registered} Registered instance
                 */
                Registered.create = function create(properties) {
                    return new Registered(properties);
                };

                /**
                 * Encodes the specified Registered message. Does not implicitly {@link iot.broker.v1.Registered.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.Registered
                 * @static
                 * @param {iot.broker.v1.IRegistered} message Registered message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Registered.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                    if (message.heartbeatIntervalMs != null && Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.heartbeatIntervalMs);
                    return writer;
                };

                /**
                 * Decodes a Registered message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.Registered
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.Registered} Registered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Registered.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.Registered();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.deviceId = reader.string();
                                break;
                            }
                        case 2: {
                                message.heartbeatIntervalMs = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a Registered message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.Registered
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.Registered} Registered
                 */
                Registered.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.Registered)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.Registered: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.Registered();
                    if (object.deviceId != null)
                        message.deviceId = String(object.deviceId);
                    if (object.heartbeatIntervalMs != null)
                        message.heartbeatIntervalMs = object.heartbeatIntervalMs >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Registered message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.Registered
                 * @static
                 * @param {iot.broker.v1.Registered} message Registered
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Registered.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.deviceId = "";
                        object.heartbeatIntervalMs = 0;
                    }
                    if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                        object.deviceId = message.deviceId;
                    if (message.heartbeatIntervalMs != null && Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                        object.heartbeatIntervalMs = message.heartbeatIntervalMs;
                    return object;
                };

                /**
                 * Converts this Registered to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.Registered
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Registered.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Registered
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.Registered
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Registered.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.Registered";
                };

                return Registered;
            })();

            v1.Ack = (function() {

                /**
                 * Properties of an Ack.
                 * @memberof iot.broker.v1
                 * @interface IAck
                 * @property {number|null} [batchId] Ack batchId
                 * @property {Array.<number>|null} [sequences] Ack sequences
                 * @property {google.protobuf.ITimestamp|null} [brokerTime] Ack brokerTime
                 * @property {string|null} [error] Ack error
                 */

                /**
                 * Constructs a new Ack.
                 * @memberof iot.broker.v1
                 * @classdesc Represents an Ack.
                 * @implements IAck
                 * @constructor
                 * @param {iot.broker.v1.IAck=} [properties] Properties to set
                 */
                function Ack(properties) {
                    this.sequences = [];
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Ack batchId.
                 * @member {number} batchId
                 * @memberof iot.broker.v1.Ack
                 * @instance
                 */
                Ack.prototype.batchId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Ack sequences.
                 * @member {Array.<number>} sequences
                 * @memberof iot.broker.v1.Ack
                 * @instance
                 */
                Ack.prototype.sequences = $util.emptyArray;

                /**
                 * Ack brokerTime.
                 * @member {google.protobuf.ITimestamp|null|undefined} brokerTime
                 * @memberof iot.broker.v1.Ack
                 * @instance
                 */
                Ack.prototype.brokerTime = null;

                /**
                 * Ack error.
                 * @member {string} error
                 * @memberof iot.broker.v1.Ack
                 * @instance
                 */
                Ack.prototype.error = "";

                /**
                 * Creates a new Ack instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.Ack
                 * @static
                 * @param {iot.broker.v1.IAck=} [properties] Properties to set
                 * @returns {iot.broker.v1.Ack} Ack instance
                 */
                Ack.create = function create(properties) {
                    return new Ack(properties);
                };

                /**
                 * Encodes the specified Ack message. Does not implicitly {@link iot.broker.v1.Ack.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.Ack
                 * @static
                 * @param {iot.broker.v1.IAck} message Ack message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Ack.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.batchId != null && Object.hasOwnProperty.call(message, "batchId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.batchId);
                    if (message.sequences != null && message.sequences.length) {
                        writer.uint32(/* id 2, wireType 2 =*/18).fork();
                        for (var i = 0; i < message.sequences.length; ++i)
                            writer.uint64(message.sequences[i]);
                        writer.ldelim();
                    }
                    if (message.brokerTime != null && Object.hasOwnProperty.call(message, "brokerTime"))
                        $root.google.protobuf.Timestamp.encode(message.brokerTime, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.error);
                    return writer;
                };

                /**
                 * Decodes an Ack message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.Ack
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.Ack} Ack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Ack.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.Ack();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.batchId = reader.uint64();
                                break;
                            }
                        case 2: {
                                if (!(message.sequences && message.sequences.length))
                                    message.sequences = [];
                                if ((tag & 7) === 2) {
                                    var end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.sequences.push(reader.uint64());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.sequences.push(reader.uint64());
                                break;
                            }
                        case 3: {
                                message.brokerTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.error = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates an Ack message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.Ack
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.Ack} Ack
                 */
                Ack.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.Ack)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.Ack: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.Ack();
                    if (object.batchId != null)
                        if ($util.Long)
                            message.batchId = $util.Long.fromValue(object.batchId, true);
                        else if (typeof object.batchId === "string")
                            message.batchId = parseInt(object.batchId, 10);
                        else if (typeof object.batchId === "number")
                            message.batchId = object.batchId;
                        else if (typeof object.batchId === "object")
                            message.batchId = new $util.LongBits(object.batchId.low >>> 0, object.batchId.high >>> 0).toNumber(true);
                    if (object.sequences) {
                        if (!Array.isArray(object.sequences))
                            throw TypeError(".iot.broker.v1.Ack.sequences: array expected");
                        message.sequences = [];
                        for (var i = 0; i < object.sequences.length; ++i)
                            if ($util.Long)
                                message.sequences[i] = $util.Long.fromValue(object.sequences[i], true);
                            else if (typeof object.sequences[i] === "string")
                                message.sequences[i] = parseInt(object.sequences[i], 10);
                            else if (typeof object.sequences[i] === "number")
                                message.sequences[i] = object.sequences[i];
                            else if (typeof object.sequences[i] === "object")
                                message.sequences[i] = new $util.LongBits(object.sequences[i].low >>> 0, object.sequences[i].high >>> 0).toNumber(true);
                    }
                    if (object.brokerTime != null) {
                        if (!$util.isObject(object.brokerTime))
                            throw TypeError(".iot.broker.v1.Ack.brokerTime: object expected");
                        message.brokerTime = $root.google.protobuf.Timestamp.fromObject(object.brokerTime, long + 1);
                    }
                    if (object.error != null)
                        message.error = String(object.error);
                    return message;
                };

                /**
                 * Creates a plain object from an Ack message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.Ack
                 * @static
                 * @param {iot.broker.v1.Ack} message Ack
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Ack.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.sequences = [];
                    if (options.defaults) {
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.batchId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.batchId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.brokerTime = null;
                        object.error = "";
                    }
                    if (message.batchId != null && Object.hasOwnProperty.call(message, "batchId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.batchId = typeof message.batchId === "number" ? BigInt(message.batchId) : $util.Long.fromBits(message.batchId.low >>> 0, message.batchId.high >>> 0, true).toBigInt();
                        else if (typeof message.batchId === "number")
                            object.batchId = options.longs === String ? String(message.batchId) : message.batchId;
                        else
                            object.batchId = options.longs === String ? $util.Long.prototype.toString.call(message.batchId) : options.longs === Number ? new $util.LongBits(message.batchId.low >>> 0, message.batchId.high >>> 0).toNumber(true) : message.batchId;
                    if (message.sequences && message.sequences.length) {
                        object.sequences = [];
                        for (var j = 0; j < message.sequences.length; ++j)
                            if (typeof BigInt !== "undefined" && options.longs === BigInt)
                                object.sequences[j] = typeof message.sequences[j] === "number" ? BigInt(message.sequences[j]) : $util.Long.fromBits(message.sequences[j].low >>> 0, message.sequences[j].high >>> 0, true).toBigInt();
                            else if (typeof message.sequences[j] === "number")
                                object.sequences[j] = options.longs === String ? String(message.sequences[j]) : message.sequences[j];
                            else
                                object.sequences[j] = options.longs === String ? $util.Long.prototype.toString.call(message.sequences[j]) : options.longs === Number ? new $util.LongBits(message.sequences[j].low >>> 0, message.sequences[j].high >>> 0).toNumber(true) : message.sequences[j];
                    }
                    if (message.brokerTime != null && Object.hasOwnProperty.call(message, "brokerTime"))
                        object.brokerTime = $root.google.protobuf.Timestamp.toObject(message.brokerTime, options, q + 1);
                    if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                        object.error = message.error;
                    return object;
                };

                /**
                 * Converts this Ack to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.Ack
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Ack.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Ack
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.Ack
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Ack.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.Ack";
                };

                return Ack;
            })();

            /**
             * ErrorCategory enum.
             * @name iot.broker.v1.ErrorCategory
             * @enum {number}
             * @property {number} ERROR_CATEGORY_UNSPECIFIED=0 ERROR_CATEGORY_UNSPECIFIED value
             * @property {number} ERROR_CATEGORY_VALIDATION=1 ERROR_CATEGORY_VALIDATION value
             * @property {number} ERROR_CATEGORY_AUTH=2 ERROR_CATEGORY_AUTH value
             * @property {number} ERROR_CATEGORY_TIMEOUT=3 ERROR_CATEGORY_TIMEOUT value
             * @property {number} ERROR_CATEGORY_RATE_LIMIT=4 ERROR_CATEGORY_RATE_LIMIT value
             * @property {number} ERROR_CATEGORY_UPSTREAM=5 ERROR_CATEGORY_UPSTREAM value
             * @property {number} ERROR_CATEGORY_INTERNAL=6 ERROR_CATEGORY_INTERNAL value
             */
            v1.ErrorCategory = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "ERROR_CATEGORY_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ERROR_CATEGORY_VALIDATION"] = 1;
                values[valuesById[2] = "ERROR_CATEGORY_AUTH"] = 2;
                values[valuesById[3] = "ERROR_CATEGORY_TIMEOUT"] = 3;
                values[valuesById[4] = "ERROR_CATEGORY_RATE_LIMIT"] = 4;
                values[valuesById[5] = "ERROR_CATEGORY_UPSTREAM"] = 5;
                values[valuesById[6] = "ERROR_CATEGORY_INTERNAL"] = 6;
                return values;
            })();

            v1.SessionError = (function() {

                /**
                 * Properties of a SessionError.
                 * @memberof iot.broker.v1
                 * @interface ISessionError
                 * @property {string|null} [category] SessionError category
                 * @property {string|null} [message] SessionError message
                 * @property {iot.broker.v1.ErrorCategory|null} [kind] SessionError kind
                 */

                /**
                 * Constructs a new SessionError.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a SessionError.
                 * @implements ISessionError
                 * @constructor
                 * @param {iot.broker.v1.ISessionError=} [properties] Properties to set
                 */
                function SessionError(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * SessionError category.
                 * @member {string} category
                 * @memberof iot.broker.v1.SessionError
                 * @instance
                 */
                SessionError.prototype.category = "";

                /**
                 * SessionError message.
                 * @member {string} message
                 * @memberof iot.broker.v1.SessionError
                 * @instance
                 */
                SessionError.prototype.message = "";

                /**
                 * SessionError kind.
                 * @member {iot.broker.v1.ErrorCategory} kind
                 * @memberof iot.broker.v1.SessionError
                 * @instance
                 */
                SessionError.prototype.kind = 0;

                /**
                 * Creates a new SessionError instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.SessionError
                 * @static
                 * @param {iot.broker.v1.ISessionError=} [properties] Properties to set
                 * @returns {iot.broker.v1.SessionError} SessionError instance
                 */
                SessionError.create = function create(properties) {
                    return new SessionError(properties);
                };

                /**
                 * Encodes the specified SessionError message. Does not implicitly {@link iot.broker.v1.SessionError.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.SessionError
                 * @static
                 * @param {iot.broker.v1.ISessionError} message SessionError message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SessionError.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.category != null && Object.hasOwnProperty.call(message, "category"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.category);
                    if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                    return writer;
                };

                /**
                 * Decodes a SessionError message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.SessionError
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.SessionError} SessionError
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SessionError.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.SessionError();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.category = reader.string();
                                break;
                            }
                        case 2: {
                                message.message = reader.string();
                                break;
                            }
                        case 3: {
                                message.kind = reader.int32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a SessionError message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.SessionError
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.SessionError} SessionError
                 */
                SessionError.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.SessionError)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.SessionError: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.SessionError();
                    if (object.category != null)
                        message.category = String(object.category);
                    if (object.message != null)
                        message.message = String(object.message);
                    switch (object.kind) {
                    default:
                        if (typeof object.kind === "number") {
                            message.kind = object.kind;
                            break;
                        }
                        break;
                    case "ERROR_CATEGORY_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "ERROR_CATEGORY_VALIDATION":
                    case 1:
                        message.kind = 1;
                        break;
                    case "ERROR_CATEGORY_AUTH":
                    case 2:
                        message.kind = 2;
                        break;
                    case "ERROR_CATEGORY_TIMEOUT":
                    case 3:
                        message.kind = 3;
                        break;
                    case "ERROR_CATEGORY_RATE_LIMIT":
                    case 4:
                        message.kind = 4;
                        break;
                    case "ERROR_CATEGORY_UPSTREAM":
                    case 5:
                        message.kind = 5;
                        break;
                    case "ERROR_CATEGORY_INTERNAL":
                    case 6:
                        message.kind = 6;
                        break;
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a SessionError message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.SessionError
                 * @static
                 * @param {iot.broker.v1.SessionError} message SessionError
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SessionError.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.category = "";
                        object.message = "";
                        object.kind = options.enums === String ? "ERROR_CATEGORY_UNSPECIFIED" : 0;
                    }
                    if (message.category != null && Object.hasOwnProperty.call(message, "category"))
                        object.category = message.category;
                    if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        object.kind = options.enums === String ? $root.iot.broker.v1.ErrorCategory[message.kind] === undefined ? message.kind : $root.iot.broker.v1.ErrorCategory[message.kind] : message.kind;
                    return object;
                };

                /**
                 * Converts this SessionError to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.SessionError
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SessionError.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for SessionError
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.SessionError
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                SessionError.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.SessionError";
                };

                return SessionError;
            })();

            v1.DeviceCommand = (function() {

                /**
                 * Properties of a DeviceCommand.
                 * @memberof iot.broker.v1
                 * @interface IDeviceCommand
                 * @property {string|null} [commandId] DeviceCommand commandId
                 * @property {string|null} [name] DeviceCommand name
                 * @property {iot.broker.v1.IPayload|null} [payload] DeviceCommand payload
                 * @property {google.protobuf.ITimestamp|null} [deadline] DeviceCommand deadline
                 */

                /**
                 * Constructs a new DeviceCommand.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a DeviceCommand.
                 * @implements IDeviceCommand
                 * @constructor
                 * @param {iot.broker.v1.IDeviceCommand=} [properties] Properties to set
                 */
                function DeviceCommand(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * DeviceCommand commandId.
                 * @member {string} commandId
                 * @memberof iot.broker.v1.DeviceCommand
                 * @instance
                 */
                DeviceCommand.prototype.commandId = "";

                /**
                 * DeviceCommand name.
                 * @member {string} name
                 * @memberof iot.broker.v1.DeviceCommand
                 * @instance
                 */
                DeviceCommand.prototype.name = "";

                /**
                 * DeviceCommand payload.
                 * @member {iot.broker.v1.IPayload|null|undefined} payload
                 * @memberof iot.broker.v1.DeviceCommand
                 * @instance
                 */
                DeviceCommand.prototype.payload = null;

                /**
                 * DeviceCommand deadline.
                 * @member {google.protobuf.ITimestamp|null|undefined} deadline
                 * @memberof iot.broker.v1.DeviceCommand
                 * @instance
                 */
                DeviceCommand.prototype.deadline = null;

                /**
                 * Creates a new DeviceCommand instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.DeviceCommand
                 * @static
                 * @param {iot.broker.v1.IDeviceCommand=} [properties] Properties to set
                 * @returns {iot.broker.v1.DeviceCommand} DeviceCommand instance
                 */
                DeviceCommand.create = function create(properties) {
                    return new DeviceCommand(properties);
                };

                /**
                 * Encodes the specified DeviceCommand message. Does not implicitly {@link iot.broker.v1.DeviceCommand.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.DeviceCommand
                 * @static
                 * @param {iot.broker.v1.IDeviceCommand} message DeviceCommand message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeviceCommand.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.commandId != null && Object.hasOwnProperty.call(message, "commandId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                        $root.iot.broker.v1.Payload.encode(message.payload, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.deadline != null && Object.hasOwnProperty.call(message, "deadline"))
                        $root.google.protobuf.Timestamp.encode(message.deadline, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a DeviceCommand message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.DeviceCommand
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.DeviceCommand} DeviceCommand
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeviceCommand.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.DeviceCommand();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.commandId = reader.string();
                                break;
                            }
                        case 2: {
                                message.name = reader.string();
                                break;
                            }
                        case 3: {
                                message.payload = $root.iot.broker.v1.Payload.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.deadline = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a DeviceCommand message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.DeviceCommand
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.DeviceCommand} DeviceCommand
                 */
                DeviceCommand.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.DeviceCommand)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.DeviceCommand: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.DeviceCommand();
                    if (object.commandId != null)
                        message.commandId = String(object.commandId);
                    if (object.name != null)
                        message.name = String(object.name);
                    if (object.payload != null) {
                        if (!$util.isObject(object.payload))
                            throw TypeError(".iot.broker.v1.DeviceCommand.payload: object expected");
                        message.payload = $root.iot.broker.v1.Payload.fromObject(object.payload, long + 1);
                    }
                    if (object.deadline != null) {
                        if (!$util.isObject(object.deadline))
                            throw TypeError(".iot.broker.v1.DeviceCommand.deadline: object expected");
                        message.deadline = $root.google.protobuf.Timestamp.fromObject(object.deadline, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a DeviceCommand message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.DeviceCommand
                 * @static
                 * @param {iot.broker.v1.DeviceCommand} message DeviceCommand
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DeviceCommand.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.commandId = "";
                        object.name = "";
                        object.payload = null;
                        object.deadline = null;
                    }
                    if (message.commandId != null && Object.hasOwnProperty.call(message, "commandId"))
                        object.commandId = message.commandId;
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                        object.payload = $root.iot.broker.v1.Payload.toObject(message.payload, options, q + 1);
                    if (message.deadline != null && Object.hasOwnProperty.call(message, "deadline"))
                        object.deadline = $root.google.protobuf.Timestamp.toObject(message.deadline, options, q + 1);
                    return object;
                };

                /**
                 * Converts this DeviceCommand to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.DeviceCommand
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DeviceCommand.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for DeviceCommand
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.DeviceCommand
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DeviceCommand.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.DeviceCommand";
                };

                return DeviceCommand;
            })();

            v1.CommandRequest = (function() {

                /**
                 * Properties of a CommandRequest.
                 * @memberof iot.broker.v1
                 * @interface ICommandRequest
                 * @property {string|null} [deviceId] CommandRequest deviceId
                 * @property {string|null} [name] CommandRequest name
                 * @property {iot.broker.v1.IPayload|null} [payload] CommandRequest payload
                 */

                /**
                 * Constructs a new CommandRequest.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a CommandRequest.
                 * @implements ICommandRequest
                 * @constructor
                 * @param {iot.broker.v1.ICommandRequest=} [properties] Properties to set
                 */
                function CommandRequest(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * CommandRequest deviceId.
                 * @member {string} deviceId
                 * @memberof iot.broker.v1.CommandRequest
                 * @instance
                 */
                CommandRequest.prototype.deviceId = "";

                /**
                 * CommandRequest name.
                 * @member {string} name
                 * @memberof iot.broker.v1.CommandRequest
                 * @instance
                 */
                CommandRequest.prototype.name = "";

                /**
                 * CommandRequest payload.
                 * @member {iot.broker.v1.IPayload|null|undefined} payload
                 * @memberof iot.broker.v1.CommandRequest
                 * @instance
                 */
                CommandRequest.prototype.payload = null;

                /**
                 * Creates a new CommandRequest instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.CommandRequest
                 * @static
                 * @param {iot.broker.v1.ICommandRequest=} [properties] Properties to set
                 * @returns {iot.broker.v1.CommandRequest} CommandRequest instance
                 */
                CommandRequest.create = function create(properties) {
                    return new CommandRequest(properties);
                };

                /**
                 * Encodes the specified CommandRequest message. Does not implicitly {@link iot.broker.v1.CommandRequest.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.CommandRequest
                 * @static
                 * @param {iot.broker.v1.ICommandRequest} message CommandRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CommandRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                        $root.iot.broker.v1.Payload.encode(message.payload, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a CommandRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.CommandRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.CommandRequest} CommandRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CommandRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.CommandRequest();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.deviceId = reader.string();
                                break;
                            }
                        case 2: {
                                message.name = reader.string();
                                break;
                            }
                        case 3: {
                                message.payload = $root.iot.broker.v1.Payload.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a CommandRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.CommandRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.CommandRequest} CommandRequest
                 */
                CommandRequest.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.CommandRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.CommandRequest: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.CommandRequest();
                    if (object.deviceId != null)
                        message.deviceId = String(object.deviceId);
                    if (object.name != null)
                        message.name = String(object.name);
                    if (object.payload != null) {
                        if (!$util.isObject(object.payload))
                            throw TypeError(".iot.broker.v1.CommandRequest.payload: object expected");
                        message.payload = $root.iot.broker.v1.Payload.fromObject(object.payload, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a CommandRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.CommandRequest
                 * @static
                 * @param {iot.broker.v1.CommandRequest} message CommandRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CommandRequest.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.deviceId = "";
                        object.name = "";
                        object.payload = null;
                    }
                    if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                        object.deviceId = message.deviceId;
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                        object.payload = $root.iot.broker.v1.Payload.toObject(message.payload, options, q + 1);
                    return object;
                };

                /**
                 * Converts this CommandRequest to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.CommandRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CommandRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for CommandRequest
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.CommandRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                CommandRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.CommandRequest";
                };

                return CommandRequest;
            })();

            v1.CommandResult = (function() {

                /**
                 * Properties of a CommandResult.
                 * @memberof iot.broker.v1
                 * @interface ICommandResult
                 * @property {string|null} [commandId] CommandResult commandId
                 * @property {string|null} [deviceId] CommandResult deviceId
                 * @property {boolean|null} [ok] CommandResult ok
                 * @property {iot.broker.v1.IPayload|null} [result] CommandResult result
                 * @property {string|null} [error] CommandResult error
                 * @property {number|null} [roundTripMs] CommandResult roundTripMs
                 */

                /**
                 * Constructs a new CommandResult.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a CommandResult.
                 * @implements ICommandResult
                 * @constructor
                 * @param {iot.broker.v1.ICommandResult=} [properties] Properties to set
                 */
                function CommandResult(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * CommandResult commandId.
                 * @member {string} commandId
                 * @memberof iot.broker.v1.CommandResult
                 * @instance
                 */
                CommandResult.prototype.commandId = "";

                /**
                 * CommandResult deviceId.
                 * @member {string} deviceId
                 * @memberof iot.broker.v1.CommandResult
                 * @instance
                 */
                CommandResult.prototype.deviceId = "";

                /**
                 * CommandResult ok.
                 * @member {boolean} ok
                 * @memberof iot.broker.v1.CommandResult
                 * @instance
                 */
                CommandResult.prototype.ok = false;

                /**
                 * CommandResult result.
                 * @member {iot.broker.v1.IPayload|null|undefined} result
                 * @memberof iot.broker.v1.CommandResult
                 * @instance
                 */
                CommandResult.prototype.result = null;

                /**
                 * CommandResult error.
                 * @member {string} error
                 * @memberof iot.broker.v1.CommandResult
                 * @instance
                 */
                CommandResult.prototype.error = "";

                /**
                 * CommandResult roundTripMs.
                 * @member {number} roundTripMs
                 * @memberof iot.broker.v1.CommandResult
                 * @instance
                 */
                CommandResult.prototype.roundTripMs = 0;

                /**
                 * Creates a new CommandResult instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.CommandResult
                 * @static
                 * @param {iot.broker.v1.ICommandResult=} [properties] Properties to set
                 * @returns {iot.broker.v1.CommandResult} CommandResult instance
                 */
                CommandResult.create = function create(properties) {
                    return new CommandResult(properties);
                };

                /**
                 * Encodes the specified CommandResult message. Does not implicitly {@link iot.broker.v1.CommandResult.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.CommandResult
                 * @static
                 * @param {iot.broker.v1.ICommandResult} message CommandResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CommandResult.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.commandId != null && Object.hasOwnProperty.call(message, "commandId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                    if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceId);
                    if (message.ok != null && Object.hasOwnProperty.call(message, "ok"))
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.ok);
                    if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                        $root.iot.broker.v1.Payload.encode(message.result, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.error);
                    if (message.roundTripMs != null && Object.hasOwnProperty.call(message, "roundTripMs"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.roundTripMs);
                    return writer;
                };

                /**
                 * Decodes a CommandResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.CommandResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.CommandResult} CommandResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CommandResult.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.CommandResult();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.commandId = reader.string();
                                break;
                            }
                        case 2: {
                                message.deviceId = reader.string();
                                break;
                            }
                        case 3: {
                                message.ok = reader.bool();
                                break;
                            }
                        case 4: {
                                message.result = $root.iot.broker.v1.Payload.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 5: {
                                message.error = reader.string();
                                break;
                            }
                        case 6: {
                                message.roundTripMs = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.CommandResult
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.CommandResult} CommandResult
                 */
                CommandResult.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.CommandResult)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.CommandResult: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.CommandResult();
                    if (object.commandId != null)
                        message.commandId = String(object.commandId);
                    if (object.deviceId != null)
                        message.deviceId = String(object.deviceId);
                    if (object.ok != null)
                        message.ok = Boolean(object.ok);
                    if (object.result != null) {
                        if (!$util.isObject(object.result))
                            throw TypeError(".iot.broker.v1.CommandResult.result: object expected");
                        message.result = $root.iot.broker.v1.Payload.fromObject(object.result, long + 1);
                    }
                    if (object.error != null)
                        message.error = String(object.error);
                    if (object.roundTripMs != null)
                        message.roundTripMs = object.roundTripMs >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.CommandResult
                 * @static
                 * @param {iot.broker.v1.CommandResult} message CommandResult
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CommandResult.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.commandId = "";
                        object.deviceId = "";
                        object.ok = false;
                        object.result = null;
                        object.error = "";
                        object.roundTripMs = 0;
                    }
                    if (message.commandId != null && Object.hasOwnProperty.call(message, "commandId"))
                        object.commandId = message.commandId;
                    if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                        object.deviceId = message.deviceId;
                    if (message.ok != null && Object.hasOwnProperty.call(message, "ok"))
                        object.ok = message.ok;
                    if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                        object.result = $root.iot.broker.v1.Payload.toObject(message.result, options, q + 1);
                    if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                        object.error = message.error;
                    if (message.roundTripMs != null && Object.hasOwnProperty.call(message, "roundTripMs"))
                        object.roundTripMs = message.roundTripMs;
                    return object;
                };

                /**
                 * Converts this CommandResult to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.CommandResult
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CommandResult.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for CommandResult
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.CommandResult
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                CommandResult.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.CommandResult";
                };

                return CommandResult;
            })();

            v1.ListTopicsRequest = (function() {

                /**
                 * Properties of a ListTopicsRequest.
                 * @memberof iot.broker.v1
                 * @interface IListTopicsRequest
                 * @property {string|null} [filter] ListTopicsRequest filter
                 * @property {string|null} [pageToken] ListTopicsRequest pageToken
                 */

                /**
                 * Constructs a new ListTopicsRequest.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a ListTopicsRequest.
                 * @implements IListTopicsRequest
                 * @constructor
                 * @param {iot.broker.v1.IListTopicsRequest=} [properties] Properties to set
                 */
                function ListTopicsRequest(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ListTopicsRequest filter.
                 * @member {string} filter
                 * @memberof iot.broker.v1.ListTopicsRequest
                 * @instance
                 */
                ListTopicsRequest.prototype.filter = "";

                /**
                 * ListTopicsRequest pageToken.
                 * @member {string} pageToken
                 * @memberof iot.broker.v1.ListTopicsRequest
                 * @instance
                 */
                ListTopicsRequest.prototype.pageToken = "";

                /**
                 * Creates a new ListTopicsRequest instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.ListTopicsRequest
                 * @static
                 * @param {iot.broker.v1.IListTopicsRequest=} [properties] Properties to set
                 * @returns {iot.broker.v1.ListTopicsRequest} ListTopicsRequest instance
                 */
                ListTopicsRequest.create = function create(properties) {
                    return new ListTopicsRequest(properties);
                };

                /**
                 * Encodes the specified ListTopicsRequest message. Does not implicitly {@link iot.broker.v1.ListTopicsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.ListTopicsRequest
                 * @static
                 * @param {iot.broker.v1.IListTopicsRequest} message ListTopicsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListTopicsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.filter != null && Object.hasOwnProperty.call(message, "filter"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.filter);
                    if (message.pageToken != null && Object.hasOwnProperty.call(message, "pageToken"))
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.pageToken);
                    return writer;
                };

                /**
                 * Decodes a ListTopicsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.ListTopicsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.ListTopicsRequest} ListTopicsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListTopicsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.ListTopicsRequest();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.filter = reader.string();
                                break;
                            }
                        case 10: {
                                message.pageToken = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a ListTopicsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.ListTopicsRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.ListTopicsRequest} ListTopicsRequest
                 */
                ListTopicsRequest.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.ListTopicsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.ListTopicsRequest: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.ListTopicsRequest();
                    if (object.filter != null)
                        message.filter = String(object.filter);
                    if (object.pageToken != null)
                        message.pageToken = String(object.pageToken);
                    return message;
                };

                /**
                 * Creates a plain object from a ListTopicsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.ListTopicsRequest
                 * @static
                 * @param {iot.broker.v1.ListTopicsRequest} message ListTopicsRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListTopicsRequest.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.filter = "";
                        object.pageToken = "";
                    }
                    if (message.filter != null && Object.hasOwnProperty.call(message, "filter"))
                        object.filter = message.filter;
                    if (message.pageToken != null && Object.hasOwnProperty.call(message, "pageToken"))
                        object.pageToken = message.pageToken;
                    return object;
                };

                /**
                 * Converts this ListTopicsRequest to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.ListTopicsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListTopicsRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ListTopicsRequest
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.ListTopicsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ListTopicsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.ListTopicsRequest";
                };

                return ListTopicsRequest;
            })();

            v1.TopicInfo = (function() {

                /**
                 * Properties of a TopicInfo.
                 * @memberof iot.broker.v1
                 * @interface ITopicInfo
                 * @property {string|null} [name] TopicInfo name
                 * @property {number|null} [messageCount] TopicInfo messageCount
                 * @property {google.protobuf.ITimestamp|null} [lastTime] TopicInfo lastTime
                 * @property {number|null} [ratePerSecond] TopicInfo ratePerSecond
                 * @property {Array.<string>|null} [fields] TopicInfo fields
                 * @property {number|null} [lastSequence] TopicInfo lastSequence
                 */

                /**
                 * Constructs a new TopicInfo.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a TopicInfo.
                 * @implements ITopicInfo
                 * @constructor
                 * @param {iot.broker.v1.ITopicInfo=} [properties] Properties to set
                 */
                function TopicInfo(properties) {
                    this.fields = [];
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * TopicInfo name.
                 * @member {string} name
                 * @memberof iot.broker.v1.TopicInfo
                 * @instance
                 */
                TopicInfo.prototype.name = "";

                /**
                 * TopicInfo messageCount.
                 * @member {number} messageCount
                 * @memberof iot.broker.v1.TopicInfo
                 * @instance
                 */
                TopicInfo.prototype.messageCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TopicInfo lastTime.
                 * @member {google.protobuf.ITimestamp|null|undefined} lastTime
                 * @memberof iot.broker.v1.TopicInfo
                 * @instance
                 */
                TopicInfo.prototype.lastTime = null;

                /**
                 * TopicInfo ratePerSecond.
                 * @member {number} ratePerSecond
                 * @memberof iot.broker.v1.TopicInfo
                 * @instance
                 */
                TopicInfo.prototype.ratePerSecond = 0;

                /**
                 * TopicInfo fields.
                 * @member {Array.<string>} fields
                 * @memberof iot.broker.v1.TopicInfo
                 * @instance
                 */
                TopicInfo.prototype.fields = $util.emptyArray;

                /**
                 * TopicInfo lastSequence.
                 * @member {number} lastSequence
                 * @memberof iot.broker.v1.TopicInfo
                 * @instance
                 */
                TopicInfo.prototype.lastSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new TopicInfo instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.TopicInfo
                 * @static
                 * @param {iot.broker.v1.ITopicInfo=} [properties] Properties to set
                 * @returns {iot.broker.v1.TopicInfo} TopicInfo instance
                 */
                TopicInfo.create = function create(properties) {
                    return new TopicInfo(properties);
                };

                /**
                 * Encodes the specified TopicInfo message. Does not implicitly {@link iot.broker.v1.TopicInfo.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.TopicInfo
                 * @static
                 * @param {iot.broker.v1.ITopicInfo} message TopicInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TopicInfo.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.messageCount != null && Object.hasOwnProperty.call(message, "messageCount"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.messageCount);
                    if (message.lastTime != null && Object.hasOwnProperty.call(message, "lastTime"))
                        $root.google.protobuf.Timestamp.encode(message.lastTime, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.ratePerSecond != null && Object.hasOwnProperty.call(message, "ratePerSecond"))
                        writer.uint32(/* id 4, wireType 1 =*/33).double(message.ratePerSecond);
                    if (message.fields != null && message.fields.length)
                        for (var i = 0; i < message.fields.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.fields[i]);
                    if (message.lastSequence != null && Object.hasOwnProperty.call(message, "lastSequence"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.lastSequence);
                    return writer;
                };

                /**
                 * Decodes a TopicInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.TopicInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.TopicInfo} TopicInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TopicInfo.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.TopicInfo();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.name = reader.string();
                                break;
                            }
                        case 2: {
                                message.messageCount = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.lastTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.ratePerSecond = reader.double();
                                break;
                            }
                        case 5: {
                                if (!(message.fields && message.fields.length))
                                    message.fields = [];
                                message.fields.push(reader.string());
                                break;
                            }
                        case 6: {
                                message.lastSequence = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a TopicInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.TopicInfo
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.TopicInfo} TopicInfo
                 */
                TopicInfo.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.TopicInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.TopicInfo: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.TopicInfo();
                    if (object.name != null)
                        message.name = String(object.name);
                    if (object.messageCount != null)
                        if ($util.Long)
                            message.messageCount = $util.Long.fromValue(object.messageCount, true);
                        else if (typeof object.messageCount === "string")
                            message.messageCount = parseInt(object.messageCount, 10);
                        else if (typeof object.messageCount === "number")
                            message.messageCount = object.messageCount;
                        else if (typeof object.messageCount === "object")
                            message.messageCount = new $util.LongBits(object.messageCount.low >>> 0, object.messageCount.high >>> 0).toNumber(true);
                    if (object.lastTime != null) {
                        if (!$util.isObject(object.lastTime))
                            throw TypeError(".iot.broker.v1.TopicInfo.lastTime: object expected");
                        message.lastTime = $root.google.protobuf.Timestamp.fromObject(object.lastTime, long + 1);
                    }
                    if (object.ratePerSecond != null)
                        message.ratePerSecond = Number(object.ratePerSecond);
                    if (object.fields) {
                        if (!Array.isArray(object.fields))
                            throw TypeError(".iot.broker.v1.TopicInfo.fields: array expected");
                        message.fields = [];
                        for (var i = 0; i < object.fields.length; ++i)
                            message.fields[i] = String(object.fields[i]);
                    }
                    if (object.lastSequence != null)
                        if ($util.Long)
                            message.lastSequence = $util.Long.fromValue(object.lastSequence, true);
                        else if (typeof object.lastSequence === "string")
                            message.lastSequence = parseInt(object.lastSequence, 10);
                        else if (typeof object.lastSequence === "number")
                            message.lastSequence = object.lastSequence;
                        else if (typeof object.lastSequence === "object")
                            message.lastSequence = new $util.LongBits(object.lastSequence.low >>> 0, object.lastSequence.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a TopicInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.TopicInfo
                 * @static
                 * @param {iot.broker.v1.TopicInfo} message TopicInfo
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TopicInfo.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.fields = [];
                    if (options.defaults) {
                        object.name = "";
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.messageCount = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.messageCount = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.lastTime = null;
                        object.ratePerSecond = 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.lastSequence = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.lastSequence = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.messageCount != null && Object.hasOwnProperty.call(message, "messageCount"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.messageCount = typeof message.messageCount === "number" ? BigInt(message.messageCount) : $util.Long.fromBits(message.messageCount.low >>> 0, message.messageCount.high >>> 0, true).toBigInt();
                        else if (typeof message.messageCount === "number")
                            object.messageCount = options.longs === String ? String(message.messageCount) : message.messageCount;
                        else
                            object.messageCount = options.longs === String ? $util.Long.prototype.toString.call(message.messageCount) : options.longs === Number ? new $util.LongBits(message.messageCount.low >>> 0, message.messageCount.high >>> 0).toNumber(true) : message.messageCount;
                    if (message.lastTime != null && Object.hasOwnProperty.call(message, "lastTime"))
                        object.lastTime = $root.google.protobuf.Timestamp.toObject(message.lastTime, options, q + 1);
                    if (message.ratePerSecond != null && Object.hasOwnProperty.call(message, "ratePerSecond"))
                        object.ratePerSecond = options.json && !isFinite(message.ratePerSecond) ? String(message.ratePerSecond) : message.ratePerSecond;
                    if (message.fields && message.fields.length) {
                        object.fields = [];
                        for (var j = 0; j < message.fields.length; ++j)
                            object.fields[j] = message.fields[j];
                    }
                    if (message.lastSequence != null && Object.hasOwnProperty.call(message, "lastSequence"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.lastSequence = typeof message.lastSequence === "number" ? BigInt(message.lastSequence) : $util.Long.fromBits(message.lastSequence.low >>> 0, message.lastSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.lastSequence === "number")
                            object.lastSequence = options.longs === String ? String(message.lastSequence) : message.lastSequence;
                        else
                            object.lastSequence = options.longs === String ? $util.Long.prototype.toString.call(message.lastSequence) : options.longs === Number ? new $util.LongBits(message.lastSequence.low >>> 0, message.lastSequence.high >>> 0).toNumber(true) : message.lastSequence;
                    return object;
                };

                /**
                 * Converts this TopicInfo to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.TopicInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TopicInfo.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for TopicInfo
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.TopicInfo
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                TopicInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.TopicInfo";
                };

                return TopicInfo;
            })();

            v1.ListTopicsResponse = (function() {

                /**
                 * Properties of a ListTopicsResponse.
                 * @memberof iot.broker.v1
                 * @interface IListTopicsResponse
                 * @property {Array.<iot.broker.v1.ITopicInfo>|null} [topics] ListTopicsResponse topics
                 * @property {string|null} [nextPageToken] ListTopicsResponse nextPageToken
                 */

                /**
                 * Constructs a new ListTopicsResponse.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a ListTopicsResponse.
                 * @implements IListTopicsResponse
                 * @constructor
                 * @param {iot.broker.v1.IListTopicsResponse=} [properties] Properties to set
                 */
                function ListTopicsResponse(properties) {
                    this.topics = [];
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ListTopicsResponse topics.
                 * @member {Array.<iot.broker.v1.ITopicInfo>} topics
                 * @memberof iot.broker.v1.ListTopicsResponse
                 * @instance
                 */
                ListTopicsResponse.prototype.topics = $util.emptyArray;

                /**
                 * ListTopicsResponse nextPageToken.
                 * @member {string} nextPageToken
                 * @memberof iot.broker.v1.ListTopicsResponse
                 * @instance
                 */
                ListTopicsResponse.prototype.nextPageToken = "";

                /**
                 * Creates a new ListTopicsResponse instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.ListTopicsResponse
                 * @static
                 * @param {iot.broker.v1.IListTopicsResponse=} [properties] Properties to set
                 * @returns {iot.broker.v1.ListTopicsResponse} ListTopicsResponse instance
                 */
                ListTopicsResponse.create = function create(properties) {
                    return new ListTopicsResponse(properties);
                };

                /**
                 * Encodes the specified ListTopicsResponse message. Does not implicitly {@link iot.broker.v1.ListTopicsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.ListTopicsResponse
                 * @static
                 * @param {iot.broker.v1.IListTopicsResponse} message ListTopicsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListTopicsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.topics != null && message.topics.length)
                        for (var i = 0; i < message.topics.length; ++i)
                            $root.iot.broker.v1.TopicInfo.encode(message.topics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.nextPageToken != null && Object.hasOwnProperty.call(message, "nextPageToken"))
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.nextPageToken);
                    return writer;
                };

                /**
                 * Decodes a ListTopicsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.ListTopicsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.ListTopicsResponse} ListTopicsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListTopicsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.ListTopicsResponse();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.topics && message.topics.length))
                                    message.topics = [];
                                message.topics.push($root.iot.broker.v1.TopicInfo.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 10: {
                                message.nextPageToken = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a ListTopicsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.ListTopicsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.ListTopicsResponse} ListTopicsResponse
                 */
                ListTopicsResponse.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.ListTopicsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.ListTopicsResponse: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.ListTopicsResponse();
                    if (object.topics) {
                        if (!Array.isArray(object.topics))
                            throw TypeError(".iot.broker.v1.ListTopicsResponse.topics: array expected");
                        message.topics = [];
                        for (var i = 0; i < object.topics.length; ++i) {
                            if (!$util.isObject(object.topics[i]))
                                throw TypeError(".iot.broker.v1.ListTopicsResponse.topics: object expected");
                            message.topics[i] = $root.iot.broker.v1.TopicInfo.fromObject(object.topics[i], long + 1);
                        }
                    }
                    if (object.nextPageToken != null)
                        message.nextPageToken = String(object.nextPageToken);
                    return message;
                };

                /**
                 * Creates a plain object from a ListTopicsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.ListTopicsResponse
                 * @static
                 * @param {iot.broker.v1.ListTopicsResponse} message ListTopicsResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListTopicsResponse.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.topics = [];
                    if (options.defaults)
                        object.nextPageToken = "";
                    if (message.topics && message.topics.length) {
                        object.topics = [];
                        for (var j = 0; j < message.topics.length; ++j)
                            object.topics[j] = $root.iot.broker.v1.TopicInfo.toObject(message.topics[j], options, q + 1);
                    }
                    if (message.nextPageToken != null && Object.hasOwnProperty.call(message, "nextPageToken"))
                        object.nextPageToken = message.nextPageToken;
                    return object;
                };

                /**
                 * Converts this ListTopicsResponse to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.ListTopicsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListTopicsResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ListTopicsResponse
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.ListTopicsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ListTopicsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.ListTopicsResponse";
                };

                return ListTopicsResponse;
            })();

            v1.ListDevicesRequest = (function() {

                /**
                 * Properties of a ListDevicesRequest.
                 * @memberof iot.broker.v1
                 * @interface IListDevicesRequest
                 */

                /**
                 * Constructs a new ListDevicesRequest.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a ListDevicesRequest.
                 * @implements IListDevicesRequest
                 * @constructor
                 * @param {iot.broker.v1.IListDevicesRequest=} [properties] Properties to set
                 */
                function ListDevicesRequest(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new ListDevicesRequest instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.ListDevicesRequest
                 * @static
                 * @param {iot.broker.v1.IListDevicesRequest=} [properties] Properties to set
                 * @returns {iot.broker.v1.ListDevicesRequest} ListDevicesRequest instance
                 */
                ListDevicesRequest.create = function create(properties) {
                    return new ListDevicesRequest(properties);
                };

                /**
                 * Encodes the specified ListDevicesRequest message. Does not implicitly {@link iot.broker.v1.ListDevicesRequest.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.ListDevicesRequest
                 * @static
                 * @param {iot.broker.v1.IListDevicesRequest} message ListDevicesRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListDevicesRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a ListDevicesRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.ListDevicesRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.ListDevicesRequest} ListDevicesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListDevicesRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.ListDevicesRequest();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a ListDevicesRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.ListDevicesRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.ListDevicesRequest} ListDevicesRequest
                 */
                ListDevicesRequest.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.ListDevicesRequest)
                        return object;
                    return new $root.iot.broker.v1.ListDevicesRequest();
                };

                /**
                 * Creates a plain object from a ListDevicesRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.ListDevicesRequest
                 * @static
                 * @param {iot.broker.v1.ListDevicesRequest} message ListDevicesRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListDevicesRequest.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this ListDevicesRequest to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.ListDevicesRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListDevicesRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ListDevicesRequest
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.ListDevicesRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ListDevicesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.ListDevicesRequest";
                };

                return ListDevicesRequest;
            })();

            v1.DeviceInfo = (function() {

                /**
                 * Properties of a DeviceInfo.
                 * @memberof iot.broker.v1
                 * @interface IDeviceInfo
                 * @property {string|null} [deviceId] DeviceInfo deviceId
                 * @property {boolean|null} [connected] DeviceInfo connected
                 * @property {google.protobuf.ITimestamp|null} [lastHeartbeat] DeviceInfo lastHeartbeat
                 * @property {Object.<string,string>|null} [metadata] DeviceInfo metadata
                 * @property {Array.<string>|null} [topics] DeviceInfo topics
                 * @property {google.protobuf.ITimestamp|null} [connectedSince] DeviceInfo connectedSince
                 */

                /**
                 * Constructs a new DeviceInfo.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a DeviceInfo.
                 * @implements IDeviceInfo
                 * @constructor
                 * @param {iot.broker.v1.IDeviceInfo=} [properties] Properties to set
                 */
                function DeviceInfo(properties) {
                    this.metadata = {};
                    this.topics = [];
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * DeviceInfo deviceId.
                 * @member {string} deviceId
                 * @memberof iot.broker.v1.DeviceInfo
                 * @instance
                 */
                DeviceInfo.prototype.deviceId = "";

                /**
                 * DeviceInfo connected.
                 * @member {boolean} connected
                 * @memberof iot.broker.v1.DeviceInfo
                 * @instance
                 */
                DeviceInfo.prototype.connected = false;

                /**
                 * DeviceInfo lastHeartbeat.
                 * @member {google.protobuf.ITimestamp|null|undefined} lastHeartbeat
                 * @memberof iot.broker.v1.DeviceInfo
                 * @instance
                 */
                DeviceInfo.prototype.lastHeartbeat = null;

                /**
                 * DeviceInfo metadata.
                 * @member {Object.<string,string>} metadata
                 * @memberof iot.broker.v1.DeviceInfo
                 * @instance
                 */
                DeviceInfo.prototype.metadata = $util.emptyObject;

                /**
                 * DeviceInfo topics.
                 * @member {Array.<string>} topics
                 * @memberof iot.broker.v1.DeviceInfo
                 * @instance
                 */
                DeviceInfo.prototype.topics = $util.emptyArray;

                /**
                 * DeviceInfo connectedSince.
                 * @member {google.protobuf.ITimestamp|null|undefined} connectedSince
                 * @memberof iot.broker.v1.DeviceInfo
                 * @instance
                 */
                DeviceInfo.prototype.connectedSince = null;

                /**
                 * Creates a new DeviceInfo instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.DeviceInfo
                 * @static
                 * @param {iot.broker.v1.IDeviceInfo=} [properties] Properties to set
                 * @returns {iot.broker.v1.DeviceInfo} DeviceInfo instance
                 */
                DeviceInfo.create = function create(properties) {
                    return new DeviceInfo(properties);
                };

                /**
                 * Encodes the specified DeviceInfo message. Does not implicitly {@link iot.broker.v1.DeviceInfo.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.DeviceInfo
                 * @static
                 * @param {iot.broker.v1.IDeviceInfo} message DeviceInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeviceInfo.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                    if (message.connected != null && Object.hasOwnProperty.call(message, "connected"))
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.connected);
                    if (message.lastHeartbeat != null && Object.hasOwnProperty.call(message, "lastHeartbeat"))
                        $root.google.protobuf.Timestamp.encode(message.lastHeartbeat, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.metadata != null && Object.hasOwnProperty.call(message, "metadata"))
                        for (var keys = Object.keys(message.metadata), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.metadata[keys[i]]).ldelim();
                    if (message.topics != null && message.topics.length)
                        for (var i = 0; i < message.topics.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.topics[i]);
                    if (message.connectedSince != null && Object.hasOwnProperty.call(message, "connectedSince"))
                        $root.google.protobuf.Timestamp.encode(message.connectedSince, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a DeviceInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.DeviceInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.DeviceInfo} DeviceInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeviceInfo.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message, key, value;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.DeviceInfo();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.deviceId = reader.string();
                                break;
                            }
                        case 2: {
                                message.connected = reader.bool();
                                break;
                            }
                        case 3: {
                                message.lastHeartbeat = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                if (message.metadata === $util.emptyObject)
                                    message.metadata = {};
                                var end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    var tag2 = reader.uint32();
                                    switch (tag2 >>> 3) {
                                    case 1:
                                        key = reader.string();
                                        break;
                                    case 2:
                                        value = reader.string();
                                        break;
                                    default:
                                        reader.skipType(tag2 & 7, long);
                                        break;
                                    }
                                }
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.metadata, key);
                                message.metadata[key] = value;
                                break;
                            }
                        case 5: {
                                if (!(message.topics && message.topics.length))
                                    message.topics = [];
                                message.topics.push(reader.string());
                                break;
                            }
                        case 6: {
                                message.connectedSince = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a DeviceInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.DeviceInfo
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.DeviceInfo} DeviceInfo
                 */
                DeviceInfo.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.DeviceInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.DeviceInfo: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.DeviceInfo();
                    if (object.deviceId != null)
                        message.deviceId = String(object.deviceId);
                    if (object.connected != null)
                        message.connected = Boolean(object.connected);
                    if (object.lastHeartbeat != null) {
                        if (!$util.isObject(object.lastHeartbeat))
                            throw TypeError(".iot.broker.v1.DeviceInfo.lastHeartbeat: object expected");
                        message.lastHeartbeat = $root.google.protobuf.Timestamp.fromObject(object.lastHeartbeat, long + 1);
                    }
                    if (object.metadata) {
                        if (!$util.isObject(object.metadata))
                            throw TypeError(".iot.broker.v1.DeviceInfo.metadata: object expected");
                        message.metadata = {};
                        for (var keys = Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.metadata, keys[i]);
                            message.metadata[keys[i]] = String(object.metadata[keys[i]]);
                        }
                    }
                    if (object.topics) {
                        if (!Array.isArray(object.topics))
                            throw TypeError(".iot.broker.v1.DeviceInfo.topics: array expected");
                        message.topics = [];
                        for (var i = 0; i < object.topics.length; ++i)
                            message.topics[i] = String(object.topics[i]);
                    }
                    if (object.connectedSince != null) {
                        if (!$util.isObject(object.connectedSince))
                            throw TypeError(".iot.broker.v1.DeviceInfo.connectedSince: object expected");
                        message.connectedSince = $root.google.protobuf.Timestamp.fromObject(object.connectedSince, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a DeviceInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.DeviceInfo
                 * @static
                 * @param {iot.broker.v1.DeviceInfo} message DeviceInfo
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DeviceInfo.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.topics = [];
                    if (options.objects || options.defaults)
                        object.metadata = {};
                    if (options.defaults) {
                        object.deviceId = "";
                        object.connected = false;
                        object.lastHeartbeat = null;
                        object.connectedSince = null;
                    }
                    if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                        object.deviceId = message.deviceId;
                    if (message.connected != null && Object.hasOwnProperty.call(message, "connected"))
                        object.connected = message.connected;
                    if (message.lastHeartbeat != null && Object.hasOwnProperty.call(message, "lastHeartbeat"))
                        object.lastHeartbeat = $root.google.protobuf.Timestamp.toObject(message.lastHeartbeat, options, q + 1);
                    var keys2;
                    if (message.metadata && (keys2 = Object.keys(message.metadata)).length) {
                        object.metadata = {};
                        for (var j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.metadata, keys2[j]);
                            object.metadata[keys2[j]] = message.metadata[keys2[j]];
                        }
                    }
                    if (message.topics && message.topics.length) {
                        object.topics = [];
                        for (var j = 0; j < message.topics.length; ++j)
                            object.topics[j] = message.topics[j];
                    }
                    if (message.connectedSince != null && Object.hasOwnProperty.call(message, "connectedSince"))
                        object.connectedSince = $root.google.protobuf.Timestamp.toObject(message.connectedSince, options, q + 1);
                    return object;
                };

                /**
                 * Converts this DeviceInfo to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.DeviceInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DeviceInfo.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for DeviceInfo
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.DeviceInfo
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DeviceInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.DeviceInfo";
                };

                return DeviceInfo;
            })();

            v1.ListDevicesResponse = (function() {

                /**
                 * Properties of a ListDevicesResponse.
                 * @memberof iot.broker.v1
                 * @interface IListDevicesResponse
                 * @property {Array.<iot.broker.v1.IDeviceInfo>|null} [devices] ListDevicesResponse devices
                 */

                /**
                 * Constructs a new ListDevicesResponse.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a ListDevicesResponse.
                 * @implements IListDevicesResponse
                 * @constructor
                 * @param {iot.broker.v1.IListDevicesResponse=} [properties] Properties to set
                 */
                function ListDevicesResponse(properties) {
                    this.devices = [];
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ListDevicesResponse devices.
                 * @member {Array.<iot.broker.v1.IDeviceInfo>} devices
                 * @memberof iot.broker.v1.ListDevicesResponse
                 * @instance
                 */
                ListDevicesResponse.prototype.devices = $util.emptyArray;

                /**
                 * Creates a new ListDevicesResponse instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.ListDevicesResponse
                 * @static
                 * @param {iot.broker.v1.IListDevicesResponse=} [properties] Properties to set
                 * @returns {iot.broker.v1.ListDevicesResponse} ListDevicesResponse instance
                 */
                ListDevicesResponse.create = function create(properties) {
                    return new ListDevicesResponse(properties);
                };

                /**
                 * Encodes the specified ListDevicesResponse message. Does not implicitly {@link iot.broker.v1.ListDevicesResponse.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.ListDevicesResponse
                 * @static
                 * @param {iot.broker.v1.IListDevicesResponse} message ListDevicesResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListDevicesResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.devices != null && message.devices.length)
                        for (var i = 0; i < message.devices.length; ++i)
                            $root.iot.broker.v1.DeviceInfo.encode(message.devices[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a ListDevicesResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.ListDevicesResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.ListDevicesResponse} ListDevicesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListDevicesResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.ListDevicesResponse();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.devices && message.devices.length))
                                    message.devices = [];
                                message.devices.push($root.iot.broker.v1.DeviceInfo.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a ListDevicesResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.ListDevicesResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.ListDevicesResponse} ListDevicesResponse
                 */
                ListDevicesResponse.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.ListDevicesResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.ListDevicesResponse: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.ListDevicesResponse();
                    if (object.devices) {
                        if (!Array.isArray(object.devices))
                            throw TypeError(".iot.broker.v1.ListDevicesResponse.devices: array expected");
                        message.devices = [];
                        for (var i = 0; i < object.devices.length; ++i) {
                            if (!$util.isObject(object.devices[i]))
                                throw TypeError(".iot.broker.v1.ListDevicesResponse.devices: object expected");
                            message.devices[i] = $root.iot.broker.v1.DeviceInfo.fromObject(object.devices[i], long + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ListDevicesResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.ListDevicesResponse
                 * @static
                 * @param {iot.broker.v1.ListDevicesResponse} message ListDevicesResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListDevicesResponse.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.devices = [];
                    if (message.devices && message.devices.length) {
                        object.devices = [];
                        for (var j = 0; j < message.devices.length; ++j)
                            object.devices[j] = $root.iot.broker.v1.DeviceInfo.toObject(message.devices[j], options, q + 1);
                    }
                    return object;
                };

                /**
                 * Converts this ListDevicesResponse to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.ListDevicesResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListDevicesResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ListDevicesResponse
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.ListDevicesResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ListDevicesResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.ListDevicesResponse";
                };

                return ListDevicesResponse;
            })();

            v1.GetInfoRequest = (function() {

                /**
                 * Properties of a GetInfoRequest.
                 * @memberof iot.broker.v1
                 * @interface IGetInfoRequest
                 */

                /**
                 * Constructs a new GetInfoRequest.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a GetInfoRequest.
                 * @implements IGetInfoRequest
                 * @constructor
                 * @param {iot.broker.v1.IGetInfoRequest=} [properties] Properties to set
                 */
                function GetInfoRequest(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new GetInfoRequest instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.GetInfoRequest
                 * @static
                 * @param {iot.broker.v1.IGetInfoRequest=} [properties] Properties to set
                 * @returns {iot.broker.v1.GetInfoRequest} GetInfoRequest instance
                 */
                GetInfoRequest.create = function create(properties) {
                    return new GetInfoRequest(properties);
                };

                /**
                 * Encodes the specified GetInfoRequest message. Does not implicitly {@link iot.broker.v1.GetInfoRequest.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.GetInfoRequest
                 * @static
                 * @param {iot.broker.v1.IGetInfoRequest} message GetInfoRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetInfoRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a GetInfoRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.GetInfoRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.GetInfoRequest} GetInfoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetInfoRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.GetInfoRequest();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a GetInfoRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.GetInfoRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.GetInfoRequest} GetInfoRequest
                 */
                GetInfoRequest.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.GetInfoRequest)
                        return object;
                    return new $root.iot.broker.v1.GetInfoRequest();
                };

                /**
                 * Creates a plain object from a GetInfoRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.GetInfoRequest
                 * @static
                 * @param {iot.broker.v1.GetInfoRequest} message GetInfoRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetInfoRequest.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this GetInfoRequest to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.GetInfoRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetInfoRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for GetInfoRequest
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.GetInfoRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GetInfoRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.GetInfoRequest";
                };

                return GetInfoRequest;
            })();

            v1.BrokerInfo = (function() {

                /**
                 * Properties of a BrokerInfo.
                 * @memberof iot.broker.v1
                 * @interface IBrokerInfo
                 * @property {string|null} [version] BrokerInfo version
                 * @property {google.protobuf.ITimestamp|null} [startedAt] BrokerInfo startedAt
                 * @property {number|null} [topicCount] BrokerInfo topicCount
                 * @property {number|null} [deviceCount] BrokerInfo deviceCount
                 * @property {string|null} [bus] BrokerInfo bus
                 * @property {string|null} [tenant] BrokerInfo tenant
                 */

                /**
                 * Constructs a new BrokerInfo.
                 * @memberof iot.broker.v1
                 * @classdesc Represents a BrokerInfo.
                 * @implements IBrokerInfo
                 * @constructor
                 * @param {iot.broker.v1.IBrokerInfo=} [properties] Properties to set
                 */
                function BrokerInfo(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * BrokerInfo version.
                 * @member {string} version
                 * @memberof iot.broker.v1.BrokerInfo
                 * @instance
                 */
                BrokerInfo.prototype.version = "";

                /**
                 * BrokerInfo startedAt.
                 * @member {google.protobuf.ITimestamp|null|undefined} startedAt
                 * @memberof iot.broker.v1.BrokerInfo
                 * @instance
                 */
                BrokerInfo.prototype.startedAt = null;

                /**
                 * BrokerInfo topicCount.
                 * @member {number} topicCount
                 * @memberof iot.broker.v1.BrokerInfo
                 * @instance
                 */
                BrokerInfo.prototype.topicCount = 0;

                /**
                 * BrokerInfo deviceCount.
                 * @member {number} deviceCount
                 * @memberof iot.broker.v1.BrokerInfo
                 * @instance
                 */
                BrokerInfo.prototype.deviceCount = 0;

                /**
                 * BrokerInfo bus.
                 * @member {string} bus
                 * @memberof iot.broker.v1.BrokerInfo
                 * @instance
                 */
                BrokerInfo.prototype.bus = "";

                /**
                 * BrokerInfo tenant.
                 * @member {string} tenant
                 * @memberof iot.broker.v1.BrokerInfo
                 * @instance
                 */
                BrokerInfo.prototype.tenant = "";

                /**
                 * Creates a new BrokerInfo instance using the specified properties.
                 * @function create
                 * @memberof iot.broker.v1.BrokerInfo
                 * @static
                 * @param {iot.broker.v1.IBrokerInfo=} [properties] Properties to set
                 * @returns {iot.broker.v1.BrokerInfo} BrokerInfo instance
                 */
                BrokerInfo.create = function create(properties) {
                    return new BrokerInfo(properties);
                };

                /**
                 * Encodes the specified BrokerInfo message. Does not implicitly {@link iot.broker.v1.BrokerInfo.verify|verify} messages.
                 * @function encode
                 * @memberof iot.broker.v1.BrokerInfo
                 * @static
                 * @param {iot.broker.v1.IBrokerInfo} message BrokerInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BrokerInfo.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.version);
                    if (message.startedAt != null && Object.hasOwnProperty.call(message, "startedAt"))
                        $root.google.protobuf.Timestamp.encode(message.startedAt, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.topicCount != null && Object.hasOwnProperty.call(message, "topicCount"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.topicCount);
                    if (message.deviceCount != null && Object.hasOwnProperty.call(message, "deviceCount"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.deviceCount);
                    if (message.bus != null && Object.hasOwnProperty.call(message, "bus"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.bus);
                    if (message.tenant != null && Object.hasOwnProperty.call(message, "tenant"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.tenant);
                    return writer;
                };

                /**
                 * Decodes a BrokerInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.broker.v1.BrokerInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.broker.v1.BrokerInfo} BrokerInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BrokerInfo.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.broker.v1.BrokerInfo();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.version = reader.string();
                                break;
                            }
                        case 2: {
                                message.startedAt = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 3: {
                                message.topicCount = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.deviceCount = reader.uint32();
                                break;
                            }
                        case 5: {
                                message.bus = reader.string();
                                break;
                            }
                        case 6: {
                                message.tenant = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a BrokerInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.broker.v1.BrokerInfo
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.broker.v1.BrokerInfo} BrokerInfo
                 */
                BrokerInfo.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.broker.v1.BrokerInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.broker.v1.BrokerInfo: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.broker.v1.BrokerInfo();
                    if (object.version != null)
                        message.version = String(object.version);
                    if (object.startedAt != null) {
                        if (!$util.isObject(object.startedAt))
                            throw TypeError(".iot.broker.v1.BrokerInfo.startedAt: object expected");
                        message.startedAt = $root.google.protobuf.Timestamp.fromObject(object.startedAt, long + 1);
                    }
                    if (object.topicCount != null)
                        message.topicCount = object.topicCount >>> 0;
                    if (object.deviceCount != null)
                        message.deviceCount = object.deviceCount >>> 0;
                    if (object.bus != null)
                        message.bus = String(object.bus);
                    if (object.tenant != null)
                        message.tenant = String(object.tenant);
                    return message;
                };

                /**
                 * Creates a plain object from a BrokerInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.broker.v1.BrokerInfo
                 * @static
                 * @param {iot.broker.v1.BrokerInfo} message BrokerInfo
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BrokerInfo.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.version = "";
                        object.startedAt = null;
                        object.topicCount = 0;
                        object.deviceCount = 0;
                        object.bus = "";
                        object.tenant = "";
                    }
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        object.version = message.version;
                    if (message.startedAt != null && Object.hasOwnProperty.call(message, "startedAt"))
                        object.startedAt = $root.google.protobuf.Timestamp.toObject(message.startedAt, options, q + 1);
                    if (message.topicCount != null && Object.hasOwnProperty.call(message, "topicCount"))
                        object.topicCount = message.topicCount;
                    if (message.deviceCount != null && Object.hasOwnProperty.call(message, "deviceCount"))
                        object.deviceCount = message.deviceCount;
                    if (message.bus != null && Object.hasOwnProperty.call(message, "bus"))
                        object.bus = message.bus;
                    if (message.tenant != null && Object.hasOwnProperty.call(message, "tenant"))
                        object.tenant = message.tenant;
                    return object;
                };

                /**
                 * Converts this BrokerInfo to JSON.
                 * @function toJSON
                 * @memberof iot.broker.v1.BrokerInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BrokerInfo.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for BrokerInfo
                 * @function getTypeUrl
                 * @memberof iot.broker.v1.BrokerInfo
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                BrokerInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.broker.v1.BrokerInfo";
                };

                return BrokerInfo;
            })();

            v1.wire = (function() {

                /**
                 * Namespace wire.
                 * @memberof iot.broker.v1
                 * @namespace
                 */
                var wire = {};

                wire.Envelope = (function() {

                    /**
                     * Properties of an Envelope.
                     * @memberof iot.broker.v1.wire
                     * @interface IEnvelope
                     * @property {string|null} [topic] Envelope topic
                     * @property {number|null} [sequence] Envelope sequence
                     * @property {google.protobuf.ITimestamp|null} [brokerTime] Envelope brokerTime
                     * @property {google.protobuf.ITimestamp|null} [eventTime] Envelope eventTime
                     * @property {string|null} [deviceId] Envelope deviceId
                     * @property {Object.<string,string>|null} [labels] Envelope labels
                     * @property {Uint8Array|null} [payload] Envelope payload
                     * @property {number|null} [offset] Envelope offset
                     */

                    /**
                     * Constructs a new Envelope.
                     * @memberof iot.broker.v1.wire
                     * @classdesc Represents an Envelope.
                     * @implements IEnvelope
                     * @constructor
                     * @param {iot.broker.v1.wire.IEnvelope=} [properties] Properties to set
                     */
                    function Envelope(properties) {
                        this.labels = {};
                        if (properties)
                            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Envelope topic.
                     * @member {string} topic
                     * @memberof iot.broker.v1.wire.Envelope
                     * @instance
                     */
                    Envelope.prototype.topic = "";

                    /**
                     * Envelope sequence.
                     * @member {number} sequence
                     * @memberof iot.broker.v1.wire.Envelope
                     * @instance
                     */
                    Envelope.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Envelope brokerTime.
                     * @member {google.protobuf.ITimestamp|null|undefined} brokerTime
                     * @memberof iot.broker.v1.wire.Envelope
                     * @instance
                     */
                    Envelope.prototype.brokerTime = null;

                    /**
                     * Envelope eventTime.
                     * @member {google.protobuf.ITimestamp|null|undefined} eventTime
                     * @memberof iot.broker.v1.wire.Envelope
                     * @instance
                     */
                    Envelope.prototype.eventTime = null;

                    /**
                     * Envelope deviceId.
                     * @member {string} deviceId
                     * @memberof iot.broker.v1.wire.Envelope
                     * @instance
                     */
                    Envelope.prototype.deviceId = "";

                    /**
                     * Envelope labels.
                     * @member {Object.<string,string>} labels
                     * @memberof iot.broker.v1.wire.Envelope
                     * @instance
                     */
                    Envelope.prototype.labels = $util.emptyObject;

                    /**
                     * Envelope payload.
                     * @member {Uint8Array} payload
                     * @memberof iot.broker.v1.wire.Envelope
                     * @instance
                     */
                    Envelope.prototype.payload = $util.newBuffer([]);

                    /**
                     * Envelope offset.
                     * @member {number} offset
                     * @memberof iot.broker.v1.wire.Envelope
                     * @instance
                     */
                    Envelope.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Creates a new Envelope instance using the specified properties.
                     * @function create
                     * @memberof iot.broker.v1.wire.Envelope
                     * @static
                     * @param {iot.broker.v1.wire.IEnvelope=} [properties] Properties to set
                     * @returns {iot.broker.v1.wire.Envelope} Envelope instance
                     */
                    Envelope.create = function create(properties) {
                        return new Envelope(properties);
                    };

                    /**
                     * Encodes the specified Envelope message. Does not implicitly {@link iot.broker.v1.wire.Envelope.verify|verify} messages.
                     * @function encode
                     * @memberof iot.broker.v1.wire.Envelope
                     * @static
                     * @param {iot.broker.v1.wire.IEnvelope} message Envelope message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Envelope.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                        if (message.sequence != null && Object.hasOwnProperty.call(message, "sequence"))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sequence);
                        if (message.brokerTime != null && Object.hasOwnProperty.call(message, "brokerTime"))
                            $root.google.protobuf.Timestamp.encode(message.brokerTime, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        if (message.eventTime != null && Object.hasOwnProperty.call(message, "eventTime"))
                            $root.google.protobuf.Timestamp.encode(message.eventTime, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                        if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.deviceId);
                        if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                            for (var keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 6, wireType 2 =*/50).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                        if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                            writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.payload);
                        if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                            writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.offset);
                        return writer;
                    };

                    /**
                     * Decodes an Envelope message from the specified reader or buffer.
                     * @function decode
                     * @memberof iot.broker.v1.wire.Envelope
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {iot.broker.v1.wire.Envelope} Envelope
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Envelope.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var end, message, key, value;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.iot.broker.v1.wire.Envelope();
                        while (reader.pos < end) {
                            var tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.topic = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.sequence = reader.uint64();
                                    break;
                                }
                            case 3: {
                                    message.brokerTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 4: {
                                    message.eventTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 5: {
                                    message.deviceId = reader.string();
                                    break;
                                }
                            case 6: {
                                    if (message.labels === $util.emptyObject)
                                        message.labels = {};
                                    var end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        var tag2 = reader.uint32();
                                        switch (tag2 >>> 3) {
                                        case 1:
                                            key = reader.string();
                                            break;
                                        case 2:
                                            value = reader.string();
                                            break;
                                        default:
                                            reader.skipType(tag2 & 7, long);
                                            break;
                                        }
                                    }
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.labels, key);
                                    message.labels[key] = value;
                                    break;
                                }
                            case 7: {
                                    message.payload = reader.bytes();
                                    break;
                                }
                            case 8: {
                                    message.offset = reader.uint64();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof iot.broker.v1.wire.Envelope
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {iot.broker.v1.wire.Envelope} Envelope
                     */
                    Envelope.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.iot.broker.v1.wire.Envelope)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".iot.broker.v1.wire.Envelope: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var message = new $root.iot.broker.v1.wire.Envelope();
                        if (object.topic != null)
                            message.topic = String(object.topic);
                        if (object.sequence != null)
                            if ($util.Long)
                                message.sequence = $util.Long.fromValue(object.sequence, true);
                            else if (typeof object.sequence === "string")
                                message.sequence = parseInt(object.sequence, 10);
                            else if (typeof object.sequence === "number")
                                message.sequence = object.sequence;
                            else if (typeof object.sequence === "object")
                                message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                        if (object.brokerTime != null) {
                            if (!$util.isObject(object.brokerTime))
                                throw TypeError(".iot.broker.v1.wire.Envelope.brokerTime: object expected");
                            message.brokerTime = $root.google.protobuf.Timestamp.fromObject(object.brokerTime, long + 1);
                        }
                        if (object.eventTime != null) {
                            if (!$util.isObject(object.eventTime))
                                throw TypeError(".iot.broker.v1.wire.Envelope.eventTime: object expected");
                            message.eventTime = $root.google.protobuf.Timestamp.fromObject(object.eventTime, long + 1);
                        }
                        if (object.deviceId != null)
                            message.deviceId = String(object.deviceId);
                        if (object.labels) {
                            if (!$util.isObject(object.labels))
                                throw TypeError(".iot.broker.v1.wire.Envelope.labels: object expected");
                            message.labels = {};
                            for (var keys = Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.labels, keys[i]);
                                message.labels[keys[i]] = String(object.labels[keys[i]]);
                            }
                        }
                        if (object.payload != null)
                            if (typeof object.payload === "string")
                                $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                            else if (object.payload.length >= 0)
                                message.payload = object.payload;
                        if (object.offset != null)
                            if ($util.Long)
                                message.offset = $util.Long.fromValue(object.offset, true);
                            else if (typeof object.offset === "string")
                                message.offset = parseInt(object.offset, 10);
                            else if (typeof object.offset === "number")
                                message.offset = object.offset;
                            else if (typeof object.offset === "object")
                                message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                        return message;
                    };

                    /**
                     * Creates a plain object from an Envelope message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof iot.broker.v1.wire.Envelope
                     * @static
                     * @param {iot.broker.v1.wire.Envelope} message Envelope
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Envelope.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        var object = {};
                        if (options.objects || options.defaults)
                            object.labels = {};
                        if (options.defaults) {
                            object.topic = "";
                            if ($util.Long) {
                                var long = new $util.Long(0, 0, true);
                                object.sequence = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                            } else
                                object.sequence = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                            object.brokerTime = null;
                            object.eventTime = null;
                            object.deviceId = "";
                            if (options.bytes === String)
                                object.payload = "";
                            else {
                                object.payload = [];
                                if (options.bytes !== Array)
                                    object.payload = $util.newBuffer(object.payload);
                            }
                            if ($util.Long) {
                                var long = new $util.Long(0, 0, true);
                                object.offset = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                            } else
                                object.offset = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        }
                        if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                            object.topic = message.topic;
                        if (message.sequence != null && Object.hasOwnProperty.call(message, "sequence"))
                            if (typeof BigInt !== "undefined" && options.longs === BigInt)
                                object.sequence = typeof message.sequence === "number" ? BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                            else if (typeof message.sequence === "number")
                                object.sequence = options.longs === String ? String(message.sequence) : message.sequence;
                            else
                                object.sequence = options.longs === String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                        if (message.brokerTime != null && Object.hasOwnProperty.call(message, "brokerTime"))
                            object.brokerTime = $root.google.protobuf.Timestamp.toObject(message.brokerTime, options, q + 1);
                        if (message.eventTime != null && Object.hasOwnProperty.call(message, "eventTime"))
                            object.eventTime = $root.google.protobuf.Timestamp.toObject(message.eventTime, options, q + 1);
                        if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                            object.deviceId = message.deviceId;
                        var keys2;
                        if (message.labels && (keys2 = Object.keys(message.labels)).length) {
                            object.labels = {};
                            for (var j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.labels, keys2[j]);
                                object.labels[keys2[j]] = message.labels[keys2[j]];
                            }
                        }
                        if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                            object.payload = options.bytes === String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === Array ? Array.prototype.slice.call(message.payload) : message.payload;
                        if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                            if (typeof BigInt !== "undefined" && options.longs === BigInt)
                                object.offset = typeof message.offset === "number" ? BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                            else if (typeof message.offset === "number")
                                object.offset = options.longs === String ? String(message.offset) : message.offset;
                            else
                                object.offset = options.longs === String ? $util.Long.prototype.toString.call(message.offset) : options.longs === Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                        return object;
                    };

                    /**
                     * Converts this Envelope to JSON.
                     * @function toJSON
                     * @memberof iot.broker.v1.wire.Envelope
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Envelope.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for Envelope
                     * @function getTypeUrl
                     * @memberof iot.broker.v1.wire.Envelope
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    Envelope.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/iot.broker.v1.wire.Envelope";
                    };

                    return Envelope;
                })();

                wire.SubscribeEvent = (function() {

                    /**
                     * Properties of a SubscribeEvent.
                     * @memberof iot.broker.v1.wire
                     * @interface ISubscribeEvent
                     * @property {iot.broker.v1.wire.IEnvelope|null} [envelope] SubscribeEvent envelope
                     */

                    /**
                     * Constructs a new SubscribeEvent.
                     * @memberof iot.broker.v1.wire
                     * @classdesc Represents a SubscribeEvent.
                     * @implements ISubscribeEvent
                     * @constructor
                     * @param {iot.broker.v1.wire.ISubscribeEvent=} [properties] Properties to set
                     */
                    function SubscribeEvent(properties) {
                        if (properties)
                            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * SubscribeEvent envelope.
                     * @member {iot.broker.v1.wire.IEnvelope|null|undefined} envelope
                     * @memberof iot.broker.v1.wire.SubscribeEvent
                     * @instance
                     */
                    SubscribeEvent.prototype.envelope = null;

                    /**
                     * Creates a new SubscribeEvent instance using the specified properties.
                     * @function create
                     * @memberof iot.broker.v1.wire.SubscribeEvent
                     * @static
                     * @param {iot.broker.v1.wire.ISubscribeEvent=} [properties] Properties to set
                     * @returns {iot.broker.v1.wire.SubscribeEvent} SubscribeEvent instance
                     */
                    SubscribeEvent.create = function create(properties) {
                        return new SubscribeEvent(properties);
                    };

                    /**
                     * Encodes the specified SubscribeEvent message. Does not implicitly {@link iot.broker.v1.wire.SubscribeEvent.verify|verify} messages.
                     * @function encode
                     * @memberof iot.broker.v1.wire.SubscribeEvent
                     * @static
                     * @param {iot.broker.v1.wire.ISubscribeEvent} message SubscribeEvent message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SubscribeEvent.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.envelope != null && Object.hasOwnProperty.call(message, "envelope"))
                            $root.iot.broker.v1.wire.Envelope.encode(message.envelope, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a SubscribeEvent message from the specified reader or buffer.
                     * @function decode
                     * @memberof iot.broker.v1.wire.SubscribeEvent
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {iot.broker.v1.wire.SubscribeEvent} SubscribeEvent
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SubscribeEvent.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.iot.broker.v1.wire.SubscribeEvent();
                        while (reader.pos < end) {
                            var tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.envelope = $root.iot.broker.v1.wire.Envelope.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Creates a SubscribeEvent message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof iot.broker.v1.wire.SubscribeEvent
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {iot.broker.v1.wire.SubscribeEvent} SubscribeEvent
                     */
                    SubscribeEvent.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.iot.broker.v1.wire.SubscribeEvent)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".iot.broker.v1.wire.SubscribeEvent: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var message = new $root.iot.broker.v1.wire.SubscribeEvent();
                        if (object.envelope != null) {
                            if (!$util.isObject(object.envelope))
                                throw TypeError(".iot.broker.v1.wire.SubscribeEvent.envelope: object expected");
                            message.envelope = $root.iot.broker.v1.wire.Envelope.fromObject(object.envelope, long + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a SubscribeEvent message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof iot.broker.v1.wire.SubscribeEvent
                     * @static
                     * @param {iot.broker.v1.wire.SubscribeEvent} message SubscribeEvent
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    SubscribeEvent.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        var object = {};
                        if (options.defaults)
                            object.envelope = null;
                        if (message.envelope != null && Object.hasOwnProperty.call(message, "envelope"))
                            object.envelope = $root.iot.broker.v1.wire.Envelope.toObject(message.envelope, options, q + 1);
                        return object;
                    };

                    /**
                     * Converts this SubscribeEvent to JSON.
                     * @function toJSON
                     * @memberof iot.broker.v1.wire.SubscribeEvent
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    SubscribeEvent.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for SubscribeEvent
                     * @function getTypeUrl
                     * @memberof iot.broker.v1.wire.SubscribeEvent
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    SubscribeEvent.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/iot.broker.v1.wire.SubscribeEvent";
                    };

                    return SubscribeEvent;
                })();

                wire.PublishRequest = (function() {

                    /**
                     * Properties of a PublishRequest.
                     * @memberof iot.broker.v1.wire
                     * @interface IPublishRequest
                     * @property {string|null} [topic] PublishRequest topic
                     * @property {Uint8Array|null} [payload] PublishRequest payload
                     * @property {string|null} [deviceId] PublishRequest deviceId
                     * @property {Object.<string,string>|null} [labels] PublishRequest labels
                     * @property {google.protobuf.ITimestamp|null} [eventTime] PublishRequest eventTime
                     */

                    /**
                     * Constructs a new PublishRequest.
                     * @memberof iot.broker.v1.wire
                     * @classdesc Represents a PublishRequest.
                     * @implements IPublishRequest
                     * @constructor
                     * @param {iot.broker.v1.wire.IPublishRequest=} [properties] Properties to set
                     */
                    function PublishRequest(properties) {
                        this.labels = {};
                        if (properties)
                            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * PublishRequest topic.
                     * @member {string} topic
                     * @memberof iot.broker.v1.wire.PublishRequest
                     * @instance
                     */
                    PublishRequest.prototype.topic = "";

                    /**
                     * PublishRequest payload.
                     * @member {Uint8Array} payload
                     * @memberof iot.broker.v1.wire.PublishRequest
                     * @instance
                     */
                    PublishRequest.prototype.payload = $util.newBuffer([]);

                    /**
                     * PublishRequest deviceId.
                     * @member {string} deviceId
                     * @memberof iot.broker.v1.wire.PublishRequest
                     * @instance
                     */
                    PublishRequest.prototype.deviceId = "";

                    /**
                     * PublishRequest labels.
                     * @member {Object.<string,string>} labels
                     * @memberof iot.broker.v1.wire.PublishRequest
                     * @instance
                     */
                    PublishRequest.prototype.labels = $util.emptyObject;

                    /**
                     * PublishRequest eventTime.
                     * @member {google.protobuf.ITimestamp|null|undefined} eventTime
                     * @memberof iot.broker.v1.wire.PublishRequest
                     * @instance
                     */
                    PublishRequest.prototype.eventTime = null;

                    /**
                     * Creates a new PublishRequest instance using the specified properties.
                     * @function create
                     * @memberof iot.broker.v1.wire.PublishRequest
                     * @static
                     * @param {iot.broker.v1.wire.IPublishRequest=} [properties] Properties to set
                     * @returns {iot.broker.v1.wire.PublishRequest} PublishRequest instance
                     */
                    PublishRequest.create = function create(properties) {
                        return new PublishRequest(properties);
                    };

                    /**
                     * Encodes the specified PublishRequest message. Does not implicitly {@link iot.broker.v1.wire.PublishRequest.verify|verify} messages.
                     * @function encode
                     * @memberof iot.broker.v1.wire.PublishRequest
                     * @static
                     * @param {iot.broker.v1.wire.IPublishRequest} message PublishRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    PublishRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                        if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
                        if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.deviceId);
                        if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                            for (var keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                        if (message.eventTime != null && Object.hasOwnProperty.call(message, "eventTime"))
                            $root.google.protobuf.Timestamp.encode(message.eventTime, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a PublishRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof iot.broker.v1.wire.PublishRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {iot.broker.v1.wire.PublishRequest} PublishRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    PublishRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var end, message, key, value;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.iot.broker.v1.wire.PublishRequest();
                        while (reader.pos < end) {
                            var tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.topic = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.payload = reader.bytes();
                                    break;
                                }
                            case 3: {
                                    message.deviceId = reader.string();
                                    break;
                                }
                            case 4: {
                                    if (message.labels === $util.emptyObject)
                                        message.labels = {};
                                    var end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        var tag2 = reader.uint32();
                                        switch (tag2 >>> 3) {
                                        case 1:
                                            key = reader.string();
                                            break;
                                        case 2:
                                            value = reader.string();
                                            break;
                                        default:
                                            reader.skipType(tag2 & 7, long);
                                            break;
                                        }
                                    }
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.labels, key);
                                    message.labels[key] = value;
                                    break;
                                }
                            case 5: {
                                    message.eventTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Creates a PublishRequest message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof iot.broker.v1.wire.PublishRequest
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {iot.broker.v1.wire.PublishRequest} PublishRequest
                     */
                    PublishRequest.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.iot.broker.v1.wire.PublishRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".iot.broker.v1.wire.PublishRequest: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var message = new $root.iot.broker.v1.wire.PublishRequest();
                        if (object.topic != null)
                            message.topic = String(object.topic);
                        if (object.payload != null)
                            if (typeof object.payload === "string")
                                $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                            else if (object.payload.length >= 0)
                                message.payload = object.payload;
                        if (object.deviceId != null)
                            message.deviceId = String(object.deviceId);
                        if (object.labels) {
                            if (!$util.isObject(object.labels))
                                throw TypeError(".iot.broker.v1.wire.PublishRequest.labels: object expected");
                            message.labels = {};
                            for (var keys = Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.labels, keys[i]);
                                message.labels[keys[i]] = String(object.labels[keys[i]]);
                            }
                        }
                        if (object.eventTime != null) {
                            if (!$util.isObject(object.eventTime))
                                throw TypeError(".iot.broker.v1.wire.PublishRequest.eventTime: object expected");
                            message.eventTime = $root.google.protobuf.Timestamp.fromObject(object.eventTime, long + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a PublishRequest message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof iot.broker.v1.wire.PublishRequest
                     * @static
                     * @param {iot.broker.v1.wire.PublishRequest} message PublishRequest
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    PublishRequest.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        var object = {};
                        if (options.objects || options.defaults)
                            object.labels = {};
                        if (options.defaults) {
                            object.topic = "";
                            if (options.bytes === String)
                                object.payload = "";
                            else {
                                object.payload = [];
                                if (options.bytes !== Array)
                                    object.payload = $util.newBuffer(object.payload);
                            }
                            object.deviceId = "";
                            object.eventTime = null;
                        }
                        if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                            object.topic = message.topic;
                        if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                            object.payload = options.bytes === String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === Array ? Array.prototype.slice.call(message.payload) : message.payload;
                        if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                            object.deviceId = message.deviceId;
                        var keys2;
                        if (message.labels && (keys2 = Object.keys(message.labels)).length) {
                            object.labels = {};
                            for (var j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.labels, keys2[j]);
                                object.labels[keys2[j]] = message.labels[keys2[j]];
                            }
                        }
                        if (message.eventTime != null && Object.hasOwnProperty.call(message, "eventTime"))
                            object.eventTime = $root.google.protobuf.Timestamp.toObject(message.eventTime, options, q + 1);
                        return object;
                    };

                    /**
                     * Converts this PublishRequest to JSON.
                     * @function toJSON
                     * @memberof iot.broker.v1.wire.PublishRequest
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    PublishRequest.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for PublishRequest
                     * @function getTypeUrl
                     * @memberof iot.broker.v1.wire.PublishRequest
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    PublishRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/iot.broker.v1.wire.PublishRequest";
                    };

                    return PublishRequest;
                })();

                wire.DeviceTelemetry = (function() {

                    /**
                     * Properties of a DeviceTelemetry.
                     * @memberof iot.broker.v1.wire
                     * @interface IDeviceTelemetry
                     * @property {string|null} [topic] DeviceTelemetry topic
                     * @property {Uint8Array|null} [payload] DeviceTelemetry payload
                     * @property {google.protobuf.ITimestamp|null} [eventTime] DeviceTelemetry eventTime
                     * @property {Object.<string,string>|null} [labels] DeviceTelemetry labels
                     */

                    /**
                     * Constructs a new DeviceTelemetry.
                     * @memberof iot.broker.v1.wire
                     * @classdesc Represents a DeviceTelemetry.
                     * @implements IDeviceTelemetry
                     * @constructor
                     * @param {iot.broker.v1.wire.IDeviceTelemetry=} [properties] Properties to set
                     */
                    function DeviceTelemetry(properties) {
                        this.labels = {};
                        if (properties)
                            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * DeviceTelemetry topic.
                     * @member {string} topic
                     * @memberof iot.broker.v1.wire.DeviceTelemetry
                     * @instance
                     */
                    DeviceTelemetry.prototype.topic = "";

                    /**
                     * DeviceTelemetry payload.
                     * @member {Uint8Array} payload
                     * @memberof iot.broker.v1.wire.DeviceTelemetry
                     * @instance
                     */
                    DeviceTelemetry.prototype.payload = $util.newBuffer([]);

                    /**
                     * DeviceTelemetry eventTime.
                     * @member {google.protobuf.ITimestamp|null|undefined} eventTime
                     * @memberof iot.broker.v1.wire.DeviceTelemetry
                     * @instance
                     */
                    DeviceTelemetry.prototype.eventTime = null;

                    /**
                     * DeviceTelemetry labels.
                     * @member {Object.<string,string>} labels
                     * @memberof iot.broker.v1.wire.DeviceTelemetry
                     * @instance
                     */
                    DeviceTelemetry.prototype.labels = $util.emptyObject;

                    /**
                     * Creates a new DeviceTelemetry instance using the specified properties.
                     * @function create
                     * @memberof iot.broker.v1.wire.DeviceTelemetry
                     * @static
                     * @param {iot.broker.v1.wire.IDeviceTelemetry=} [properties] Properties to set
                     * @returns {iot.broker.v1.wire.DeviceTelemetry} DeviceTelemetry instance
                     */
                    DeviceTelemetry.create = function create(properties) {
                        return new DeviceTelemetry(properties);
                    };

                    /**
                     * Encodes the specified DeviceTelemetry message. Does not implicitly {@link iot.broker.v1.wire.DeviceTelemetry.verify|verify} messages.
                     * @function encode
                     * @memberof iot.broker.v1.wire.DeviceTelemetry
                     * @static
                     * @param {iot.broker.v1.wire.IDeviceTelemetry} message DeviceTelemetry message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    DeviceTelemetry.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                        if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
                        if (message.eventTime != null && Object.hasOwnProperty.call(message, "eventTime"))
                            $root.google.protobuf.Timestamp.encode(message.eventTime, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                            for (var keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a DeviceTelemetry message from the specified reader or buffer.
                     * @function decode
                     * @memberof iot.broker.v1.wire.DeviceTelemetry
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {iot.broker.v1.wire.DeviceTelemetry} DeviceTelemetry
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    DeviceTelemetry.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var end, message, key, value;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.iot.broker.v1.wire.DeviceTelemetry();
                        while (reader.pos < end) {
                            var tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.topic = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.payload = reader.bytes();
                                    break;
                                }
                            case 3: {
                                    message.eventTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 4: {
                                    if (message.labels === $util.emptyObject)
                                        message.labels = {};
                                    var end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        var tag2 = reader.uint32();
                                        switch (tag2 >>> 3) {
                                        case 1:
                                            key = reader.string();
                                            break;
                                        case 2:
                                            value = reader.string();
                                            break;
                                        default:
                                            reader.skipType(tag2 & 7, long);
                                            break;
                                        }
                                    }
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.labels, key);
                                    message.labels[key] = value;
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Creates a DeviceTelemetry message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof iot.broker.v1.wire.DeviceTelemetry
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {iot.broker.v1.wire.DeviceTelemetry} DeviceTelemetry
                     */
                    DeviceTelemetry.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.iot.broker.v1.wire.DeviceTelemetry)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".iot.broker.v1.wire.DeviceTelemetry: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var message = new $root.iot.broker.v1.wire.DeviceTelemetry();
                        if (object.topic != null)
                            message.topic = String(object.topic);
                        if (object.payload != null)
                            if (typeof object.payload === "string")
                                $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                            else if (object.payload.length >= 0)
                                message.payload = object.payload;
                        if (object.eventTime != null) {
                            if (!$util.isObject(object.eventTime))
                                throw TypeError(".iot.broker.v1.wire.DeviceTelemetry.eventTime: object expected");
                            message.eventTime = $root.google.protobuf.Timestamp.fromObject(object.eventTime, long + 1);
                        }
                        if (object.labels) {
                            if (!$util.isObject(object.labels))
                                throw TypeError(".iot.broker.v1.wire.DeviceTelemetry.labels: object expected");
                            message.labels = {};
                            for (var keys = Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.labels, keys[i]);
                                message.labels[keys[i]] = String(object.labels[keys[i]]);
                            }
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a DeviceTelemetry message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof iot.broker.v1.wire.DeviceTelemetry
                     * @static
                     * @param {iot.broker.v1.wire.DeviceTelemetry} message DeviceTelemetry
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    DeviceTelemetry.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        var object = {};
                        if (options.objects || options.defaults)
                            object.labels = {};
                        if (options.defaults) {
                            object.topic = "";
                            if (options.bytes === String)
                                object.payload = "";
                            else {
                                object.payload = [];
                                if (options.bytes !== Array)
                                    object.payload = $util.newBuffer(object.payload);
                            }
                            object.eventTime = null;
                        }
                        if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                            object.topic = message.topic;
                        if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                            object.payload = options.bytes === String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === Array ? Array.prototype.slice.call(message.payload) : message.payload;
                        if (message.eventTime != null && Object.hasOwnProperty.call(message, "eventTime"))
                            object.eventTime = $root.google.protobuf.Timestamp.toObject(message.eventTime, options, q + 1);
                        var keys2;
                        if (message.labels && (keys2 = Object.keys(message.labels)).length) {
                            object.labels = {};
                            for (var j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.labels, keys2[j]);
                                object.labels[keys2[j]] = message.labels[keys2[j]];
                            }
                        }
                        return object;
                    };

                    /**
                     * Converts this DeviceTelemetry to JSON.
                     * @function toJSON
                     * @memberof iot.broker.v1.wire.DeviceTelemetry
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    DeviceTelemetry.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for DeviceTelemetry
                     * @function getTypeUrl
                     * @memberof iot.broker.v1.wire.DeviceTelemetry
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    DeviceTelemetry.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/iot.broker.v1.wire.DeviceTelemetry";
                    };

                    return DeviceTelemetry;
                })();

                wire.TelemetryBatch = (function() {

                    /**
                     * Properties of a TelemetryBatch.
                     * @memberof iot.broker.v1.wire
                     * @interface ITelemetryBatch
                     * @property {number|null} [batchId] TelemetryBatch batchId
                     * @property {Array.<iot.broker.v1.wire.IDeviceTelemetry>|null} [items] TelemetryBatch items
                     */

                    /**
                     * Constructs a new TelemetryBatch.
                     * @memberof iot.broker.v1.wire
                     * @classdesc Represents a TelemetryBatch.
                     * @implements ITelemetryBatch
                     * @constructor
                     * @param {iot.broker.v1.wire.ITelemetryBatch=} [properties] Properties to set
                     */
                    function TelemetryBatch(properties) {
                        this.items = [];
                        if (properties)
                            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * TelemetryBatch batchId.
                     * @member {number} batchId
                     * @memberof iot.broker.v1.wire.TelemetryBatch
                     * @instance
                     */
                    TelemetryBatch.prototype.batchId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * TelemetryBatch items.
                     * @member {Array.<iot.broker.v1.wire.IDeviceTelemetry>} items
                     * @memberof iot.broker.v1.wire.TelemetryBatch
                     * @instance
                     */
                    TelemetryBatch.prototype.items = $util.emptyArray;

                    /**
                     * Creates a new TelemetryBatch instance using the specified properties.
                     * @function create
                     * @memberof iot.broker.v1.wire.TelemetryBatch
                     * @static
                     * @param {iot.broker.v1.wire.ITelemetryBatch=} [properties] Properties to set
                     * @returns {iot.broker.v1.wire.TelemetryBatch} TelemetryBatch instance
                     */
                    TelemetryBatch.create = function create(properties) {
                        return new TelemetryBatch(properties);
                    };

                    /**
                     * Encodes the specified TelemetryBatch message. Does not implicitly {@link iot.broker.v1.wire.TelemetryBatch.verify|verify} messages.
                     * @function encode
                     * @memberof iot.broker.v1.wire.TelemetryBatch
                     * @static
                     * @param {iot.broker.v1.wire.ITelemetryBatch} message TelemetryBatch message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    TelemetryBatch.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.batchId != null && Object.hasOwnProperty.call(message, "batchId"))
                            writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.batchId);
                        if (message.items != null && message.items.length)
                            for (var i = 0; i < message.items.length; ++i)
                                $root.iot.broker.v1.wire.DeviceTelemetry.encode(message.items[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a TelemetryBatch message from the specified reader or buffer.
                     * @function decode
                     * @memberof iot.broker.v1.wire.TelemetryBatch
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {iot.broker.v1.wire.TelemetryBatch} TelemetryBatch
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    TelemetryBatch.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.iot.broker.v1.wire.TelemetryBatch();
                        while (reader.pos < end) {
                            var tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.batchId = reader.uint64();
                                    break;
                                }
                            case 2: {
                                    if (!(message.items && message.items.length))
                                        message.items = [];
                                    message.items.push($root.iot.broker.v1.wire.DeviceTelemetry.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Creates a TelemetryBatch message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof iot.broker.v1.wire.TelemetryBatch
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {iot.broker.v1.wire.TelemetryBatch} TelemetryBatch
                     */
                    TelemetryBatch.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.iot.broker.v1.wire.TelemetryBatch)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".iot.broker.v1.wire.TelemetryBatch: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var message = new $root.iot.broker.v1.wire.TelemetryBatch();
                        if (object.batchId != null)
                            if ($util.Long)
                                message.batchId = $util.Long.fromValue(object.batchId, true);
                            else if (typeof object.batchId === "string")
                                message.batchId = parseInt(object.batchId, 10);
                            else if (typeof object.batchId === "number")
                                message.batchId = object.batchId;
                            else if (typeof object.batchId === "object")
                                message.batchId = new $util.LongBits(object.batchId.low >>> 0, object.batchId.high >>> 0).toNumber(true);
                        if (object.items) {
                            if (!Array.isArray(object.items))
                                throw TypeError(".iot.broker.v1.wire.TelemetryBatch.items: array expected");
                            message.items = [];
                            for (var i = 0; i < object.items.length; ++i) {
                                if (!$util.isObject(object.items[i]))
                                    throw TypeError(".iot.broker.v1.wire.TelemetryBatch.items: object expected");
                                message.items[i] = $root.iot.broker.v1.wire.DeviceTelemetry.fromObject(object.items[i], long + 1);
                            }
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a TelemetryBatch message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof iot.broker.v1.wire.TelemetryBatch
                     * @static
                     * @param {iot.broker.v1.wire.TelemetryBatch} message TelemetryBatch
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    TelemetryBatch.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        var object = {};
                        if (options.arrays || options.defaults)
                            object.items = [];
                        if (options.defaults)
                            if ($util.Long) {
                                var long = new $util.Long(0, 0, true);
                                object.batchId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                            } else
                                object.batchId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if (message.batchId != null && Object.hasOwnProperty.call(message, "batchId"))
                            if (typeof BigInt !== "undefined" && options.longs === BigInt)
                                object.batchId = typeof message.batchId === "number" ? BigInt(message.batchId) : $util.Long.fromBits(message.batchId.low >>> 0, message.batchId.high >>> 0, true).toBigInt();
                            else if (typeof message.batchId === "number")
                                object.batchId = options.longs === String ? String(message.batchId) : message.batchId;
                            else
                                object.batchId = options.longs === String ? $util.Long.prototype.toString.call(message.batchId) : options.longs === Number ? new $util.LongBits(message.batchId.low >>> 0, message.batchId.high >>> 0).toNumber(true) : message.batchId;
                        if (message.items && message.items.length) {
                            object.items = [];
                            for (var j = 0; j < message.items.length; ++j)
                                object.items[j] = $root.iot.broker.v1.wire.DeviceTelemetry.toObject(message.items[j], options, q + 1);
                        }
                        return object;
                    };

                    /**
                     * Converts this TelemetryBatch to JSON.
                     * @function toJSON
                     * @memberof iot.broker.v1.wire.TelemetryBatch
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    TelemetryBatch.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for TelemetryBatch
                     * @function getTypeUrl
                     * @memberof iot.broker.v1.wire.TelemetryBatch
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    TelemetryBatch.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/iot.broker.v1.wire.TelemetryBatch";
                    };

                    return TelemetryBatch;
                })();

                wire.DeviceMessage = (function() {

                    /**
                     * Properties of a DeviceMessage.
                     * @memberof iot.broker.v1.wire
                     * @interface IDeviceMessage
                     * @property {iot.broker.v1.IRegister|null} [register] DeviceMessage register
                     * @property {iot.broker.v1.wire.ITelemetryBatch|null} [telemetry] DeviceMessage telemetry
                     * @property {iot.broker.v1.IHeartbeat|null} [heartbeat] DeviceMessage heartbeat
                     * @property {iot.broker.v1.ICommandResponse|null} [commandResult] DeviceMessage commandResult
                     */

                    /**
                     * Constructs a new DeviceMessage.
                     * @memberof iot.broker.v1.wire
                     * @classdesc Represents a DeviceMessage.
                     * @implements IDeviceMessage
                     * @constructor
                     * @param {iot.broker.v1.wire.IDeviceMessage=} [properties] Properties to set
                     */
                    function DeviceMessage(properties) {
                        if (properties)
                            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * DeviceMessage register.
                     * @member {iot.broker.v1.IRegister|null|undefined} register
                     * @memberof iot.broker.v1.wire.DeviceMessage
                     * @instance
                     */
                    DeviceMessage.prototype.register = null;

                    /**
                     * DeviceMessage telemetry.
                     * @member {iot.broker.v1.wire.ITelemetryBatch|null|undefined} telemetry
                     * @memberof iot.broker.v1.wire.DeviceMessage
                     * @instance
                     */
                    DeviceMessage.prototype.telemetry = null;

                    /**
                     * DeviceMessage heartbeat.
                     * @member {iot.broker.v1.IHeartbeat|null|undefined} heartbeat
                     * @memberof iot.broker.v1.wire.DeviceMessage
                     * @instance
                     */
                    DeviceMessage.prototype.heartbeat = null;

                    /**
                     * DeviceMessage commandResult.
                     * @member {iot.broker.v1.ICommandResponse|null|undefined} commandResult
                     * @memberof iot.broker.v1.wire.DeviceMessage
                     * @instance
                     */
                    DeviceMessage.prototype.commandResult = null;

                    // OneOf field names bound to virtual getters and setters
                    var $oneOfFields;

                    /**
                     * DeviceMessage kind.
                     * @member {"register"|"telemetry"|"heartbeat"|"commandResult"|undefined} kind
                     * @memberof iot.broker.v1.wire.DeviceMessage
                     * @instance
                     */
                    Object.defineProperty(DeviceMessage.prototype, "kind", {
                        get: $util.oneOfGetter($oneOfFields = ["register", "telemetry", "heartbeat", "commandResult"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new DeviceMessage instance using the specified properties.
                     * @function create
                     * @memberof iot.broker.v1.wire.DeviceMessage
                     * @static
                     * @param {iot.broker.v1.wire.IDeviceMessage=} [properties] Properties to set
                     * @returns {iot.broker.v1.wire.DeviceMessage} DeviceMessage instance
                     */
                    DeviceMessage.create = function create(properties) {
                        return new DeviceMessage(properties);
                    };

                    /**
                     * Encodes the specified DeviceMessage message. Does not implicitly {@link iot.broker.v1.wire.DeviceMessage.verify|verify} messages.
                     * @function encode
                     * @memberof iot.broker.v1.wire.DeviceMessage
                     * @static
                     * @param {iot.broker.v1.wire.IDeviceMessage} message DeviceMessage message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    DeviceMessage.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.register != null && Object.hasOwnProperty.call(message, "register"))
                            $root.iot.broker.v1.Register.encode(message.register, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (message.telemetry != null && Object.hasOwnProperty.call(message, "telemetry"))
                            $root.iot.broker.v1.wire.TelemetryBatch.encode(message.telemetry, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        if (message.heartbeat != null && Object.hasOwnProperty.call(message, "heartbeat"))
                            $root.iot.broker.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        if (message.commandResult != null && Object.hasOwnProperty.call(message, "commandResult"))
                            $root.iot.broker.v1.CommandResponse.encode(message.commandResult, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a DeviceMessage message from the specified reader or buffer.
                     * @function decode
                     * @memberof iot.broker.v1.wire.DeviceMessage
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {iot.broker.v1.wire.DeviceMessage} DeviceMessage
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    DeviceMessage.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.iot.broker.v1.wire.DeviceMessage();
                        while (reader.pos < end) {
                            var tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.register = $root.iot.broker.v1.Register.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 2: {
                                    message.telemetry = $root.iot.broker.v1.wire.TelemetryBatch.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 3: {
                                    message.heartbeat = $root.iot.broker.v1.Heartbeat.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 4: {
                                    message.commandResult = $root.iot.broker.v1.CommandResponse.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Creates a DeviceMessage message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof iot.broker.v1.wire.DeviceMessage
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {iot.broker.v1.wire.DeviceMessage} DeviceMessage
                     */
                    DeviceMessage.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.iot.broker.v1.wire.DeviceMessage)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".iot.broker.v1.wire.DeviceMessage: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var message = new $root.iot.broker.v1.wire.DeviceMessage();
                        if (object.register != null) {
                            if (!$util.isObject(object.register))
                                throw TypeError(".iot.broker.v1.wire.DeviceMessage.register: object expected");
                            message.register = $root.iot.broker.v1.Register.fromObject(object.register, long + 1);
                        }
                        if (object.telemetry != null) {
                            if (!$util.isObject(object.telemetry))
                                throw TypeError(".iot.broker.v1.wire.DeviceMessage.telemetry: object expected");
                            message.telemetry = $root.iot.broker.v1.wire.TelemetryBatch.fromObject(object.telemetry, long + 1);
                        }
                        if (object.heartbeat != null) {
                            if (!$util.isObject(object.heartbeat))
                                throw TypeError(".iot.broker.v1.wire.DeviceMessage.heartbeat: object expected");
                            message.heartbeat = $root.iot.broker.v1.Heartbeat.fromObject(object.heartbeat, long + 1);
                        }
                        if (object.commandResult != null) {
                            if (!$util.isObject(object.commandResult))
                                throw TypeError(".iot.broker.v1.wire.DeviceMessage.commandResult: object expected");
                            message.commandResult = $root.iot.broker.v1.CommandResponse.fromObject(object.commandResult, long + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a DeviceMessage message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof iot.broker.v1.wire.DeviceMessage
                     * @static
                     * @param {iot.broker.v1.wire.DeviceMessage} message DeviceMessage
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    DeviceMessage.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        var object = {};
                        if (message.register != null && Object.hasOwnProperty.call(message, "register")) {
                            object.register = $root.iot.broker.v1.Register.toObject(message.register, options, q + 1);
                            if (options.oneofs)
                                object.kind = "register";
                        }
                        if (message.telemetry != null && Object.hasOwnProperty.call(message, "telemetry")) {
                            object.telemetry = $root.iot.broker.v1.wire.TelemetryBatch.toObject(message.telemetry, options, q + 1);
                            if (options.oneofs)
                                object.kind = "telemetry";
                        }
                        if (message.heartbeat != null && Object.hasOwnProperty.call(message, "heartbeat")) {
                            object.heartbeat = $root.iot.broker.v1.Heartbeat.toObject(message.heartbeat, options, q + 1);
                            if (options.oneofs)
                                object.kind = "heartbeat";
                        }
                        if (message.commandResult != null && Object.hasOwnProperty.call(message, "commandResult")) {
                            object.commandResult = $root.iot.broker.v1.CommandResponse.toObject(message.commandResult, options, q + 1);
                            if (options.oneofs)
                                object.kind = "commandResult";
                        }
                        return object;
                    };

                    /**
                     * Converts this DeviceMessage to JSON.
                     * @function toJSON
                     * @memberof iot.broker.v1.wire.DeviceMessage
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    DeviceMessage.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for DeviceMessage
                     * @function getTypeUrl
                     * @memberof iot.broker.v1.wire.DeviceMessage
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    DeviceMessage.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/iot.broker.v1.wire.DeviceMessage";
                    };

                    return DeviceMessage;
                })();

                return wire;
            })();

            return v1;
        })();

        return broker;
    })();

    iot.stream = (function() {

        /**
         * Namespace stream.
         * @memberof iot
         * @namespace
         */
        var stream = {};

        stream.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof iot.stream
             * @namespace
             */
            var v1 = {};

            v1.ClientFrame = (function() {

                /**
                 * Properties of a ClientFrame.
                 * @memberof iot.stream.v1
                 * @interface IClientFrame
                 * @property {iot.stream.v1.ISubscribe|null} [subscribe] ClientFrame subscribe
                 * @property {iot.stream.v1.IUnsubscribe|null} [unsubscribe] ClientFrame unsubscribe
                 * @property {iot.stream.v1.IPing|null} [ping] ClientFrame ping
                 */

                /**
                 * Constructs a new ClientFrame.
                 * @memberof iot.stream.v1
                 * @classdesc Represents a ClientFrame.
                 * @implements IClientFrame
                 * @constructor
                 * @param {iot.stream.v1.IClientFrame=} [properties] Properties to set
                 */
                function ClientFrame(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ClientFrame subscribe.
                 * @member {iot.stream.v1.ISubscribe|null|undefined} subscribe
                 * @memberof iot.stream.v1.ClientFrame
                 * @instance
                 */
                ClientFrame.prototype.subscribe = null;

                /**
                 * ClientFrame unsubscribe.
                 * @member {iot.stream.v1.IUnsubscribe|null|undefined} unsubscribe
                 * @memberof iot.stream.v1.ClientFrame
                 * @instance
                 */
                ClientFrame.prototype.unsubscribe = null;

                /**
                 * ClientFrame ping.
                 * @member {iot.stream.v1.IPing|null|undefined} ping
                 * @memberof iot.stream.v1.ClientFrame
                 * @instance
                 */
                ClientFrame.prototype.ping = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * ClientFrame kind.
                 * @member {"subscribe"|"unsubscribe"|"ping"|undefined} kind
                 * @memberof iot.stream.v1.ClientFrame
                 * @instance
                 */
                Object.defineProperty(ClientFrame.prototype, "kind", {
                    get: $util.oneOfGetter($oneOfFields = ["subscribe", "unsubscribe", "ping"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ClientFrame instance using the specified properties.
                 * @function create
                 * @memberof iot.stream.v1.ClientFrame
                 * @static
                 * @param {iot.stream.v1.IClientFrame=} [properties] Properties to set
                 * @returns {iot.stream.v1.ClientFrame} ClientFrame instance
                 */
                ClientFrame.create = function create(properties) {
                    return new ClientFrame(properties);
                };

                /**
                 * Encodes the specified ClientFrame message. Does not implicitly {@link iot.stream.v1.ClientFrame.verify|verify} messages.
                 * @function encode
                 * @memberof iot.stream.v1.ClientFrame
                 * @static
                 * @param {iot.stream.v1.IClientFrame} message ClientFrame message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ClientFrame.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.subscribe != null && Object.hasOwnProperty.call(message, "subscribe"))
                        $root.iot.stream.v1.Subscribe.encode(message.subscribe, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.unsubscribe != null && Object.hasOwnProperty.call(message, "unsubscribe"))
                        $root.iot.stream.v1.Unsubscribe.encode(message.unsubscribe, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.ping != null && Object.hasOwnProperty.call(message, "ping"))
                        $root.iot.stream.v1.Ping.encode(message.ping, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a ClientFrame message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.stream.v1.ClientFrame
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.stream.v1.ClientFrame} ClientFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ClientFrame.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.stream.v1.ClientFrame();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.subscribe = $root.iot.stream.v1.Subscribe.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                message.unsubscribe = $root.iot.stream.v1.Unsubscribe.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 3: {
                                message.ping = $root.iot.stream.v1.Ping.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a ClientFrame message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.stream.v1.ClientFrame
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.stream.v1.ClientFrame} ClientFrame
                 */
                ClientFrame.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.stream.v1.ClientFrame)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.stream.v1.ClientFrame: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.stream.v1.ClientFrame();
                    if (object.subscribe != null) {
                        if (!$util.isObject(object.subscribe))
                            throw TypeError(".iot.stream.v1.ClientFrame.subscribe: object expected");
                        message.subscribe = $root.iot.stream.v1.Subscribe.fromObject(object.subscribe, long + 1);
                    }
                    if (object.unsubscribe != null) {
                        if (!$util.isObject(object.unsubscribe))
                            throw TypeError(".iot.stream.v1.ClientFrame.unsubscribe: object expected");
                        message.unsubscribe = $root.iot.stream.v1.Unsubscribe.fromObject(object.unsubscribe, long + 1);
                    }
                    if (object.ping != null) {
                        if (!$util.isObject(object.ping))
                            throw TypeError(".iot.stream.v1.ClientFrame.ping: object expected");
                        message.ping = $root.iot.stream.v1.Ping.fromObject(object.ping, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ClientFrame message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.stream.v1.ClientFrame
                 * @static
                 * @param {iot.stream.v1.ClientFrame} message ClientFrame
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ClientFrame.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (message.subscribe != null && Object.hasOwnProperty.call(message, "subscribe")) {
                        object.subscribe = $root.iot.stream.v1.Subscribe.toObject(message.subscribe, options, q + 1);
                        if (options.oneofs)
                            object.kind = "subscribe";
                    }
                    if (message.unsubscribe != null && Object.hasOwnProperty.call(message, "unsubscribe")) {
                        object.unsubscribe = $root.iot.stream.v1.Unsubscribe.toObject(message.unsubscribe, options, q + 1);
                        if (options.oneofs)
                            object.kind = "unsubscribe";
                    }
                    if (message.ping != null && Object.hasOwnProperty.call(message, "ping")) {
                        object.ping = $root.iot.stream.v1.Ping.toObject(message.ping, options, q + 1);
                        if (options.oneofs)
                            object.kind = "ping";
                    }
                    return object;
                };

                /**
                 * Converts this ClientFrame to JSON.
                 * @function toJSON
                 * @memberof iot.stream.v1.ClientFrame
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ClientFrame.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ClientFrame
                 * @function getTypeUrl
                 * @memberof iot.stream.v1.ClientFrame
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ClientFrame.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.stream.v1.ClientFrame";
                };

                return ClientFrame;
            })();

            /**
             * Conflation enum.
             * @name iot.stream.v1.Conflation
             * @enum {number}
             * @property {number} CONFLATION_NONE=0 CONFLATION_NONE value
             * @property {number} CONFLATION_LAST=1 CONFLATION_LAST value
             * @property {number} CONFLATION_AVG=2 CONFLATION_AVG value
             * @property {number} CONFLATION_MIN=3 CONFLATION_MIN value
             * @property {number} CONFLATION_MAX=4 CONFLATION_MAX value
             */
            v1.Conflation = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "CONFLATION_NONE"] = 0;
                values[valuesById[1] = "CONFLATION_LAST"] = 1;
                values[valuesById[2] = "CONFLATION_AVG"] = 2;
                values[valuesById[3] = "CONFLATION_MIN"] = 3;
                values[valuesById[4] = "CONFLATION_MAX"] = 4;
                return values;
            })();

            v1.SubscribeOptions = (function() {

                /**
                 * Properties of a SubscribeOptions.
                 * @memberof iot.stream.v1
                 * @interface ISubscribeOptions
                 * @property {number|null} [maxRateHz] SubscribeOptions maxRateHz
                 * @property {iot.stream.v1.Conflation|null} [conflation] SubscribeOptions conflation
                 * @property {number|null} [maxHistory] SubscribeOptions maxHistory
                 * @property {boolean|null} [telemetryBlocks] SubscribeOptions telemetryBlocks
                 */

                /**
                 * Constructs a new SubscribeOptions.
                 * @memberof iot.stream.v1
                 * @classdesc Represents a SubscribeOptions.
                 * @implements ISubscribeOptions
                 * @constructor
                 * @param {iot.stream.v1.ISubscribeOptions=} [properties] Properties to set
                 */
                function SubscribeOptions(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * SubscribeOptions maxRateHz.
                 * @member {number} maxRateHz
                 * @memberof iot.stream.v1.SubscribeOptions
                 * @instance
                 */
                SubscribeOptions.prototype.maxRateHz = 0;

                /**
                 * SubscribeOptions conflation.
                 * @member {iot.stream.v1.Conflation} conflation
                 * @memberof iot.stream.v1.SubscribeOptions
                 * @instance
                 */
                SubscribeOptions.prototype.conflation = 0;

                /**
                 * SubscribeOptions maxHistory.
                 * @member {number} maxHistory
                 * @memberof iot.stream.v1.SubscribeOptions
                 * @instance
                 */
                SubscribeOptions.prototype.maxHistory = 0;

                /**
                 * SubscribeOptions telemetryBlocks.
                 * @member {boolean} telemetryBlocks
                 * @memberof iot.stream.v1.SubscribeOptions
                 * @instance
                 */
                SubscribeOptions.prototype.telemetryBlocks = false;

                /**
                 * Creates a new SubscribeOptions instance using the specified properties.
                 * @function create
                 * @memberof iot.stream.v1.SubscribeOptions
                 * @static
                 * @param {iot.stream.v1.ISubscribeOptions=} [properties] Properties to set
                 * @returns {iot.stream.v1.SubscribeOptions} SubscribeOptions instance
                 */
                SubscribeOptions.create = function create(properties) {
                    return new SubscribeOptions(properties);
                };

                /**
                 * Encodes the specified SubscribeOptions message. Does not implicitly {@link iot.stream.v1.SubscribeOptions.verify|verify} messages.
                 * @function encode
                 * @memberof iot.stream.v1.SubscribeOptions
                 * @static
                 * @param {iot.stream.v1.ISubscribeOptions} message SubscribeOptions message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SubscribeOptions.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.maxRateHz != null && Object.hasOwnProperty.call(message, "maxRateHz"))
                        writer.uint32(/* id 1, wireType 1 =*/9).double(message.maxRateHz);
                    if (message.conflation != null && Object.hasOwnProperty.call(message, "conflation"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.conflation);
                    if (message.maxHistory != null && Object.hasOwnProperty.call(message, "maxHistory"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.maxHistory);
                    if (message.telemetryBlocks != null && Object.hasOwnProperty.call(message, "telemetryBlocks"))
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.telemetryBlocks);
                    return writer;
                };

                /**
                 * Decodes a SubscribeOptions message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.stream.v1.SubscribeOptions
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.stream.v1.SubscribeOptions} SubscribeOptions
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SubscribeOptions.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.stream.v1.SubscribeOptions();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.maxRateHz = reader.double();
                                break;
                            }
                        case 2: {
                                message.conflation = reader.int32();
                                break;
                            }
                        case 3: {
                                message.maxHistory = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.telemetryBlocks = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a SubscribeOptions message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.stream.v1.SubscribeOptions
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.stream.v1.SubscribeOptions} SubscribeOptions
                 */
                SubscribeOptions.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.stream.v1.SubscribeOptions)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.stream.v1.SubscribeOptions: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.stream.v1.SubscribeOptions();
                    if (object.maxRateHz != null)
                        message.maxRateHz = Number(object.maxRateHz);
                    switch (object.conflation) {
                    default:
                        if (typeof object.conflation === "number") {
                            message.conflation = object.conflation;
                            break;
                        }
                        break;
                    case "CONFLATION_NONE":
                    case 0:
                        message.conflation = 0;
                        break;
                    case "CONFLATION_LAST":
                    case 1:
                        message.conflation = 1;
                        break;
                    case "CONFLATION_AVG":
                    case 2:
                        message.conflation = 2;
                        break;
                    case "CONFLATION_MIN":
                    case 3:
                        message.conflation = 3;
                        break;
                    case "CONFLATION_MAX":
                    case 4:
                        message.conflation = 4;
                        break;
                    }
                    if (object.maxHistory != null)
                        message.maxHistory = object.maxHistory >>> 0;
                    if (object.telemetryBlocks != null)
                        message.telemetryBlocks = Boolean(object.telemetryBlocks);
                    return message;
                };

                /**
                 * Creates a plain object from a SubscribeOptions message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.stream.v1.SubscribeOptions
                 * @static
                 * @param {iot.stream.v1.SubscribeOptions} message SubscribeOptions
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SubscribeOptions.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.maxRateHz = 0;
                        object.conflation = options.enums === String ? "CONFLATION_NONE" : 0;
                        object.maxHistory = 0;
                        object.telemetryBlocks = false;
                    }
                    if (message.maxRateHz != null && Object.hasOwnProperty.call(message, "maxRateHz"))
                        object.maxRateHz = options.json && !isFinite(message.maxRateHz) ? String(message.maxRateHz) : message.maxRateHz;
                    if (message.conflation != null && Object.hasOwnProperty.call(message, "conflation"))
                        object.conflation = options.enums === String ? $root.iot.stream.v1.Conflation[message.conflation] === undefined ? message.conflation : $root.iot.stream.v1.Conflation[message.conflation] : message.conflation;
                    if (message.maxHistory != null && Object.hasOwnProperty.call(message, "maxHistory"))
                        object.maxHistory = message.maxHistory;
                    if (message.telemetryBlocks != null && Object.hasOwnProperty.call(message, "telemetryBlocks"))
                        object.telemetryBlocks = message.telemetryBlocks;
                    return object;
                };

                /**
                 * Converts this SubscribeOptions to JSON.
                 * @function toJSON
                 * @memberof iot.stream.v1.SubscribeOptions
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SubscribeOptions.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for SubscribeOptions
                 * @function getTypeUrl
                 * @memberof iot.stream.v1.SubscribeOptions
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                SubscribeOptions.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.stream.v1.SubscribeOptions";
                };

                return SubscribeOptions;
            })();

            v1.Subscribe = (function() {

                /**
                 * Properties of a Subscribe.
                 * @memberof iot.stream.v1
                 * @interface ISubscribe
                 * @property {number|null} [id] Subscribe id
                 * @property {string|null} [filter] Subscribe filter
                 * @property {number|null} [afterSequence] Subscribe afterSequence
                 * @property {google.protobuf.ITimestamp|null} [since] Subscribe since
                 * @property {google.protobuf.ITimestamp|null} [until] Subscribe until
                 * @property {iot.stream.v1.ISubscribeOptions|null} [options] Subscribe options
                 * @property {iot.broker.v1.IStreamPosition|null} [from] Subscribe from
                 */

                /**
                 * Constructs a new Subscribe.
                 * @memberof iot.stream.v1
                 * @classdesc Represents a Subscribe.
                 * @implements ISubscribe
                 * @constructor
                 * @param {iot.stream.v1.ISubscribe=} [properties] Properties to set
                 */
                function Subscribe(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Subscribe id.
                 * @member {number} id
                 * @memberof iot.stream.v1.Subscribe
                 * @instance
                 */
                Subscribe.prototype.id = 0;

                /**
                 * Subscribe filter.
                 * @member {string} filter
                 * @memberof iot.stream.v1.Subscribe
                 * @instance
                 */
                Subscribe.prototype.filter = "";

                /**
                 * Subscribe afterSequence.
                 * @member {number} afterSequence
                 * @memberof iot.stream.v1.Subscribe
                 * @instance
                 */
                Subscribe.prototype.afterSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Subscribe since.
                 * @member {google.protobuf.ITimestamp|null|undefined} since
                 * @memberof iot.stream.v1.Subscribe
                 * @instance
                 */
                Subscribe.prototype.since = null;

                /**
                 * Subscribe until.
                 * @member {google.protobuf.ITimestamp|null|undefined} until
                 * @memberof iot.stream.v1.Subscribe
                 * @instance
                 */
                Subscribe.prototype.until = null;

                /**
                 * Subscribe options.
                 * @member {iot.stream.v1.ISubscribeOptions|null|undefined} options
                 * @memberof iot.stream.v1.Subscribe
                 * @instance
                 */
                Subscribe.prototype.options = null;

                /**
                 * Subscribe from.
                 * @member {iot.broker.v1.IStreamPosition|null|undefined} from
                 * @memberof iot.stream.v1.Subscribe
                 * @instance
                 */
                Subscribe.prototype.from = null;

                /**
                 * Creates a new Subscribe instance using the specified properties.
                 * @function create
                 * @memberof iot.stream.v1.Subscribe
                 * @static
                 * @param {iot.stream.v1.ISubscribe=} [properties] Properties to set
                 * @returns {iot.stream.v1.Subscribe} Subscribe instance
                 */
                Subscribe.create = function create(properties) {
                    return new Subscribe(properties);
                };

                /**
                 * Encodes the specified Subscribe message. Does not implicitly {@link iot.stream.v1.Subscribe.verify|verify} messages.
                 * @function encode
                 * @memberof iot.stream.v1.Subscribe
                 * @static
                 * @param {iot.stream.v1.ISubscribe} message Subscribe message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Subscribe.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                    if (message.filter != null && Object.hasOwnProperty.call(message, "filter"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.filter);
                    if (message.afterSequence != null && Object.hasOwnProperty.call(message, "afterSequence"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.afterSequence);
                    if (message.since != null && Object.hasOwnProperty.call(message, "since"))
                        $root.google.protobuf.Timestamp.encode(message.since, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.until != null && Object.hasOwnProperty.call(message, "until"))
                        $root.google.protobuf.Timestamp.encode(message.until, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                        $root.iot.stream.v1.SubscribeOptions.encode(message.options, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                    if (message.from != null && Object.hasOwnProperty.call(message, "from"))
                        $root.iot.broker.v1.StreamPosition.encode(message.from, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a Subscribe message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.stream.v1.Subscribe
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.stream.v1.Subscribe} Subscribe
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Subscribe.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.stream.v1.Subscribe();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.filter = reader.string();
                                break;
                            }
                        case 3: {
                                message.afterSequence = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.since = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 6: {
                                message.until = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 7: {
                                message.options = $root.iot.stream.v1.SubscribeOptions.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 8: {
                                message.from = $root.iot.broker.v1.StreamPosition.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a Subscribe message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.stream.v1.Subscribe
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.stream.v1.Subscribe} Subscribe
                 */
                Subscribe.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.stream.v1.Subscribe)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.stream.v1.Subscribe: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.stream.v1.Subscribe();
                    if (object.id != null)
                        message.id = object.id >>> 0;
                    if (object.filter != null)
                        message.filter = String(object.filter);
                    if (object.afterSequence != null)
                        if ($util.Long)
                            message.afterSequence = $util.Long.fromValue(object.afterSequence, true);
                        else if (typeof object.afterSequence === "string")
                            message.afterSequence = parseInt(object.afterSequence, 10);
                        else if (typeof object.afterSequence === "number")
                            message.afterSequence = object.afterSequence;
                        else if (typeof object.afterSequence === "object")
                            message.afterSequence = new $util.LongBits(object.afterSequence.low >>> 0, object.afterSequence.high >>> 0).toNumber(true);
                    if (object.since != null) {
                        if (!$util.isObject(object.since))
                            throw TypeError(".iot.stream.v1.Subscribe.since: object expected");
                        message.since = $root.google.protobuf.Timestamp.fromObject(object.since, long + 1);
                    }
                    if (object.until != null) {
                        if (!$util.isObject(object.until))
                            throw TypeError(".iot.stream.v1.Subscribe.until: object expected");
                        message.until = $root.google.protobuf.Timestamp.fromObject(object.until, long + 1);
                    }
                    if (object.options != null) {
                        if (!$util.isObject(object.options))
                            throw TypeError(".iot.stream.v1.Subscribe.options: object expected");
                        message.options = $root.iot.stream.v1.SubscribeOptions.fromObject(object.options, long + 1);
                    }
                    if (object.from != null) {
                        if (!$util.isObject(object.from))
                            throw TypeError(".iot.stream.v1.Subscribe.from: object expected");
                        message.from = $root.iot.broker.v1.StreamPosition.fromObject(object.from, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Subscribe message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.stream.v1.Subscribe
                 * @static
                 * @param {iot.stream.v1.Subscribe} message Subscribe
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Subscribe.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.id = 0;
                        object.filter = "";
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.afterSequence = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.afterSequence = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.since = null;
                        object.until = null;
                        object.options = null;
                        object.from = null;
                    }
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.filter != null && Object.hasOwnProperty.call(message, "filter"))
                        object.filter = message.filter;
                    if (message.afterSequence != null && Object.hasOwnProperty.call(message, "afterSequence"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.afterSequence = typeof message.afterSequence === "number" ? BigInt(message.afterSequence) : $util.Long.fromBits(message.afterSequence.low >>> 0, message.afterSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.afterSequence === "number")
                            object.afterSequence = options.longs === String ? String(message.afterSequence) : message.afterSequence;
                        else
                            object.afterSequence = options.longs === String ? $util.Long.prototype.toString.call(message.afterSequence) : options.longs === Number ? new $util.LongBits(message.afterSequence.low >>> 0, message.afterSequence.high >>> 0).toNumber(true) : message.afterSequence;
                    if (message.since != null && Object.hasOwnProperty.call(message, "since"))
                        object.since = $root.google.protobuf.Timestamp.toObject(message.since, options, q + 1);
                    if (message.until != null && Object.hasOwnProperty.call(message, "until"))
                        object.until = $root.google.protobuf.Timestamp.toObject(message.until, options, q + 1);
                    if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                        object.options = $root.iot.stream.v1.SubscribeOptions.toObject(message.options, options, q + 1);
                    if (message.from != null && Object.hasOwnProperty.call(message, "from"))
                        object.from = $root.iot.broker.v1.StreamPosition.toObject(message.from, options, q + 1);
                    return object;
                };

                /**
                 * Converts this Subscribe to JSON.
                 * @function toJSON
                 * @memberof iot.stream.v1.Subscribe
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Subscribe.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Subscribe
                 * @function getTypeUrl
                 * @memberof iot.stream.v1.Subscribe
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Subscribe.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.stream.v1.Subscribe";
                };

                return Subscribe;
            })();

            v1.Unsubscribe = (function() {

                /**
                 * Properties of an Unsubscribe.
                 * @memberof iot.stream.v1
                 * @interface IUnsubscribe
                 * @property {number|null} [id] Unsubscribe id
                 */

                /**
                 * Constructs a new Unsubscribe.
                 * @memberof iot.stream.v1
                 * @classdesc Represents an Unsubscribe.
                 * @implements IUnsubscribe
                 * @constructor
                 * @param {iot.stream.v1.IUnsubscribe=} [properties] Properties to set
                 */
                function Unsubscribe(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Unsubscribe id.
                 * @member {number} id
                 * @memberof iot.stream.v1.Unsubscribe
                 * @instance
                 */
                Unsubscribe.prototype.id = 0;

                /**
                 * Creates a new Unsubscribe instance using the specified properties.
                 * @function create
                 * @memberof iot.stream.v1.Unsubscribe
                 * @static
                 * @param {iot.stream.v1.IUnsubscribe=} [properties] Properties to set
                 * @returns {iot.stream.v1.Unsubscribe} Unsubscribe instance
                 */
                Unsubscribe.create = function create(properties) {
                    return new Unsubscribe(properties);
                };

                /**
                 * Encodes the specified Unsubscribe message. Does not implicitly {@link iot.stream.v1.Unsubscribe.verify|verify} messages.
                 * @function encode
                 * @memberof iot.stream.v1.Unsubscribe
                 * @static
                 * @param {iot.stream.v1.IUnsubscribe} message Unsubscribe message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Unsubscribe.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                    return writer;
                };

                /**
                 * Decodes an Unsubscribe message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.stream.v1.Unsubscribe
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.stream.v1.Unsubscribe} Unsubscribe
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Unsubscribe.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.stream.v1.Unsubscribe();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates an Unsubscribe message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.stream.v1.Unsubscribe
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.stream.v1.Unsubscribe} Unsubscribe
                 */
                Unsubscribe.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.stream.v1.Unsubscribe)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.stream.v1.Unsubscribe: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.stream.v1.Unsubscribe();
                    if (object.id != null)
                        message.id = object.id >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from an Unsubscribe message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.stream.v1.Unsubscribe
                 * @static
                 * @param {iot.stream.v1.Unsubscribe} message Unsubscribe
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Unsubscribe.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.id = 0;
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    return object;
                };

                /**
                 * Converts this Unsubscribe to JSON.
                 * @function toJSON
                 * @memberof iot.stream.v1.Unsubscribe
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Unsubscribe.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Unsubscribe
                 * @function getTypeUrl
                 * @memberof iot.stream.v1.Unsubscribe
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Unsubscribe.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.stream.v1.Unsubscribe";
                };

                return Unsubscribe;
            })();

            v1.Ping = (function() {

                /**
                 * Properties of a Ping.
                 * @memberof iot.stream.v1
                 * @interface IPing
                 * @property {number|null} [nonce] Ping nonce
                 */

                /**
                 * Constructs a new Ping.
                 * @memberof iot.stream.v1
                 * @classdesc Represents a Ping.
                 * @implements IPing
                 * @constructor
                 * @param {iot.stream.v1.IPing=} [properties] Properties to set
                 */
                function Ping(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Ping nonce.
                 * @member {number} nonce
                 * @memberof iot.stream.v1.Ping
                 * @instance
                 */
                Ping.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Ping instance using the specified properties.
                 * @function create
                 * @memberof iot.stream.v1.Ping
                 * @static
                 * @param {iot.stream.v1.IPing=} [properties] Properties to set
                 * @returns {iot.stream.v1.Ping} Ping instance
                 */
                Ping.create = function create(properties) {
                    return new Ping(properties);
                };

                /**
                 * Encodes the specified Ping message. Does not implicitly {@link iot.stream.v1.Ping.verify|verify} messages.
                 * @function encode
                 * @memberof iot.stream.v1.Ping
                 * @static
                 * @param {iot.stream.v1.IPing} message Ping message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Ping.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nonce);
                    return writer;
                };

                /**
                 * Decodes a Ping message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.stream.v1.Ping
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.stream.v1.Ping} Ping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Ping.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.stream.v1.Ping();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.nonce = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a Ping message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.stream.v1.Ping
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.stream.v1.Ping} Ping
                 */
                Ping.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.stream.v1.Ping)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.stream.v1.Ping: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.stream.v1.Ping();
                    if (object.nonce != null)
                        if ($util.Long)
                            message.nonce = $util.Long.fromValue(object.nonce, true);
                        else if (typeof object.nonce === "string")
                            message.nonce = parseInt(object.nonce, 10);
                        else if (typeof object.nonce === "number")
                            message.nonce = object.nonce;
                        else if (typeof object.nonce === "object")
                            message.nonce = new $util.LongBits(object.nonce.low >>> 0, object.nonce.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Ping message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.stream.v1.Ping
                 * @static
                 * @param {iot.stream.v1.Ping} message Ping
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Ping.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.nonce = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.nonce = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.nonce = typeof message.nonce === "number" ? BigInt(message.nonce) : $util.Long.fromBits(message.nonce.low >>> 0, message.nonce.high >>> 0, true).toBigInt();
                        else if (typeof message.nonce === "number")
                            object.nonce = options.longs === String ? String(message.nonce) : message.nonce;
                        else
                            object.nonce = options.longs === String ? $util.Long.prototype.toString.call(message.nonce) : options.longs === Number ? new $util.LongBits(message.nonce.low >>> 0, message.nonce.high >>> 0).toNumber(true) : message.nonce;
                    return object;
                };

                /**
                 * Converts this Ping to JSON.
                 * @function toJSON
                 * @memberof iot.stream.v1.Ping
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Ping.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Ping
                 * @function getTypeUrl
                 * @memberof iot.stream.v1.Ping
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Ping.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.stream.v1.Ping";
                };

                return Ping;
            })();

            v1.ServerFrame = (function() {

                /**
                 * Properties of a ServerFrame.
                 * @memberof iot.stream.v1
                 * @interface IServerFrame
                 * @property {iot.stream.v1.ISubscribed|null} [subscribed] ServerFrame subscribed
                 * @property {iot.stream.v1.IBatch|null} [batch] ServerFrame batch
                 * @property {iot.stream.v1.IStatus|null} [status] ServerFrame status
                 * @property {iot.stream.v1.IError|null} [error] ServerFrame error
                 * @property {iot.stream.v1.IPong|null} [pong] ServerFrame pong
                 */

                /**
                 * Constructs a new ServerFrame.
                 * @memberof iot.stream.v1
                 * @classdesc Represents a ServerFrame.
                 * @implements IServerFrame
                 * @constructor
                 * @param {iot.stream.v1.IServerFrame=} [properties] Properties to set
                 */
                function ServerFrame(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ServerFrame subscribed.
                 * @member {iot.stream.v1.ISubscribed|null|undefined} subscribed
                 * @memberof iot.stream.v1.ServerFrame
                 * @instance
                 */
                ServerFrame.prototype.subscribed = null;

                /**
                 * ServerFrame batch.
                 * @member {iot.stream.v1.IBatch|null|undefined} batch
                 * @memberof iot.stream.v1.ServerFrame
                 * @instance
                 */
                ServerFrame.prototype.batch = null;

                /**
                 * ServerFrame status.
                 * @member {iot.stream.v1.IStatus|null|undefined} status
                 * @memberof iot.stream.v1.ServerFrame
                 * @instance
                 */
                ServerFrame.prototype.status = null;

                /**
                 * ServerFrame error.
                 * @member {iot.stream.v1.IError|null|undefined} error
                 * @memberof iot.stream.v1.ServerFrame
                 * @instance
                 */
                ServerFrame.prototype.error = null;

                /**
                 * ServerFrame pong.
                 * @member {iot.stream.v1.IPong|null|undefined} pong
                 * @memberof iot.stream.v1.ServerFrame
                 * @instance
                 */
                ServerFrame.prototype.pong = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * ServerFrame kind.
                 * @member {"subscribed"|"batch"|"status"|"error"|"pong"|undefined} kind
                 * @memberof iot.stream.v1.ServerFrame
                 * @instance
                 */
                Object.defineProperty(ServerFrame.prototype, "kind", {
                    get: $util.oneOfGetter($oneOfFields = ["subscribed", "batch", "status", "error", "pong"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ServerFrame instance using the specified properties.
                 * @function create
                 * @memberof iot.stream.v1.ServerFrame
                 * @static
                 * @param {iot.stream.v1.IServerFrame=} [properties] Properties to set
                 * @returns {iot.stream.v1.ServerFrame} ServerFrame instance
                 */
                ServerFrame.create = function create(properties) {
                    return new ServerFrame(properties);
                };

                /**
                 * Encodes the specified ServerFrame message. Does not implicitly {@link iot.stream.v1.ServerFrame.verify|verify} messages.
                 * @function encode
                 * @memberof iot.stream.v1.ServerFrame
                 * @static
                 * @param {iot.stream.v1.IServerFrame} message ServerFrame message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ServerFrame.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.subscribed != null && Object.hasOwnProperty.call(message, "subscribed"))
                        $root.iot.stream.v1.Subscribed.encode(message.subscribed, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.batch != null && Object.hasOwnProperty.call(message, "batch"))
                        $root.iot.stream.v1.Batch.encode(message.batch, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        $root.iot.stream.v1.Status.encode(message.status, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                        $root.iot.stream.v1.Error.encode(message.error, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.pong != null && Object.hasOwnProperty.call(message, "pong"))
                        $root.iot.stream.v1.Pong.encode(message.pong, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a ServerFrame message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.stream.v1.ServerFrame
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.stream.v1.ServerFrame} ServerFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ServerFrame.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.stream.v1.ServerFrame();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.subscribed = $root.iot.stream.v1.Subscribed.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                message.batch = $root.iot.stream.v1.Batch.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 3: {
                                message.status = $root.iot.stream.v1.Status.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.error = $root.iot.stream.v1.Error.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 5: {
                                message.pong = $root.iot.stream.v1.Pong.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a ServerFrame message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.stream.v1.ServerFrame
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.stream.v1.ServerFrame} ServerFrame
                 */
                ServerFrame.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.stream.v1.ServerFrame)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.stream.v1.ServerFrame: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.stream.v1.ServerFrame();
                    if (object.subscribed != null) {
                        if (!$util.isObject(object.subscribed))
                            throw TypeError(".iot.stream.v1.ServerFrame.subscribed: object expected");
                        message.subscribed = $root.iot.stream.v1.Subscribed.fromObject(object.subscribed, long + 1);
                    }
                    if (object.batch != null) {
                        if (!$util.isObject(object.batch))
                            throw TypeError(".iot.stream.v1.ServerFrame.batch: object expected");
                        message.batch = $root.iot.stream.v1.Batch.fromObject(object.batch, long + 1);
                    }
                    if (object.status != null) {
                        if (!$util.isObject(object.status))
                            throw TypeError(".iot.stream.v1.ServerFrame.status: object expected");
                        message.status = $root.iot.stream.v1.Status.fromObject(object.status, long + 1);
                    }
                    if (object.error != null) {
                        if (!$util.isObject(object.error))
                            throw TypeError(".iot.stream.v1.ServerFrame.error: object expected");
                        message.error = $root.iot.stream.v1.Error.fromObject(object.error, long + 1);
                    }
                    if (object.pong != null) {
                        if (!$util.isObject(object.pong))
                            throw TypeError(".iot.stream.v1.ServerFrame.pong: object expected");
                        message.pong = $root.iot.stream.v1.Pong.fromObject(object.pong, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ServerFrame message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.stream.v1.ServerFrame
                 * @static
                 * @param {iot.stream.v1.ServerFrame} message ServerFrame
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ServerFrame.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (message.subscribed != null && Object.hasOwnProperty.call(message, "subscribed")) {
                        object.subscribed = $root.iot.stream.v1.Subscribed.toObject(message.subscribed, options, q + 1);
                        if (options.oneofs)
                            object.kind = "subscribed";
                    }
                    if (message.batch != null && Object.hasOwnProperty.call(message, "batch")) {
                        object.batch = $root.iot.stream.v1.Batch.toObject(message.batch, options, q + 1);
                        if (options.oneofs)
                            object.kind = "batch";
                    }
                    if (message.status != null && Object.hasOwnProperty.call(message, "status")) {
                        object.status = $root.iot.stream.v1.Status.toObject(message.status, options, q + 1);
                        if (options.oneofs)
                            object.kind = "status";
                    }
                    if (message.error != null && Object.hasOwnProperty.call(message, "error")) {
                        object.error = $root.iot.stream.v1.Error.toObject(message.error, options, q + 1);
                        if (options.oneofs)
                            object.kind = "error";
                    }
                    if (message.pong != null && Object.hasOwnProperty.call(message, "pong")) {
                        object.pong = $root.iot.stream.v1.Pong.toObject(message.pong, options, q + 1);
                        if (options.oneofs)
                            object.kind = "pong";
                    }
                    return object;
                };

                /**
                 * Converts this ServerFrame to JSON.
                 * @function toJSON
                 * @memberof iot.stream.v1.ServerFrame
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ServerFrame.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ServerFrame
                 * @function getTypeUrl
                 * @memberof iot.stream.v1.ServerFrame
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ServerFrame.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.stream.v1.ServerFrame";
                };

                return ServerFrame;
            })();

            v1.Subscribed = (function() {

                /**
                 * Properties of a Subscribed.
                 * @memberof iot.stream.v1
                 * @interface ISubscribed
                 * @property {number|null} [subscriptionId] Subscribed subscriptionId
                 * @property {number|null} [streamId] Subscribed streamId
                 */

                /**
                 * Constructs a new Subscribed.
                 * @memberof iot.stream.v1
                 * @classdesc Represents a Subscribed.
                 * @implements ISubscribed
                 * @constructor
                 * @param {iot.stream.v1.ISubscribed=} [properties] Properties to set
                 */
                function Subscribed(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Subscribed subscriptionId.
                 * @member {number} subscriptionId
                 * @memberof iot.stream.v1.Subscribed
                 * @instance
                 */
                Subscribed.prototype.subscriptionId = 0;

                /**
                 * Subscribed streamId.
                 * @member {number} streamId
                 * @memberof iot.stream.v1.Subscribed
                 * @instance
                 */
                Subscribed.prototype.streamId = 0;

                /**
                 * Creates a new Subscribed instance using the specified properties.
                 * @function create
                 * @memberof iot.stream.v1.Subscribed
                 * @static
                 * @param {iot.stream.v1.ISubscribed=} [properties] Properties to set
                 * @returns {iot.stream.v1.Subscribed} Subscribed instance
                 */
                Subscribed.create = function create(properties) {
                    return new Subscribed(properties);
                };

                /**
                 * Encodes the specified Subscribed message. Does not implicitly {@link iot.stream.v1.Subscribed.verify|verify} messages.
                 * @function encode
                 * @memberof iot.stream.v1.Subscribed
                 * @static
                 * @param {iot.stream.v1.ISubscribed} message Subscribed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Subscribed.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.subscriptionId != null && Object.hasOwnProperty.call(message, "subscriptionId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.subscriptionId);
                    if (message.streamId != null && Object.hasOwnProperty.call(message, "streamId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.streamId);
                    return writer;
                };

                /**
                 * Decodes a Subscribed message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.stream.v1.Subscribed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.stream.v1.Subscribed} Subscribed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Subscribed.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.stream.v1.Subscribed();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.subscriptionId = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.streamId = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a Subscribed message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.stream.v1.Subscribed
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.stream.v1.Subscribed} Subscribed
                 */
                Subscribed.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.stream.v1.Subscribed)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.stream.v1.Subscribed: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.stream.v1.Subscribed();
                    if (object.subscriptionId != null)
                        message.subscriptionId = object.subscriptionId >>> 0;
                    if (object.streamId != null)
                        message.streamId = object.streamId >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Subscribed message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.stream.v1.Subscribed
                 * @static
                 * @param {iot.stream.v1.Subscribed} message Subscribed
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Subscribed.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.subscriptionId = 0;
                        object.streamId = 0;
                    }
                    if (message.subscriptionId != null && Object.hasOwnProperty.call(message, "subscriptionId"))
                        object.subscriptionId = message.subscriptionId;
                    if (message.streamId != null && Object.hasOwnProperty.call(message, "streamId"))
                        object.streamId = message.streamId;
                    return object;
                };

                /**
                 * Converts this Subscribed to JSON.
                 * @function toJSON
                 * @memberof iot.stream.v1.Subscribed
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Subscribed.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Subscribed
                 * @function getTypeUrl
                 * @memberof iot.stream.v1.Subscribed
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Subscribed.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.stream.v1.Subscribed";
                };

                return Subscribed;
            })();

            v1.Gap = (function() {

                /**
                 * Properties of a Gap.
                 * @memberof iot.stream.v1
                 * @interface IGap
                 * @property {string|null} [topic] Gap topic
                 * @property {number|null} [fromSequence] Gap fromSequence
                 * @property {number|null} [toSequence] Gap toSequence
                 * @property {google.protobuf.ITimestamp|null} [afterTime] Gap afterTime
                 * @property {boolean|null} [restarted] Gap restarted
                 */

                /**
                 * Constructs a new Gap.
                 * @memberof iot.stream.v1
                 * @classdesc Represents a Gap.
                 * @implements IGap
                 * @constructor
                 * @param {iot.stream.v1.IGap=} [properties] Properties to set
                 */
                function Gap(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Gap topic.
                 * @member {string} topic
                 * @memberof iot.stream.v1.Gap
                 * @instance
                 */
                Gap.prototype.topic = "";

                /**
                 * Gap fromSequence.
                 * @member {number} fromSequence
                 * @memberof iot.stream.v1.Gap
                 * @instance
                 */
                Gap.prototype.fromSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Gap toSequence.
                 * @member {number} toSequence
                 * @memberof iot.stream.v1.Gap
                 * @instance
                 */
                Gap.prototype.toSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Gap afterTime.
                 * @member {google.protobuf.ITimestamp|null|undefined} afterTime
                 * @memberof iot.stream.v1.Gap
                 * @instance
                 */
                Gap.prototype.afterTime = null;

                /**
                 * Gap restarted.
                 * @member {boolean} restarted
                 * @memberof iot.stream.v1.Gap
                 * @instance
                 */
                Gap.prototype.restarted = false;

                /**
                 * Creates a new Gap instance using the specified properties.
                 * @function create
                 * @memberof iot.stream.v1.Gap
                 * @static
                 * @param {iot.stream.v1.IGap=} [properties] Properties to set
                 * @returns {iot.stream.v1.Gap} Gap instance
                 */
                Gap.create = function create(properties) {
                    return new Gap(properties);
                };

                /**
                 * Encodes the specified Gap message. Does not implicitly {@link iot.stream.v1.Gap.verify|verify} messages.
                 * @function encode
                 * @memberof iot.stream.v1.Gap
                 * @static
                 * @param {iot.stream.v1.IGap} message Gap message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Gap.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                    if (message.fromSequence != null && Object.hasOwnProperty.call(message, "fromSequence"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.fromSequence);
                    if (message.toSequence != null && Object.hasOwnProperty.call(message, "toSequence"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.toSequence);
                    if (message.afterTime != null && Object.hasOwnProperty.call(message, "afterTime"))
                        $root.google.protobuf.Timestamp.encode(message.afterTime, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.restarted != null && Object.hasOwnProperty.call(message, "restarted"))
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.restarted);
                    return writer;
                };

                /**
                 * Decodes a Gap message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.stream.v1.Gap
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.stream.v1.Gap} Gap
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Gap.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.stream.v1.Gap();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.topic = reader.string();
                                break;
                            }
                        case 2: {
                                message.fromSequence = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.toSequence = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.afterTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 5: {
                                message.restarted = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a Gap message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.stream.v1.Gap
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.stream.v1.Gap} Gap
                 */
                Gap.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.stream.v1.Gap)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.stream.v1.Gap: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.stream.v1.Gap();
                    if (object.topic != null)
                        message.topic = String(object.topic);
                    if (object.fromSequence != null)
                        if ($util.Long)
                            message.fromSequence = $util.Long.fromValue(object.fromSequence, true);
                        else if (typeof object.fromSequence === "string")
                            message.fromSequence = parseInt(object.fromSequence, 10);
                        else if (typeof object.fromSequence === "number")
                            message.fromSequence = object.fromSequence;
                        else if (typeof object.fromSequence === "object")
                            message.fromSequence = new $util.LongBits(object.fromSequence.low >>> 0, object.fromSequence.high >>> 0).toNumber(true);
                    if (object.toSequence != null)
                        if ($util.Long)
                            message.toSequence = $util.Long.fromValue(object.toSequence, true);
                        else if (typeof object.toSequence === "string")
                            message.toSequence = parseInt(object.toSequence, 10);
                        else if (typeof object.toSequence === "number")
                            message.toSequence = object.toSequence;
                        else if (typeof object.toSequence === "object")
                            message.toSequence = new $util.LongBits(object.toSequence.low >>> 0, object.toSequence.high >>> 0).toNumber(true);
                    if (object.afterTime != null) {
                        if (!$util.isObject(object.afterTime))
                            throw TypeError(".iot.stream.v1.Gap.afterTime: object expected");
                        message.afterTime = $root.google.protobuf.Timestamp.fromObject(object.afterTime, long + 1);
                    }
                    if (object.restarted != null)
                        message.restarted = Boolean(object.restarted);
                    return message;
                };

                /**
                 * Creates a plain object from a Gap message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.stream.v1.Gap
                 * @static
                 * @param {iot.stream.v1.Gap} message Gap
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Gap.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.topic = "";
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.fromSequence = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.fromSequence = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.toSequence = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.toSequence = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.afterTime = null;
                        object.restarted = false;
                    }
                    if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                        object.topic = message.topic;
                    if (message.fromSequence != null && Object.hasOwnProperty.call(message, "fromSequence"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.fromSequence = typeof message.fromSequence === "number" ? BigInt(message.fromSequence) : $util.Long.fromBits(message.fromSequence.low >>> 0, message.fromSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.fromSequence === "number")
                            object.fromSequence = options.longs === String ? String(message.fromSequence) : message.fromSequence;
                        else
                            object.fromSequence = options.longs === String ? $util.Long.prototype.toString.call(message.fromSequence) : options.longs === Number ? new $util.LongBits(message.fromSequence.low >>> 0, message.fromSequence.high >>> 0).toNumber(true) : message.fromSequence;
                    if (message.toSequence != null && Object.hasOwnProperty.call(message, "toSequence"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.toSequence = typeof message.toSequence === "number" ? BigInt(message.toSequence) : $util.Long.fromBits(message.toSequence.low >>> 0, message.toSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.toSequence === "number")
                            object.toSequence = options.longs === String ? String(message.toSequence) : message.toSequence;
                        else
                            object.toSequence = options.longs === String ? $util.Long.prototype.toString.call(message.toSequence) : options.longs === Number ? new $util.LongBits(message.toSequence.low >>> 0, message.toSequence.high >>> 0).toNumber(true) : message.toSequence;
                    if (message.afterTime != null && Object.hasOwnProperty.call(message, "afterTime"))
                        object.afterTime = $root.google.protobuf.Timestamp.toObject(message.afterTime, options, q + 1);
                    if (message.restarted != null && Object.hasOwnProperty.call(message, "restarted"))
                        object.restarted = message.restarted;
                    return object;
                };

                /**
                 * Converts this Gap to JSON.
                 * @function toJSON
                 * @memberof iot.stream.v1.Gap
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Gap.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Gap
                 * @function getTypeUrl
                 * @memberof iot.stream.v1.Gap
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Gap.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.stream.v1.Gap";
                };

                return Gap;
            })();

            v1.Batch = (function() {

                /**
                 * Properties of a Batch.
                 * @memberof iot.stream.v1
                 * @interface IBatch
                 * @property {number|null} [streamId] Batch streamId
                 * @property {Array.<iot.broker.v1.IEnvelope>|null} [envelopes] Batch envelopes
                 * @property {number|null} [dropped] Batch dropped
                 * @property {Array.<iot.stream.v1.IGap>|null} [gaps] Batch gaps
                 * @property {iot.stream.v1.ITelemetryBlock|null} [block] Batch block
                 * @property {iot.broker.v1.IStreamPosition|null} [position] Batch position
                 */

                /**
                 * Constructs a new Batch.
                 * @memberof iot.stream.v1
                 * @classdesc Represents a Batch.
                 * @implements IBatch
                 * @constructor
                 * @param {iot.stream.v1.IBatch=} [properties] Properties to set
                 */
                function Batch(properties) {
                    this.envelopes = [];
                    this.gaps = [];
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Batch streamId.
                 * @member {number} streamId
                 * @memberof iot.stream.v1.Batch
                 * @instance
                 */
                Batch.prototype.streamId = 0;

                /**
                 * Batch envelopes.
                 * @member {Array.<iot.broker.v1.IEnvelope>} envelopes
                 * @memberof iot.stream.v1.Batch
                 * @instance
                 */
                Batch.prototype.envelopes = $util.emptyArray;

                /**
                 * Batch dropped.
                 * @member {number} dropped
                 * @memberof iot.stream.v1.Batch
                 * @instance
                 */
                Batch.prototype.dropped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Batch gaps.
                 * @member {Array.<iot.stream.v1.IGap>} gaps
                 * @memberof iot.stream.v1.Batch
                 * @instance
                 */
                Batch.prototype.gaps = $util.emptyArray;

                /**
                 * Batch block.
                 * @member {iot.stream.v1.ITelemetryBlock|null|undefined} block
                 * @memberof iot.stream.v1.Batch
                 * @instance
                 */
                Batch.prototype.block = null;

                /**
                 * Batch position.
                 * @member {iot.broker.v1.IStreamPosition|null|undefined} position
                 * @memberof iot.stream.v1.Batch
                 * @instance
                 */
                Batch.prototype.position = null;

                /**
                 * Creates a new Batch instance using the specified properties.
                 * @function create
                 * @memberof iot.stream.v1.Batch
                 * @static
                 * @param {iot.stream.v1.IBatch=} [properties] Properties to set
                 * @returns {iot.stream.v1.Batch} Batch instance
                 */
                Batch.create = function create(properties) {
                    return new Batch(properties);
                };

                /**
                 * Encodes the specified Batch message. Does not implicitly {@link iot.stream.v1.Batch.verify|verify} messages.
                 * @function encode
                 * @memberof iot.stream.v1.Batch
                 * @static
                 * @param {iot.stream.v1.IBatch} message Batch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Batch.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.streamId != null && Object.hasOwnProperty.call(message, "streamId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.streamId);
                    if (message.envelopes != null && message.envelopes.length)
                        for (var i = 0; i < message.envelopes.length; ++i)
                            $root.iot.broker.v1.Envelope.encode(message.envelopes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.dropped != null && Object.hasOwnProperty.call(message, "dropped"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.dropped);
                    if (message.gaps != null && message.gaps.length)
                        for (var i = 0; i < message.gaps.length; ++i)
                            $root.iot.stream.v1.Gap.encode(message.gaps[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.block != null && Object.hasOwnProperty.call(message, "block"))
                        $root.iot.stream.v1.TelemetryBlock.encode(message.block, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (message.position != null && Object.hasOwnProperty.call(message, "position"))
                        $root.iot.broker.v1.StreamPosition.encode(message.position, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a Batch message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.stream.v1.Batch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.stream.v1.Batch} Batch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Batch.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.stream.v1.Batch();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.streamId = reader.uint32();
                                break;
                            }
                        case 2: {
                                if (!(message.envelopes && message.envelopes.length))
                                    message.envelopes = [];
                                message.envelopes.push($root.iot.broker.v1.Envelope.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 3: {
                                message.dropped = reader.uint64();
                                break;
                            }
                        case 4: {
                                if (!(message.gaps && message.gaps.length))
                                    message.gaps = [];
                                message.gaps.push($root.iot.stream.v1.Gap.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 5: {
                                message.block = $root.iot.stream.v1.TelemetryBlock.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 6: {
                                message.position = $root.iot.broker.v1.StreamPosition.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a Batch message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.stream.v1.Batch
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.stream.v1.Batch} Batch
                 */
                Batch.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.stream.v1.Batch)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.stream.v1.Batch: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.stream.v1.Batch();
                    if (object.streamId != null)
                        message.streamId = object.streamId >>> 0;
                    if (object.envelopes) {
                        if (!Array.isArray(object.envelopes))
                            throw TypeError(".iot.stream.v1.Batch.envelopes: array expected");
                        message.envelopes = [];
                        for (var i = 0; i < object.envelopes.length; ++i) {
                            if (!$util.isObject(object.envelopes[i]))
                                throw TypeError(".iot.stream.v1.Batch.envelopes: object expected");
                            message.envelopes[i] = $root.iot.broker.v1.Envelope.fromObject(object.envelopes[i], long + 1);
                        }
                    }
                    if (object.dropped != null)
                        if ($util.Long)
                            message.dropped = $util.Long.fromValue(object.dropped, true);
                        else if (typeof object.dropped === "string")
                            message.dropped = parseInt(object.dropped, 10);
                        else if (typeof object.dropped === "number")
                            message.dropped = object.dropped;
                        else if (typeof object.dropped === "object")
                            message.dropped = new $util.LongBits(object.dropped.low >>> 0, object.dropped.high >>> 0).toNumber(true);
                    if (object.gaps) {
                        if (!Array.isArray(object.gaps))
                            throw TypeError(".iot.stream.v1.Batch.gaps: array expected");
                        message.gaps = [];
                        for (var i = 0; i < object.gaps.length; ++i) {
                            if (!$util.isObject(object.gaps[i]))
                                throw TypeError(".iot.stream.v1.Batch.gaps: object expected");
                            message.gaps[i] = $root.iot.stream.v1.Gap.fromObject(object.gaps[i], long + 1);
                        }
                    }
                    if (object.block != null) {
                        if (!$util.isObject(object.block))
                            throw TypeError(".iot.stream.v1.Batch.block: object expected");
                        message.block = $root.iot.stream.v1.TelemetryBlock.fromObject(object.block, long + 1);
                    }
                    if (object.position != null) {
                        if (!$util.isObject(object.position))
                            throw TypeError(".iot.stream.v1.Batch.position: object expected");
                        message.position = $root.iot.broker.v1.StreamPosition.fromObject(object.position, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Batch message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.stream.v1.Batch
                 * @static
                 * @param {iot.stream.v1.Batch} message Batch
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Batch.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults) {
                        object.envelopes = [];
                        object.gaps = [];
                    }
                    if (options.defaults) {
                        object.streamId = 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.dropped = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.dropped = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.block = null;
                        object.position = null;
                    }
                    if (message.streamId != null && Object.hasOwnProperty.call(message, "streamId"))
                        object.streamId = message.streamId;
                    if (message.envelopes && message.envelopes.length) {
                        object.envelopes = [];
                        for (var j = 0; j < message.envelopes.length; ++j)
                            object.envelopes[j] = $root.iot.broker.v1.Envelope.toObject(message.envelopes[j], options, q + 1);
                    }
                    if (message.dropped != null && Object.hasOwnProperty.call(message, "dropped"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.dropped = typeof message.dropped === "number" ? BigInt(message.dropped) : $util.Long.fromBits(message.dropped.low >>> 0, message.dropped.high >>> 0, true).toBigInt();
                        else if (typeof message.dropped === "number")
                            object.dropped = options.longs === String ? String(message.dropped) : message.dropped;
                        else
                            object.dropped = options.longs === String ? $util.Long.prototype.toString.call(message.dropped) : options.longs === Number ? new $util.LongBits(message.dropped.low >>> 0, message.dropped.high >>> 0).toNumber(true) : message.dropped;
                    if (message.gaps && message.gaps.length) {
                        object.gaps = [];
                        for (var j = 0; j < message.gaps.length; ++j)
                            object.gaps[j] = $root.iot.stream.v1.Gap.toObject(message.gaps[j], options, q + 1);
                    }
                    if (message.block != null && Object.hasOwnProperty.call(message, "block"))
                        object.block = $root.iot.stream.v1.TelemetryBlock.toObject(message.block, options, q + 1);
                    if (message.position != null && Object.hasOwnProperty.call(message, "position"))
                        object.position = $root.iot.broker.v1.StreamPosition.toObject(message.position, options, q + 1);
                    return object;
                };

                /**
                 * Converts this Batch to JSON.
                 * @function toJSON
                 * @memberof iot.stream.v1.Batch
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Batch.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Batch
                 * @function getTypeUrl
                 * @memberof iot.stream.v1.Batch
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Batch.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.stream.v1.Batch";
                };

                return Batch;
            })();

            v1.TelemetryBlock = (function() {

                /**
                 * Properties of a TelemetryBlock.
                 * @memberof iot.stream.v1
                 * @interface ITelemetryBlock
                 * @property {Array.<iot.stream.v1.IBlockSource>|null} [sources] TelemetryBlock sources
                 * @property {Array.<number>|null} [sourceIndex] TelemetryBlock sourceIndex
                 * @property {Array.<number>|null} [sequences] TelemetryBlock sequences
                 * @property {Array.<number>|null} [brokerTimeMs] TelemetryBlock brokerTimeMs
                 * @property {Array.<number>|null} [eventTimeMs] TelemetryBlock eventTimeMs
                 * @property {Array.<string>|null} [fields] TelemetryBlock fields
                 * @property {Array.<number>|null} [values] TelemetryBlock values
                 */

                /**
                 * Constructs a new TelemetryBlock.
                 * @memberof iot.stream.v1
                 * @classdesc Represents a TelemetryBlock.
                 * @implements ITelemetryBlock
                 * @constructor
                 * @param {iot.stream.v1.ITelemetryBlock=} [properties] Properties to set
                 */
                function TelemetryBlock(properties) {
                    this.sources = [];
                    this.sourceIndex = [];
                    this.sequences = [];
                    this.brokerTimeMs = [];
                    this.eventTimeMs = [];
                    this.fields = [];
                    this.values = [];
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * TelemetryBlock sources.
                 * @member {Array.<iot.stream.v1.IBlockSource>} sources
                 * @memberof iot.stream.v1.TelemetryBlock
                 * @instance
                 */
                TelemetryBlock.prototype.sources = $util.emptyArray;

                /**
                 * TelemetryBlock sourceIndex.
                 * @member {Array.<number>} sourceIndex
                 * @memberof iot.stream.v1.TelemetryBlock
                 * @instance
                 */
                TelemetryBlock.prototype.sourceIndex = $util.emptyArray;

                /**
                 * TelemetryBlock sequences.
                 * @member {Array.<number>} sequences
                 * @memberof iot.stream.v1.TelemetryBlock
                 * @instance
                 */
                TelemetryBlock.prototype.sequences = $util.emptyArray;

                /**
                 * TelemetryBlock brokerTimeMs.
                 * @member {Array.<number>} brokerTimeMs
                 * @memberof iot.stream.v1.TelemetryBlock
                 * @instance
                 */
                TelemetryBlock.prototype.brokerTimeMs = $util.emptyArray;

                /**
                 * TelemetryBlock eventTimeMs.
                 * @member {Array.<number>} eventTimeMs
                 * @memberof iot.stream.v1.TelemetryBlock
                 * @instance
                 */
                TelemetryBlock.prototype.eventTimeMs = $util.emptyArray;

                /**
                 * TelemetryBlock fields.
                 * @member {Array.<string>} fields
                 * @memberof iot.stream.v1.TelemetryBlock
                 * @instance
                 */
                TelemetryBlock.prototype.fields = $util.emptyArray;

                /**
                 * TelemetryBlock values.
                 * @member {Array.<number>} values
                 * @memberof iot.stream.v1.TelemetryBlock
                 * @instance
                 */
                TelemetryBlock.prototype.values = $util.emptyArray;

                /**
                 * Creates a new TelemetryBlock instance using the specified properties.
                 * @function create
                 * @memberof iot.stream.v1.TelemetryBlock
                 * @static
                 * @param {iot.stream.v1.ITelemetryBlock=} [properties] Properties to set
                 * @returns {iot.stream.v1.TelemetryBlock} TelemetryBlock instance
                 */
                TelemetryBlock.create = function create(properties) {
                    return new TelemetryBlock(properties);
                };

                /**
                 * Encodes the specified TelemetryBlock message. Does not implicitly {@link iot.stream.v1.TelemetryBlock.verify|verify} messages.
                 * @function encode
                 * @memberof iot.stream.v1.TelemetryBlock
                 * @static
                 * @param {iot.stream.v1.ITelemetryBlock} message TelemetryBlock message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TelemetryBlock.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.sources != null && message.sources.length)
                        for (var i = 0; i < message.sources.length; ++i)
                            $root.iot.stream.v1.BlockSource.encode(message.sources[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.sourceIndex != null && message.sourceIndex.length) {
                        writer.uint32(/* id 2, wireType 2 =*/18).fork();
                        for (var i = 0; i < message.sourceIndex.length; ++i)
                            writer.uint32(message.sourceIndex[i]);
                        writer.ldelim();
                    }
                    if (message.sequences != null && message.sequences.length) {
                        writer.uint32(/* id 3, wireType 2 =*/26).fork();
                        for (var i = 0; i < message.sequences.length; ++i)
                            writer.uint64(message.sequences[i]);
                        writer.ldelim();
                    }
                    if (message.brokerTimeMs != null && message.brokerTimeMs.length) {
                        writer.uint32(/* id 4, wireType 2 =*/34).fork();
                        for (var i = 0; i < message.brokerTimeMs.length; ++i)
                            writer.double(message.brokerTimeMs[i]);
                        writer.ldelim();
                    }
                    if (message.eventTimeMs != null && message.eventTimeMs.length) {
                        writer.uint32(/* id 5, wireType 2 =*/42).fork();
                        for (var i = 0; i < message.eventTimeMs.length; ++i)
                            writer.double(message.eventTimeMs[i]);
                        writer.ldelim();
                    }
                    if (message.fields != null && message.fields.length)
                        for (var i = 0; i < message.fields.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.fields[i]);
                    if (message.values != null && message.values.length) {
                        writer.uint32(/* id 7, wireType 2 =*/58).fork();
                        for (var i = 0; i < message.values.length; ++i)
                            writer.double(message.values[i]);
                        writer.ldelim();
                    }
                    return writer;
                };

                /**
                 * Decodes a TelemetryBlock message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.stream.v1.TelemetryBlock
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.stream.v1.TelemetryBlock} TelemetryBlock
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TelemetryBlock.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.stream.v1.TelemetryBlock();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.sources && message.sources.length))
                                    message.sources = [];
                                message.sources.push($root.iot.stream.v1.BlockSource.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 2: {
                                if (!(message.sourceIndex && message.sourceIndex.length))
                                    message.sourceIndex = [];
                                if ((tag & 7) === 2) {
                                    var end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.sourceIndex.push(reader.uint32());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.sourceIndex.push(reader.uint32());
                                break;
                            }
                        case 3: {
                                if (!(message.sequences && message.sequences.length))
                                    message.sequences = [];
                                if ((tag & 7) === 2) {
                                    var end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.sequences.push(reader.uint64());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.sequences.push(reader.uint64());
                                break;
                            }
                        case 4: {
                                if (!(message.brokerTimeMs && message.brokerTimeMs.length))
                                    message.brokerTimeMs = [];
                                if ((tag & 7) === 2) {
                                    var end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.brokerTimeMs.push(reader.double());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.brokerTimeMs.push(reader.double());
                                break;
                            }
                        case 5: {
                                if (!(message.eventTimeMs && message.eventTimeMs.length))
                                    message.eventTimeMs = [];
                                if ((tag & 7) === 2) {
                                    var end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.eventTimeMs.push(reader.double());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.eventTimeMs.push(reader.double());
                                break;
                            }
                        case 6: {
                                if (!(message.fields && message.fields.length))
                                    message.fields = [];
                                message.fields.push(reader.string());
                                break;
                            }
                        case 7: {
                                if (!(message.values && message.values.length))
                                    message.values = [];
                                if ((tag & 7) === 2) {
                                    var end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.values.push(reader.double());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.values.push(reader.double());
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a TelemetryBlock message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.stream.v1.TelemetryBlock
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.stream.v1.TelemetryBlock} TelemetryBlock
                 */
                TelemetryBlock.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.stream.v1.TelemetryBlock)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.stream.v1.TelemetryBlock: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.stream.v1.TelemetryBlock();
                    if (object.sources) {
                        if (!Array.isArray(object.sources))
                            throw TypeError(".iot.stream.v1.TelemetryBlock.sources: array expected");
                        message.sources = [];
                        for (var i = 0; i < object.sources.length; ++i) {
                            if (!$util.isObject(object.sources[i]))
                                throw TypeError(".iot.stream.v1.TelemetryBlock.sources: object expected");
                            message.sources[i] = $root.iot.stream.v1.BlockSource.fromObject(object.sources[i], long + 1);
                        }
                    }
                    if (object.sourceIndex) {
                        if (!Array.isArray(object.sourceIndex))
                            throw TypeError(".iot.stream.v1.TelemetryBlock.sourceIndex: array expected");
                        message.sourceIndex = [];
                        for (var i = 0; i < object.sourceIndex.length; ++i)
                            message.sourceIndex[i] = object.sourceIndex[i] >>> 0;
                    }
                    if (object.sequences) {
                        if (!Array.isArray(object.sequences))
                            throw TypeError(".iot.stream.v1.TelemetryBlock.sequences: array expected");
                        message.sequences = [];
                        for (var i = 0; i < object.sequences.length; ++i)
                            if ($util.Long)
                                message.sequences[i] = $util.Long.fromValue(object.sequences[i], true);
                            else if (typeof object.sequences[i] === "string")
                                message.sequences[i] = parseInt(object.sequences[i], 10);
                            else if (typeof object.sequences[i] === "number")
                                message.sequences[i] = object.sequences[i];
                            else if (typeof object.sequences[i] === "object")
                                message.sequences[i] = new $util.LongBits(object.sequences[i].low >>> 0, object.sequences[i].high >>> 0).toNumber(true);
                    }
                    if (object.brokerTimeMs) {
                        if (!Array.isArray(object.brokerTimeMs))
                            throw TypeError(".iot.stream.v1.TelemetryBlock.brokerTimeMs: array expected");
                        message.brokerTimeMs = [];
                        for (var i = 0; i < object.brokerTimeMs.length; ++i)
                            message.brokerTimeMs[i] = Number(object.brokerTimeMs[i]);
                    }
                    if (object.eventTimeMs) {
                        if (!Array.isArray(object.eventTimeMs))
                            throw TypeError(".iot.stream.v1.TelemetryBlock.eventTimeMs: array expected");
                        message.eventTimeMs = [];
                        for (var i = 0; i < object.eventTimeMs.length; ++i)
                            message.eventTimeMs[i] = Number(object.eventTimeMs[i]);
                    }
                    if (object.fields) {
                        if (!Array.isArray(object.fields))
                            throw TypeError(".iot.stream.v1.TelemetryBlock.fields: array expected");
                        message.fields = [];
                        for (var i = 0; i < object.fields.length; ++i)
                            message.fields[i] = String(object.fields[i]);
                    }
                    if (object.values) {
                        if (!Array.isArray(object.values))
                            throw TypeError(".iot.stream.v1.TelemetryBlock.values: array expected");
                        message.values = [];
                        for (var i = 0; i < object.values.length; ++i)
                            message.values[i] = Number(object.values[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a TelemetryBlock message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.stream.v1.TelemetryBlock
                 * @static
                 * @param {iot.stream.v1.TelemetryBlock} message TelemetryBlock
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TelemetryBlock.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults) {
                        object.sources = [];
                        object.sourceIndex = [];
                        object.sequences = [];
                        object.brokerTimeMs = [];
                        object.eventTimeMs = [];
                        object.fields = [];
                        object.values = [];
                    }
                    if (message.sources && message.sources.length) {
                        object.sources = [];
                        for (var j = 0; j < message.sources.length; ++j)
                            object.sources[j] = $root.iot.stream.v1.BlockSource.toObject(message.sources[j], options, q + 1);
                    }
                    if (message.sourceIndex && message.sourceIndex.length) {
                        object.sourceIndex = [];
                        for (var j = 0; j < message.sourceIndex.length; ++j)
                            object.sourceIndex[j] = message.sourceIndex[j];
                    }
                    if (message.sequences && message.sequences.length) {
                        object.sequences = [];
                        for (var j = 0; j < message.sequences.length; ++j)
                            if (typeof BigInt !== "undefined" && options.longs === BigInt)
                                object.sequences[j] = typeof message.sequences[j] === "number" ? BigInt(message.sequences[j]) : $util.Long.fromBits(message.sequences[j].low >>> 0, message.sequences[j].high >>> 0, true).toBigInt();
                            else if (typeof message.sequences[j] === "number")
                                object.sequences[j] = options.longs === String ? String(message.sequences[j]) : message.sequences[j];
                            else
                                object.sequences[j] = options.longs === String ? $util.Long.prototype.toString.call(message.sequences[j]) : options.longs === Number ? new $util.LongBits(message.sequences[j].low >>> 0, message.sequences[j].high >>> 0).toNumber(true) : message.sequences[j];
                    }
                    if (message.brokerTimeMs && message.brokerTimeMs.length) {
                        object.brokerTimeMs = [];
                        for (var j = 0; j < message.brokerTimeMs.length; ++j)
                            object.brokerTimeMs[j] = options.json && !isFinite(message.brokerTimeMs[j]) ? String(message.brokerTimeMs[j]) : message.brokerTimeMs[j];
                    }
                    if (message.eventTimeMs && message.eventTimeMs.length) {
                        object.eventTimeMs = [];
                        for (var j = 0; j < message.eventTimeMs.length; ++j)
                            object.eventTimeMs[j] = options.json && !isFinite(message.eventTimeMs[j]) ? String(message.eventTimeMs[j]) : message.eventTimeMs[j];
                    }
                    if (message.fields && message.fields.length) {
                        object.fields = [];
                        for (var j = 0; j < message.fields.length; ++j)
                            object.fields[j] = message.fields[j];
                    }
                    if (message.values && message.values.length) {
                        object.values = [];
                        for (var j = 0; j < message.values.length; ++j)
                            object.values[j] = options.json && !isFinite(message.values[j]) ? String(message.values[j]) : message.values[j];
                    }
                    return object;
                };

                /**
                 * Converts this TelemetryBlock to JSON.
                 * @function toJSON
                 * @memberof iot.stream.v1.TelemetryBlock
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TelemetryBlock.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for TelemetryBlock
                 * @function getTypeUrl
                 * @memberof iot.stream.v1.TelemetryBlock
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                TelemetryBlock.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.stream.v1.TelemetryBlock";
                };

                return TelemetryBlock;
            })();

            v1.BlockSource = (function() {

                /**
                 * Properties of a BlockSource.
                 * @memberof iot.stream.v1
                 * @interface IBlockSource
                 * @property {string|null} [topic] BlockSource topic
                 * @property {string|null} [deviceId] BlockSource deviceId
                 * @property {Object.<string,string>|null} [labels] BlockSource labels
                 */

                /**
                 * Constructs a new BlockSource.
                 * @memberof iot.stream.v1
                 * @classdesc Represents a BlockSource.
                 * @implements IBlockSource
                 * @constructor
                 * @param {iot.stream.v1.IBlockSource=} [properties] Properties to set
                 */
                function BlockSource(properties) {
                    this.labels = {};
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * BlockSource topic.
                 * @member {string} topic
                 * @memberof iot.stream.v1.BlockSource
                 * @instance
                 */
                BlockSource.prototype.topic = "";

                /**
                 * BlockSource deviceId.
                 * @member {string} deviceId
                 * @memberof iot.stream.v1.BlockSource
                 * @instance
                 */
                BlockSource.prototype.deviceId = "";

                /**
                 * BlockSource labels.
                 * @member {Object.<string,string>} labels
                 * @memberof iot.stream.v1.BlockSource
                 * @instance
                 */
                BlockSource.prototype.labels = $util.emptyObject;

                /**
                 * Creates a new BlockSource instance using the specified properties.
                 * @function create
                 * @memberof iot.stream.v1.BlockSource
                 * @static
                 * @param {iot.stream.v1.IBlockSource=} [properties] Properties to set
                 * @returns {iot.stream.v1.BlockSource} BlockSource instance
                 */
                BlockSource.create = function create(properties) {
                    return new BlockSource(properties);
                };

                /**
                 * Encodes the specified BlockSource message. Does not implicitly {@link iot.stream.v1.BlockSource.verify|verify} messages.
                 * @function encode
                 * @memberof iot.stream.v1.BlockSource
                 * @static
                 * @param {iot.stream.v1.IBlockSource} message BlockSource message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BlockSource.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                    if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceId);
                    if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                        for (var keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                    return writer;
                };

                /**
                 * Decodes a BlockSource message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.stream.v1.BlockSource
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.stream.v1.BlockSource} BlockSource
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BlockSource.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message, key, value;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.stream.v1.BlockSource();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.topic = reader.string();
                                break;
                            }
                        case 2: {
                                message.deviceId = reader.string();
                                break;
                            }
                        case 3: {
                                if (message.labels === $util.emptyObject)
                                    message.labels = {};
                                var end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    var tag2 = reader.uint32();
                                    switch (tag2 >>> 3) {
                                    case 1:
                                        key = reader.string();
                                        break;
                                    case 2:
                                        value = reader.string();
                                        break;
                                    default:
                                        reader.skipType(tag2 & 7, long);
                                        break;
                                    }
                                }
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.labels, key);
                                message.labels[key] = value;
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a BlockSource message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.stream.v1.BlockSource
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.stream.v1.BlockSource} BlockSource
                 */
                BlockSource.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.stream.v1.BlockSource)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.stream.v1.BlockSource: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.stream.v1.BlockSource();
                    if (object.topic != null)
                        message.topic = String(object.topic);
                    if (object.deviceId != null)
                        message.deviceId = String(object.deviceId);
                    if (object.labels) {
                        if (!$util.isObject(object.labels))
                            throw TypeError(".iot.stream.v1.BlockSource.labels: object expected");
                        message.labels = {};
                        for (var keys = Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.labels, keys[i]);
                            message.labels[keys[i]] = String(object.labels[keys[i]]);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a BlockSource message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.stream.v1.BlockSource
                 * @static
                 * @param {iot.stream.v1.BlockSource} message BlockSource
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BlockSource.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.objects || options.defaults)
                        object.labels = {};
                    if (options.defaults) {
                        object.topic = "";
                        object.deviceId = "";
                    }
                    if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                        object.topic = message.topic;
                    if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                        object.deviceId = message.deviceId;
                    var keys2;
                    if (message.labels && (keys2 = Object.keys(message.labels)).length) {
                        object.labels = {};
                        for (var j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.labels, keys2[j]);
                            object.labels[keys2[j]] = message.labels[keys2[j]];
                        }
                    }
                    return object;
                };

                /**
                 * Converts this BlockSource to JSON.
                 * @function toJSON
                 * @memberof iot.stream.v1.BlockSource
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BlockSource.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for BlockSource
                 * @function getTypeUrl
                 * @memberof iot.stream.v1.BlockSource
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                BlockSource.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.stream.v1.BlockSource";
                };

                return BlockSource;
            })();

            /**
             * State enum.
             * @name iot.stream.v1.State
             * @enum {number}
             * @property {number} STATE_UNSPECIFIED=0 STATE_UNSPECIFIED value
             * @property {number} STATE_CONNECTING=1 STATE_CONNECTING value
             * @property {number} STATE_LIVE=2 STATE_LIVE value
             * @property {number} STATE_RECONNECTING=3 STATE_RECONNECTING value
             * @property {number} STATE_LAGGING=4 STATE_LAGGING value
             * @property {number} STATE_COMPLETE=5 STATE_COMPLETE value
             */
            v1.State = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "STATE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "STATE_CONNECTING"] = 1;
                values[valuesById[2] = "STATE_LIVE"] = 2;
                values[valuesById[3] = "STATE_RECONNECTING"] = 3;
                values[valuesById[4] = "STATE_LAGGING"] = 4;
                values[valuesById[5] = "STATE_COMPLETE"] = 5;
                return values;
            })();

            v1.Status = (function() {

                /**
                 * Properties of a Status.
                 * @memberof iot.stream.v1
                 * @interface IStatus
                 * @property {number|null} [subscriptionId] Status subscriptionId
                 * @property {iot.stream.v1.State|null} [state] Status state
                 * @property {number|null} [lagMs] Status lagMs
                 * @property {number|null} [droppedBatches] Status droppedBatches
                 * @property {number|null} [droppedMessages] Status droppedMessages
                 * @property {number|null} [messagesSent] Status messagesSent
                 * @property {string|null} [detail] Status detail
                 * @property {google.protobuf.ITimestamp|null} [historyFrom] Status historyFrom
                 * @property {string|null} [historyNote] Status historyNote
                 */

                /**
                 * Constructs a new Status.
                 * @memberof iot.stream.v1
                 * @classdesc Represents a Status.
                 * @implements IStatus
                 * @constructor
                 * @param {iot.stream.v1.IStatus=} [properties] Properties to set
                 */
                function Status(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Status subscriptionId.
                 * @member {number} subscriptionId
                 * @memberof iot.stream.v1.Status
                 * @instance
                 */
                Status.prototype.subscriptionId = 0;

                /**
                 * Status state.
                 * @member {iot.stream.v1.State} state
                 * @memberof iot.stream.v1.Status
                 * @instance
                 */
                Status.prototype.state = 0;

                /**
                 * Status lagMs.
                 * @member {number} lagMs
                 * @memberof iot.stream.v1.Status
                 * @instance
                 */
                Status.prototype.lagMs = 0;

                /**
                 * Status droppedBatches.
                 * @member {number} droppedBatches
                 * @memberof iot.stream.v1.Status
                 * @instance
                 */
                Status.prototype.droppedBatches = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Status droppedMessages.
                 * @member {number} droppedMessages
                 * @memberof iot.stream.v1.Status
                 * @instance
                 */
                Status.prototype.droppedMessages = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Status messagesSent.
                 * @member {number} messagesSent
                 * @memberof iot.stream.v1.Status
                 * @instance
                 */
                Status.prototype.messagesSent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Status detail.
                 * @member {string} detail
                 * @memberof iot.stream.v1.Status
                 * @instance
                 */
                Status.prototype.detail = "";

                /**
                 * Status historyFrom.
                 * @member {google.protobuf.ITimestamp|null|undefined} historyFrom
                 * @memberof iot.stream.v1.Status
                 * @instance
                 */
                Status.prototype.historyFrom = null;

                /**
                 * Status historyNote.
                 * @member {string} historyNote
                 * @memberof iot.stream.v1.Status
                 * @instance
                 */
                Status.prototype.historyNote = "";

                /**
                 * Creates a new Status instance using the specified properties.
                 * @function create
                 * @memberof iot.stream.v1.Status
                 * @static
                 * @param {iot.stream.v1.IStatus=} [properties] Properties to set
                 * @returns {iot.stream.v1.Status} Status instance
                 */
                Status.create = function create(properties) {
                    return new Status(properties);
                };

                /**
                 * Encodes the specified Status message. Does not implicitly {@link iot.stream.v1.Status.verify|verify} messages.
                 * @function encode
                 * @memberof iot.stream.v1.Status
                 * @static
                 * @param {iot.stream.v1.IStatus} message Status message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Status.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.subscriptionId != null && Object.hasOwnProperty.call(message, "subscriptionId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.subscriptionId);
                    if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                    if (message.lagMs != null && Object.hasOwnProperty.call(message, "lagMs"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.lagMs);
                    if (message.droppedBatches != null && Object.hasOwnProperty.call(message, "droppedBatches"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.droppedBatches);
                    if (message.droppedMessages != null && Object.hasOwnProperty.call(message, "droppedMessages"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.droppedMessages);
                    if (message.messagesSent != null && Object.hasOwnProperty.call(message, "messagesSent"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.messagesSent);
                    if (message.detail != null && Object.hasOwnProperty.call(message, "detail"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.detail);
                    if (message.historyFrom != null && Object.hasOwnProperty.call(message, "historyFrom"))
                        $root.google.protobuf.Timestamp.encode(message.historyFrom, writer.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                    if (message.historyNote != null && Object.hasOwnProperty.call(message, "historyNote"))
                        writer.uint32(/* id 21, wireType 2 =*/170).string(message.historyNote);
                    return writer;
                };

                /**
                 * Decodes a Status message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.stream.v1.Status
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.stream.v1.Status} Status
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Status.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.stream.v1.Status();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.subscriptionId = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.state = reader.int32();
                                break;
                            }
                        case 3: {
                                message.lagMs = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.droppedBatches = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.droppedMessages = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.messagesSent = reader.uint64();
                                break;
                            }
                        case 7: {
                                message.detail = reader.string();
                                break;
                            }
                        case 20: {
                                message.historyFrom = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 21: {
                                message.historyNote = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a Status message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.stream.v1.Status
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.stream.v1.Status} Status
                 */
                Status.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.stream.v1.Status)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.stream.v1.Status: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.stream.v1.Status();
                    if (object.subscriptionId != null)
                        message.subscriptionId = object.subscriptionId >>> 0;
                    switch (object.state) {
                    default:
                        if (typeof object.state === "number") {
                            message.state = object.state;
                            break;
                        }
                        break;
                    case "STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "STATE_CONNECTING":
                    case 1:
                        message.state = 1;
                        break;
                    case "STATE_LIVE":
                    case 2:
                        message.state = 2;
                        break;
                    case "STATE_RECONNECTING":
                    case 3:
                        message.state = 3;
                        break;
                    case "STATE_LAGGING":
                    case 4:
                        message.state = 4;
                        break;
                    case "STATE_COMPLETE":
                    case 5:
                        message.state = 5;
                        break;
                    }
                    if (object.lagMs != null)
                        message.lagMs = object.lagMs >>> 0;
                    if (object.droppedBatches != null)
                        if ($util.Long)
                            message.droppedBatches = $util.Long.fromValue(object.droppedBatches, true);
                        else if (typeof object.droppedBatches === "string")
                            message.droppedBatches = parseInt(object.droppedBatches, 10);
                        else if (typeof object.droppedBatches === "number")
                            message.droppedBatches = object.droppedBatches;
                        else if (typeof object.droppedBatches === "object")
                            message.droppedBatches = new $util.LongBits(object.droppedBatches.low >>> 0, object.droppedBatches.high >>> 0).toNumber(true);
                    if (object.droppedMessages != null)
                        if ($util.Long)
                            message.droppedMessages = $util.Long.fromValue(object.droppedMessages, true);
                        else if (typeof object.droppedMessages === "string")
                            message.droppedMessages = parseInt(object.droppedMessages, 10);
                        else if (typeof object.droppedMessages === "number")
                            message.droppedMessages = object.droppedMessages;
                        else if (typeof object.droppedMessages === "object")
                            message.droppedMessages = new $util.LongBits(object.droppedMessages.low >>> 0, object.droppedMessages.high >>> 0).toNumber(true);
                    if (object.messagesSent != null)
                        if ($util.Long)
                            message.messagesSent = $util.Long.fromValue(object.messagesSent, true);
                        else if (typeof object.messagesSent === "string")
                            message.messagesSent = parseInt(object.messagesSent, 10);
                        else if (typeof object.messagesSent === "number")
                            message.messagesSent = object.messagesSent;
                        else if (typeof object.messagesSent === "object")
                            message.messagesSent = new $util.LongBits(object.messagesSent.low >>> 0, object.messagesSent.high >>> 0).toNumber(true);
                    if (object.detail != null)
                        message.detail = String(object.detail);
                    if (object.historyFrom != null) {
                        if (!$util.isObject(object.historyFrom))
                            throw TypeError(".iot.stream.v1.Status.historyFrom: object expected");
                        message.historyFrom = $root.google.protobuf.Timestamp.fromObject(object.historyFrom, long + 1);
                    }
                    if (object.historyNote != null)
                        message.historyNote = String(object.historyNote);
                    return message;
                };

                /**
                 * Creates a plain object from a Status message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.stream.v1.Status
                 * @static
                 * @param {iot.stream.v1.Status} message Status
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Status.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.subscriptionId = 0;
                        object.state = options.enums === String ? "STATE_UNSPECIFIED" : 0;
                        object.lagMs = 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.droppedBatches = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.droppedBatches = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.droppedMessages = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.droppedMessages = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.messagesSent = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.messagesSent = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.detail = "";
                        object.historyFrom = null;
                        object.historyNote = "";
                    }
                    if (message.subscriptionId != null && Object.hasOwnProperty.call(message, "subscriptionId"))
                        object.subscriptionId = message.subscriptionId;
                    if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                        object.state = options.enums === String ? $root.iot.stream.v1.State[message.state] === undefined ? message.state : $root.iot.stream.v1.State[message.state] : message.state;
                    if (message.lagMs != null && Object.hasOwnProperty.call(message, "lagMs"))
                        object.lagMs = message.lagMs;
                    if (message.droppedBatches != null && Object.hasOwnProperty.call(message, "droppedBatches"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.droppedBatches = typeof message.droppedBatches === "number" ? BigInt(message.droppedBatches) : $util.Long.fromBits(message.droppedBatches.low >>> 0, message.droppedBatches.high >>> 0, true).toBigInt();
                        else if (typeof message.droppedBatches === "number")
                            object.droppedBatches = options.longs === String ? String(message.droppedBatches) : message.droppedBatches;
                        else
                            object.droppedBatches = options.longs === String ? $util.Long.prototype.toString.call(message.droppedBatches) : options.longs === Number ? new $util.LongBits(message.droppedBatches.low >>> 0, message.droppedBatches.high >>> 0).toNumber(true) : message.droppedBatches;
                    if (message.droppedMessages != null && Object.hasOwnProperty.call(message, "droppedMessages"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.droppedMessages = typeof message.droppedMessages === "number" ? BigInt(message.droppedMessages) : $util.Long.fromBits(message.droppedMessages.low >>> 0, message.droppedMessages.high >>> 0, true).toBigInt();
                        else if (typeof message.droppedMessages === "number")
                            object.droppedMessages = options.longs === String ? String(message.droppedMessages) : message.droppedMessages;
                        else
                            object.droppedMessages = options.longs === String ? $util.Long.prototype.toString.call(message.droppedMessages) : options.longs === Number ? new $util.LongBits(message.droppedMessages.low >>> 0, message.droppedMessages.high >>> 0).toNumber(true) : message.droppedMessages;
                    if (message.messagesSent != null && Object.hasOwnProperty.call(message, "messagesSent"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.messagesSent = typeof message.messagesSent === "number" ? BigInt(message.messagesSent) : $util.Long.fromBits(message.messagesSent.low >>> 0, message.messagesSent.high >>> 0, true).toBigInt();
                        else if (typeof message.messagesSent === "number")
                            object.messagesSent = options.longs === String ? String(message.messagesSent) : message.messagesSent;
                        else
                            object.messagesSent = options.longs === String ? $util.Long.prototype.toString.call(message.messagesSent) : options.longs === Number ? new $util.LongBits(message.messagesSent.low >>> 0, message.messagesSent.high >>> 0).toNumber(true) : message.messagesSent;
                    if (message.detail != null && Object.hasOwnProperty.call(message, "detail"))
                        object.detail = message.detail;
                    if (message.historyFrom != null && Object.hasOwnProperty.call(message, "historyFrom"))
                        object.historyFrom = $root.google.protobuf.Timestamp.toObject(message.historyFrom, options, q + 1);
                    if (message.historyNote != null && Object.hasOwnProperty.call(message, "historyNote"))
                        object.historyNote = message.historyNote;
                    return object;
                };

                /**
                 * Converts this Status to JSON.
                 * @function toJSON
                 * @memberof iot.stream.v1.Status
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Status.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Status
                 * @function getTypeUrl
                 * @memberof iot.stream.v1.Status
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Status.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.stream.v1.Status";
                };

                return Status;
            })();

            v1.Error = (function() {

                /**
                 * Properties of an Error.
                 * @memberof iot.stream.v1
                 * @interface IError
                 * @property {number|null} [subscriptionId] Error subscriptionId
                 * @property {iot.broker.v1.ErrorCategory|null} [category] Error category
                 * @property {string|null} [message] Error message
                 */

                /**
                 * Constructs a new Error.
                 * @memberof iot.stream.v1
                 * @classdesc Represents an Error.
                 * @implements IError
                 * @constructor
                 * @param {iot.stream.v1.IError=} [properties] Properties to set
                 */
                function Error(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Error subscriptionId.
                 * @member {number} subscriptionId
                 * @memberof iot.stream.v1.Error
                 * @instance
                 */
                Error.prototype.subscriptionId = 0;

                /**
                 * Error category.
                 * @member {iot.broker.v1.ErrorCategory} category
                 * @memberof iot.stream.v1.Error
                 * @instance
                 */
                Error.prototype.category = 0;

                /**
                 * Error message.
                 * @member {string} message
                 * @memberof iot.stream.v1.Error
                 * @instance
                 */
                Error.prototype.message = "";

                /**
                 * Creates a new Error instance using the specified properties.
                 * @function create
                 * @memberof iot.stream.v1.Error
                 * @static
                 * @param {iot.stream.v1.IError=} [properties] Properties to set
                 * @returns {iot.stream.v1.Error} Error instance
                 */
                Error.create = function create(properties) {
                    return new Error(properties);
                };

                /**
                 * Encodes the specified Error message. Does not implicitly {@link iot.stream.v1.Error.verify|verify} messages.
                 * @function encode
                 * @memberof iot.stream.v1.Error
                 * @static
                 * @param {iot.stream.v1.IError} message Error message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Error.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.subscriptionId != null && Object.hasOwnProperty.call(message, "subscriptionId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.subscriptionId);
                    if (message.category != null && Object.hasOwnProperty.call(message, "category"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.category);
                    if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                    return writer;
                };

                /**
                 * Decodes an Error message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.stream.v1.Error
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.stream.v1.Error} Error
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Error.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.stream.v1.Error();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.subscriptionId = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.category = reader.int32();
                                break;
                            }
                        case 3: {
                                message.message = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates an Error message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.stream.v1.Error
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.stream.v1.Error} Error
                 */
                Error.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.stream.v1.Error)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.stream.v1.Error: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.stream.v1.Error();
                    if (object.subscriptionId != null)
                        message.subscriptionId = object.subscriptionId >>> 0;
                    switch (object.category) {
                    default:
                        if (typeof object.category === "number") {
                            message.category = object.category;
                            break;
                        }
                        break;
                    case "ERROR_CATEGORY_UNSPECIFIED":
                    case 0:
                        message.category = 0;
                        break;
                    case "ERROR_CATEGORY_VALIDATION":
                    case 1:
                        message.category = 1;
                        break;
                    case "ERROR_CATEGORY_AUTH":
                    case 2:
                        message.category = 2;
                        break;
                    case "ERROR_CATEGORY_TIMEOUT":
                    case 3:
                        message.category = 3;
                        break;
                    case "ERROR_CATEGORY_RATE_LIMIT":
                    case 4:
                        message.category = 4;
                        break;
                    case "ERROR_CATEGORY_UPSTREAM":
                    case 5:
                        message.category = 5;
                        break;
                    case "ERROR_CATEGORY_INTERNAL":
                    case 6:
                        message.category = 6;
                        break;
                    }
                    if (object.message != null)
                        message.message = String(object.message);
                    return message;
                };

                /**
                 * Creates a plain object from an Error message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.stream.v1.Error
                 * @static
                 * @param {iot.stream.v1.Error} message Error
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Error.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.subscriptionId = 0;
                        object.category = options.enums === String ? "ERROR_CATEGORY_UNSPECIFIED" : 0;
                        object.message = "";
                    }
                    if (message.subscriptionId != null && Object.hasOwnProperty.call(message, "subscriptionId"))
                        object.subscriptionId = message.subscriptionId;
                    if (message.category != null && Object.hasOwnProperty.call(message, "category"))
                        object.category = options.enums === String ? $root.iot.broker.v1.ErrorCategory[message.category] === undefined ? message.category : $root.iot.broker.v1.ErrorCategory[message.category] : message.category;
                    if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    return object;
                };

                /**
                 * Converts this Error to JSON.
                 * @function toJSON
                 * @memberof iot.stream.v1.Error
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Error.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Error
                 * @function getTypeUrl
                 * @memberof iot.stream.v1.Error
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Error.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.stream.v1.Error";
                };

                return Error;
            })();

            v1.Pong = (function() {

                /**
                 * Properties of a Pong.
                 * @memberof iot.stream.v1
                 * @interface IPong
                 * @property {number|null} [nonce] Pong nonce
                 * @property {google.protobuf.ITimestamp|null} [serverTime] Pong serverTime
                 */

                /**
                 * Constructs a new Pong.
                 * @memberof iot.stream.v1
                 * @classdesc Represents a Pong.
                 * @implements IPong
                 * @constructor
                 * @param {iot.stream.v1.IPong=} [properties] Properties to set
                 */
                function Pong(properties) {
                    if (properties)
                        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Pong nonce.
                 * @member {number} nonce
                 * @memberof iot.stream.v1.Pong
                 * @instance
                 */
                Pong.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Pong serverTime.
                 * @member {google.protobuf.ITimestamp|null|undefined} serverTime
                 * @memberof iot.stream.v1.Pong
                 * @instance
                 */
                Pong.prototype.serverTime = null;

                /**
                 * Creates a new Pong instance using the specified properties.
                 * @function create
                 * @memberof iot.stream.v1.Pong
                 * @static
                 * @param {iot.stream.v1.IPong=} [properties] Properties to set
                 * @returns {iot.stream.v1.Pong} Pong instance
                 */
                Pong.create = function create(properties) {
                    return new Pong(properties);
                };

                /**
                 * Encodes the specified Pong message. Does not implicitly {@link iot.stream.v1.Pong.verify|verify} messages.
                 * @function encode
                 * @memberof iot.stream.v1.Pong
                 * @static
                 * @param {iot.stream.v1.IPong} message Pong message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Pong.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nonce);
                    if (message.serverTime != null && Object.hasOwnProperty.call(message, "serverTime"))
                        $root.google.protobuf.Timestamp.encode(message.serverTime, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a Pong message from the specified reader or buffer.
                 * @function decode
                 * @memberof iot.stream.v1.Pong
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {iot.stream.v1.Pong} Pong
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Pong.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.iot.stream.v1.Pong();
                    while (reader.pos < end) {
                        var tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.nonce = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.serverTime = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a Pong message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof iot.stream.v1.Pong
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {iot.stream.v1.Pong} Pong
                 */
                Pong.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.iot.stream.v1.Pong)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".iot.stream.v1.Pong: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var message = new $root.iot.stream.v1.Pong();
                    if (object.nonce != null)
                        if ($util.Long)
                            message.nonce = $util.Long.fromValue(object.nonce, true);
                        else if (typeof object.nonce === "string")
                            message.nonce = parseInt(object.nonce, 10);
                        else if (typeof object.nonce === "number")
                            message.nonce = object.nonce;
                        else if (typeof object.nonce === "object")
                            message.nonce = new $util.LongBits(object.nonce.low >>> 0, object.nonce.high >>> 0).toNumber(true);
                    if (object.serverTime != null) {
                        if (!$util.isObject(object.serverTime))
                            throw TypeError(".iot.stream.v1.Pong.serverTime: object expected");
                        message.serverTime = $root.google.protobuf.Timestamp.fromObject(object.serverTime, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Pong message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof iot.stream.v1.Pong
                 * @static
                 * @param {iot.stream.v1.Pong} message Pong
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Pong.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, true);
                            object.nonce = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.nonce = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.serverTime = null;
                    }
                    if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.nonce = typeof message.nonce === "number" ? BigInt(message.nonce) : $util.Long.fromBits(message.nonce.low >>> 0, message.nonce.high >>> 0, true).toBigInt();
                        else if (typeof message.nonce === "number")
                            object.nonce = options.longs === String ? String(message.nonce) : message.nonce;
                        else
                            object.nonce = options.longs === String ? $util.Long.prototype.toString.call(message.nonce) : options.longs === Number ? new $util.LongBits(message.nonce.low >>> 0, message.nonce.high >>> 0).toNumber(true) : message.nonce;
                    if (message.serverTime != null && Object.hasOwnProperty.call(message, "serverTime"))
                        object.serverTime = $root.google.protobuf.Timestamp.toObject(message.serverTime, options, q + 1);
                    return object;
                };

                /**
                 * Converts this Pong to JSON.
                 * @function toJSON
                 * @memberof iot.stream.v1.Pong
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Pong.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Pong
                 * @function getTypeUrl
                 * @memberof iot.stream.v1.Pong
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Pong.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/iot.stream.v1.Pong";
                };

                return Pong;
            })();

            v1.wire = (function() {

                /**
                 * Namespace wire.
                 * @memberof iot.stream.v1
                 * @namespace
                 */
                var wire = {};

                wire.ServerFrame = (function() {

                    /**
                     * Properties of a ServerFrame.
                     * @memberof iot.stream.v1.wire
                     * @interface IServerFrame
                     * @property {iot.stream.v1.ISubscribed|null} [subscribed] ServerFrame subscribed
                     * @property {iot.stream.v1.wire.IBatch|null} [batch] ServerFrame batch
                     * @property {iot.stream.v1.IStatus|null} [status] ServerFrame status
                     * @property {iot.stream.v1.IError|null} [error] ServerFrame error
                     * @property {iot.stream.v1.IPong|null} [pong] ServerFrame pong
                     */

                    /**
                     * Constructs a new ServerFrame.
                     * @memberof iot.stream.v1.wire
                     * @classdesc Represents a ServerFrame.
                     * @implements IServerFrame
                     * @constructor
                     * @param {iot.stream.v1.wire.IServerFrame=} [properties] Properties to set
                     */
                    function ServerFrame(properties) {
                        if (properties)
                            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * ServerFrame subscribed.
                     * @member {iot.stream.v1.ISubscribed|null|undefined} subscribed
                     * @memberof iot.stream.v1.wire.ServerFrame
                     * @instance
                     */
                    ServerFrame.prototype.subscribed = null;

                    /**
                     * ServerFrame batch.
                     * @member {iot.stream.v1.wire.IBatch|null|undefined} batch
                     * @memberof iot.stream.v1.wire.ServerFrame
                     * @instance
                     */
                    ServerFrame.prototype.batch = null;

                    /**
                     * ServerFrame status.
                     * @member {iot.stream.v1.IStatus|null|undefined} status
                     * @memberof iot.stream.v1.wire.ServerFrame
                     * @instance
                     */
                    ServerFrame.prototype.status = null;

                    /**
                     * ServerFrame error.
                     * @member {iot.stream.v1.IError|null|undefined} error
                     * @memberof iot.stream.v1.wire.ServerFrame
                     * @instance
                     */
                    ServerFrame.prototype.error = null;

                    /**
                     * ServerFrame pong.
                     * @member {iot.stream.v1.IPong|null|undefined} pong
                     * @memberof iot.stream.v1.wire.ServerFrame
                     * @instance
                     */
                    ServerFrame.prototype.pong = null;

                    // OneOf field names bound to virtual getters and setters
                    var $oneOfFields;

                    /**
                     * ServerFrame kind.
                     * @member {"subscribed"|"batch"|"status"|"error"|"pong"|undefined} kind
                     * @memberof iot.stream.v1.wire.ServerFrame
                     * @instance
                     */
                    Object.defineProperty(ServerFrame.prototype, "kind", {
                        get: $util.oneOfGetter($oneOfFields = ["subscribed", "batch", "status", "error", "pong"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new ServerFrame instance using the specified properties.
                     * @function create
                     * @memberof iot.stream.v1.wire.ServerFrame
                     * @static
                     * @param {iot.stream.v1.wire.IServerFrame=} [properties] Properties to set
                     * @returns {iot.stream.v1.wire.ServerFrame} ServerFrame instance
                     */
                    ServerFrame.create = function create(properties) {
                        return new ServerFrame(properties);
                    };

                    /**
                     * Encodes the specified ServerFrame message. Does not implicitly {@link iot.stream.v1.wire.ServerFrame.verify|verify} messages.
                     * @function encode
                     * @memberof iot.stream.v1.wire.ServerFrame
                     * @static
                     * @param {iot.stream.v1.wire.IServerFrame} message ServerFrame message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ServerFrame.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.subscribed != null && Object.hasOwnProperty.call(message, "subscribed"))
                            $root.iot.stream.v1.Subscribed.encode(message.subscribed, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (message.batch != null && Object.hasOwnProperty.call(message, "batch"))
                            $root.iot.stream.v1.wire.Batch.encode(message.batch, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                            $root.iot.stream.v1.Status.encode(message.status, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                            $root.iot.stream.v1.Error.encode(message.error, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                        if (message.pong != null && Object.hasOwnProperty.call(message, "pong"))
                            $root.iot.stream.v1.Pong.encode(message.pong, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a ServerFrame message from the specified reader or buffer.
                     * @function decode
                     * @memberof iot.stream.v1.wire.ServerFrame
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {iot.stream.v1.wire.ServerFrame} ServerFrame
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ServerFrame.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.iot.stream.v1.wire.ServerFrame();
                        while (reader.pos < end) {
                            var tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.subscribed = $root.iot.stream.v1.Subscribed.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 2: {
                                    message.batch = $root.iot.stream.v1.wire.Batch.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 3: {
                                    message.status = $root.iot.stream.v1.Status.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 4: {
                                    message.error = $root.iot.stream.v1.Error.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 5: {
                                    message.pong = $root.iot.stream.v1.Pong.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Creates a ServerFrame message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof iot.stream.v1.wire.ServerFrame
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {iot.stream.v1.wire.ServerFrame} ServerFrame
                     */
                    ServerFrame.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.iot.stream.v1.wire.ServerFrame)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".iot.stream.v1.wire.ServerFrame: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var message = new $root.iot.stream.v1.wire.ServerFrame();
                        if (object.subscribed != null) {
                            if (!$util.isObject(object.subscribed))
                                throw TypeError(".iot.stream.v1.wire.ServerFrame.subscribed: object expected");
                            message.subscribed = $root.iot.stream.v1.Subscribed.fromObject(object.subscribed, long + 1);
                        }
                        if (object.batch != null) {
                            if (!$util.isObject(object.batch))
                                throw TypeError(".iot.stream.v1.wire.ServerFrame.batch: object expected");
                            message.batch = $root.iot.stream.v1.wire.Batch.fromObject(object.batch, long + 1);
                        }
                        if (object.status != null) {
                            if (!$util.isObject(object.status))
                                throw TypeError(".iot.stream.v1.wire.ServerFrame.status: object expected");
                            message.status = $root.iot.stream.v1.Status.fromObject(object.status, long + 1);
                        }
                        if (object.error != null) {
                            if (!$util.isObject(object.error))
                                throw TypeError(".iot.stream.v1.wire.ServerFrame.error: object expected");
                            message.error = $root.iot.stream.v1.Error.fromObject(object.error, long + 1);
                        }
                        if (object.pong != null) {
                            if (!$util.isObject(object.pong))
                                throw TypeError(".iot.stream.v1.wire.ServerFrame.pong: object expected");
                            message.pong = $root.iot.stream.v1.Pong.fromObject(object.pong, long + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a ServerFrame message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof iot.stream.v1.wire.ServerFrame
                     * @static
                     * @param {iot.stream.v1.wire.ServerFrame} message ServerFrame
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ServerFrame.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        var object = {};
                        if (message.subscribed != null && Object.hasOwnProperty.call(message, "subscribed")) {
                            object.subscribed = $root.iot.stream.v1.Subscribed.toObject(message.subscribed, options, q + 1);
                            if (options.oneofs)
                                object.kind = "subscribed";
                        }
                        if (message.batch != null && Object.hasOwnProperty.call(message, "batch")) {
                            object.batch = $root.iot.stream.v1.wire.Batch.toObject(message.batch, options, q + 1);
                            if (options.oneofs)
                                object.kind = "batch";
                        }
                        if (message.status != null && Object.hasOwnProperty.call(message, "status")) {
                            object.status = $root.iot.stream.v1.Status.toObject(message.status, options, q + 1);
                            if (options.oneofs)
                                object.kind = "status";
                        }
                        if (message.error != null && Object.hasOwnProperty.call(message, "error")) {
                            object.error = $root.iot.stream.v1.Error.toObject(message.error, options, q + 1);
                            if (options.oneofs)
                                object.kind = "error";
                        }
                        if (message.pong != null && Object.hasOwnProperty.call(message, "pong")) {
                            object.pong = $root.iot.stream.v1.Pong.toObject(message.pong, options, q + 1);
                            if (options.oneofs)
                                object.kind = "pong";
                        }
                        return object;
                    };

                    /**
                     * Converts this ServerFrame to JSON.
                     * @function toJSON
                     * @memberof iot.stream.v1.wire.ServerFrame
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ServerFrame.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for ServerFrame
                     * @function getTypeUrl
                     * @memberof iot.stream.v1.wire.ServerFrame
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    ServerFrame.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/iot.stream.v1.wire.ServerFrame";
                    };

                    return ServerFrame;
                })();

                wire.Batch = (function() {

                    /**
                     * Properties of a Batch.
                     * @memberof iot.stream.v1.wire
                     * @interface IBatch
                     * @property {number|null} [streamId] Batch streamId
                     * @property {Array.<iot.broker.v1.IEnvelope>|null} [envelopes] Batch envelopes
                     * @property {number|null} [dropped] Batch dropped
                     * @property {Array.<iot.stream.v1.IGap>|null} [gaps] Batch gaps
                     * @property {iot.stream.v1.wire.ITelemetryBlock|null} [block] Batch block
                     * @property {iot.broker.v1.IStreamPosition|null} [position] Batch position
                     */

                    /**
                     * Constructs a new Batch.
                     * @memberof iot.stream.v1.wire
                     * @classdesc Represents a Batch.
                     * @implements IBatch
                     * @constructor
                     * @param {iot.stream.v1.wire.IBatch=} [properties] Properties to set
                     */
                    function Batch(properties) {
                        this.envelopes = [];
                        this.gaps = [];
                        if (properties)
                            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Batch streamId.
                     * @member {number} streamId
                     * @memberof iot.stream.v1.wire.Batch
                     * @instance
                     */
                    Batch.prototype.streamId = 0;

                    /**
                     * Batch envelopes.
                     * @member {Array.<iot.broker.v1.IEnvelope>} envelopes
                     * @memberof iot.stream.v1.wire.Batch
                     * @instance
                     */
                    Batch.prototype.envelopes = $util.emptyArray;

                    /**
                     * Batch dropped.
                     * @member {number} dropped
                     * @memberof iot.stream.v1.wire.Batch
                     * @instance
                     */
                    Batch.prototype.dropped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Batch gaps.
                     * @member {Array.<iot.stream.v1.IGap>} gaps
                     * @memberof iot.stream.v1.wire.Batch
                     * @instance
                     */
                    Batch.prototype.gaps = $util.emptyArray;

                    /**
                     * Batch block.
                     * @member {iot.stream.v1.wire.ITelemetryBlock|null|undefined} block
                     * @memberof iot.stream.v1.wire.Batch
                     * @instance
                     */
                    Batch.prototype.block = null;

                    /**
                     * Batch position.
                     * @member {iot.broker.v1.IStreamPosition|null|undefined} position
                     * @memberof iot.stream.v1.wire.Batch
                     * @instance
                     */
                    Batch.prototype.position = null;

                    /**
                     * Creates a new Batch instance using the specified properties.
                     * @function create
                     * @memberof iot.stream.v1.wire.Batch
                     * @static
                     * @param {iot.stream.v1.wire.IBatch=} [properties] Properties to set
                     * @returns {iot.stream.v1.wire.Batch} Batch instance
                     */
                    Batch.create = function create(properties) {
                        return new Batch(properties);
                    };

                    /**
                     * Encodes the specified Batch message. Does not implicitly {@link iot.stream.v1.wire.Batch.verify|verify} messages.
                     * @function encode
                     * @memberof iot.stream.v1.wire.Batch
                     * @static
                     * @param {iot.stream.v1.wire.IBatch} message Batch message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Batch.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.streamId != null && Object.hasOwnProperty.call(message, "streamId"))
                            writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.streamId);
                        if (message.envelopes != null && message.envelopes.length)
                            for (var i = 0; i < message.envelopes.length; ++i)
                                $root.iot.broker.v1.Envelope.encode(message.envelopes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        if (message.dropped != null && Object.hasOwnProperty.call(message, "dropped"))
                            writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.dropped);
                        if (message.gaps != null && message.gaps.length)
                            for (var i = 0; i < message.gaps.length; ++i)
                                $root.iot.stream.v1.Gap.encode(message.gaps[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                        if (message.block != null && Object.hasOwnProperty.call(message, "block"))
                            $root.iot.stream.v1.wire.TelemetryBlock.encode(message.block, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                        if (message.position != null && Object.hasOwnProperty.call(message, "position"))
                            $root.iot.broker.v1.StreamPosition.encode(message.position, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a Batch message from the specified reader or buffer.
                     * @function decode
                     * @memberof iot.stream.v1.wire.Batch
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {iot.stream.v1.wire.Batch} Batch
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Batch.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.iot.stream.v1.wire.Batch();
                        while (reader.pos < end) {
                            var tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.streamId = reader.uint32();
                                    break;
                                }
                            case 2: {
                                    if (!(message.envelopes && message.envelopes.length))
                                        message.envelopes = [];
                                    message.envelopes.push($root.iot.broker.v1.Envelope.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            case 3: {
                                    message.dropped = reader.uint64();
                                    break;
                                }
                            case 4: {
                                    if (!(message.gaps && message.gaps.length))
                                        message.gaps = [];
                                    message.gaps.push($root.iot.stream.v1.Gap.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            case 5: {
                                    message.block = $root.iot.stream.v1.wire.TelemetryBlock.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 6: {
                                    message.position = $root.iot.broker.v1.StreamPosition.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Creates a Batch message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof iot.stream.v1.wire.Batch
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {iot.stream.v1.wire.Batch} Batch
                     */
                    Batch.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.iot.stream.v1.wire.Batch)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".iot.stream.v1.wire.Batch: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var message = new $root.iot.stream.v1.wire.Batch();
                        if (object.streamId != null)
                            message.streamId = object.streamId >>> 0;
                        if (object.envelopes) {
                            if (!Array.isArray(object.envelopes))
                                throw TypeError(".iot.stream.v1.wire.Batch.envelopes: array expected");
                            message.envelopes = [];
                            for (var i = 0; i < object.envelopes.length; ++i) {
                                if (!$util.isObject(object.envelopes[i]))
                                    throw TypeError(".iot.stream.v1.wire.Batch.envelopes: object expected");
                                message.envelopes[i] = $root.iot.broker.v1.Envelope.fromObject(object.envelopes[i], long + 1);
                            }
                        }
                        if (object.dropped != null)
                            if ($util.Long)
                                message.dropped = $util.Long.fromValue(object.dropped, true);
                            else if (typeof object.dropped === "string")
                                message.dropped = parseInt(object.dropped, 10);
                            else if (typeof object.dropped === "number")
                                message.dropped = object.dropped;
                            else if (typeof object.dropped === "object")
                                message.dropped = new $util.LongBits(object.dropped.low >>> 0, object.dropped.high >>> 0).toNumber(true);
                        if (object.gaps) {
                            if (!Array.isArray(object.gaps))
                                throw TypeError(".iot.stream.v1.wire.Batch.gaps: array expected");
                            message.gaps = [];
                            for (var i = 0; i < object.gaps.length; ++i) {
                                if (!$util.isObject(object.gaps[i]))
                                    throw TypeError(".iot.stream.v1.wire.Batch.gaps: object expected");
                                message.gaps[i] = $root.iot.stream.v1.Gap.fromObject(object.gaps[i], long + 1);
                            }
                        }
                        if (object.block != null) {
                            if (!$util.isObject(object.block))
                                throw TypeError(".iot.stream.v1.wire.Batch.block: object expected");
                            message.block = $root.iot.stream.v1.wire.TelemetryBlock.fromObject(object.block, long + 1);
                        }
                        if (object.position != null) {
                            if (!$util.isObject(object.position))
                                throw TypeError(".iot.stream.v1.wire.Batch.position: object expected");
                            message.position = $root.iot.broker.v1.StreamPosition.fromObject(object.position, long + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a Batch message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof iot.stream.v1.wire.Batch
                     * @static
                     * @param {iot.stream.v1.wire.Batch} message Batch
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Batch.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        var object = {};
                        if (options.arrays || options.defaults) {
                            object.envelopes = [];
                            object.gaps = [];
                        }
                        if (options.defaults) {
                            object.streamId = 0;
                            if ($util.Long) {
                                var long = new $util.Long(0, 0, true);
                                object.dropped = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                            } else
                                object.dropped = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                            object.block = null;
                            object.position = null;
                        }
                        if (message.streamId != null && Object.hasOwnProperty.call(message, "streamId"))
                            object.streamId = message.streamId;
                        if (message.envelopes && message.envelopes.length) {
                            object.envelopes = [];
                            for (var j = 0; j < message.envelopes.length; ++j)
                                object.envelopes[j] = $root.iot.broker.v1.Envelope.toObject(message.envelopes[j], options, q + 1);
                        }
                        if (message.dropped != null && Object.hasOwnProperty.call(message, "dropped"))
                            if (typeof BigInt !== "undefined" && options.longs === BigInt)
                                object.dropped = typeof message.dropped === "number" ? BigInt(message.dropped) : $util.Long.fromBits(message.dropped.low >>> 0, message.dropped.high >>> 0, true).toBigInt();
                            else if (typeof message.dropped === "number")
                                object.dropped = options.longs === String ? String(message.dropped) : message.dropped;
                            else
                                object.dropped = options.longs === String ? $util.Long.prototype.toString.call(message.dropped) : options.longs === Number ? new $util.LongBits(message.dropped.low >>> 0, message.dropped.high >>> 0).toNumber(true) : message.dropped;
                        if (message.gaps && message.gaps.length) {
                            object.gaps = [];
                            for (var j = 0; j < message.gaps.length; ++j)
                                object.gaps[j] = $root.iot.stream.v1.Gap.toObject(message.gaps[j], options, q + 1);
                        }
                        if (message.block != null && Object.hasOwnProperty.call(message, "block"))
                            object.block = $root.iot.stream.v1.wire.TelemetryBlock.toObject(message.block, options, q + 1);
                        if (message.position != null && Object.hasOwnProperty.call(message, "position"))
                            object.position = $root.iot.broker.v1.StreamPosition.toObject(message.position, options, q + 1);
                        return object;
                    };

                    /**
                     * Converts this Batch to JSON.
                     * @function toJSON
                     * @memberof iot.stream.v1.wire.Batch
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Batch.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for Batch
                     * @function getTypeUrl
                     * @memberof iot.stream.v1.wire.Batch
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    Batch.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/iot.stream.v1.wire.Batch";
                    };

                    return Batch;
                })();

                wire.TelemetryBlock = (function() {

                    /**
                     * Properties of a TelemetryBlock.
                     * @memberof iot.stream.v1.wire
                     * @interface ITelemetryBlock
                     * @property {Array.<iot.stream.v1.IBlockSource>|null} [sources] TelemetryBlock sources
                     * @property {Array.<number>|null} [sourceIndex] TelemetryBlock sourceIndex
                     * @property {Array.<number>|null} [sequences] TelemetryBlock sequences
                     * @property {Uint8Array|null} [brokerTimeMs] TelemetryBlock brokerTimeMs
                     * @property {Uint8Array|null} [eventTimeMs] TelemetryBlock eventTimeMs
                     * @property {Array.<string>|null} [fields] TelemetryBlock fields
                     * @property {Uint8Array|null} [values] TelemetryBlock values
                     */

                    /**
                     * Constructs a new TelemetryBlock.
                     * @memberof iot.stream.v1.wire
                     * @classdesc Represents a TelemetryBlock.
                     * @implements ITelemetryBlock
                     * @constructor
                     * @param {iot.stream.v1.wire.ITelemetryBlock=} [properties] Properties to set
                     */
                    function TelemetryBlock(properties) {
                        this.sources = [];
                        this.sourceIndex = [];
                        this.sequences = [];
                        this.fields = [];
                        if (properties)
                            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * TelemetryBlock sources.
                     * @member {Array.<iot.stream.v1.IBlockSource>} sources
                     * @memberof iot.stream.v1.wire.TelemetryBlock
                     * @instance
                     */
                    TelemetryBlock.prototype.sources = $util.emptyArray;

                    /**
                     * TelemetryBlock sourceIndex.
                     * @member {Array.<number>} sourceIndex
                     * @memberof iot.stream.v1.wire.TelemetryBlock
                     * @instance
                     */
                    TelemetryBlock.prototype.sourceIndex = $util.emptyArray;

                    /**
                     * TelemetryBlock sequences.
                     * @member {Array.<number>} sequences
                     * @memberof iot.stream.v1.wire.TelemetryBlock
                     * @instance
                     */
                    TelemetryBlock.prototype.sequences = $util.emptyArray;

                    /**
                     * TelemetryBlock brokerTimeMs.
                     * @member {Uint8Array} brokerTimeMs
                     * @memberof iot.stream.v1.wire.TelemetryBlock
                     * @instance
                     */
                    TelemetryBlock.prototype.brokerTimeMs = $util.newBuffer([]);

                    /**
                     * TelemetryBlock eventTimeMs.
                     * @member {Uint8Array} eventTimeMs
                     * @memberof iot.stream.v1.wire.TelemetryBlock
                     * @instance
                     */
                    TelemetryBlock.prototype.eventTimeMs = $util.newBuffer([]);

                    /**
                     * TelemetryBlock fields.
                     * @member {Array.<string>} fields
                     * @memberof iot.stream.v1.wire.TelemetryBlock
                     * @instance
                     */
                    TelemetryBlock.prototype.fields = $util.emptyArray;

                    /**
                     * TelemetryBlock values.
                     * @member {Uint8Array} values
                     * @memberof iot.stream.v1.wire.TelemetryBlock
                     * @instance
                     */
                    TelemetryBlock.prototype.values = $util.newBuffer([]);

                    /**
                     * Creates a new TelemetryBlock instance using the specified properties.
                     * @function create
                     * @memberof iot.stream.v1.wire.TelemetryBlock
                     * @static
                     * @param {iot.stream.v1.wire.ITelemetryBlock=} [properties] Properties to set
                     * @returns {iot.stream.v1.wire.TelemetryBlock} TelemetryBlock instance
                     */
                    TelemetryBlock.create = function create(properties) {
                        return new TelemetryBlock(properties);
                    };

                    /**
                     * Encodes the specified TelemetryBlock message. Does not implicitly {@link iot.stream.v1.wire.TelemetryBlock.verify|verify} messages.
                     * @function encode
                     * @memberof iot.stream.v1.wire.TelemetryBlock
                     * @static
                     * @param {iot.stream.v1.wire.ITelemetryBlock} message TelemetryBlock message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    TelemetryBlock.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.sources != null && message.sources.length)
                            for (var i = 0; i < message.sources.length; ++i)
                                $root.iot.stream.v1.BlockSource.encode(message.sources[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (message.sourceIndex != null && message.sourceIndex.length) {
                            writer.uint32(/* id 2, wireType 2 =*/18).fork();
                            for (var i = 0; i < message.sourceIndex.length; ++i)
                                writer.uint32(message.sourceIndex[i]);
                            writer.ldelim();
                        }
                        if (message.sequences != null && message.sequences.length) {
                            writer.uint32(/* id 3, wireType 2 =*/26).fork();
                            for (var i = 0; i < message.sequences.length; ++i)
                                writer.uint64(message.sequences[i]);
                            writer.ldelim();
                        }
                        if (message.brokerTimeMs != null && Object.hasOwnProperty.call(message, "brokerTimeMs"))
                            writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.brokerTimeMs);
                        if (message.eventTimeMs != null && Object.hasOwnProperty.call(message, "eventTimeMs"))
                            writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.eventTimeMs);
                        if (message.fields != null && message.fields.length)
                            for (var i = 0; i < message.fields.length; ++i)
                                writer.uint32(/* id 6, wireType 2 =*/50).string(message.fields[i]);
                        if (message.values != null && Object.hasOwnProperty.call(message, "values"))
                            writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.values);
                        return writer;
                    };

                    /**
                     * Decodes a TelemetryBlock message from the specified reader or buffer.
                     * @function decode
                     * @memberof iot.stream.v1.wire.TelemetryBlock
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {iot.stream.v1.wire.TelemetryBlock} TelemetryBlock
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    TelemetryBlock.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.iot.stream.v1.wire.TelemetryBlock();
                        while (reader.pos < end) {
                            var tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    if (!(message.sources && message.sources.length))
                                        message.sources = [];
                                    message.sources.push($root.iot.stream.v1.BlockSource.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            case 2: {
                                    if (!(message.sourceIndex && message.sourceIndex.length))
                                        message.sourceIndex = [];
                                    if ((tag & 7) === 2) {
                                        var end2 = reader.uint32() + reader.pos;
                                        if (end2 > reader.len)
                                            throw RangeError("index out of range");
                                        reader.len = end2;
                                        while (reader.pos < end2)
                                            message.sourceIndex.push(reader.uint32());
                                        if (reader.pos !== end2)
                                            throw RangeError("index out of range");
                                        reader.len = end;
                                    } else
                                        message.sourceIndex.push(reader.uint32());
                                    break;
                                }
                            case 3: {
                                    if (!(message.sequences && message.sequences.length))
                                        message.sequences = [];
                                    if ((tag & 7) === 2) {
                                        var end2 = reader.uint32() + reader.pos;
                                        if (end2 > reader.len)
                                            throw RangeError("index out of range");
                                        reader.len = end2;
                                        while (reader.pos < end2)
                                            message.sequences.push(reader.uint64());
                                        if (reader.pos !== end2)
                                            throw RangeError("index out of range");
                                        reader.len = end;
                                    } else
                                        message.sequences.push(reader.uint64());
                                    break;
                                }
                            case 4: {
                                    message.brokerTimeMs = reader.bytes();
                                    break;
                                }
                            case 5: {
                                    message.eventTimeMs = reader.bytes();
                                    break;
                                }
                            case 6: {
                                    if (!(message.fields && message.fields.length))
                                        message.fields = [];
                                    message.fields.push(reader.string());
                                    break;
                                }
                            case 7: {
                                    message.values = reader.bytes();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Creates a TelemetryBlock message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof iot.stream.v1.wire.TelemetryBlock
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {iot.stream.v1.wire.TelemetryBlock} TelemetryBlock
                     */
                    TelemetryBlock.fromObject = function fromObject(object, long) {
                        if (object instanceof $root.iot.stream.v1.wire.TelemetryBlock)
                            return object;
                        if (!$util.isObject(object))
                            throw TypeError(".iot.stream.v1.wire.TelemetryBlock: object expected");
                        if (long === undefined)
                            long = 0;
                        if (long > $util.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        var message = new $root.iot.stream.v1.wire.TelemetryBlock();
                        if (object.sources) {
                            if (!Array.isArray(object.sources))
                                throw TypeError(".iot.stream.v1.wire.TelemetryBlock.sources: array expected");
                            message.sources = [];
                            for (var i = 0; i < object.sources.length; ++i) {
                                if (!$util.isObject(object.sources[i]))
                                    throw TypeError(".iot.stream.v1.wire.TelemetryBlock.sources: object expected");
                                message.sources[i] = $root.iot.stream.v1.BlockSource.fromObject(object.sources[i], long + 1);
                            }
                        }
                        if (object.sourceIndex) {
                            if (!Array.isArray(object.sourceIndex))
                                throw TypeError(".iot.stream.v1.wire.TelemetryBlock.sourceIndex: array expected");
                            message.sourceIndex = [];
                            for (var i = 0; i < object.sourceIndex.length; ++i)
                                message.sourceIndex[i] = object.sourceIndex[i] >>> 0;
                        }
                        if (object.sequences) {
                            if (!Array.isArray(object.sequences))
                                throw TypeError(".iot.stream.v1.wire.TelemetryBlock.sequences: array expected");
                            message.sequences = [];
                            for (var i = 0; i < object.sequences.length; ++i)
                                if ($util.Long)
                                    message.sequences[i] = $util.Long.fromValue(object.sequences[i], true);
                                else if (typeof object.sequences[i] === "string")
                                    message.sequences[i] = parseInt(object.sequences[i], 10);
                                else if (typeof object.sequences[i] === "number")
                                    message.sequences[i] = object.sequences[i];
                                else if (typeof object.sequences[i] === "object")
                                    message.sequences[i] = new $util.LongBits(object.sequences[i].low >>> 0, object.sequences[i].high >>> 0).toNumber(true);
                        }
                        if (object.brokerTimeMs != null)
                            if (typeof object.brokerTimeMs === "string")
                                $util.base64.decode(object.brokerTimeMs, message.brokerTimeMs = $util.newBuffer($util.base64.length(object.brokerTimeMs)), 0);
                            else if (object.brokerTimeMs.length >= 0)
                                message.brokerTimeMs = object.brokerTimeMs;
                        if (object.eventTimeMs != null)
                            if (typeof object.eventTimeMs === "string")
                                $util.base64.decode(object.eventTimeMs, message.eventTimeMs = $util.newBuffer($util.base64.length(object.eventTimeMs)), 0);
                            else if (object.eventTimeMs.length >= 0)
                                message.eventTimeMs = object.eventTimeMs;
                        if (object.fields) {
                            if (!Array.isArray(object.fields))
                                throw TypeError(".iot.stream.v1.wire.TelemetryBlock.fields: array expected");
                            message.fields = [];
                            for (var i = 0; i < object.fields.length; ++i)
                                message.fields[i] = String(object.fields[i]);
                        }
                        if (object.values != null)
                            if (typeof object.values === "string")
                                $util.base64.decode(object.values, message.values = $util.newBuffer($util.base64.length(object.values)), 0);
                            else if (object.values.length >= 0)
                                message.values = object.values;
                        return message;
                    };

                    /**
                     * Creates a plain object from a TelemetryBlock message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof iot.stream.v1.wire.TelemetryBlock
                     * @static
                     * @param {iot.stream.v1.wire.TelemetryBlock} message TelemetryBlock
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    TelemetryBlock.toObject = function toObject(message, options, q) {
                        if (!options)
                            options = {};
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        var object = {};
                        if (options.arrays || options.defaults) {
                            object.sources = [];
                            object.sourceIndex = [];
                            object.sequences = [];
                            object.fields = [];
                        }
                        if (options.defaults) {
                            if (options.bytes === String)
                                object.brokerTimeMs = "";
                            else {
                                object.brokerTimeMs = [];
                                if (options.bytes !== Array)
                                    object.brokerTimeMs = $util.newBuffer(object.brokerTimeMs);
                            }
                            if (options.bytes === String)
                                object.eventTimeMs = "";
                            else {
                                object.eventTimeMs = [];
                                if (options.bytes !== Array)
                                    object.eventTimeMs = $util.newBuffer(object.eventTimeMs);
                            }
                            if (options.bytes === String)
                                object.values = "";
                            else {
                                object.values = [];
                                if (options.bytes !== Array)
                                    object.values = $util.newBuffer(object.values);
                            }
                        }
                        if (message.sources && message.sources.length) {
                            object.sources = [];
                            for (var j = 0; j < message.sources.length; ++j)
                                object.sources[j] = $root.iot.stream.v1.BlockSource.toObject(message.sources[j], options, q + 1);
                        }
                        if (message.sourceIndex && message.sourceIndex.length) {
                            object.sourceIndex = [];
                            for (var j = 0; j < message.sourceIndex.length; ++j)
                                object.sourceIndex[j] = message.sourceIndex[j];
                        }
                        if (message.sequences && message.sequences.length) {
                            object.sequences = [];
                            for (var j = 0; j < message.sequences.length; ++j)
                                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                                    object.sequences[j] = typeof message.sequences[j] === "number" ? BigInt(message.sequences[j]) : $util.Long.fromBits(message.sequences[j].low >>> 0, message.sequences[j].high >>> 0, true).toBigInt();
                                else if (typeof message.sequences[j] === "number")
                                    object.sequences[j] = options.longs === String ? String(message.sequences[j]) : message.sequences[j];
                                else
                                    object.sequences[j] = options.longs === String ? $util.Long.prototype.toString.call(message.sequences[j]) : options.longs === Number ? new $util.LongBits(message.sequences[j].low >>> 0, message.sequences[j].high >>> 0).toNumber(true) : message.sequences[j];
                        }
                        if (message.brokerTimeMs != null && Object.hasOwnProperty.call(message, "brokerTimeMs"))
                            object.brokerTimeMs = options.bytes === String ? $util.base64.encode(message.brokerTimeMs, 0, message.brokerTimeMs.length) : options.bytes === Array ? Array.prototype.slice.call(message.brokerTimeMs) : message.brokerTimeMs;
                        if (message.eventTimeMs != null && Object.hasOwnProperty.call(message, "eventTimeMs"))
                            object.eventTimeMs = options.bytes === String ? $util.base64.encode(message.eventTimeMs, 0, message.eventTimeMs.length) : options.bytes === Array ? Array.prototype.slice.call(message.eventTimeMs) : message.eventTimeMs;
                        if (message.fields && message.fields.length) {
                            object.fields = [];
                            for (var j = 0; j < message.fields.length; ++j)
                                object.fields[j] = message.fields[j];
                        }
                        if (message.values != null && Object.hasOwnProperty.call(message, "values"))
                            object.values = options.bytes === String ? $util.base64.encode(message.values, 0, message.values.length) : options.bytes === Array ? Array.prototype.slice.call(message.values) : message.values;
                        return object;
                    };

                    /**
                     * Converts this TelemetryBlock to JSON.
                     * @function toJSON
                     * @memberof iot.stream.v1.wire.TelemetryBlock
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    TelemetryBlock.prototype.toJSON = function toJSON() {
                        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the default type url for TelemetryBlock
                     * @function getTypeUrl
                     * @memberof iot.stream.v1.wire.TelemetryBlock
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    TelemetryBlock.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/iot.stream.v1.wire.TelemetryBlock";
                    };

                    return TelemetryBlock;
                })();

                return wire;
            })();

            return v1;
        })();

        return stream;
    })();

    return iot;
})();

$root.google = (function() {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    var google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        var protobuf = {};

        protobuf.Any = (function() {

            /**
             * Properties of an Any.
             * @memberof google.protobuf
             * @interface IAny
             * @property {string|null} [type_url] Any type_url
             * @property {Uint8Array|null} [value] Any value
             */

            /**
             * Constructs a new Any.
             * @memberof google.protobuf
             * @classdesc Represents an Any.
             * @implements IAny
             * @constructor
             * @param {google.protobuf.IAny=} [properties] Properties to set
             */
            function Any(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Any type_url.
             * @member {string} type_url
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.type_url = "";

            /**
             * Any value.
             * @member {Uint8Array} value
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new Any instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.IAny=} [properties] Properties to set
             * @returns {google.protobuf.Any} Any instance
             */
            Any.create = function create(properties) {
                return new Any(properties);
            };

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.IAny} message Any message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Any.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.type_url != null && Object.hasOwnProperty.call(message, "type_url"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_url);
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                return writer;
            };

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Any
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Any} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Any.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Any();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.type_url = reader.string();
                            break;
                        }
                    case 2: {
                            message.value = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates an Any message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Any
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Any} Any
             */
            Any.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.Any)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.Any: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.google.protobuf.Any();
                if (object.type_url != null)
                    message.type_url = String(object.type_url);
                if (object.value != null)
                    if (typeof object.value === "string")
                        $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                    else if (object.value.length >= 0)
                        message.value = object.value;
                return message;
            };

            /**
             * Creates a plain object from an Any message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any} message Any
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Any.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.type_url = "";
                    if (options.bytes === String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== Array)
                            object.value = $util.newBuffer(object.value);
                    }
                }
                if (message.type_url != null && Object.hasOwnProperty.call(message, "type_url"))
                    object.type_url = message.type_url;
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === Array ? Array.prototype.slice.call(message.value) : message.value;
                return object;
            };

            /**
             * Converts this Any to JSON.
             * @function toJSON
             * @memberof google.protobuf.Any
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Any.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Any
             * @function getTypeUrl
             * @memberof google.protobuf.Any
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Any.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.Any";
            };

            return Any;
        })();

        protobuf.Struct = (function() {

            /**
             * Properties of a Struct.
             * @memberof google.protobuf
             * @interface IStruct
             * @property {Object.<string,google.protobuf.IValue>|null} [fields] Struct fields
             */

            /**
             * Constructs a new Struct.
             * @memberof google.protobuf
             * @classdesc Represents a Struct.
             * @implements IStruct
             * @constructor
             * @param {google.protobuf.IStruct=} [properties] Properties to set
             */
            function Struct(properties) {
                this.fields = {};
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Struct fields.
             * @member {Object.<string,google.protobuf.IValue>} fields
             * @memberof google.protobuf.Struct
             * @instance
             */
            Struct.prototype.fields = $util.emptyObject;

            /**
             * Creates a new Struct instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.IStruct=} [properties] Properties to set
             * @returns {google.protobuf.Struct} Struct instance
             */
            Struct.create = function create(properties) {
                return new Struct(properties);
            };

            /**
             * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.IStruct} message Struct message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Struct.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.fields != null && Object.hasOwnProperty.call(message, "fields"))
                    for (var keys = Object.keys(message.fields), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.google.protobuf.Value.encode(message.fields[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim().ldelim();
                    }
                return writer;
            };

            /**
             * Decodes a Struct message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Struct
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Struct} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Struct.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Struct();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (message.fields === $util.emptyObject)
                                message.fields = {};
                            var end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                var tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = $root.google.protobuf.Value.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.fields, key);
                            message.fields[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a Struct message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Struct
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Struct} Struct
             */
            Struct.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.Struct)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.Struct: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.google.protobuf.Struct();
                if (object.fields) {
                    if (!$util.isObject(object.fields))
                        throw TypeError(".google.protobuf.Struct.fields: object expected");
                    message.fields = {};
                    for (var keys = Object.keys(object.fields), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.fields, keys[i]);
                        if (!$util.isObject(object.fields[keys[i]]))
                            throw TypeError(".google.protobuf.Struct.fields: object expected");
                        message.fields[keys[i]] = $root.google.protobuf.Value.fromObject(object.fields[keys[i]], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Struct message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct} message Struct
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Struct.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.objects || options.defaults)
                    object.fields = {};
                var keys2;
                if (message.fields && (keys2 = Object.keys(message.fields)).length) {
                    object.fields = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.fields, keys2[j]);
                        object.fields[keys2[j]] = $root.google.protobuf.Value.toObject(message.fields[keys2[j]], options, q + 1);
                    }
                }
                return object;
            };

            /**
             * Converts this Struct to JSON.
             * @function toJSON
             * @memberof google.protobuf.Struct
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Struct.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Struct
             * @function getTypeUrl
             * @memberof google.protobuf.Struct
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Struct.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.Struct";
            };

            return Struct;
        })();

        protobuf.Value = (function() {

            /**
             * Properties of a Value.
             * @memberof google.protobuf
             * @interface IValue
             * @property {google.protobuf.NullValue|null} [nullValue] Value nullValue
             * @property {number|null} [numberValue] Value numberValue
             * @property {string|null} [stringValue] Value stringValue
             * @property {boolean|null} [boolValue] Value boolValue
             * @property {google.protobuf.IStruct|null} [structValue] Value structValue
             * @property {google.protobuf.IListValue|null} [listValue] Value listValue
             */

            /**
             * Constructs a new Value.
             * @memberof google.protobuf
             * @classdesc Represents a Value.
             * @implements IValue
             * @constructor
             * @param {google.protobuf.IValue=} [properties] Properties to set
             */
            function Value(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Value nullValue.
             * @member {google.protobuf.NullValue|null|undefined} nullValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.nullValue = null;

            /**
             * Value numberValue.
             * @member {number|null|undefined} numberValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.numberValue = null;

            /**
             * Value stringValue.
             * @member {string|null|undefined} stringValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.stringValue = null;

            /**
             * Value boolValue.
             * @member {boolean|null|undefined} boolValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.boolValue = null;

            /**
             * Value structValue.
             * @member {google.protobuf.IStruct|null|undefined} structValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.structValue = null;

            /**
             * Value listValue.
             * @member {google.protobuf.IListValue|null|undefined} listValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.listValue = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * Value kind.
             * @member {"nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue"|undefined} kind
             * @memberof google.protobuf.Value
             * @instance
             */
            Object.defineProperty(Value.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["nullValue", "numberValue", "stringValue", "boolValue", "structValue", "listValue"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.IValue=} [properties] Properties to set
             * @returns {google.protobuf.Value} Value instance
             */
            Value.create = function create(properties) {
                return new Value(properties);
            };

            /**
             * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.IValue} message Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Value.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.nullValue != null && Object.hasOwnProperty.call(message, "nullValue"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.nullValue);
                if (message.numberValue != null && Object.hasOwnProperty.call(message, "numberValue"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.numberValue);
                if (message.stringValue != null && Object.hasOwnProperty.call(message, "stringValue"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.stringValue);
                if (message.boolValue != null && Object.hasOwnProperty.call(message, "boolValue"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.boolValue);
                if (message.structValue != null && Object.hasOwnProperty.call(message, "structValue"))
                    $root.google.protobuf.Struct.encode(message.structValue, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.listValue != null && Object.hasOwnProperty.call(message, "listValue"))
                    $root.google.protobuf.ListValue.encode(message.listValue, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Value} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Value.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Value();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.nullValue = reader.int32();
                            break;
                        }
                    case 2: {
                            message.numberValue = reader.double();
                            break;
                        }
                    case 3: {
                            message.stringValue = reader.string();
                            break;
                        }
                    case 4: {
                            message.boolValue = reader.bool();
                            break;
                        }
                    case 5: {
                            message.structValue = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.listValue = $root.google.protobuf.ListValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Value
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Value} Value
             */
            Value.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.Value)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.Value: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.google.protobuf.Value();
                switch (object.nullValue) {
                default:
                    if (typeof object.nullValue === "number") {
                        message.nullValue = object.nullValue;
                        break;
                    }
                    break;
                case "NULL_VALUE":
                case 0:
                    message.nullValue = 0;
                    break;
                }
                if (object.numberValue != null)
                    message.numberValue = Number(object.numberValue);
                if (object.stringValue != null)
                    message.stringValue = String(object.stringValue);
                if (object.boolValue != null)
                    message.boolValue = Boolean(object.boolValue);
                if (object.structValue != null) {
                    if (!$util.isObject(object.structValue))
                        throw TypeError(".google.protobuf.Value.structValue: object expected");
                    message.structValue = $root.google.protobuf.Struct.fromObject(object.structValue, long + 1);
                }
                if (object.listValue != null) {
                    if (!$util.isObject(object.listValue))
                        throw TypeError(".google.protobuf.Value.listValue: object expected");
                    message.listValue = $root.google.protobuf.ListValue.fromObject(object.listValue, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value} message Value
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Value.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (message.nullValue != null && Object.hasOwnProperty.call(message, "nullValue")) {
                    object.nullValue = options.enums === String ? $root.google.protobuf.NullValue[message.nullValue] === undefined ? message.nullValue : $root.google.protobuf.NullValue[message.nullValue] : message.nullValue;
                    if (options.oneofs)
                        object.kind = "nullValue";
                }
                if (message.numberValue != null && Object.hasOwnProperty.call(message, "numberValue")) {
                    object.numberValue = options.json && !isFinite(message.numberValue) ? String(message.numberValue) : message.numberValue;
                    if (options.oneofs)
                        object.kind = "numberValue";
                }
                if (message.stringValue != null && Object.hasOwnProperty.call(message, "stringValue")) {
                    object.stringValue = message.stringValue;
                    if (options.oneofs)
                        object.kind = "stringValue";
                }
                if (message.boolValue != null && Object.hasOwnProperty.call(message, "boolValue")) {
                    object.boolValue = message.boolValue;
                    if (options.oneofs)
                        object.kind = "boolValue";
                }
                if (message.structValue != null && Object.hasOwnProperty.call(message, "structValue")) {
                    object.structValue = $root.google.protobuf.Struct.toObject(message.structValue, options, q + 1);
                    if (options.oneofs)
                        object.kind = "structValue";
                }
                if (message.listValue != null && Object.hasOwnProperty.call(message, "listValue")) {
                    object.listValue = $root.google.protobuf.ListValue.toObject(message.listValue, options, q + 1);
                    if (options.oneofs)
                        object.kind = "listValue";
                }
                return object;
            };

            /**
             * Converts this Value to JSON.
             * @function toJSON
             * @memberof google.protobuf.Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Value.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Value
             * @function getTypeUrl
             * @memberof google.protobuf.Value
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Value.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.Value";
            };

            return Value;
        })();

        /**
         * NullValue enum.
         * @name google.protobuf.NullValue
         * @enum {number}
         * @property {number} NULL_VALUE=0 NULL_VALUE value
         */
        protobuf.NullValue = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "NULL_VALUE"] = 0;
            return values;
        })();

        protobuf.ListValue = (function() {

            /**
             * Properties of a ListValue.
             * @memberof google.protobuf
             * @interface IListValue
             * @property {Array.<google.protobuf.IValue>|null} [values] ListValue values
             */

            /**
             * Constructs a new ListValue.
             * @memberof google.protobuf
             * @classdesc Represents a ListValue.
             * @implements IListValue
             * @constructor
             * @param {google.protobuf.IListValue=} [properties] Properties to set
             */
            function ListValue(properties) {
                this.values = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListValue values.
             * @member {Array.<google.protobuf.IValue>} values
             * @memberof google.protobuf.ListValue
             * @instance
             */
            ListValue.prototype.values = $util.emptyArray;

            /**
             * Creates a new ListValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.IListValue=} [properties] Properties to set
             * @returns {google.protobuf.ListValue} ListValue instance
             */
            ListValue.create = function create(properties) {
                return new ListValue(properties);
            };

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.IListValue} message ListValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListValue.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.values != null && message.values.length)
                    for (var i = 0; i < message.values.length; ++i)
                        $root.google.protobuf.Value.encode(message.values[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.ListValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.ListValue} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListValue.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.ListValue();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push($root.google.protobuf.Value.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a ListValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.ListValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.ListValue} ListValue
             */
            ListValue.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.ListValue)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.ListValue: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.google.protobuf.ListValue();
                if (object.values) {
                    if (!Array.isArray(object.values))
                        throw TypeError(".google.protobuf.ListValue.values: array expected");
                    message.values = [];
                    for (var i = 0; i < object.values.length; ++i) {
                        if (!$util.isObject(object.values[i]))
                            throw TypeError(".google.protobuf.ListValue.values: object expected");
                        message.values[i] = $root.google.protobuf.Value.fromObject(object.values[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue} message ListValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListValue.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.values = [];
                if (message.values && message.values.length) {
                    object.values = [];
                    for (var j = 0; j < message.values.length; ++j)
                        object.values[j] = $root.google.protobuf.Value.toObject(message.values[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this ListValue to JSON.
             * @function toJSON
             * @memberof google.protobuf.ListValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListValue.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ListValue
             * @function getTypeUrl
             * @memberof google.protobuf.ListValue
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.ListValue";
            };

            return ListValue;
        })();

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @property {number|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @implements ITimestamp
             * @constructor
             * @param {google.protobuf.ITimestamp=} [properties] Properties to set
             */
            function Timestamp(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Timestamp seconds.
             * @member {number} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.ITimestamp=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             */
            Timestamp.create = function create(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.ITimestamp} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.seconds != null && Object.hasOwnProperty.call(message, "seconds"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && Object.hasOwnProperty.call(message, "nanos"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                return writer;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.seconds = reader.int64();
                            break;
                        }
                    case 2: {
                            message.nanos = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Timestamp} Timestamp
             */
            Timestamp.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.Timestamp)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.Timestamp: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.google.protobuf.Timestamp();
                if (object.seconds != null)
                    if ($util.Long)
                        message.seconds = $util.Long.fromValue(object.seconds, false);
                    else if (typeof object.seconds === "string")
                        message.seconds = parseInt(object.seconds, 10);
                    else if (typeof object.seconds === "number")
                        message.seconds = object.seconds;
                    else if (typeof object.seconds === "object")
                        message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    message.nanos = object.nanos | 0;
                return message;
            };

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp} message Timestamp
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timestamp.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.seconds = typeof message.seconds === "number" ? BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === String ? String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            /**
             * Converts this Timestamp to JSON.
             * @function toJSON
             * @memberof google.protobuf.Timestamp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timestamp.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Timestamp.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

module.exports = $root;
