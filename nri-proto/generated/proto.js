/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const nri = $root.nri = (() => {

    /**
     * Namespace nri.
     * @exports nri
     * @namespace
     */
    const nri = {};

    nri.pkg = (function() {

        /**
         * Namespace pkg.
         * @memberof nri
         * @namespace
         */
        const pkg = {};

        pkg.api = (function() {

            /**
             * Namespace api.
             * @memberof nri.pkg
             * @namespace
             */
            const api = {};

            api.v1alpha1 = (function() {

                /**
                 * Namespace v1alpha1.
                 * @memberof nri.pkg.api
                 * @namespace
                 */
                const v1alpha1 = {};

                v1alpha1.Empty = (function() {

                    /**
                     * Properties of an Empty.
                     * @typedef {Object} nri.pkg.api.v1alpha1.Empty.$Properties
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an Empty.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IEmpty
                     * @augments nri.pkg.api.v1alpha1.Empty.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.Empty.$Properties instead.
                     */

                    /**
                     * Shape of an Empty.
                     * @typedef {nri.pkg.api.v1alpha1.Empty.$Properties} nri.pkg.api.v1alpha1.Empty.$Shape
                     */

                    /**
                     * Constructs a new Empty.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents an Empty.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.Empty.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Empty = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Creates a new Empty instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.Empty
                     * @static
                     * @param {nri.pkg.api.v1alpha1.Empty.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.Empty} Empty instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.Empty.$Shape): nri.pkg.api.v1alpha1.Empty & nri.pkg.api.v1alpha1.Empty.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.Empty.$Properties): nri.pkg.api.v1alpha1.Empty;
                     * }}
                     */
                    Empty.create = function(properties) {
                        return new Empty(properties);
                    };

                    /**
                     * Encodes the specified Empty message. Does not implicitly {@link nri.pkg.api.v1alpha1.Empty.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.Empty
                     * @static
                     * @param {nri.pkg.api.v1alpha1.Empty.$Properties} message Empty message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Empty.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes an Empty message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.Empty
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.Empty & nri.pkg.api.v1alpha1.Empty.$Shape} Empty
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Empty.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.Empty();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            reader.skipType(tag & 7, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return Empty;
                })();

                v1alpha1.RegisterPluginRequest = (function() {

                    /**
                     * Properties of a RegisterPluginRequest.
                     * @typedef {Object} nri.pkg.api.v1alpha1.RegisterPluginRequest.$Properties
                     * @property {string|null} [plugin_name] RegisterPluginRequest plugin_name
                     * @property {string|null} [plugin_idx] RegisterPluginRequest plugin_idx
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a RegisterPluginRequest.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IRegisterPluginRequest
                     * @augments nri.pkg.api.v1alpha1.RegisterPluginRequest.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.RegisterPluginRequest.$Properties instead.
                     */

                    /**
                     * Shape of a RegisterPluginRequest.
                     * @typedef {nri.pkg.api.v1alpha1.RegisterPluginRequest.$Properties} nri.pkg.api.v1alpha1.RegisterPluginRequest.$Shape
                     */

                    /**
                     * Constructs a new RegisterPluginRequest.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a RegisterPluginRequest.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.RegisterPluginRequest.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const RegisterPluginRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * RegisterPluginRequest plugin_name.
                     * @member {string} plugin_name
                     * @memberof nri.pkg.api.v1alpha1.RegisterPluginRequest
                     * @instance
                     */
                    RegisterPluginRequest.prototype.plugin_name = "";

                    /**
                     * RegisterPluginRequest plugin_idx.
                     * @member {string} plugin_idx
                     * @memberof nri.pkg.api.v1alpha1.RegisterPluginRequest
                     * @instance
                     */
                    RegisterPluginRequest.prototype.plugin_idx = "";

                    /**
                     * Creates a new RegisterPluginRequest instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.RegisterPluginRequest
                     * @static
                     * @param {nri.pkg.api.v1alpha1.RegisterPluginRequest.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.RegisterPluginRequest} RegisterPluginRequest instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.RegisterPluginRequest.$Shape): nri.pkg.api.v1alpha1.RegisterPluginRequest & nri.pkg.api.v1alpha1.RegisterPluginRequest.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.RegisterPluginRequest.$Properties): nri.pkg.api.v1alpha1.RegisterPluginRequest;
                     * }}
                     */
                    RegisterPluginRequest.create = function(properties) {
                        return new RegisterPluginRequest(properties);
                    };

                    /**
                     * Encodes the specified RegisterPluginRequest message. Does not implicitly {@link nri.pkg.api.v1alpha1.RegisterPluginRequest.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.RegisterPluginRequest
                     * @static
                     * @param {nri.pkg.api.v1alpha1.RegisterPluginRequest.$Properties} message RegisterPluginRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    RegisterPluginRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.plugin_name != null && $Object.hasOwnProperty.call(message, "plugin_name") && message.plugin_name !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.plugin_name);
                        if (message.plugin_idx != null && $Object.hasOwnProperty.call(message, "plugin_idx") && message.plugin_idx !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.plugin_idx);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a RegisterPluginRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.RegisterPluginRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.RegisterPluginRequest & nri.pkg.api.v1alpha1.RegisterPluginRequest.$Shape} RegisterPluginRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    RegisterPluginRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.RegisterPluginRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.plugin_name = value;
                                    else
                                        delete message.plugin_name;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.plugin_idx = value;
                                    else
                                        delete message.plugin_idx;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return RegisterPluginRequest;
                })();

                v1alpha1.ConfigureRequest = (function() {

                    /**
                     * Properties of a ConfigureRequest.
                     * @typedef {Object} nri.pkg.api.v1alpha1.ConfigureRequest.$Properties
                     * @property {string|null} [config] ConfigureRequest config
                     * @property {string|null} [runtime_name] ConfigureRequest runtime_name
                     * @property {string|null} [runtime_version] ConfigureRequest runtime_version
                     * @property {number|null} [registration_timeout] ConfigureRequest registration_timeout
                     * @property {number|null} [request_timeout] ConfigureRequest request_timeout
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ConfigureRequest.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IConfigureRequest
                     * @augments nri.pkg.api.v1alpha1.ConfigureRequest.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.ConfigureRequest.$Properties instead.
                     */

                    /**
                     * Shape of a ConfigureRequest.
                     * @typedef {nri.pkg.api.v1alpha1.ConfigureRequest.$Properties} nri.pkg.api.v1alpha1.ConfigureRequest.$Shape
                     */

                    /**
                     * Constructs a new ConfigureRequest.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a ConfigureRequest.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.ConfigureRequest.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ConfigureRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ConfigureRequest config.
                     * @member {string} config
                     * @memberof nri.pkg.api.v1alpha1.ConfigureRequest
                     * @instance
                     */
                    ConfigureRequest.prototype.config = "";

                    /**
                     * ConfigureRequest runtime_name.
                     * @member {string} runtime_name
                     * @memberof nri.pkg.api.v1alpha1.ConfigureRequest
                     * @instance
                     */
                    ConfigureRequest.prototype.runtime_name = "";

                    /**
                     * ConfigureRequest runtime_version.
                     * @member {string} runtime_version
                     * @memberof nri.pkg.api.v1alpha1.ConfigureRequest
                     * @instance
                     */
                    ConfigureRequest.prototype.runtime_version = "";

                    /**
                     * ConfigureRequest registration_timeout.
                     * @member {number} registration_timeout
                     * @memberof nri.pkg.api.v1alpha1.ConfigureRequest
                     * @instance
                     */
                    ConfigureRequest.prototype.registration_timeout = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * ConfigureRequest request_timeout.
                     * @member {number} request_timeout
                     * @memberof nri.pkg.api.v1alpha1.ConfigureRequest
                     * @instance
                     */
                    ConfigureRequest.prototype.request_timeout = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * Creates a new ConfigureRequest instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.ConfigureRequest
                     * @static
                     * @param {nri.pkg.api.v1alpha1.ConfigureRequest.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.ConfigureRequest} ConfigureRequest instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.ConfigureRequest.$Shape): nri.pkg.api.v1alpha1.ConfigureRequest & nri.pkg.api.v1alpha1.ConfigureRequest.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.ConfigureRequest.$Properties): nri.pkg.api.v1alpha1.ConfigureRequest;
                     * }}
                     */
                    ConfigureRequest.create = function(properties) {
                        return new ConfigureRequest(properties);
                    };

                    /**
                     * Encodes the specified ConfigureRequest message. Does not implicitly {@link nri.pkg.api.v1alpha1.ConfigureRequest.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.ConfigureRequest
                     * @static
                     * @param {nri.pkg.api.v1alpha1.ConfigureRequest.$Properties} message ConfigureRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ConfigureRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.config != null && $Object.hasOwnProperty.call(message, "config") && message.config !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.config);
                        if (message.runtime_name != null && $Object.hasOwnProperty.call(message, "runtime_name") && message.runtime_name !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.runtime_name);
                        if (message.runtime_version != null && $Object.hasOwnProperty.call(message, "runtime_version") && message.runtime_version !== "")
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.runtime_version);
                        if (message.registration_timeout != null && $Object.hasOwnProperty.call(message, "registration_timeout") && (typeof message.registration_timeout === "object" ? message.registration_timeout.low || message.registration_timeout.high : message.registration_timeout !== 0))
                            writer.uint32(/* id 4, wireType 0 =*/32).int64(message.registration_timeout);
                        if (message.request_timeout != null && $Object.hasOwnProperty.call(message, "request_timeout") && (typeof message.request_timeout === "object" ? message.request_timeout.low || message.request_timeout.high : message.request_timeout !== 0))
                            writer.uint32(/* id 5, wireType 0 =*/40).int64(message.request_timeout);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a ConfigureRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.ConfigureRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.ConfigureRequest & nri.pkg.api.v1alpha1.ConfigureRequest.$Shape} ConfigureRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ConfigureRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.ConfigureRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.config = value;
                                    else
                                        delete message.config;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.runtime_name = value;
                                    else
                                        delete message.runtime_name;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.runtime_version = value;
                                    else
                                        delete message.runtime_version;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.registration_timeout = value;
                                    else
                                        delete message.registration_timeout;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.request_timeout = value;
                                    else
                                        delete message.request_timeout;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return ConfigureRequest;
                })();

                v1alpha1.ConfigureResponse = (function() {

                    /**
                     * Properties of a ConfigureResponse.
                     * @typedef {Object} nri.pkg.api.v1alpha1.ConfigureResponse.$Properties
                     * @property {number|null} [events] ConfigureResponse events
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ConfigureResponse.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IConfigureResponse
                     * @augments nri.pkg.api.v1alpha1.ConfigureResponse.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.ConfigureResponse.$Properties instead.
                     */

                    /**
                     * Shape of a ConfigureResponse.
                     * @typedef {nri.pkg.api.v1alpha1.ConfigureResponse.$Properties} nri.pkg.api.v1alpha1.ConfigureResponse.$Shape
                     */

                    /**
                     * Constructs a new ConfigureResponse.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a ConfigureResponse.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.ConfigureResponse.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ConfigureResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ConfigureResponse events.
                     * @member {number} events
                     * @memberof nri.pkg.api.v1alpha1.ConfigureResponse
                     * @instance
                     */
                    ConfigureResponse.prototype.events = 0;

                    /**
                     * Creates a new ConfigureResponse instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.ConfigureResponse
                     * @static
                     * @param {nri.pkg.api.v1alpha1.ConfigureResponse.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.ConfigureResponse} ConfigureResponse instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.ConfigureResponse.$Shape): nri.pkg.api.v1alpha1.ConfigureResponse & nri.pkg.api.v1alpha1.ConfigureResponse.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.ConfigureResponse.$Properties): nri.pkg.api.v1alpha1.ConfigureResponse;
                     * }}
                     */
                    ConfigureResponse.create = function(properties) {
                        return new ConfigureResponse(properties);
                    };

                    /**
                     * Encodes the specified ConfigureResponse message. Does not implicitly {@link nri.pkg.api.v1alpha1.ConfigureResponse.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.ConfigureResponse
                     * @static
                     * @param {nri.pkg.api.v1alpha1.ConfigureResponse.$Properties} message ConfigureResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ConfigureResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.events != null && $Object.hasOwnProperty.call(message, "events") && message.events !== 0)
                            writer.uint32(/* id 2, wireType 0 =*/16).int32(message.events);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a ConfigureResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.ConfigureResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.ConfigureResponse & nri.pkg.api.v1alpha1.ConfigureResponse.$Shape} ConfigureResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ConfigureResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.ConfigureResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.events = value;
                                    else
                                        delete message.events;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return ConfigureResponse;
                })();

                v1alpha1.SynchronizeRequest = (function() {

                    /**
                     * Properties of a SynchronizeRequest.
                     * @typedef {Object} nri.pkg.api.v1alpha1.SynchronizeRequest.$Properties
                     * @property {Array.<nri.pkg.api.v1alpha1.PodSandbox.$Properties>|null} [pods] SynchronizeRequest pods
                     * @property {Array.<nri.pkg.api.v1alpha1.Container.$Properties>|null} [containers] SynchronizeRequest containers
                     * @property {boolean|null} [more] SynchronizeRequest more
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a SynchronizeRequest.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface ISynchronizeRequest
                     * @augments nri.pkg.api.v1alpha1.SynchronizeRequest.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.SynchronizeRequest.$Properties instead.
                     */

                    /**
                     * Shape of a SynchronizeRequest.
                     * @typedef {nri.pkg.api.v1alpha1.SynchronizeRequest.$Properties} nri.pkg.api.v1alpha1.SynchronizeRequest.$Shape
                     */

                    /**
                     * Constructs a new SynchronizeRequest.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a SynchronizeRequest.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.SynchronizeRequest.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const SynchronizeRequest = function (properties) {
                        this.pods = [];
                        this.containers = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * SynchronizeRequest pods.
                     * @member {Array.<nri.pkg.api.v1alpha1.PodSandbox.$Properties>} pods
                     * @memberof nri.pkg.api.v1alpha1.SynchronizeRequest
                     * @instance
                     */
                    SynchronizeRequest.prototype.pods = $util.emptyArray;

                    /**
                     * SynchronizeRequest containers.
                     * @member {Array.<nri.pkg.api.v1alpha1.Container.$Properties>} containers
                     * @memberof nri.pkg.api.v1alpha1.SynchronizeRequest
                     * @instance
                     */
                    SynchronizeRequest.prototype.containers = $util.emptyArray;

                    /**
                     * SynchronizeRequest more.
                     * @member {boolean} more
                     * @memberof nri.pkg.api.v1alpha1.SynchronizeRequest
                     * @instance
                     */
                    SynchronizeRequest.prototype.more = false;

                    /**
                     * Creates a new SynchronizeRequest instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.SynchronizeRequest
                     * @static
                     * @param {nri.pkg.api.v1alpha1.SynchronizeRequest.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.SynchronizeRequest} SynchronizeRequest instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.SynchronizeRequest.$Shape): nri.pkg.api.v1alpha1.SynchronizeRequest & nri.pkg.api.v1alpha1.SynchronizeRequest.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.SynchronizeRequest.$Properties): nri.pkg.api.v1alpha1.SynchronizeRequest;
                     * }}
                     */
                    SynchronizeRequest.create = function(properties) {
                        return new SynchronizeRequest(properties);
                    };

                    /**
                     * Encodes the specified SynchronizeRequest message. Does not implicitly {@link nri.pkg.api.v1alpha1.SynchronizeRequest.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.SynchronizeRequest
                     * @static
                     * @param {nri.pkg.api.v1alpha1.SynchronizeRequest.$Properties} message SynchronizeRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SynchronizeRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.pods != null && message.pods.length)
                            for (let i = 0; i < message.pods.length; ++i)
                                $root.nri.pkg.api.v1alpha1.PodSandbox.encode(message.pods[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.containers != null && message.containers.length)
                            for (let i = 0; i < message.containers.length; ++i)
                                $root.nri.pkg.api.v1alpha1.Container.encode(message.containers[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.more != null && $Object.hasOwnProperty.call(message, "more") && message.more !== false)
                            writer.uint32(/* id 3, wireType 0 =*/24).bool(message.more);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a SynchronizeRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.SynchronizeRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.SynchronizeRequest & nri.pkg.api.v1alpha1.SynchronizeRequest.$Shape} SynchronizeRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SynchronizeRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.SynchronizeRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.pods && message.pods.length))
                                        message.pods = [];
                                    message.pods.push($root.nri.pkg.api.v1alpha1.PodSandbox.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.containers && message.containers.length))
                                        message.containers = [];
                                    message.containers.push($root.nri.pkg.api.v1alpha1.Container.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.more = value;
                                    else
                                        delete message.more;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return SynchronizeRequest;
                })();

                v1alpha1.SynchronizeResponse = (function() {

                    /**
                     * Properties of a SynchronizeResponse.
                     * @typedef {Object} nri.pkg.api.v1alpha1.SynchronizeResponse.$Properties
                     * @property {Array.<nri.pkg.api.v1alpha1.ContainerUpdate.$Properties>|null} [update] SynchronizeResponse update
                     * @property {boolean|null} [more] SynchronizeResponse more
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a SynchronizeResponse.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface ISynchronizeResponse
                     * @augments nri.pkg.api.v1alpha1.SynchronizeResponse.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.SynchronizeResponse.$Properties instead.
                     */

                    /**
                     * Shape of a SynchronizeResponse.
                     * @typedef {nri.pkg.api.v1alpha1.SynchronizeResponse.$Properties} nri.pkg.api.v1alpha1.SynchronizeResponse.$Shape
                     */

                    /**
                     * Constructs a new SynchronizeResponse.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a SynchronizeResponse.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.SynchronizeResponse.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const SynchronizeResponse = function (properties) {
                        this.update = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * SynchronizeResponse update.
                     * @member {Array.<nri.pkg.api.v1alpha1.ContainerUpdate.$Properties>} update
                     * @memberof nri.pkg.api.v1alpha1.SynchronizeResponse
                     * @instance
                     */
                    SynchronizeResponse.prototype.update = $util.emptyArray;

                    /**
                     * SynchronizeResponse more.
                     * @member {boolean} more
                     * @memberof nri.pkg.api.v1alpha1.SynchronizeResponse
                     * @instance
                     */
                    SynchronizeResponse.prototype.more = false;

                    /**
                     * Creates a new SynchronizeResponse instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.SynchronizeResponse
                     * @static
                     * @param {nri.pkg.api.v1alpha1.SynchronizeResponse.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.SynchronizeResponse} SynchronizeResponse instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.SynchronizeResponse.$Shape): nri.pkg.api.v1alpha1.SynchronizeResponse & nri.pkg.api.v1alpha1.SynchronizeResponse.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.SynchronizeResponse.$Properties): nri.pkg.api.v1alpha1.SynchronizeResponse;
                     * }}
                     */
                    SynchronizeResponse.create = function(properties) {
                        return new SynchronizeResponse(properties);
                    };

                    /**
                     * Encodes the specified SynchronizeResponse message. Does not implicitly {@link nri.pkg.api.v1alpha1.SynchronizeResponse.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.SynchronizeResponse
                     * @static
                     * @param {nri.pkg.api.v1alpha1.SynchronizeResponse.$Properties} message SynchronizeResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SynchronizeResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.update != null && message.update.length)
                            for (let i = 0; i < message.update.length; ++i)
                                $root.nri.pkg.api.v1alpha1.ContainerUpdate.encode(message.update[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.more != null && $Object.hasOwnProperty.call(message, "more") && message.more !== false)
                            writer.uint32(/* id 2, wireType 0 =*/16).bool(message.more);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a SynchronizeResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.SynchronizeResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.SynchronizeResponse & nri.pkg.api.v1alpha1.SynchronizeResponse.$Shape} SynchronizeResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SynchronizeResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.SynchronizeResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.update && message.update.length))
                                        message.update = [];
                                    message.update.push($root.nri.pkg.api.v1alpha1.ContainerUpdate.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.more = value;
                                    else
                                        delete message.more;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return SynchronizeResponse;
                })();

                v1alpha1.RunPodSandboxRequest = (function() {

                    /**
                     * Properties of a RunPodSandboxRequest.
                     * @typedef {Object} nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Properties
                     * @property {nri.pkg.api.v1alpha1.PodSandbox.$Properties|null} [pod] RunPodSandboxRequest pod
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a RunPodSandboxRequest.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IRunPodSandboxRequest
                     * @augments nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Properties instead.
                     */

                    /**
                     * Shape of a RunPodSandboxRequest.
                     * @typedef {nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Properties} nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Shape
                     */

                    /**
                     * Constructs a new RunPodSandboxRequest.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a RunPodSandboxRequest.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const RunPodSandboxRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * RunPodSandboxRequest pod.
                     * @member {nri.pkg.api.v1alpha1.PodSandbox.$Properties|null|undefined} pod
                     * @memberof nri.pkg.api.v1alpha1.RunPodSandboxRequest
                     * @instance
                     */
                    RunPodSandboxRequest.prototype.pod = null;

                    /**
                     * Creates a new RunPodSandboxRequest instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.RunPodSandboxRequest
                     * @static
                     * @param {nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.RunPodSandboxRequest} RunPodSandboxRequest instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Shape): nri.pkg.api.v1alpha1.RunPodSandboxRequest & nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Properties): nri.pkg.api.v1alpha1.RunPodSandboxRequest;
                     * }}
                     */
                    RunPodSandboxRequest.create = function(properties) {
                        return new RunPodSandboxRequest(properties);
                    };

                    /**
                     * Encodes the specified RunPodSandboxRequest message. Does not implicitly {@link nri.pkg.api.v1alpha1.RunPodSandboxRequest.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.RunPodSandboxRequest
                     * @static
                     * @param {nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Properties} message RunPodSandboxRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    RunPodSandboxRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.pod != null && $Object.hasOwnProperty.call(message, "pod"))
                            $root.nri.pkg.api.v1alpha1.PodSandbox.encode(message.pod, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a RunPodSandboxRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.RunPodSandboxRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.RunPodSandboxRequest & nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Shape} RunPodSandboxRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    RunPodSandboxRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.RunPodSandboxRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.pod = $root.nri.pkg.api.v1alpha1.PodSandbox.decode(reader, reader.size(), $undefined, _depth + 1, message.pod);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return RunPodSandboxRequest;
                })();

                v1alpha1.RunPodSandboxResponse = (function() {

                    /**
                     * Properties of a RunPodSandboxResponse.
                     * @typedef {Object} nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Properties
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a RunPodSandboxResponse.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IRunPodSandboxResponse
                     * @augments nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Properties instead.
                     */

                    /**
                     * Shape of a RunPodSandboxResponse.
                     * @typedef {nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Properties} nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Shape
                     */

                    /**
                     * Constructs a new RunPodSandboxResponse.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a RunPodSandboxResponse.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const RunPodSandboxResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Creates a new RunPodSandboxResponse instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.RunPodSandboxResponse
                     * @static
                     * @param {nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.RunPodSandboxResponse} RunPodSandboxResponse instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Shape): nri.pkg.api.v1alpha1.RunPodSandboxResponse & nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Properties): nri.pkg.api.v1alpha1.RunPodSandboxResponse;
                     * }}
                     */
                    RunPodSandboxResponse.create = function(properties) {
                        return new RunPodSandboxResponse(properties);
                    };

                    /**
                     * Encodes the specified RunPodSandboxResponse message. Does not implicitly {@link nri.pkg.api.v1alpha1.RunPodSandboxResponse.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.RunPodSandboxResponse
                     * @static
                     * @param {nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Properties} message RunPodSandboxResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    RunPodSandboxResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a RunPodSandboxResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.RunPodSandboxResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.RunPodSandboxResponse & nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Shape} RunPodSandboxResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    RunPodSandboxResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.RunPodSandboxResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            reader.skipType(tag & 7, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return RunPodSandboxResponse;
                })();

                v1alpha1.UpdatePodSandboxRequest = (function() {

                    /**
                     * Properties of an UpdatePodSandboxRequest.
                     * @typedef {Object} nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Properties
                     * @property {nri.pkg.api.v1alpha1.PodSandbox.$Properties|null} [pod] UpdatePodSandboxRequest pod
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an UpdatePodSandboxRequest.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IUpdatePodSandboxRequest
                     * @augments nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Properties instead.
                     */

                    /**
                     * Shape of an UpdatePodSandboxRequest.
                     * @typedef {nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Properties} nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Shape
                     */

                    /**
                     * Constructs a new UpdatePodSandboxRequest.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents an UpdatePodSandboxRequest.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const UpdatePodSandboxRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * UpdatePodSandboxRequest pod.
                     * @member {nri.pkg.api.v1alpha1.PodSandbox.$Properties|null|undefined} pod
                     * @memberof nri.pkg.api.v1alpha1.UpdatePodSandboxRequest
                     * @instance
                     */
                    UpdatePodSandboxRequest.prototype.pod = null;

                    /**
                     * Creates a new UpdatePodSandboxRequest instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.UpdatePodSandboxRequest
                     * @static
                     * @param {nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.UpdatePodSandboxRequest} UpdatePodSandboxRequest instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Shape): nri.pkg.api.v1alpha1.UpdatePodSandboxRequest & nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Properties): nri.pkg.api.v1alpha1.UpdatePodSandboxRequest;
                     * }}
                     */
                    UpdatePodSandboxRequest.create = function(properties) {
                        return new UpdatePodSandboxRequest(properties);
                    };

                    /**
                     * Encodes the specified UpdatePodSandboxRequest message. Does not implicitly {@link nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.UpdatePodSandboxRequest
                     * @static
                     * @param {nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Properties} message UpdatePodSandboxRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    UpdatePodSandboxRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.pod != null && $Object.hasOwnProperty.call(message, "pod"))
                            $root.nri.pkg.api.v1alpha1.PodSandbox.encode(message.pod, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes an UpdatePodSandboxRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.UpdatePodSandboxRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.UpdatePodSandboxRequest & nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Shape} UpdatePodSandboxRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    UpdatePodSandboxRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.UpdatePodSandboxRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.pod = $root.nri.pkg.api.v1alpha1.PodSandbox.decode(reader, reader.size(), $undefined, _depth + 1, message.pod);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return UpdatePodSandboxRequest;
                })();

                v1alpha1.UpdatePodSandboxResponse = (function() {

                    /**
                     * Properties of an UpdatePodSandboxResponse.
                     * @typedef {Object} nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Properties
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an UpdatePodSandboxResponse.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IUpdatePodSandboxResponse
                     * @augments nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Properties instead.
                     */

                    /**
                     * Shape of an UpdatePodSandboxResponse.
                     * @typedef {nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Properties} nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Shape
                     */

                    /**
                     * Constructs a new UpdatePodSandboxResponse.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents an UpdatePodSandboxResponse.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const UpdatePodSandboxResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Creates a new UpdatePodSandboxResponse instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.UpdatePodSandboxResponse
                     * @static
                     * @param {nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.UpdatePodSandboxResponse} UpdatePodSandboxResponse instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Shape): nri.pkg.api.v1alpha1.UpdatePodSandboxResponse & nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Properties): nri.pkg.api.v1alpha1.UpdatePodSandboxResponse;
                     * }}
                     */
                    UpdatePodSandboxResponse.create = function(properties) {
                        return new UpdatePodSandboxResponse(properties);
                    };

                    /**
                     * Encodes the specified UpdatePodSandboxResponse message. Does not implicitly {@link nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.UpdatePodSandboxResponse
                     * @static
                     * @param {nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Properties} message UpdatePodSandboxResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    UpdatePodSandboxResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes an UpdatePodSandboxResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.UpdatePodSandboxResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.UpdatePodSandboxResponse & nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Shape} UpdatePodSandboxResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    UpdatePodSandboxResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.UpdatePodSandboxResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            reader.skipType(tag & 7, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return UpdatePodSandboxResponse;
                })();

                v1alpha1.StopPodSandboxRequest = (function() {

                    /**
                     * Properties of a StopPodSandboxRequest.
                     * @typedef {Object} nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Properties
                     * @property {nri.pkg.api.v1alpha1.PodSandbox.$Properties|null} [pod] StopPodSandboxRequest pod
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a StopPodSandboxRequest.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IStopPodSandboxRequest
                     * @augments nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Properties instead.
                     */

                    /**
                     * Shape of a StopPodSandboxRequest.
                     * @typedef {nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Properties} nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Shape
                     */

                    /**
                     * Constructs a new StopPodSandboxRequest.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a StopPodSandboxRequest.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const StopPodSandboxRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * StopPodSandboxRequest pod.
                     * @member {nri.pkg.api.v1alpha1.PodSandbox.$Properties|null|undefined} pod
                     * @memberof nri.pkg.api.v1alpha1.StopPodSandboxRequest
                     * @instance
                     */
                    StopPodSandboxRequest.prototype.pod = null;

                    /**
                     * Creates a new StopPodSandboxRequest instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.StopPodSandboxRequest
                     * @static
                     * @param {nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.StopPodSandboxRequest} StopPodSandboxRequest instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Shape): nri.pkg.api.v1alpha1.StopPodSandboxRequest & nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Properties): nri.pkg.api.v1alpha1.StopPodSandboxRequest;
                     * }}
                     */
                    StopPodSandboxRequest.create = function(properties) {
                        return new StopPodSandboxRequest(properties);
                    };

                    /**
                     * Encodes the specified StopPodSandboxRequest message. Does not implicitly {@link nri.pkg.api.v1alpha1.StopPodSandboxRequest.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.StopPodSandboxRequest
                     * @static
                     * @param {nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Properties} message StopPodSandboxRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    StopPodSandboxRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.pod != null && $Object.hasOwnProperty.call(message, "pod"))
                            $root.nri.pkg.api.v1alpha1.PodSandbox.encode(message.pod, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a StopPodSandboxRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.StopPodSandboxRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.StopPodSandboxRequest & nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Shape} StopPodSandboxRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    StopPodSandboxRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.StopPodSandboxRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.pod = $root.nri.pkg.api.v1alpha1.PodSandbox.decode(reader, reader.size(), $undefined, _depth + 1, message.pod);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return StopPodSandboxRequest;
                })();

                v1alpha1.StopPodSandboxResponse = (function() {

                    /**
                     * Properties of a StopPodSandboxResponse.
                     * @typedef {Object} nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Properties
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a StopPodSandboxResponse.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IStopPodSandboxResponse
                     * @augments nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Properties instead.
                     */

                    /**
                     * Shape of a StopPodSandboxResponse.
                     * @typedef {nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Properties} nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Shape
                     */

                    /**
                     * Constructs a new StopPodSandboxResponse.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a StopPodSandboxResponse.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const StopPodSandboxResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Creates a new StopPodSandboxResponse instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.StopPodSandboxResponse
                     * @static
                     * @param {nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.StopPodSandboxResponse} StopPodSandboxResponse instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Shape): nri.pkg.api.v1alpha1.StopPodSandboxResponse & nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Properties): nri.pkg.api.v1alpha1.StopPodSandboxResponse;
                     * }}
                     */
                    StopPodSandboxResponse.create = function(properties) {
                        return new StopPodSandboxResponse(properties);
                    };

                    /**
                     * Encodes the specified StopPodSandboxResponse message. Does not implicitly {@link nri.pkg.api.v1alpha1.StopPodSandboxResponse.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.StopPodSandboxResponse
                     * @static
                     * @param {nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Properties} message StopPodSandboxResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    StopPodSandboxResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a StopPodSandboxResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.StopPodSandboxResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.StopPodSandboxResponse & nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Shape} StopPodSandboxResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    StopPodSandboxResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.StopPodSandboxResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            reader.skipType(tag & 7, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return StopPodSandboxResponse;
                })();

                v1alpha1.RemovePodSandboxRequest = (function() {

                    /**
                     * Properties of a RemovePodSandboxRequest.
                     * @typedef {Object} nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Properties
                     * @property {nri.pkg.api.v1alpha1.PodSandbox.$Properties|null} [pod] RemovePodSandboxRequest pod
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a RemovePodSandboxRequest.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IRemovePodSandboxRequest
                     * @augments nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Properties instead.
                     */

                    /**
                     * Shape of a RemovePodSandboxRequest.
                     * @typedef {nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Properties} nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Shape
                     */

                    /**
                     * Constructs a new RemovePodSandboxRequest.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a RemovePodSandboxRequest.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const RemovePodSandboxRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * RemovePodSandboxRequest pod.
                     * @member {nri.pkg.api.v1alpha1.PodSandbox.$Properties|null|undefined} pod
                     * @memberof nri.pkg.api.v1alpha1.RemovePodSandboxRequest
                     * @instance
                     */
                    RemovePodSandboxRequest.prototype.pod = null;

                    /**
                     * Creates a new RemovePodSandboxRequest instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.RemovePodSandboxRequest
                     * @static
                     * @param {nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.RemovePodSandboxRequest} RemovePodSandboxRequest instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Shape): nri.pkg.api.v1alpha1.RemovePodSandboxRequest & nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Properties): nri.pkg.api.v1alpha1.RemovePodSandboxRequest;
                     * }}
                     */
                    RemovePodSandboxRequest.create = function(properties) {
                        return new RemovePodSandboxRequest(properties);
                    };

                    /**
                     * Encodes the specified RemovePodSandboxRequest message. Does not implicitly {@link nri.pkg.api.v1alpha1.RemovePodSandboxRequest.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.RemovePodSandboxRequest
                     * @static
                     * @param {nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Properties} message RemovePodSandboxRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    RemovePodSandboxRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.pod != null && $Object.hasOwnProperty.call(message, "pod"))
                            $root.nri.pkg.api.v1alpha1.PodSandbox.encode(message.pod, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a RemovePodSandboxRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.RemovePodSandboxRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.RemovePodSandboxRequest & nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Shape} RemovePodSandboxRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    RemovePodSandboxRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.RemovePodSandboxRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.pod = $root.nri.pkg.api.v1alpha1.PodSandbox.decode(reader, reader.size(), $undefined, _depth + 1, message.pod);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return RemovePodSandboxRequest;
                })();

                v1alpha1.RemovePodSandboxResponse = (function() {

                    /**
                     * Properties of a RemovePodSandboxResponse.
                     * @typedef {Object} nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Properties
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a RemovePodSandboxResponse.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IRemovePodSandboxResponse
                     * @augments nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Properties instead.
                     */

                    /**
                     * Shape of a RemovePodSandboxResponse.
                     * @typedef {nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Properties} nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Shape
                     */

                    /**
                     * Constructs a new RemovePodSandboxResponse.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a RemovePodSandboxResponse.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const RemovePodSandboxResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Creates a new RemovePodSandboxResponse instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.RemovePodSandboxResponse
                     * @static
                     * @param {nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.RemovePodSandboxResponse} RemovePodSandboxResponse instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Shape): nri.pkg.api.v1alpha1.RemovePodSandboxResponse & nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Properties): nri.pkg.api.v1alpha1.RemovePodSandboxResponse;
                     * }}
                     */
                    RemovePodSandboxResponse.create = function(properties) {
                        return new RemovePodSandboxResponse(properties);
                    };

                    /**
                     * Encodes the specified RemovePodSandboxResponse message. Does not implicitly {@link nri.pkg.api.v1alpha1.RemovePodSandboxResponse.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.RemovePodSandboxResponse
                     * @static
                     * @param {nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Properties} message RemovePodSandboxResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    RemovePodSandboxResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a RemovePodSandboxResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.RemovePodSandboxResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.RemovePodSandboxResponse & nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Shape} RemovePodSandboxResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    RemovePodSandboxResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.RemovePodSandboxResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            reader.skipType(tag & 7, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return RemovePodSandboxResponse;
                })();

                v1alpha1.CreateContainerRequest = (function() {

                    /**
                     * Properties of a CreateContainerRequest.
                     * @typedef {Object} nri.pkg.api.v1alpha1.CreateContainerRequest.$Properties
                     * @property {nri.pkg.api.v1alpha1.PodSandbox.$Properties|null} [pod] CreateContainerRequest pod
                     * @property {nri.pkg.api.v1alpha1.Container.$Properties|null} [container] CreateContainerRequest container
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a CreateContainerRequest.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface ICreateContainerRequest
                     * @augments nri.pkg.api.v1alpha1.CreateContainerRequest.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.CreateContainerRequest.$Properties instead.
                     */

                    /**
                     * Shape of a CreateContainerRequest.
                     * @typedef {nri.pkg.api.v1alpha1.CreateContainerRequest.$Properties} nri.pkg.api.v1alpha1.CreateContainerRequest.$Shape
                     */

                    /**
                     * Constructs a new CreateContainerRequest.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a CreateContainerRequest.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.CreateContainerRequest.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const CreateContainerRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * CreateContainerRequest pod.
                     * @member {nri.pkg.api.v1alpha1.PodSandbox.$Properties|null|undefined} pod
                     * @memberof nri.pkg.api.v1alpha1.CreateContainerRequest
                     * @instance
                     */
                    CreateContainerRequest.prototype.pod = null;

                    /**
                     * CreateContainerRequest container.
                     * @member {nri.pkg.api.v1alpha1.Container.$Properties|null|undefined} container
                     * @memberof nri.pkg.api.v1alpha1.CreateContainerRequest
                     * @instance
                     */
                    CreateContainerRequest.prototype.container = null;

                    /**
                     * Creates a new CreateContainerRequest instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.CreateContainerRequest
                     * @static
                     * @param {nri.pkg.api.v1alpha1.CreateContainerRequest.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.CreateContainerRequest} CreateContainerRequest instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.CreateContainerRequest.$Shape): nri.pkg.api.v1alpha1.CreateContainerRequest & nri.pkg.api.v1alpha1.CreateContainerRequest.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.CreateContainerRequest.$Properties): nri.pkg.api.v1alpha1.CreateContainerRequest;
                     * }}
                     */
                    CreateContainerRequest.create = function(properties) {
                        return new CreateContainerRequest(properties);
                    };

                    /**
                     * Encodes the specified CreateContainerRequest message. Does not implicitly {@link nri.pkg.api.v1alpha1.CreateContainerRequest.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.CreateContainerRequest
                     * @static
                     * @param {nri.pkg.api.v1alpha1.CreateContainerRequest.$Properties} message CreateContainerRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    CreateContainerRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.pod != null && $Object.hasOwnProperty.call(message, "pod"))
                            $root.nri.pkg.api.v1alpha1.PodSandbox.encode(message.pod, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                            $root.nri.pkg.api.v1alpha1.Container.encode(message.container, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a CreateContainerRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.CreateContainerRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.CreateContainerRequest & nri.pkg.api.v1alpha1.CreateContainerRequest.$Shape} CreateContainerRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    CreateContainerRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.CreateContainerRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.pod = $root.nri.pkg.api.v1alpha1.PodSandbox.decode(reader, reader.size(), $undefined, _depth + 1, message.pod);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.container = $root.nri.pkg.api.v1alpha1.Container.decode(reader, reader.size(), $undefined, _depth + 1, message.container);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return CreateContainerRequest;
                })();

                v1alpha1.CreateContainerResponse = (function() {

                    /**
                     * Properties of a CreateContainerResponse.
                     * @typedef {Object} nri.pkg.api.v1alpha1.CreateContainerResponse.$Properties
                     * @property {nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties|null} [adjust] CreateContainerResponse adjust
                     * @property {Array.<nri.pkg.api.v1alpha1.ContainerUpdate.$Properties>|null} [update] CreateContainerResponse update
                     * @property {Array.<nri.pkg.api.v1alpha1.ContainerEviction.$Properties>|null} [evict] CreateContainerResponse evict
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a CreateContainerResponse.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface ICreateContainerResponse
                     * @augments nri.pkg.api.v1alpha1.CreateContainerResponse.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.CreateContainerResponse.$Properties instead.
                     */

                    /**
                     * Shape of a CreateContainerResponse.
                     * @typedef {nri.pkg.api.v1alpha1.CreateContainerResponse.$Properties} nri.pkg.api.v1alpha1.CreateContainerResponse.$Shape
                     */

                    /**
                     * Constructs a new CreateContainerResponse.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a CreateContainerResponse.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.CreateContainerResponse.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const CreateContainerResponse = function (properties) {
                        this.update = [];
                        this.evict = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * CreateContainerResponse adjust.
                     * @member {nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties|null|undefined} adjust
                     * @memberof nri.pkg.api.v1alpha1.CreateContainerResponse
                     * @instance
                     */
                    CreateContainerResponse.prototype.adjust = null;

                    /**
                     * CreateContainerResponse update.
                     * @member {Array.<nri.pkg.api.v1alpha1.ContainerUpdate.$Properties>} update
                     * @memberof nri.pkg.api.v1alpha1.CreateContainerResponse
                     * @instance
                     */
                    CreateContainerResponse.prototype.update = $util.emptyArray;

                    /**
                     * CreateContainerResponse evict.
                     * @member {Array.<nri.pkg.api.v1alpha1.ContainerEviction.$Properties>} evict
                     * @memberof nri.pkg.api.v1alpha1.CreateContainerResponse
                     * @instance
                     */
                    CreateContainerResponse.prototype.evict = $util.emptyArray;

                    /**
                     * Creates a new CreateContainerResponse instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.CreateContainerResponse
                     * @static
                     * @param {nri.pkg.api.v1alpha1.CreateContainerResponse.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.CreateContainerResponse} CreateContainerResponse instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.CreateContainerResponse.$Shape): nri.pkg.api.v1alpha1.CreateContainerResponse & nri.pkg.api.v1alpha1.CreateContainerResponse.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.CreateContainerResponse.$Properties): nri.pkg.api.v1alpha1.CreateContainerResponse;
                     * }}
                     */
                    CreateContainerResponse.create = function(properties) {
                        return new CreateContainerResponse(properties);
                    };

                    /**
                     * Encodes the specified CreateContainerResponse message. Does not implicitly {@link nri.pkg.api.v1alpha1.CreateContainerResponse.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.CreateContainerResponse
                     * @static
                     * @param {nri.pkg.api.v1alpha1.CreateContainerResponse.$Properties} message CreateContainerResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    CreateContainerResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.adjust != null && $Object.hasOwnProperty.call(message, "adjust"))
                            $root.nri.pkg.api.v1alpha1.ContainerAdjustment.encode(message.adjust, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.update != null && message.update.length)
                            for (let i = 0; i < message.update.length; ++i)
                                $root.nri.pkg.api.v1alpha1.ContainerUpdate.encode(message.update[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.evict != null && message.evict.length)
                            for (let i = 0; i < message.evict.length; ++i)
                                $root.nri.pkg.api.v1alpha1.ContainerEviction.encode(message.evict[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a CreateContainerResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.CreateContainerResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.CreateContainerResponse & nri.pkg.api.v1alpha1.CreateContainerResponse.$Shape} CreateContainerResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    CreateContainerResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.CreateContainerResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.adjust = $root.nri.pkg.api.v1alpha1.ContainerAdjustment.decode(reader, reader.size(), $undefined, _depth + 1, message.adjust);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.update && message.update.length))
                                        message.update = [];
                                    message.update.push($root.nri.pkg.api.v1alpha1.ContainerUpdate.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.evict && message.evict.length))
                                        message.evict = [];
                                    message.evict.push($root.nri.pkg.api.v1alpha1.ContainerEviction.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return CreateContainerResponse;
                })();

                v1alpha1.StateChangeEvent = (function() {

                    /**
                     * Properties of a StateChangeEvent.
                     * @typedef {Object} nri.pkg.api.v1alpha1.StateChangeEvent.$Properties
                     * @property {nri.pkg.api.v1alpha1.Event|null} [event] StateChangeEvent event
                     * @property {nri.pkg.api.v1alpha1.PodSandbox.$Properties|null} [pod] StateChangeEvent pod
                     * @property {nri.pkg.api.v1alpha1.Container.$Properties|null} [container] StateChangeEvent container
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a StateChangeEvent.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IStateChangeEvent
                     * @augments nri.pkg.api.v1alpha1.StateChangeEvent.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.StateChangeEvent.$Properties instead.
                     */

                    /**
                     * Shape of a StateChangeEvent.
                     * @typedef {nri.pkg.api.v1alpha1.StateChangeEvent.$Properties} nri.pkg.api.v1alpha1.StateChangeEvent.$Shape
                     */

                    /**
                     * Constructs a new StateChangeEvent.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a StateChangeEvent.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.StateChangeEvent.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const StateChangeEvent = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * StateChangeEvent event.
                     * @member {nri.pkg.api.v1alpha1.Event} event
                     * @memberof nri.pkg.api.v1alpha1.StateChangeEvent
                     * @instance
                     */
                    StateChangeEvent.prototype.event = 0;

                    /**
                     * StateChangeEvent pod.
                     * @member {nri.pkg.api.v1alpha1.PodSandbox.$Properties|null|undefined} pod
                     * @memberof nri.pkg.api.v1alpha1.StateChangeEvent
                     * @instance
                     */
                    StateChangeEvent.prototype.pod = null;

                    /**
                     * StateChangeEvent container.
                     * @member {nri.pkg.api.v1alpha1.Container.$Properties|null|undefined} container
                     * @memberof nri.pkg.api.v1alpha1.StateChangeEvent
                     * @instance
                     */
                    StateChangeEvent.prototype.container = null;

                    /**
                     * Creates a new StateChangeEvent instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.StateChangeEvent
                     * @static
                     * @param {nri.pkg.api.v1alpha1.StateChangeEvent.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.StateChangeEvent} StateChangeEvent instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.StateChangeEvent.$Shape): nri.pkg.api.v1alpha1.StateChangeEvent & nri.pkg.api.v1alpha1.StateChangeEvent.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.StateChangeEvent.$Properties): nri.pkg.api.v1alpha1.StateChangeEvent;
                     * }}
                     */
                    StateChangeEvent.create = function(properties) {
                        return new StateChangeEvent(properties);
                    };

                    /**
                     * Encodes the specified StateChangeEvent message. Does not implicitly {@link nri.pkg.api.v1alpha1.StateChangeEvent.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.StateChangeEvent
                     * @static
                     * @param {nri.pkg.api.v1alpha1.StateChangeEvent.$Properties} message StateChangeEvent message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    StateChangeEvent.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.event != null && $Object.hasOwnProperty.call(message, "event") && message.event !== 0)
                            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.event);
                        if (message.pod != null && $Object.hasOwnProperty.call(message, "pod"))
                            $root.nri.pkg.api.v1alpha1.PodSandbox.encode(message.pod, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                            $root.nri.pkg.api.v1alpha1.Container.encode(message.container, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a StateChangeEvent message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.StateChangeEvent
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.StateChangeEvent & nri.pkg.api.v1alpha1.StateChangeEvent.$Shape} StateChangeEvent
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    StateChangeEvent.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.StateChangeEvent();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.event = value;
                                    else
                                        delete message.event;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.pod = $root.nri.pkg.api.v1alpha1.PodSandbox.decode(reader, reader.size(), $undefined, _depth + 1, message.pod);
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.container = $root.nri.pkg.api.v1alpha1.Container.decode(reader, reader.size(), $undefined, _depth + 1, message.container);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return StateChangeEvent;
                })();

                /**
                 * Event enum.
                 * @name nri.pkg.api.v1alpha1.Event
                 * @enum {number}
                 * @property {number} UNKNOWN=0 UNKNOWN value
                 * @property {number} RUN_POD_SANDBOX=1 RUN_POD_SANDBOX value
                 * @property {number} STOP_POD_SANDBOX=2 STOP_POD_SANDBOX value
                 * @property {number} REMOVE_POD_SANDBOX=3 REMOVE_POD_SANDBOX value
                 * @property {number} CREATE_CONTAINER=4 CREATE_CONTAINER value
                 * @property {number} POST_CREATE_CONTAINER=5 POST_CREATE_CONTAINER value
                 * @property {number} START_CONTAINER=6 START_CONTAINER value
                 * @property {number} POST_START_CONTAINER=7 POST_START_CONTAINER value
                 * @property {number} UPDATE_CONTAINER=8 UPDATE_CONTAINER value
                 * @property {number} POST_UPDATE_CONTAINER=9 POST_UPDATE_CONTAINER value
                 * @property {number} STOP_CONTAINER=10 STOP_CONTAINER value
                 * @property {number} REMOVE_CONTAINER=11 REMOVE_CONTAINER value
                 * @property {number} UPDATE_POD_SANDBOX=12 UPDATE_POD_SANDBOX value
                 * @property {number} POST_UPDATE_POD_SANDBOX=13 POST_UPDATE_POD_SANDBOX value
                 * @property {number} VALIDATE_CONTAINER_ADJUSTMENT=14 VALIDATE_CONTAINER_ADJUSTMENT value
                 */
                v1alpha1.Event = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "UNKNOWN"] = 0;
                    values[valuesById[1] = "RUN_POD_SANDBOX"] = 1;
                    values[valuesById[2] = "STOP_POD_SANDBOX"] = 2;
                    values[valuesById[3] = "REMOVE_POD_SANDBOX"] = 3;
                    values[valuesById[4] = "CREATE_CONTAINER"] = 4;
                    values[valuesById[5] = "POST_CREATE_CONTAINER"] = 5;
                    values[valuesById[6] = "START_CONTAINER"] = 6;
                    values[valuesById[7] = "POST_START_CONTAINER"] = 7;
                    values[valuesById[8] = "UPDATE_CONTAINER"] = 8;
                    values[valuesById[9] = "POST_UPDATE_CONTAINER"] = 9;
                    values[valuesById[10] = "STOP_CONTAINER"] = 10;
                    values[valuesById[11] = "REMOVE_CONTAINER"] = 11;
                    values[valuesById[12] = "UPDATE_POD_SANDBOX"] = 12;
                    values[valuesById[13] = "POST_UPDATE_POD_SANDBOX"] = 13;
                    values[valuesById[14] = "VALIDATE_CONTAINER_ADJUSTMENT"] = 14;
                    return values;
                })();

                v1alpha1.PodSandbox = (function() {

                    /**
                     * Properties of a PodSandbox.
                     * @typedef {Object} nri.pkg.api.v1alpha1.PodSandbox.$Properties
                     * @property {string|null} [id] PodSandbox id
                     * @property {string|null} [name] PodSandbox name
                     * @property {string|null} [uid] PodSandbox uid
                     * @property {string|null} [namespace] PodSandbox namespace
                     * @property {Object.<string,string>|null} [labels] PodSandbox labels
                     * @property {Object.<string,string>|null} [annotations] PodSandbox annotations
                     * @property {string|null} [runtime_handler] PodSandbox runtime_handler
                     * @property {nri.pkg.api.v1alpha1.LinuxPodSandbox.$Properties|null} [linux] PodSandbox linux
                     * @property {number|null} [pid] PodSandbox pid
                     * @property {Array.<string>|null} [ips] PodSandbox ips
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a PodSandbox.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IPodSandbox
                     * @augments nri.pkg.api.v1alpha1.PodSandbox.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.PodSandbox.$Properties instead.
                     */

                    /**
                     * Shape of a PodSandbox.
                     * @typedef {nri.pkg.api.v1alpha1.PodSandbox.$Properties} nri.pkg.api.v1alpha1.PodSandbox.$Shape
                     */

                    /**
                     * Constructs a new PodSandbox.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a PodSandbox.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.PodSandbox.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const PodSandbox = function (properties) {
                        this.labels = {};
                        this.annotations = {};
                        this.ips = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * PodSandbox id.
                     * @member {string} id
                     * @memberof nri.pkg.api.v1alpha1.PodSandbox
                     * @instance
                     */
                    PodSandbox.prototype.id = "";

                    /**
                     * PodSandbox name.
                     * @member {string} name
                     * @memberof nri.pkg.api.v1alpha1.PodSandbox
                     * @instance
                     */
                    PodSandbox.prototype.name = "";

                    /**
                     * PodSandbox uid.
                     * @member {string} uid
                     * @memberof nri.pkg.api.v1alpha1.PodSandbox
                     * @instance
                     */
                    PodSandbox.prototype.uid = "";

                    /**
                     * PodSandbox namespace.
                     * @member {string} namespace
                     * @memberof nri.pkg.api.v1alpha1.PodSandbox
                     * @instance
                     */
                    PodSandbox.prototype.namespace = "";

                    /**
                     * PodSandbox labels.
                     * @member {Object.<string,string>} labels
                     * @memberof nri.pkg.api.v1alpha1.PodSandbox
                     * @instance
                     */
                    PodSandbox.prototype.labels = $util.emptyObject;

                    /**
                     * PodSandbox annotations.
                     * @member {Object.<string,string>} annotations
                     * @memberof nri.pkg.api.v1alpha1.PodSandbox
                     * @instance
                     */
                    PodSandbox.prototype.annotations = $util.emptyObject;

                    /**
                     * PodSandbox runtime_handler.
                     * @member {string} runtime_handler
                     * @memberof nri.pkg.api.v1alpha1.PodSandbox
                     * @instance
                     */
                    PodSandbox.prototype.runtime_handler = "";

                    /**
                     * PodSandbox linux.
                     * @member {nri.pkg.api.v1alpha1.LinuxPodSandbox.$Properties|null|undefined} linux
                     * @memberof nri.pkg.api.v1alpha1.PodSandbox
                     * @instance
                     */
                    PodSandbox.prototype.linux = null;

                    /**
                     * PodSandbox pid.
                     * @member {number} pid
                     * @memberof nri.pkg.api.v1alpha1.PodSandbox
                     * @instance
                     */
                    PodSandbox.prototype.pid = 0;

                    /**
                     * PodSandbox ips.
                     * @member {Array.<string>} ips
                     * @memberof nri.pkg.api.v1alpha1.PodSandbox
                     * @instance
                     */
                    PodSandbox.prototype.ips = $util.emptyArray;

                    /**
                     * Creates a new PodSandbox instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.PodSandbox
                     * @static
                     * @param {nri.pkg.api.v1alpha1.PodSandbox.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.PodSandbox} PodSandbox instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.PodSandbox.$Shape): nri.pkg.api.v1alpha1.PodSandbox & nri.pkg.api.v1alpha1.PodSandbox.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.PodSandbox.$Properties): nri.pkg.api.v1alpha1.PodSandbox;
                     * }}
                     */
                    PodSandbox.create = function(properties) {
                        return new PodSandbox(properties);
                    };

                    /**
                     * Encodes the specified PodSandbox message. Does not implicitly {@link nri.pkg.api.v1alpha1.PodSandbox.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.PodSandbox
                     * @static
                     * @param {nri.pkg.api.v1alpha1.PodSandbox.$Properties} message PodSandbox message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    PodSandbox.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                        if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.uid);
                        if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.namespace);
                        if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                        if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                            for (let keys = $Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 6, wireType 2 =*/50).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.annotations[keys[i]]).ldelim();
                        if (message.runtime_handler != null && $Object.hasOwnProperty.call(message, "runtime_handler") && message.runtime_handler !== "")
                            writer.uint32(/* id 7, wireType 2 =*/58).string(message.runtime_handler);
                        if (message.linux != null && $Object.hasOwnProperty.call(message, "linux"))
                            $root.nri.pkg.api.v1alpha1.LinuxPodSandbox.encode(message.linux, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                        if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                            writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.pid);
                        if (message.ips != null && message.ips.length)
                            for (let i = 0; i < message.ips.length; ++i)
                                writer.uint32(/* id 10, wireType 2 =*/82).string(message.ips[i]);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a PodSandbox message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.PodSandbox
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.PodSandbox & nri.pkg.api.v1alpha1.PodSandbox.$Shape} PodSandbox
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    PodSandbox.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, key, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.PodSandbox();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.id = value;
                                    else
                                        delete message.id;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.name = value;
                                    else
                                        delete message.name;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.uid = value;
                                    else
                                        delete message.uid;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.namespace = value;
                                    else
                                        delete message.namespace;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.labels === $util.emptyObject)
                                        message.labels = {};
                                    let end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        let tag2 = reader.tag();
                                        wireType = tag2 & 7;
                                        switch (tag2 >>>= 3) {
                                        case 1:
                                            if (wireType !== 2)
                                                break;
                                            key = reader.stringVerify();
                                            continue;
                                        case 2:
                                            if (wireType !== 2)
                                                break;
                                            value = reader.stringVerify();
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.labels, key);
                                    message.labels[key] = value;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.annotations === $util.emptyObject)
                                        message.annotations = {};
                                    let end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        let tag2 = reader.tag();
                                        wireType = tag2 & 7;
                                        switch (tag2 >>>= 3) {
                                        case 1:
                                            if (wireType !== 2)
                                                break;
                                            key = reader.stringVerify();
                                            continue;
                                        case 2:
                                            if (wireType !== 2)
                                                break;
                                            value = reader.stringVerify();
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.annotations, key);
                                    message.annotations[key] = value;
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.runtime_handler = value;
                                    else
                                        delete message.runtime_handler;
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 2)
                                        break;
                                    message.linux = $root.nri.pkg.api.v1alpha1.LinuxPodSandbox.decode(reader, reader.size(), $undefined, _depth + 1, message.linux);
                                    continue;
                                }
                            case 9: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.pid = value;
                                    else
                                        delete message.pid;
                                    continue;
                                }
                            case 10: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.ips && message.ips.length))
                                        message.ips = [];
                                    message.ips.push(reader.stringVerify());
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return PodSandbox;
                })();

                v1alpha1.LinuxPodSandbox = (function() {

                    /**
                     * Properties of a LinuxPodSandbox.
                     * @typedef {Object} nri.pkg.api.v1alpha1.LinuxPodSandbox.$Properties
                     * @property {string|null} [cgroup_parent] LinuxPodSandbox cgroup_parent
                     * @property {string|null} [cgroups_path] LinuxPodSandbox cgroups_path
                     * @property {Array.<nri.pkg.api.v1alpha1.LinuxNamespace.$Properties>|null} [namespaces] LinuxPodSandbox namespaces
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a LinuxPodSandbox.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface ILinuxPodSandbox
                     * @augments nri.pkg.api.v1alpha1.LinuxPodSandbox.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.LinuxPodSandbox.$Properties instead.
                     */

                    /**
                     * Shape of a LinuxPodSandbox.
                     * @typedef {nri.pkg.api.v1alpha1.LinuxPodSandbox.$Properties} nri.pkg.api.v1alpha1.LinuxPodSandbox.$Shape
                     */

                    /**
                     * Constructs a new LinuxPodSandbox.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a LinuxPodSandbox.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.LinuxPodSandbox.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const LinuxPodSandbox = function (properties) {
                        this.namespaces = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * LinuxPodSandbox cgroup_parent.
                     * @member {string} cgroup_parent
                     * @memberof nri.pkg.api.v1alpha1.LinuxPodSandbox
                     * @instance
                     */
                    LinuxPodSandbox.prototype.cgroup_parent = "";

                    /**
                     * LinuxPodSandbox cgroups_path.
                     * @member {string} cgroups_path
                     * @memberof nri.pkg.api.v1alpha1.LinuxPodSandbox
                     * @instance
                     */
                    LinuxPodSandbox.prototype.cgroups_path = "";

                    /**
                     * LinuxPodSandbox namespaces.
                     * @member {Array.<nri.pkg.api.v1alpha1.LinuxNamespace.$Properties>} namespaces
                     * @memberof nri.pkg.api.v1alpha1.LinuxPodSandbox
                     * @instance
                     */
                    LinuxPodSandbox.prototype.namespaces = $util.emptyArray;

                    /**
                     * Creates a new LinuxPodSandbox instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.LinuxPodSandbox
                     * @static
                     * @param {nri.pkg.api.v1alpha1.LinuxPodSandbox.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.LinuxPodSandbox} LinuxPodSandbox instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.LinuxPodSandbox.$Shape): nri.pkg.api.v1alpha1.LinuxPodSandbox & nri.pkg.api.v1alpha1.LinuxPodSandbox.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.LinuxPodSandbox.$Properties): nri.pkg.api.v1alpha1.LinuxPodSandbox;
                     * }}
                     */
                    LinuxPodSandbox.create = function(properties) {
                        return new LinuxPodSandbox(properties);
                    };

                    /**
                     * Encodes the specified LinuxPodSandbox message. Does not implicitly {@link nri.pkg.api.v1alpha1.LinuxPodSandbox.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.LinuxPodSandbox
                     * @static
                     * @param {nri.pkg.api.v1alpha1.LinuxPodSandbox.$Properties} message LinuxPodSandbox message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    LinuxPodSandbox.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.cgroup_parent != null && $Object.hasOwnProperty.call(message, "cgroup_parent") && message.cgroup_parent !== "")
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.cgroup_parent);
                        if (message.cgroups_path != null && $Object.hasOwnProperty.call(message, "cgroups_path") && message.cgroups_path !== "")
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.cgroups_path);
                        if (message.namespaces != null && message.namespaces.length)
                            for (let i = 0; i < message.namespaces.length; ++i)
                                $root.nri.pkg.api.v1alpha1.LinuxNamespace.encode(message.namespaces[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a LinuxPodSandbox message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.LinuxPodSandbox
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.LinuxPodSandbox & nri.pkg.api.v1alpha1.LinuxPodSandbox.$Shape} LinuxPodSandbox
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    LinuxPodSandbox.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.LinuxPodSandbox();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.cgroup_parent = value;
                                    else
                                        delete message.cgroup_parent;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.cgroups_path = value;
                                    else
                                        delete message.cgroups_path;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.namespaces && message.namespaces.length))
                                        message.namespaces = [];
                                    message.namespaces.push($root.nri.pkg.api.v1alpha1.LinuxNamespace.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return LinuxPodSandbox;
                })();

                v1alpha1.LinuxNamespace = (function() {

                    /**
                     * Properties of a LinuxNamespace.
                     * @typedef {Object} nri.pkg.api.v1alpha1.LinuxNamespace.$Properties
                     * @property {string|null} [type] LinuxNamespace type
                     * @property {string|null} [path] LinuxNamespace path
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a LinuxNamespace.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface ILinuxNamespace
                     * @augments nri.pkg.api.v1alpha1.LinuxNamespace.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.LinuxNamespace.$Properties instead.
                     */

                    /**
                     * Shape of a LinuxNamespace.
                     * @typedef {nri.pkg.api.v1alpha1.LinuxNamespace.$Properties} nri.pkg.api.v1alpha1.LinuxNamespace.$Shape
                     */

                    /**
                     * Constructs a new LinuxNamespace.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a LinuxNamespace.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.LinuxNamespace.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const LinuxNamespace = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * LinuxNamespace type.
                     * @member {string} type
                     * @memberof nri.pkg.api.v1alpha1.LinuxNamespace
                     * @instance
                     */
                    LinuxNamespace.prototype.type = "";

                    /**
                     * LinuxNamespace path.
                     * @member {string} path
                     * @memberof nri.pkg.api.v1alpha1.LinuxNamespace
                     * @instance
                     */
                    LinuxNamespace.prototype.path = "";

                    /**
                     * Creates a new LinuxNamespace instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.LinuxNamespace
                     * @static
                     * @param {nri.pkg.api.v1alpha1.LinuxNamespace.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.LinuxNamespace} LinuxNamespace instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.LinuxNamespace.$Shape): nri.pkg.api.v1alpha1.LinuxNamespace & nri.pkg.api.v1alpha1.LinuxNamespace.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.LinuxNamespace.$Properties): nri.pkg.api.v1alpha1.LinuxNamespace;
                     * }}
                     */
                    LinuxNamespace.create = function(properties) {
                        return new LinuxNamespace(properties);
                    };

                    /**
                     * Encodes the specified LinuxNamespace message. Does not implicitly {@link nri.pkg.api.v1alpha1.LinuxNamespace.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.LinuxNamespace
                     * @static
                     * @param {nri.pkg.api.v1alpha1.LinuxNamespace.$Properties} message LinuxNamespace message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    LinuxNamespace.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                        if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.path);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a LinuxNamespace message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.LinuxNamespace
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.LinuxNamespace & nri.pkg.api.v1alpha1.LinuxNamespace.$Shape} LinuxNamespace
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    LinuxNamespace.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.LinuxNamespace();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.type = value;
                                    else
                                        delete message.type;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.path = value;
                                    else
                                        delete message.path;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return LinuxNamespace;
                })();

                v1alpha1.Container = (function() {

                    /**
                     * Properties of a Container.
                     * @typedef {Object} nri.pkg.api.v1alpha1.Container.$Properties
                     * @property {string|null} [id] Container id
                     * @property {string|null} [pod_sandbox_id] Container pod_sandbox_id
                     * @property {string|null} [name] Container name
                     * @property {nri.pkg.api.v1alpha1.ContainerState|null} [state] Container state
                     * @property {Object.<string,string>|null} [labels] Container labels
                     * @property {Object.<string,string>|null} [annotations] Container annotations
                     * @property {nri.pkg.api.v1alpha1.LinuxContainer.$Properties|null} [linux] Container linux
                     * @property {number|null} [pid] Container pid
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Container.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IContainer
                     * @augments nri.pkg.api.v1alpha1.Container.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.Container.$Properties instead.
                     */

                    /**
                     * Shape of a Container.
                     * @typedef {nri.pkg.api.v1alpha1.Container.$Properties} nri.pkg.api.v1alpha1.Container.$Shape
                     */

                    /**
                     * Constructs a new Container.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a Container.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.Container.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Container = function (properties) {
                        this.labels = {};
                        this.annotations = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Container id.
                     * @member {string} id
                     * @memberof nri.pkg.api.v1alpha1.Container
                     * @instance
                     */
                    Container.prototype.id = "";

                    /**
                     * Container pod_sandbox_id.
                     * @member {string} pod_sandbox_id
                     * @memberof nri.pkg.api.v1alpha1.Container
                     * @instance
                     */
                    Container.prototype.pod_sandbox_id = "";

                    /**
                     * Container name.
                     * @member {string} name
                     * @memberof nri.pkg.api.v1alpha1.Container
                     * @instance
                     */
                    Container.prototype.name = "";

                    /**
                     * Container state.
                     * @member {nri.pkg.api.v1alpha1.ContainerState} state
                     * @memberof nri.pkg.api.v1alpha1.Container
                     * @instance
                     */
                    Container.prototype.state = 0;

                    /**
                     * Container labels.
                     * @member {Object.<string,string>} labels
                     * @memberof nri.pkg.api.v1alpha1.Container
                     * @instance
                     */
                    Container.prototype.labels = $util.emptyObject;

                    /**
                     * Container annotations.
                     * @member {Object.<string,string>} annotations
                     * @memberof nri.pkg.api.v1alpha1.Container
                     * @instance
                     */
                    Container.prototype.annotations = $util.emptyObject;

                    /**
                     * Container linux.
                     * @member {nri.pkg.api.v1alpha1.LinuxContainer.$Properties|null|undefined} linux
                     * @memberof nri.pkg.api.v1alpha1.Container
                     * @instance
                     */
                    Container.prototype.linux = null;

                    /**
                     * Container pid.
                     * @member {number} pid
                     * @memberof nri.pkg.api.v1alpha1.Container
                     * @instance
                     */
                    Container.prototype.pid = 0;

                    /**
                     * Creates a new Container instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.Container
                     * @static
                     * @param {nri.pkg.api.v1alpha1.Container.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.Container} Container instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.Container.$Shape): nri.pkg.api.v1alpha1.Container & nri.pkg.api.v1alpha1.Container.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.Container.$Properties): nri.pkg.api.v1alpha1.Container;
                     * }}
                     */
                    Container.create = function(properties) {
                        return new Container(properties);
                    };

                    /**
                     * Encodes the specified Container message. Does not implicitly {@link nri.pkg.api.v1alpha1.Container.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.Container
                     * @static
                     * @param {nri.pkg.api.v1alpha1.Container.$Properties} message Container message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Container.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                        if (message.pod_sandbox_id != null && $Object.hasOwnProperty.call(message, "pod_sandbox_id") && message.pod_sandbox_id !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.pod_sandbox_id);
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                        if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                            writer.uint32(/* id 4, wireType 0 =*/32).int32(message.state);
                        if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                        if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                            for (let keys = $Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 6, wireType 2 =*/50).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.annotations[keys[i]]).ldelim();
                        if (message.linux != null && $Object.hasOwnProperty.call(message, "linux"))
                            $root.nri.pkg.api.v1alpha1.LinuxContainer.encode(message.linux, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                        if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                            writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.pid);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Container message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.Container
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.Container & nri.pkg.api.v1alpha1.Container.$Shape} Container
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Container.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, key, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.Container();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.id = value;
                                    else
                                        delete message.id;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.pod_sandbox_id = value;
                                    else
                                        delete message.pod_sandbox_id;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.name = value;
                                    else
                                        delete message.name;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.state = value;
                                    else
                                        delete message.state;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.labels === $util.emptyObject)
                                        message.labels = {};
                                    let end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        let tag2 = reader.tag();
                                        wireType = tag2 & 7;
                                        switch (tag2 >>>= 3) {
                                        case 1:
                                            if (wireType !== 2)
                                                break;
                                            key = reader.stringVerify();
                                            continue;
                                        case 2:
                                            if (wireType !== 2)
                                                break;
                                            value = reader.stringVerify();
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.labels, key);
                                    message.labels[key] = value;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.annotations === $util.emptyObject)
                                        message.annotations = {};
                                    let end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        let tag2 = reader.tag();
                                        wireType = tag2 & 7;
                                        switch (tag2 >>>= 3) {
                                        case 1:
                                            if (wireType !== 2)
                                                break;
                                            key = reader.stringVerify();
                                            continue;
                                        case 2:
                                            if (wireType !== 2)
                                                break;
                                            value = reader.stringVerify();
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.annotations, key);
                                    message.annotations[key] = value;
                                    continue;
                                }
                            case 11: {
                                    if (wireType !== 2)
                                        break;
                                    message.linux = $root.nri.pkg.api.v1alpha1.LinuxContainer.decode(reader, reader.size(), $undefined, _depth + 1, message.linux);
                                    continue;
                                }
                            case 12: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.pid = value;
                                    else
                                        delete message.pid;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return Container;
                })();

                /**
                 * ContainerState enum.
                 * @name nri.pkg.api.v1alpha1.ContainerState
                 * @enum {number}
                 * @property {number} CONTAINER_UNKNOWN=0 CONTAINER_UNKNOWN value
                 * @property {number} CONTAINER_CREATED=1 CONTAINER_CREATED value
                 * @property {number} CONTAINER_PAUSED=2 CONTAINER_PAUSED value
                 * @property {number} CONTAINER_RUNNING=3 CONTAINER_RUNNING value
                 * @property {number} CONTAINER_STOPPED=4 CONTAINER_STOPPED value
                 */
                v1alpha1.ContainerState = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "CONTAINER_UNKNOWN"] = 0;
                    values[valuesById[1] = "CONTAINER_CREATED"] = 1;
                    values[valuesById[2] = "CONTAINER_PAUSED"] = 2;
                    values[valuesById[3] = "CONTAINER_RUNNING"] = 3;
                    values[valuesById[4] = "CONTAINER_STOPPED"] = 4;
                    return values;
                })();

                v1alpha1.LinuxContainer = (function() {

                    /**
                     * Properties of a LinuxContainer.
                     * @typedef {Object} nri.pkg.api.v1alpha1.LinuxContainer.$Properties
                     * @property {Array.<nri.pkg.api.v1alpha1.LinuxNamespace.$Properties>|null} [namespaces] LinuxContainer namespaces
                     * @property {Array.<nri.pkg.api.v1alpha1.LinuxDevice.$Properties>|null} [devices] LinuxContainer devices
                     * @property {string|null} [cgroups_path] LinuxContainer cgroups_path
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a LinuxContainer.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface ILinuxContainer
                     * @augments nri.pkg.api.v1alpha1.LinuxContainer.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.LinuxContainer.$Properties instead.
                     */

                    /**
                     * Shape of a LinuxContainer.
                     * @typedef {nri.pkg.api.v1alpha1.LinuxContainer.$Properties} nri.pkg.api.v1alpha1.LinuxContainer.$Shape
                     */

                    /**
                     * Constructs a new LinuxContainer.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a LinuxContainer.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.LinuxContainer.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const LinuxContainer = function (properties) {
                        this.namespaces = [];
                        this.devices = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * LinuxContainer namespaces.
                     * @member {Array.<nri.pkg.api.v1alpha1.LinuxNamespace.$Properties>} namespaces
                     * @memberof nri.pkg.api.v1alpha1.LinuxContainer
                     * @instance
                     */
                    LinuxContainer.prototype.namespaces = $util.emptyArray;

                    /**
                     * LinuxContainer devices.
                     * @member {Array.<nri.pkg.api.v1alpha1.LinuxDevice.$Properties>} devices
                     * @memberof nri.pkg.api.v1alpha1.LinuxContainer
                     * @instance
                     */
                    LinuxContainer.prototype.devices = $util.emptyArray;

                    /**
                     * LinuxContainer cgroups_path.
                     * @member {string} cgroups_path
                     * @memberof nri.pkg.api.v1alpha1.LinuxContainer
                     * @instance
                     */
                    LinuxContainer.prototype.cgroups_path = "";

                    /**
                     * Creates a new LinuxContainer instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.LinuxContainer
                     * @static
                     * @param {nri.pkg.api.v1alpha1.LinuxContainer.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.LinuxContainer} LinuxContainer instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.LinuxContainer.$Shape): nri.pkg.api.v1alpha1.LinuxContainer & nri.pkg.api.v1alpha1.LinuxContainer.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.LinuxContainer.$Properties): nri.pkg.api.v1alpha1.LinuxContainer;
                     * }}
                     */
                    LinuxContainer.create = function(properties) {
                        return new LinuxContainer(properties);
                    };

                    /**
                     * Encodes the specified LinuxContainer message. Does not implicitly {@link nri.pkg.api.v1alpha1.LinuxContainer.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.LinuxContainer
                     * @static
                     * @param {nri.pkg.api.v1alpha1.LinuxContainer.$Properties} message LinuxContainer message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    LinuxContainer.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.namespaces != null && message.namespaces.length)
                            for (let i = 0; i < message.namespaces.length; ++i)
                                $root.nri.pkg.api.v1alpha1.LinuxNamespace.encode(message.namespaces[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.devices != null && message.devices.length)
                            for (let i = 0; i < message.devices.length; ++i)
                                $root.nri.pkg.api.v1alpha1.LinuxDevice.encode(message.devices[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.cgroups_path != null && $Object.hasOwnProperty.call(message, "cgroups_path") && message.cgroups_path !== "")
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.cgroups_path);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a LinuxContainer message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.LinuxContainer
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.LinuxContainer & nri.pkg.api.v1alpha1.LinuxContainer.$Shape} LinuxContainer
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    LinuxContainer.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.LinuxContainer();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.namespaces && message.namespaces.length))
                                        message.namespaces = [];
                                    message.namespaces.push($root.nri.pkg.api.v1alpha1.LinuxNamespace.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.devices && message.devices.length))
                                        message.devices = [];
                                    message.devices.push($root.nri.pkg.api.v1alpha1.LinuxDevice.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.cgroups_path = value;
                                    else
                                        delete message.cgroups_path;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return LinuxContainer;
                })();

                v1alpha1.LinuxDevice = (function() {

                    /**
                     * Properties of a LinuxDevice.
                     * @typedef {Object} nri.pkg.api.v1alpha1.LinuxDevice.$Properties
                     * @property {string|null} [path] LinuxDevice path
                     * @property {string|null} [type] LinuxDevice type
                     * @property {number|null} [major] LinuxDevice major
                     * @property {number|null} [minor] LinuxDevice minor
                     * @property {nri.pkg.api.v1alpha1.OptionalFileMode.$Properties|null} [file_mode] LinuxDevice file_mode
                     * @property {nri.pkg.api.v1alpha1.OptionalUInt32.$Properties|null} [uid] LinuxDevice uid
                     * @property {nri.pkg.api.v1alpha1.OptionalUInt32.$Properties|null} [gid] LinuxDevice gid
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a LinuxDevice.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface ILinuxDevice
                     * @augments nri.pkg.api.v1alpha1.LinuxDevice.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.LinuxDevice.$Properties instead.
                     */

                    /**
                     * Shape of a LinuxDevice.
                     * @typedef {nri.pkg.api.v1alpha1.LinuxDevice.$Properties} nri.pkg.api.v1alpha1.LinuxDevice.$Shape
                     */

                    /**
                     * Constructs a new LinuxDevice.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a LinuxDevice.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.LinuxDevice.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const LinuxDevice = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * LinuxDevice path.
                     * @member {string} path
                     * @memberof nri.pkg.api.v1alpha1.LinuxDevice
                     * @instance
                     */
                    LinuxDevice.prototype.path = "";

                    /**
                     * LinuxDevice type.
                     * @member {string} type
                     * @memberof nri.pkg.api.v1alpha1.LinuxDevice
                     * @instance
                     */
                    LinuxDevice.prototype.type = "";

                    /**
                     * LinuxDevice major.
                     * @member {number} major
                     * @memberof nri.pkg.api.v1alpha1.LinuxDevice
                     * @instance
                     */
                    LinuxDevice.prototype.major = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * LinuxDevice minor.
                     * @member {number} minor
                     * @memberof nri.pkg.api.v1alpha1.LinuxDevice
                     * @instance
                     */
                    LinuxDevice.prototype.minor = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * LinuxDevice file_mode.
                     * @member {nri.pkg.api.v1alpha1.OptionalFileMode.$Properties|null|undefined} file_mode
                     * @memberof nri.pkg.api.v1alpha1.LinuxDevice
                     * @instance
                     */
                    LinuxDevice.prototype.file_mode = null;

                    /**
                     * LinuxDevice uid.
                     * @member {nri.pkg.api.v1alpha1.OptionalUInt32.$Properties|null|undefined} uid
                     * @memberof nri.pkg.api.v1alpha1.LinuxDevice
                     * @instance
                     */
                    LinuxDevice.prototype.uid = null;

                    /**
                     * LinuxDevice gid.
                     * @member {nri.pkg.api.v1alpha1.OptionalUInt32.$Properties|null|undefined} gid
                     * @memberof nri.pkg.api.v1alpha1.LinuxDevice
                     * @instance
                     */
                    LinuxDevice.prototype.gid = null;

                    /**
                     * Creates a new LinuxDevice instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.LinuxDevice
                     * @static
                     * @param {nri.pkg.api.v1alpha1.LinuxDevice.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.LinuxDevice} LinuxDevice instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.LinuxDevice.$Shape): nri.pkg.api.v1alpha1.LinuxDevice & nri.pkg.api.v1alpha1.LinuxDevice.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.LinuxDevice.$Properties): nri.pkg.api.v1alpha1.LinuxDevice;
                     * }}
                     */
                    LinuxDevice.create = function(properties) {
                        return new LinuxDevice(properties);
                    };

                    /**
                     * Encodes the specified LinuxDevice message. Does not implicitly {@link nri.pkg.api.v1alpha1.LinuxDevice.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.LinuxDevice
                     * @static
                     * @param {nri.pkg.api.v1alpha1.LinuxDevice.$Properties} message LinuxDevice message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    LinuxDevice.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                        if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.type);
                        if (message.major != null && $Object.hasOwnProperty.call(message, "major") && (typeof message.major === "object" ? message.major.low || message.major.high : message.major !== 0))
                            writer.uint32(/* id 3, wireType 0 =*/24).int64(message.major);
                        if (message.minor != null && $Object.hasOwnProperty.call(message, "minor") && (typeof message.minor === "object" ? message.minor.low || message.minor.high : message.minor !== 0))
                            writer.uint32(/* id 4, wireType 0 =*/32).int64(message.minor);
                        if (message.file_mode != null && $Object.hasOwnProperty.call(message, "file_mode"))
                            $root.nri.pkg.api.v1alpha1.OptionalFileMode.encode(message.file_mode, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                        if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                            $root.nri.pkg.api.v1alpha1.OptionalUInt32.encode(message.uid, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                        if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                            $root.nri.pkg.api.v1alpha1.OptionalUInt32.encode(message.gid, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a LinuxDevice message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.LinuxDevice
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.LinuxDevice & nri.pkg.api.v1alpha1.LinuxDevice.$Shape} LinuxDevice
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    LinuxDevice.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.LinuxDevice();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.path = value;
                                    else
                                        delete message.path;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.type = value;
                                    else
                                        delete message.type;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.major = value;
                                    else
                                        delete message.major;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.minor = value;
                                    else
                                        delete message.minor;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    message.file_mode = $root.nri.pkg.api.v1alpha1.OptionalFileMode.decode(reader, reader.size(), $undefined, _depth + 1, message.file_mode);
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    message.uid = $root.nri.pkg.api.v1alpha1.OptionalUInt32.decode(reader, reader.size(), $undefined, _depth + 1, message.uid);
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    message.gid = $root.nri.pkg.api.v1alpha1.OptionalUInt32.decode(reader, reader.size(), $undefined, _depth + 1, message.gid);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return LinuxDevice;
                })();

                v1alpha1.ContainerAdjustment = (function() {

                    /**
                     * Properties of a ContainerAdjustment.
                     * @typedef {Object} nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties
                     * @property {Object.<string,string>|null} [annotations] ContainerAdjustment annotations
                     * @property {Array.<nri.pkg.api.v1alpha1.KeyValue.$Properties>|null} [env] ContainerAdjustment env
                     * @property {nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Properties|null} [linux] ContainerAdjustment linux
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ContainerAdjustment.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IContainerAdjustment
                     * @augments nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties instead.
                     */

                    /**
                     * Shape of a ContainerAdjustment.
                     * @typedef {nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties} nri.pkg.api.v1alpha1.ContainerAdjustment.$Shape
                     */

                    /**
                     * Constructs a new ContainerAdjustment.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a ContainerAdjustment.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ContainerAdjustment = function (properties) {
                        this.annotations = {};
                        this.env = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ContainerAdjustment annotations.
                     * @member {Object.<string,string>} annotations
                     * @memberof nri.pkg.api.v1alpha1.ContainerAdjustment
                     * @instance
                     */
                    ContainerAdjustment.prototype.annotations = $util.emptyObject;

                    /**
                     * ContainerAdjustment env.
                     * @member {Array.<nri.pkg.api.v1alpha1.KeyValue.$Properties>} env
                     * @memberof nri.pkg.api.v1alpha1.ContainerAdjustment
                     * @instance
                     */
                    ContainerAdjustment.prototype.env = $util.emptyArray;

                    /**
                     * ContainerAdjustment linux.
                     * @member {nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Properties|null|undefined} linux
                     * @memberof nri.pkg.api.v1alpha1.ContainerAdjustment
                     * @instance
                     */
                    ContainerAdjustment.prototype.linux = null;

                    /**
                     * Creates a new ContainerAdjustment instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.ContainerAdjustment
                     * @static
                     * @param {nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.ContainerAdjustment} ContainerAdjustment instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.ContainerAdjustment.$Shape): nri.pkg.api.v1alpha1.ContainerAdjustment & nri.pkg.api.v1alpha1.ContainerAdjustment.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties): nri.pkg.api.v1alpha1.ContainerAdjustment;
                     * }}
                     */
                    ContainerAdjustment.create = function(properties) {
                        return new ContainerAdjustment(properties);
                    };

                    /**
                     * Encodes the specified ContainerAdjustment message. Does not implicitly {@link nri.pkg.api.v1alpha1.ContainerAdjustment.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.ContainerAdjustment
                     * @static
                     * @param {nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties} message ContainerAdjustment message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ContainerAdjustment.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                            for (let keys = $Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.annotations[keys[i]]).ldelim();
                        if (message.env != null && message.env.length)
                            for (let i = 0; i < message.env.length; ++i)
                                $root.nri.pkg.api.v1alpha1.KeyValue.encode(message.env[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                        if (message.linux != null && $Object.hasOwnProperty.call(message, "linux"))
                            $root.nri.pkg.api.v1alpha1.LinuxContainerAdjustment.encode(message.linux, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a ContainerAdjustment message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.ContainerAdjustment
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.ContainerAdjustment & nri.pkg.api.v1alpha1.ContainerAdjustment.$Shape} ContainerAdjustment
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ContainerAdjustment.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, key, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.ContainerAdjustment();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.annotations === $util.emptyObject)
                                        message.annotations = {};
                                    let end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        let tag2 = reader.tag();
                                        wireType = tag2 & 7;
                                        switch (tag2 >>>= 3) {
                                        case 1:
                                            if (wireType !== 2)
                                                break;
                                            key = reader.stringVerify();
                                            continue;
                                        case 2:
                                            if (wireType !== 2)
                                                break;
                                            value = reader.stringVerify();
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.annotations, key);
                                    message.annotations[key] = value;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.env && message.env.length))
                                        message.env = [];
                                    message.env.push($root.nri.pkg.api.v1alpha1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    message.linux = $root.nri.pkg.api.v1alpha1.LinuxContainerAdjustment.decode(reader, reader.size(), $undefined, _depth + 1, message.linux);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return ContainerAdjustment;
                })();

                v1alpha1.LinuxContainerAdjustment = (function() {

                    /**
                     * Properties of a LinuxContainerAdjustment.
                     * @typedef {Object} nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Properties
                     * @property {Array.<nri.pkg.api.v1alpha1.LinuxDevice.$Properties>|null} [devices] LinuxContainerAdjustment devices
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a LinuxContainerAdjustment.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface ILinuxContainerAdjustment
                     * @augments nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Properties instead.
                     */

                    /**
                     * Shape of a LinuxContainerAdjustment.
                     * @typedef {nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Properties} nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Shape
                     */

                    /**
                     * Constructs a new LinuxContainerAdjustment.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a LinuxContainerAdjustment.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const LinuxContainerAdjustment = function (properties) {
                        this.devices = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * LinuxContainerAdjustment devices.
                     * @member {Array.<nri.pkg.api.v1alpha1.LinuxDevice.$Properties>} devices
                     * @memberof nri.pkg.api.v1alpha1.LinuxContainerAdjustment
                     * @instance
                     */
                    LinuxContainerAdjustment.prototype.devices = $util.emptyArray;

                    /**
                     * Creates a new LinuxContainerAdjustment instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.LinuxContainerAdjustment
                     * @static
                     * @param {nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.LinuxContainerAdjustment} LinuxContainerAdjustment instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Shape): nri.pkg.api.v1alpha1.LinuxContainerAdjustment & nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Properties): nri.pkg.api.v1alpha1.LinuxContainerAdjustment;
                     * }}
                     */
                    LinuxContainerAdjustment.create = function(properties) {
                        return new LinuxContainerAdjustment(properties);
                    };

                    /**
                     * Encodes the specified LinuxContainerAdjustment message. Does not implicitly {@link nri.pkg.api.v1alpha1.LinuxContainerAdjustment.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.LinuxContainerAdjustment
                     * @static
                     * @param {nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Properties} message LinuxContainerAdjustment message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    LinuxContainerAdjustment.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.devices != null && message.devices.length)
                            for (let i = 0; i < message.devices.length; ++i)
                                $root.nri.pkg.api.v1alpha1.LinuxDevice.encode(message.devices[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a LinuxContainerAdjustment message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.LinuxContainerAdjustment
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.LinuxContainerAdjustment & nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Shape} LinuxContainerAdjustment
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    LinuxContainerAdjustment.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.LinuxContainerAdjustment();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.devices && message.devices.length))
                                        message.devices = [];
                                    message.devices.push($root.nri.pkg.api.v1alpha1.LinuxDevice.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return LinuxContainerAdjustment;
                })();

                v1alpha1.ContainerUpdate = (function() {

                    /**
                     * Properties of a ContainerUpdate.
                     * @typedef {Object} nri.pkg.api.v1alpha1.ContainerUpdate.$Properties
                     * @property {string|null} [container_id] ContainerUpdate container_id
                     * @property {boolean|null} [ignore_failure] ContainerUpdate ignore_failure
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ContainerUpdate.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IContainerUpdate
                     * @augments nri.pkg.api.v1alpha1.ContainerUpdate.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.ContainerUpdate.$Properties instead.
                     */

                    /**
                     * Shape of a ContainerUpdate.
                     * @typedef {nri.pkg.api.v1alpha1.ContainerUpdate.$Properties} nri.pkg.api.v1alpha1.ContainerUpdate.$Shape
                     */

                    /**
                     * Constructs a new ContainerUpdate.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a ContainerUpdate.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.ContainerUpdate.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ContainerUpdate = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ContainerUpdate container_id.
                     * @member {string} container_id
                     * @memberof nri.pkg.api.v1alpha1.ContainerUpdate
                     * @instance
                     */
                    ContainerUpdate.prototype.container_id = "";

                    /**
                     * ContainerUpdate ignore_failure.
                     * @member {boolean} ignore_failure
                     * @memberof nri.pkg.api.v1alpha1.ContainerUpdate
                     * @instance
                     */
                    ContainerUpdate.prototype.ignore_failure = false;

                    /**
                     * Creates a new ContainerUpdate instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.ContainerUpdate
                     * @static
                     * @param {nri.pkg.api.v1alpha1.ContainerUpdate.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.ContainerUpdate} ContainerUpdate instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.ContainerUpdate.$Shape): nri.pkg.api.v1alpha1.ContainerUpdate & nri.pkg.api.v1alpha1.ContainerUpdate.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.ContainerUpdate.$Properties): nri.pkg.api.v1alpha1.ContainerUpdate;
                     * }}
                     */
                    ContainerUpdate.create = function(properties) {
                        return new ContainerUpdate(properties);
                    };

                    /**
                     * Encodes the specified ContainerUpdate message. Does not implicitly {@link nri.pkg.api.v1alpha1.ContainerUpdate.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.ContainerUpdate
                     * @static
                     * @param {nri.pkg.api.v1alpha1.ContainerUpdate.$Properties} message ContainerUpdate message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ContainerUpdate.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.container_id != null && $Object.hasOwnProperty.call(message, "container_id") && message.container_id !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.container_id);
                        if (message.ignore_failure != null && $Object.hasOwnProperty.call(message, "ignore_failure") && message.ignore_failure !== false)
                            writer.uint32(/* id 3, wireType 0 =*/24).bool(message.ignore_failure);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a ContainerUpdate message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.ContainerUpdate
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.ContainerUpdate & nri.pkg.api.v1alpha1.ContainerUpdate.$Shape} ContainerUpdate
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ContainerUpdate.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.ContainerUpdate();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.container_id = value;
                                    else
                                        delete message.container_id;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.ignore_failure = value;
                                    else
                                        delete message.ignore_failure;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return ContainerUpdate;
                })();

                v1alpha1.ContainerEviction = (function() {

                    /**
                     * Properties of a ContainerEviction.
                     * @typedef {Object} nri.pkg.api.v1alpha1.ContainerEviction.$Properties
                     * @property {string|null} [container_id] ContainerEviction container_id
                     * @property {string|null} [reason] ContainerEviction reason
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ContainerEviction.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IContainerEviction
                     * @augments nri.pkg.api.v1alpha1.ContainerEviction.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.ContainerEviction.$Properties instead.
                     */

                    /**
                     * Shape of a ContainerEviction.
                     * @typedef {nri.pkg.api.v1alpha1.ContainerEviction.$Properties} nri.pkg.api.v1alpha1.ContainerEviction.$Shape
                     */

                    /**
                     * Constructs a new ContainerEviction.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a ContainerEviction.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.ContainerEviction.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ContainerEviction = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ContainerEviction container_id.
                     * @member {string} container_id
                     * @memberof nri.pkg.api.v1alpha1.ContainerEviction
                     * @instance
                     */
                    ContainerEviction.prototype.container_id = "";

                    /**
                     * ContainerEviction reason.
                     * @member {string} reason
                     * @memberof nri.pkg.api.v1alpha1.ContainerEviction
                     * @instance
                     */
                    ContainerEviction.prototype.reason = "";

                    /**
                     * Creates a new ContainerEviction instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.ContainerEviction
                     * @static
                     * @param {nri.pkg.api.v1alpha1.ContainerEviction.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.ContainerEviction} ContainerEviction instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.ContainerEviction.$Shape): nri.pkg.api.v1alpha1.ContainerEviction & nri.pkg.api.v1alpha1.ContainerEviction.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.ContainerEviction.$Properties): nri.pkg.api.v1alpha1.ContainerEviction;
                     * }}
                     */
                    ContainerEviction.create = function(properties) {
                        return new ContainerEviction(properties);
                    };

                    /**
                     * Encodes the specified ContainerEviction message. Does not implicitly {@link nri.pkg.api.v1alpha1.ContainerEviction.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.ContainerEviction
                     * @static
                     * @param {nri.pkg.api.v1alpha1.ContainerEviction.$Properties} message ContainerEviction message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ContainerEviction.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.container_id != null && $Object.hasOwnProperty.call(message, "container_id") && message.container_id !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.container_id);
                        if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a ContainerEviction message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.ContainerEviction
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.ContainerEviction & nri.pkg.api.v1alpha1.ContainerEviction.$Shape} ContainerEviction
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ContainerEviction.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.ContainerEviction();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.container_id = value;
                                    else
                                        delete message.container_id;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.reason = value;
                                    else
                                        delete message.reason;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return ContainerEviction;
                })();

                v1alpha1.KeyValue = (function() {

                    /**
                     * Properties of a KeyValue.
                     * @typedef {Object} nri.pkg.api.v1alpha1.KeyValue.$Properties
                     * @property {string|null} [key] KeyValue key
                     * @property {string|null} [value] KeyValue value
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a KeyValue.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IKeyValue
                     * @augments nri.pkg.api.v1alpha1.KeyValue.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.KeyValue.$Properties instead.
                     */

                    /**
                     * Shape of a KeyValue.
                     * @typedef {nri.pkg.api.v1alpha1.KeyValue.$Properties} nri.pkg.api.v1alpha1.KeyValue.$Shape
                     */

                    /**
                     * Constructs a new KeyValue.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents a KeyValue.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.KeyValue.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const KeyValue = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * KeyValue key.
                     * @member {string} key
                     * @memberof nri.pkg.api.v1alpha1.KeyValue
                     * @instance
                     */
                    KeyValue.prototype.key = "";

                    /**
                     * KeyValue value.
                     * @member {string} value
                     * @memberof nri.pkg.api.v1alpha1.KeyValue
                     * @instance
                     */
                    KeyValue.prototype.value = "";

                    /**
                     * Creates a new KeyValue instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.KeyValue
                     * @static
                     * @param {nri.pkg.api.v1alpha1.KeyValue.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.KeyValue} KeyValue instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.KeyValue.$Shape): nri.pkg.api.v1alpha1.KeyValue & nri.pkg.api.v1alpha1.KeyValue.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.KeyValue.$Properties): nri.pkg.api.v1alpha1.KeyValue;
                     * }}
                     */
                    KeyValue.create = function(properties) {
                        return new KeyValue(properties);
                    };

                    /**
                     * Encodes the specified KeyValue message. Does not implicitly {@link nri.pkg.api.v1alpha1.KeyValue.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.KeyValue
                     * @static
                     * @param {nri.pkg.api.v1alpha1.KeyValue.$Properties} message KeyValue message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    KeyValue.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a KeyValue message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.KeyValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.KeyValue & nri.pkg.api.v1alpha1.KeyValue.$Shape} KeyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    KeyValue.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.KeyValue();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.key = value;
                                    else
                                        delete message.key;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.value = value;
                                    else
                                        delete message.value;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return KeyValue;
                })();

                v1alpha1.OptionalUInt32 = (function() {

                    /**
                     * Properties of an OptionalUInt32.
                     * @typedef {Object} nri.pkg.api.v1alpha1.OptionalUInt32.$Properties
                     * @property {number|null} [value] OptionalUInt32 value
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an OptionalUInt32.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IOptionalUInt32
                     * @augments nri.pkg.api.v1alpha1.OptionalUInt32.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.OptionalUInt32.$Properties instead.
                     */

                    /**
                     * Shape of an OptionalUInt32.
                     * @typedef {nri.pkg.api.v1alpha1.OptionalUInt32.$Properties} nri.pkg.api.v1alpha1.OptionalUInt32.$Shape
                     */

                    /**
                     * Constructs a new OptionalUInt32.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents an OptionalUInt32.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.OptionalUInt32.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const OptionalUInt32 = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * OptionalUInt32 value.
                     * @member {number} value
                     * @memberof nri.pkg.api.v1alpha1.OptionalUInt32
                     * @instance
                     */
                    OptionalUInt32.prototype.value = 0;

                    /**
                     * Creates a new OptionalUInt32 instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.OptionalUInt32
                     * @static
                     * @param {nri.pkg.api.v1alpha1.OptionalUInt32.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.OptionalUInt32} OptionalUInt32 instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.OptionalUInt32.$Shape): nri.pkg.api.v1alpha1.OptionalUInt32 & nri.pkg.api.v1alpha1.OptionalUInt32.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.OptionalUInt32.$Properties): nri.pkg.api.v1alpha1.OptionalUInt32;
                     * }}
                     */
                    OptionalUInt32.create = function(properties) {
                        return new OptionalUInt32(properties);
                    };

                    /**
                     * Encodes the specified OptionalUInt32 message. Does not implicitly {@link nri.pkg.api.v1alpha1.OptionalUInt32.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.OptionalUInt32
                     * @static
                     * @param {nri.pkg.api.v1alpha1.OptionalUInt32.$Properties} message OptionalUInt32 message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    OptionalUInt32.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== 0)
                            writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.value);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes an OptionalUInt32 message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.OptionalUInt32
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.OptionalUInt32 & nri.pkg.api.v1alpha1.OptionalUInt32.$Shape} OptionalUInt32
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    OptionalUInt32.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.OptionalUInt32();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.value = value;
                                    else
                                        delete message.value;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return OptionalUInt32;
                })();

                v1alpha1.OptionalFileMode = (function() {

                    /**
                     * Properties of an OptionalFileMode.
                     * @typedef {Object} nri.pkg.api.v1alpha1.OptionalFileMode.$Properties
                     * @property {number|null} [value] OptionalFileMode value
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an OptionalFileMode.
                     * @memberof nri.pkg.api.v1alpha1
                     * @interface IOptionalFileMode
                     * @augments nri.pkg.api.v1alpha1.OptionalFileMode.$Properties
                     * @deprecated Use nri.pkg.api.v1alpha1.OptionalFileMode.$Properties instead.
                     */

                    /**
                     * Shape of an OptionalFileMode.
                     * @typedef {nri.pkg.api.v1alpha1.OptionalFileMode.$Properties} nri.pkg.api.v1alpha1.OptionalFileMode.$Shape
                     */

                    /**
                     * Constructs a new OptionalFileMode.
                     * @memberof nri.pkg.api.v1alpha1
                     * @classdesc Represents an OptionalFileMode.
                     * @constructor
                     * @param {nri.pkg.api.v1alpha1.OptionalFileMode.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const OptionalFileMode = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * OptionalFileMode value.
                     * @member {number} value
                     * @memberof nri.pkg.api.v1alpha1.OptionalFileMode
                     * @instance
                     */
                    OptionalFileMode.prototype.value = 0;

                    /**
                     * Creates a new OptionalFileMode instance using the specified properties.
                     * @function create
                     * @memberof nri.pkg.api.v1alpha1.OptionalFileMode
                     * @static
                     * @param {nri.pkg.api.v1alpha1.OptionalFileMode.$Properties=} [properties] Properties to set
                     * @returns {nri.pkg.api.v1alpha1.OptionalFileMode} OptionalFileMode instance
                     * @type {{
                     *   (properties: nri.pkg.api.v1alpha1.OptionalFileMode.$Shape): nri.pkg.api.v1alpha1.OptionalFileMode & nri.pkg.api.v1alpha1.OptionalFileMode.$Shape;
                     *   (properties?: nri.pkg.api.v1alpha1.OptionalFileMode.$Properties): nri.pkg.api.v1alpha1.OptionalFileMode;
                     * }}
                     */
                    OptionalFileMode.create = function(properties) {
                        return new OptionalFileMode(properties);
                    };

                    /**
                     * Encodes the specified OptionalFileMode message. Does not implicitly {@link nri.pkg.api.v1alpha1.OptionalFileMode.verify|verify} messages.
                     * @function encode
                     * @memberof nri.pkg.api.v1alpha1.OptionalFileMode
                     * @static
                     * @param {nri.pkg.api.v1alpha1.OptionalFileMode.$Properties} message OptionalFileMode message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    OptionalFileMode.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== 0)
                            writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.value);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes an OptionalFileMode message from the specified reader or buffer.
                     * @function decode
                     * @memberof nri.pkg.api.v1alpha1.OptionalFileMode
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.OptionalFileMode & nri.pkg.api.v1alpha1.OptionalFileMode.$Shape} OptionalFileMode
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    OptionalFileMode.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.nri.pkg.api.v1alpha1.OptionalFileMode();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.value = value;
                                    else
                                        delete message.value;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return OptionalFileMode;
                })();

                return v1alpha1;
            })();

            return api;
        })();

        return pkg;
    })();

    return nri;
})();

export const ttrpc = $root.ttrpc = (() => {

    /**
     * Namespace ttrpc.
     * @exports ttrpc
     * @namespace
     */
    const ttrpc = {};

    ttrpc.Request = (function() {

        /**
         * Properties of a Request.
         * @typedef {Object} ttrpc.Request.$Properties
         * @property {string|null} [service] Request service
         * @property {string|null} [method] Request method
         * @property {Uint8Array|null} [payload] Request payload
         * @property {number|null} [timeout_nano] Request timeout_nano
         * @property {Array.<ttrpc.KeyValue.$Properties>|null} [metadata] Request metadata
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Request.
         * @memberof ttrpc
         * @interface IRequest
         * @augments ttrpc.Request.$Properties
         * @deprecated Use ttrpc.Request.$Properties instead.
         */

        /**
         * Shape of a Request.
         * @typedef {ttrpc.Request.$Properties} ttrpc.Request.$Shape
         */

        /**
         * Constructs a new Request.
         * @memberof ttrpc
         * @classdesc Represents a Request.
         * @constructor
         * @param {ttrpc.Request.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Request = function (properties) {
            this.metadata = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Request service.
         * @member {string} service
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.service = "";

        /**
         * Request method.
         * @member {string} method
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.method = "";

        /**
         * Request payload.
         * @member {Uint8Array} payload
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.payload = $util.newBuffer([]);

        /**
         * Request timeout_nano.
         * @member {number} timeout_nano
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.timeout_nano = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Request metadata.
         * @member {Array.<ttrpc.KeyValue.$Properties>} metadata
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.metadata = $util.emptyArray;

        /**
         * Creates a new Request instance using the specified properties.
         * @function create
         * @memberof ttrpc.Request
         * @static
         * @param {ttrpc.Request.$Properties=} [properties] Properties to set
         * @returns {ttrpc.Request} Request instance
         * @type {{
         *   (properties: ttrpc.Request.$Shape): ttrpc.Request & ttrpc.Request.$Shape;
         *   (properties?: ttrpc.Request.$Properties): ttrpc.Request;
         * }}
         */
        Request.create = function(properties) {
            return new Request(properties);
        };

        /**
         * Encodes the specified Request message. Does not implicitly {@link ttrpc.Request.verify|verify} messages.
         * @function encode
         * @memberof ttrpc.Request
         * @static
         * @param {ttrpc.Request.$Properties} message Request message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Request.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.service != null && $Object.hasOwnProperty.call(message, "service") && message.service !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.service);
            if (message.method != null && $Object.hasOwnProperty.call(message, "method") && message.method !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.method);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.payload);
            if (message.timeout_nano != null && $Object.hasOwnProperty.call(message, "timeout_nano") && (typeof message.timeout_nano === "object" ? message.timeout_nano.low || message.timeout_nano.high : message.timeout_nano !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.timeout_nano);
            if (message.metadata != null && message.metadata.length)
                for (let i = 0; i < message.metadata.length; ++i)
                    $root.ttrpc.KeyValue.encode(message.metadata[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Request message from the specified reader or buffer.
         * @function decode
         * @memberof ttrpc.Request
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ttrpc.Request & ttrpc.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Request.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ttrpc.Request();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.service = value;
                        else
                            delete message.service;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.method = value;
                        else
                            delete message.method;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.timeout_nano = value;
                        else
                            delete message.timeout_nano;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metadata && message.metadata.length))
                            message.metadata = [];
                        message.metadata.push($root.ttrpc.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Request;
    })();

    ttrpc.Response = (function() {

        /**
         * Properties of a Response.
         * @typedef {Object} ttrpc.Response.$Properties
         * @property {google.rpc.Status.$Properties|null} [status] Response status
         * @property {Uint8Array|null} [payload] Response payload
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Response.
         * @memberof ttrpc
         * @interface IResponse
         * @augments ttrpc.Response.$Properties
         * @deprecated Use ttrpc.Response.$Properties instead.
         */

        /**
         * Shape of a Response.
         * @typedef {ttrpc.Response.$Properties} ttrpc.Response.$Shape
         */

        /**
         * Constructs a new Response.
         * @memberof ttrpc
         * @classdesc Represents a Response.
         * @constructor
         * @param {ttrpc.Response.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Response = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Response status.
         * @member {google.rpc.Status.$Properties|null|undefined} status
         * @memberof ttrpc.Response
         * @instance
         */
        Response.prototype.status = null;

        /**
         * Response payload.
         * @member {Uint8Array} payload
         * @memberof ttrpc.Response
         * @instance
         */
        Response.prototype.payload = $util.newBuffer([]);

        /**
         * Creates a new Response instance using the specified properties.
         * @function create
         * @memberof ttrpc.Response
         * @static
         * @param {ttrpc.Response.$Properties=} [properties] Properties to set
         * @returns {ttrpc.Response} Response instance
         * @type {{
         *   (properties: ttrpc.Response.$Shape): ttrpc.Response & ttrpc.Response.$Shape;
         *   (properties?: ttrpc.Response.$Properties): ttrpc.Response;
         * }}
         */
        Response.create = function(properties) {
            return new Response(properties);
        };

        /**
         * Encodes the specified Response message. Does not implicitly {@link ttrpc.Response.verify|verify} messages.
         * @function encode
         * @memberof ttrpc.Response
         * @static
         * @param {ttrpc.Response.$Properties} message Response message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Response.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                $root.google.rpc.Status.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Response message from the specified reader or buffer.
         * @function decode
         * @memberof ttrpc.Response
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ttrpc.Response & ttrpc.Response.$Shape} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Response.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ttrpc.Response();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.status = $root.google.rpc.Status.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Response;
    })();

    ttrpc.KeyValue = (function() {

        /**
         * Properties of a KeyValue.
         * @typedef {Object} ttrpc.KeyValue.$Properties
         * @property {string|null} [key] KeyValue key
         * @property {string|null} [value] KeyValue value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a KeyValue.
         * @memberof ttrpc
         * @interface IKeyValue
         * @augments ttrpc.KeyValue.$Properties
         * @deprecated Use ttrpc.KeyValue.$Properties instead.
         */

        /**
         * Shape of a KeyValue.
         * @typedef {ttrpc.KeyValue.$Properties} ttrpc.KeyValue.$Shape
         */

        /**
         * Constructs a new KeyValue.
         * @memberof ttrpc
         * @classdesc Represents a KeyValue.
         * @constructor
         * @param {ttrpc.KeyValue.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const KeyValue = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * KeyValue key.
         * @member {string} key
         * @memberof ttrpc.KeyValue
         * @instance
         */
        KeyValue.prototype.key = "";

        /**
         * KeyValue value.
         * @member {string} value
         * @memberof ttrpc.KeyValue
         * @instance
         */
        KeyValue.prototype.value = "";

        /**
         * Creates a new KeyValue instance using the specified properties.
         * @function create
         * @memberof ttrpc.KeyValue
         * @static
         * @param {ttrpc.KeyValue.$Properties=} [properties] Properties to set
         * @returns {ttrpc.KeyValue} KeyValue instance
         * @type {{
         *   (properties: ttrpc.KeyValue.$Shape): ttrpc.KeyValue & ttrpc.KeyValue.$Shape;
         *   (properties?: ttrpc.KeyValue.$Properties): ttrpc.KeyValue;
         * }}
         */
        KeyValue.create = function(properties) {
            return new KeyValue(properties);
        };

        /**
         * Encodes the specified KeyValue message. Does not implicitly {@link ttrpc.KeyValue.verify|verify} messages.
         * @function encode
         * @memberof ttrpc.KeyValue
         * @static
         * @param {ttrpc.KeyValue.$Properties} message KeyValue message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        KeyValue.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a KeyValue message from the specified reader or buffer.
         * @function decode
         * @memberof ttrpc.KeyValue
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ttrpc.KeyValue & ttrpc.KeyValue.$Shape} KeyValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        KeyValue.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ttrpc.KeyValue();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.key = value;
                        else
                            delete message.key;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.value = value;
                        else
                            delete message.value;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return KeyValue;
    })();

    return ttrpc;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Any = (function() {

            /**
             * Properties of an Any.
             * @typedef {Object} google.protobuf.Any.$Properties
             * @property {string|null} [type_url] Any type_url
             * @property {Uint8Array|null} [value] Any value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Any.
             * @memberof google.protobuf
             * @interface IAny
             * @augments google.protobuf.Any.$Properties
             * @deprecated Use google.protobuf.Any.$Properties instead.
             */

            /**
             * Shape of an Any.
             * @typedef {google.protobuf.Any.$Properties} google.protobuf.Any.$Shape
             */

            /**
             * Constructs a new Any.
             * @memberof google.protobuf
             * @classdesc Represents an Any.
             * @constructor
             * @param {google.protobuf.Any.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Any = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {google.protobuf.Any.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Any} Any instance
             * @type {{
             *   (properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
             *   (properties?: google.protobuf.Any.$Properties): google.protobuf.Any;
             * }}
             */
            Any.create = function(properties) {
                return new Any(properties);
            };

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties} message Any message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Any.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url") && message.type_url !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_url);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Any
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Any.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Any();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_url = value;
                            else
                                delete message.type_url;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Any;
        })();

        return protobuf;
    })();

    google.rpc = (function() {

        /**
         * Namespace rpc.
         * @memberof google
         * @namespace
         */
        const rpc = {};

        rpc.Status = (function() {

            /**
             * Properties of a Status.
             * @typedef {Object} google.rpc.Status.$Properties
             * @property {number|null} [code] Status code
             * @property {string|null} [message] Status message
             * @property {Array.<google.protobuf.Any.$Properties>|null} [details] Status details
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Status.
             * @memberof google.rpc
             * @interface IStatus
             * @augments google.rpc.Status.$Properties
             * @deprecated Use google.rpc.Status.$Properties instead.
             */

            /**
             * Shape of a Status.
             * @typedef {google.rpc.Status.$Properties} google.rpc.Status.$Shape
             */

            /**
             * Constructs a new Status.
             * @memberof google.rpc
             * @classdesc Represents a Status.
             * @constructor
             * @param {google.rpc.Status.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Status = function (properties) {
                this.details = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Status code.
             * @member {number} code
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.code = 0;

            /**
             * Status message.
             * @member {string} message
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.message = "";

            /**
             * Status details.
             * @member {Array.<google.protobuf.Any.$Properties>} details
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.details = $util.emptyArray;

            /**
             * Creates a new Status instance using the specified properties.
             * @function create
             * @memberof google.rpc.Status
             * @static
             * @param {google.rpc.Status.$Properties=} [properties] Properties to set
             * @returns {google.rpc.Status} Status instance
             * @type {{
             *   (properties: google.rpc.Status.$Shape): google.rpc.Status & google.rpc.Status.$Shape;
             *   (properties?: google.rpc.Status.$Properties): google.rpc.Status;
             * }}
             */
            Status.create = function(properties) {
                return new Status(properties);
            };

            /**
             * Encodes the specified Status message. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @function encode
             * @memberof google.rpc.Status
             * @static
             * @param {google.rpc.Status.$Properties} message Status message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Status.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.details != null && message.details.length)
                    for (let i = 0; i < message.details.length; ++i)
                        $root.google.protobuf.Any.encode(message.details[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @function decode
             * @memberof google.rpc.Status
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.rpc.Status & google.rpc.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Status.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.rpc.Status();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.details && message.details.length))
                                message.details = [];
                            message.details.push($root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Status;
        })();

        return rpc;
    })();

    return google;
})();

export {
  $root as default
};
