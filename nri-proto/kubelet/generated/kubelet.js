/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const pluginregistration = $root.pluginregistration = (() => {

    /**
     * Namespace pluginregistration.
     * @exports pluginregistration
     * @namespace
     */
    const pluginregistration = {};

    pluginregistration.InfoRequest = (function() {

        /**
         * Properties of an InfoRequest.
         * @typedef {Object} pluginregistration.InfoRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an InfoRequest.
         * @memberof pluginregistration
         * @interface IInfoRequest
         * @augments pluginregistration.InfoRequest.$Properties
         * @deprecated Use pluginregistration.InfoRequest.$Properties instead.
         */

        /**
         * Shape of an InfoRequest.
         * @typedef {pluginregistration.InfoRequest.$Properties} pluginregistration.InfoRequest.$Shape
         */

        /**
         * Constructs a new InfoRequest.
         * @memberof pluginregistration
         * @classdesc Represents an InfoRequest.
         * @constructor
         * @param {pluginregistration.InfoRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const InfoRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new InfoRequest instance using the specified properties.
         * @function create
         * @memberof pluginregistration.InfoRequest
         * @static
         * @param {pluginregistration.InfoRequest.$Properties=} [properties] Properties to set
         * @returns {pluginregistration.InfoRequest} InfoRequest instance
         * @type {{
         *   (properties: pluginregistration.InfoRequest.$Shape): pluginregistration.InfoRequest & pluginregistration.InfoRequest.$Shape;
         *   (properties?: pluginregistration.InfoRequest.$Properties): pluginregistration.InfoRequest;
         * }}
         */
        InfoRequest.create = function(properties) {
            return new InfoRequest(properties);
        };

        /**
         * Encodes the specified InfoRequest message. Does not implicitly {@link pluginregistration.InfoRequest.verify|verify} messages.
         * @function encode
         * @memberof pluginregistration.InfoRequest
         * @static
         * @param {pluginregistration.InfoRequest.$Properties} message InfoRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InfoRequest.encode = function (message, writer, _depth) {
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
         * Decodes an InfoRequest message from the specified reader or buffer.
         * @function decode
         * @memberof pluginregistration.InfoRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {pluginregistration.InfoRequest & pluginregistration.InfoRequest.$Shape} InfoRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InfoRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.pluginregistration.InfoRequest();
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

        return InfoRequest;
    })();

    pluginregistration.PluginInfo = (function() {

        /**
         * Properties of a PluginInfo.
         * @typedef {Object} pluginregistration.PluginInfo.$Properties
         * @property {string|null} [type] PluginInfo type
         * @property {string|null} [name] PluginInfo name
         * @property {string|null} [endpoint] PluginInfo endpoint
         * @property {Array.<string>|null} [supported_versions] PluginInfo supported_versions
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PluginInfo.
         * @memberof pluginregistration
         * @interface IPluginInfo
         * @augments pluginregistration.PluginInfo.$Properties
         * @deprecated Use pluginregistration.PluginInfo.$Properties instead.
         */

        /**
         * Shape of a PluginInfo.
         * @typedef {pluginregistration.PluginInfo.$Properties} pluginregistration.PluginInfo.$Shape
         */

        /**
         * Constructs a new PluginInfo.
         * @memberof pluginregistration
         * @classdesc Represents a PluginInfo.
         * @constructor
         * @param {pluginregistration.PluginInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PluginInfo = function (properties) {
            this.supported_versions = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PluginInfo type.
         * @member {string} type
         * @memberof pluginregistration.PluginInfo
         * @instance
         */
        PluginInfo.prototype.type = "";

        /**
         * PluginInfo name.
         * @member {string} name
         * @memberof pluginregistration.PluginInfo
         * @instance
         */
        PluginInfo.prototype.name = "";

        /**
         * PluginInfo endpoint.
         * @member {string} endpoint
         * @memberof pluginregistration.PluginInfo
         * @instance
         */
        PluginInfo.prototype.endpoint = "";

        /**
         * PluginInfo supported_versions.
         * @member {Array.<string>} supported_versions
         * @memberof pluginregistration.PluginInfo
         * @instance
         */
        PluginInfo.prototype.supported_versions = $util.emptyArray;

        /**
         * Creates a new PluginInfo instance using the specified properties.
         * @function create
         * @memberof pluginregistration.PluginInfo
         * @static
         * @param {pluginregistration.PluginInfo.$Properties=} [properties] Properties to set
         * @returns {pluginregistration.PluginInfo} PluginInfo instance
         * @type {{
         *   (properties: pluginregistration.PluginInfo.$Shape): pluginregistration.PluginInfo & pluginregistration.PluginInfo.$Shape;
         *   (properties?: pluginregistration.PluginInfo.$Properties): pluginregistration.PluginInfo;
         * }}
         */
        PluginInfo.create = function(properties) {
            return new PluginInfo(properties);
        };

        /**
         * Encodes the specified PluginInfo message. Does not implicitly {@link pluginregistration.PluginInfo.verify|verify} messages.
         * @function encode
         * @memberof pluginregistration.PluginInfo
         * @static
         * @param {pluginregistration.PluginInfo.$Properties} message PluginInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PluginInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint") && message.endpoint !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.endpoint);
            if (message.supported_versions != null && message.supported_versions.length)
                for (let i = 0; i < message.supported_versions.length; ++i)
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.supported_versions[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PluginInfo message from the specified reader or buffer.
         * @function decode
         * @memberof pluginregistration.PluginInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {pluginregistration.PluginInfo & pluginregistration.PluginInfo.$Shape} PluginInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PluginInfo.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.pluginregistration.PluginInfo();
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
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.endpoint = value;
                        else
                            delete message.endpoint;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.supported_versions && message.supported_versions.length))
                            message.supported_versions = [];
                        message.supported_versions.push(reader.stringVerify());
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

        return PluginInfo;
    })();

    pluginregistration.RegistrationStatus = (function() {

        /**
         * Properties of a RegistrationStatus.
         * @typedef {Object} pluginregistration.RegistrationStatus.$Properties
         * @property {boolean|null} [plugin_registered] RegistrationStatus plugin_registered
         * @property {string|null} [error] RegistrationStatus error
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RegistrationStatus.
         * @memberof pluginregistration
         * @interface IRegistrationStatus
         * @augments pluginregistration.RegistrationStatus.$Properties
         * @deprecated Use pluginregistration.RegistrationStatus.$Properties instead.
         */

        /**
         * Shape of a RegistrationStatus.
         * @typedef {pluginregistration.RegistrationStatus.$Properties} pluginregistration.RegistrationStatus.$Shape
         */

        /**
         * Constructs a new RegistrationStatus.
         * @memberof pluginregistration
         * @classdesc Represents a RegistrationStatus.
         * @constructor
         * @param {pluginregistration.RegistrationStatus.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RegistrationStatus = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RegistrationStatus plugin_registered.
         * @member {boolean} plugin_registered
         * @memberof pluginregistration.RegistrationStatus
         * @instance
         */
        RegistrationStatus.prototype.plugin_registered = false;

        /**
         * RegistrationStatus error.
         * @member {string} error
         * @memberof pluginregistration.RegistrationStatus
         * @instance
         */
        RegistrationStatus.prototype.error = "";

        /**
         * Creates a new RegistrationStatus instance using the specified properties.
         * @function create
         * @memberof pluginregistration.RegistrationStatus
         * @static
         * @param {pluginregistration.RegistrationStatus.$Properties=} [properties] Properties to set
         * @returns {pluginregistration.RegistrationStatus} RegistrationStatus instance
         * @type {{
         *   (properties: pluginregistration.RegistrationStatus.$Shape): pluginregistration.RegistrationStatus & pluginregistration.RegistrationStatus.$Shape;
         *   (properties?: pluginregistration.RegistrationStatus.$Properties): pluginregistration.RegistrationStatus;
         * }}
         */
        RegistrationStatus.create = function(properties) {
            return new RegistrationStatus(properties);
        };

        /**
         * Encodes the specified RegistrationStatus message. Does not implicitly {@link pluginregistration.RegistrationStatus.verify|verify} messages.
         * @function encode
         * @memberof pluginregistration.RegistrationStatus
         * @static
         * @param {pluginregistration.RegistrationStatus.$Properties} message RegistrationStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RegistrationStatus.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.plugin_registered != null && $Object.hasOwnProperty.call(message, "plugin_registered") && message.plugin_registered !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.plugin_registered);
            if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.error);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RegistrationStatus message from the specified reader or buffer.
         * @function decode
         * @memberof pluginregistration.RegistrationStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {pluginregistration.RegistrationStatus & pluginregistration.RegistrationStatus.$Shape} RegistrationStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RegistrationStatus.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.pluginregistration.RegistrationStatus();
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
                        if (value = reader.bool())
                            message.plugin_registered = value;
                        else
                            delete message.plugin_registered;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.error = value;
                        else
                            delete message.error;
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

        return RegistrationStatus;
    })();

    pluginregistration.RegistrationStatusResponse = (function() {

        /**
         * Properties of a RegistrationStatusResponse.
         * @typedef {Object} pluginregistration.RegistrationStatusResponse.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RegistrationStatusResponse.
         * @memberof pluginregistration
         * @interface IRegistrationStatusResponse
         * @augments pluginregistration.RegistrationStatusResponse.$Properties
         * @deprecated Use pluginregistration.RegistrationStatusResponse.$Properties instead.
         */

        /**
         * Shape of a RegistrationStatusResponse.
         * @typedef {pluginregistration.RegistrationStatusResponse.$Properties} pluginregistration.RegistrationStatusResponse.$Shape
         */

        /**
         * Constructs a new RegistrationStatusResponse.
         * @memberof pluginregistration
         * @classdesc Represents a RegistrationStatusResponse.
         * @constructor
         * @param {pluginregistration.RegistrationStatusResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RegistrationStatusResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new RegistrationStatusResponse instance using the specified properties.
         * @function create
         * @memberof pluginregistration.RegistrationStatusResponse
         * @static
         * @param {pluginregistration.RegistrationStatusResponse.$Properties=} [properties] Properties to set
         * @returns {pluginregistration.RegistrationStatusResponse} RegistrationStatusResponse instance
         * @type {{
         *   (properties: pluginregistration.RegistrationStatusResponse.$Shape): pluginregistration.RegistrationStatusResponse & pluginregistration.RegistrationStatusResponse.$Shape;
         *   (properties?: pluginregistration.RegistrationStatusResponse.$Properties): pluginregistration.RegistrationStatusResponse;
         * }}
         */
        RegistrationStatusResponse.create = function(properties) {
            return new RegistrationStatusResponse(properties);
        };

        /**
         * Encodes the specified RegistrationStatusResponse message. Does not implicitly {@link pluginregistration.RegistrationStatusResponse.verify|verify} messages.
         * @function encode
         * @memberof pluginregistration.RegistrationStatusResponse
         * @static
         * @param {pluginregistration.RegistrationStatusResponse.$Properties} message RegistrationStatusResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RegistrationStatusResponse.encode = function (message, writer, _depth) {
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
         * Decodes a RegistrationStatusResponse message from the specified reader or buffer.
         * @function decode
         * @memberof pluginregistration.RegistrationStatusResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {pluginregistration.RegistrationStatusResponse & pluginregistration.RegistrationStatusResponse.$Shape} RegistrationStatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RegistrationStatusResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.pluginregistration.RegistrationStatusResponse();
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

        return RegistrationStatusResponse;
    })();

    return pluginregistration;
})();

export const k8s = $root.k8s = (() => {

    /**
     * Namespace k8s.
     * @exports k8s
     * @namespace
     */
    const k8s = {};

    k8s.io = (function() {

        /**
         * Namespace io.
         * @memberof k8s
         * @namespace
         */
        const io = {};

        io.kubelet = (function() {

            /**
             * Namespace kubelet.
             * @memberof k8s.io
             * @namespace
             */
            const kubelet = {};

            kubelet.pkg = (function() {

                /**
                 * Namespace pkg.
                 * @memberof k8s.io.kubelet
                 * @namespace
                 */
                const pkg = {};

                pkg.apis = (function() {

                    /**
                     * Namespace apis.
                     * @memberof k8s.io.kubelet.pkg
                     * @namespace
                     */
                    const apis = {};

                    apis.dra = (function() {

                        /**
                         * Namespace dra.
                         * @memberof k8s.io.kubelet.pkg.apis
                         * @namespace
                         */
                        const dra = {};

                        dra.v1 = (function() {

                            /**
                             * Namespace v1.
                             * @memberof k8s.io.kubelet.pkg.apis.dra
                             * @namespace
                             */
                            const v1 = {};

                            v1.Claim = (function() {

                                /**
                                 * Properties of a Claim.
                                 * @typedef {Object} k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties
                                 * @property {string|null} [namespace] Claim namespace
                                 * @property {string|null} [uid] Claim uid
                                 * @property {string|null} [name] Claim name
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */

                                /**
                                 * Properties of a Claim.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1
                                 * @interface IClaim
                                 * @augments k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties
                                 * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties instead.
                                 */

                                /**
                                 * Shape of a Claim.
                                 * @typedef {k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties} k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Shape
                                 */

                                /**
                                 * Constructs a new Claim.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1
                                 * @classdesc Represents a Claim.
                                 * @constructor
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties=} [properties] Properties to set
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */
                                const Claim = function (properties) {
                                    if (properties)
                                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                                this[keys[i]] = properties[keys[i]];
                                };

                                /**
                                 * Claim namespace.
                                 * @member {string} namespace
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.Claim
                                 * @instance
                                 */
                                Claim.prototype.namespace = "";

                                /**
                                 * Claim uid.
                                 * @member {string} uid
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.Claim
                                 * @instance
                                 */
                                Claim.prototype.uid = "";

                                /**
                                 * Claim name.
                                 * @member {string} name
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.Claim
                                 * @instance
                                 */
                                Claim.prototype.name = "";

                                /**
                                 * Creates a new Claim instance using the specified properties.
                                 * @function create
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.Claim
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties=} [properties] Properties to set
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.Claim} Claim instance
                                 * @type {{
                                 *   (properties: k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Shape): k8s.io.kubelet.pkg.apis.dra.v1.Claim & k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Shape;
                                 *   (properties?: k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties): k8s.io.kubelet.pkg.apis.dra.v1.Claim;
                                 * }}
                                 */
                                Claim.create = function(properties) {
                                    return new Claim(properties);
                                };

                                /**
                                 * Encodes the specified Claim message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1.Claim.verify|verify} messages.
                                 * @function encode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.Claim
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties} message Claim message or plain object to encode
                                 * @param {$protobuf.Writer} [writer] Writer to encode to
                                 * @returns {$protobuf.Writer} Writer
                                 */
                                Claim.encode = function (message, writer, _depth) {
                                    if (!writer)
                                        writer = $Writer.create();
                                    if (_depth === $undefined)
                                        _depth = 0;
                                    if (_depth > $util.recursionLimit)
                                        throw $Error("max depth exceeded");
                                    if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.namespace);
                                    if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.uid);
                                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                        for (let i = 0; i < message.$unknowns.length; ++i)
                                            writer.raw(message.$unknowns[i]);
                                    return writer;
                                };

                                /**
                                 * Decodes a Claim message from the specified reader or buffer.
                                 * @function decode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.Claim
                                 * @static
                                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                                 * @param {number} [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.Claim & k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Shape} Claim
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                Claim.decode = function (reader, length, _end, _depth, _target) {
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
                                    message = _target || new $root.k8s.io.kubelet.pkg.apis.dra.v1.Claim();
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
                                                    message.namespace = value;
                                                else
                                                    delete message.namespace;
                                                continue;
                                            }
                                        case 2: {
                                                if (wireType !== 2)
                                                    break;
                                                if ((value = reader.stringVerify()).length)
                                                    message.uid = value;
                                                else
                                                    delete message.uid;
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

                                return Claim;
                            })();

                            v1.NodePrepareResourcesRequest = (function() {

                                /**
                                 * Properties of a NodePrepareResourcesRequest.
                                 * @typedef {Object} k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Properties
                                 * @property {Array.<k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties>|null} [claims] NodePrepareResourcesRequest claims
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */

                                /**
                                 * Properties of a NodePrepareResourcesRequest.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1
                                 * @interface INodePrepareResourcesRequest
                                 * @augments k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Properties
                                 * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Properties instead.
                                 */

                                /**
                                 * Shape of a NodePrepareResourcesRequest.
                                 * @typedef {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Properties} k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Shape
                                 */

                                /**
                                 * Constructs a new NodePrepareResourcesRequest.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1
                                 * @classdesc Represents a NodePrepareResourcesRequest.
                                 * @constructor
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Properties=} [properties] Properties to set
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */
                                const NodePrepareResourcesRequest = function (properties) {
                                    this.claims = [];
                                    if (properties)
                                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                                this[keys[i]] = properties[keys[i]];
                                };

                                /**
                                 * NodePrepareResourcesRequest claims.
                                 * @member {Array.<k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties>} claims
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest
                                 * @instance
                                 */
                                NodePrepareResourcesRequest.prototype.claims = $util.emptyArray;

                                /**
                                 * Creates a new NodePrepareResourcesRequest instance using the specified properties.
                                 * @function create
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Properties=} [properties] Properties to set
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest} NodePrepareResourcesRequest instance
                                 * @type {{
                                 *   (properties: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Shape): k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Shape;
                                 *   (properties?: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Properties): k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest;
                                 * }}
                                 */
                                NodePrepareResourcesRequest.create = function(properties) {
                                    return new NodePrepareResourcesRequest(properties);
                                };

                                /**
                                 * Encodes the specified NodePrepareResourcesRequest message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.verify|verify} messages.
                                 * @function encode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Properties} message NodePrepareResourcesRequest message or plain object to encode
                                 * @param {$protobuf.Writer} [writer] Writer to encode to
                                 * @returns {$protobuf.Writer} Writer
                                 */
                                NodePrepareResourcesRequest.encode = function (message, writer, _depth) {
                                    if (!writer)
                                        writer = $Writer.create();
                                    if (_depth === $undefined)
                                        _depth = 0;
                                    if (_depth > $util.recursionLimit)
                                        throw $Error("max depth exceeded");
                                    if (message.claims != null && message.claims.length)
                                        for (let i = 0; i < message.claims.length; ++i)
                                            $root.k8s.io.kubelet.pkg.apis.dra.v1.Claim.encode(message.claims[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                        for (let i = 0; i < message.$unknowns.length; ++i)
                                            writer.raw(message.$unknowns[i]);
                                    return writer;
                                };

                                /**
                                 * Decodes a NodePrepareResourcesRequest message from the specified reader or buffer.
                                 * @function decode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest
                                 * @static
                                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                                 * @param {number} [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Shape} NodePrepareResourcesRequest
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                NodePrepareResourcesRequest.decode = function (reader, length, _end, _depth, _target) {
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
                                    message = _target || new $root.k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest();
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
                                                if (!(message.claims && message.claims.length))
                                                    message.claims = [];
                                                message.claims.push($root.k8s.io.kubelet.pkg.apis.dra.v1.Claim.decode(reader, reader.size(), $undefined, _depth + 1));
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

                                return NodePrepareResourcesRequest;
                            })();

                            v1.NodePrepareResourcesResponse = (function() {

                                /**
                                 * Properties of a NodePrepareResourcesResponse.
                                 * @typedef {Object} k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Properties
                                 * @property {Object.<string,k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Properties>|null} [claims] NodePrepareResourcesResponse claims
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */

                                /**
                                 * Properties of a NodePrepareResourcesResponse.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1
                                 * @interface INodePrepareResourcesResponse
                                 * @augments k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Properties
                                 * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Properties instead.
                                 */

                                /**
                                 * Shape of a NodePrepareResourcesResponse.
                                 * @typedef {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Properties} k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Shape
                                 */

                                /**
                                 * Constructs a new NodePrepareResourcesResponse.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1
                                 * @classdesc Represents a NodePrepareResourcesResponse.
                                 * @constructor
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Properties=} [properties] Properties to set
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */
                                const NodePrepareResourcesResponse = function (properties) {
                                    this.claims = {};
                                    if (properties)
                                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                                this[keys[i]] = properties[keys[i]];
                                };

                                /**
                                 * NodePrepareResourcesResponse claims.
                                 * @member {Object.<string,k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Properties>} claims
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse
                                 * @instance
                                 */
                                NodePrepareResourcesResponse.prototype.claims = $util.emptyObject;

                                /**
                                 * Creates a new NodePrepareResourcesResponse instance using the specified properties.
                                 * @function create
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Properties=} [properties] Properties to set
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse} NodePrepareResourcesResponse instance
                                 * @type {{
                                 *   (properties: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Shape): k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Shape;
                                 *   (properties?: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Properties): k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse;
                                 * }}
                                 */
                                NodePrepareResourcesResponse.create = function(properties) {
                                    return new NodePrepareResourcesResponse(properties);
                                };

                                /**
                                 * Encodes the specified NodePrepareResourcesResponse message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.verify|verify} messages.
                                 * @function encode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Properties} message NodePrepareResourcesResponse message or plain object to encode
                                 * @param {$protobuf.Writer} [writer] Writer to encode to
                                 * @returns {$protobuf.Writer} Writer
                                 */
                                NodePrepareResourcesResponse.encode = function (message, writer, _depth) {
                                    if (!writer)
                                        writer = $Writer.create();
                                    if (_depth === $undefined)
                                        _depth = 0;
                                    if (_depth > $util.recursionLimit)
                                        throw $Error("max depth exceeded");
                                    if (message.claims != null && $Object.hasOwnProperty.call(message, "claims"))
                                        for (let keys = $Object.keys(message.claims), i = 0; i < keys.length; ++i) {
                                            writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                                            $root.k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.encode(message.claims[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                                        }
                                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                        for (let i = 0; i < message.$unknowns.length; ++i)
                                            writer.raw(message.$unknowns[i]);
                                    return writer;
                                };

                                /**
                                 * Decodes a NodePrepareResourcesResponse message from the specified reader or buffer.
                                 * @function decode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse
                                 * @static
                                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                                 * @param {number} [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Shape} NodePrepareResourcesResponse
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                NodePrepareResourcesResponse.decode = function (reader, length, _end, _depth, _target) {
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
                                    message = _target || new $root.k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse();
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
                                                if (message.claims === $util.emptyObject)
                                                    message.claims = {};
                                                let end2 = reader.size() + reader.pos;
                                                if (end2 > reader.len)
                                                    throw $RangeError("index out of range");
                                                reader.len = end2;
                                                key = "";
                                                value = null;
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
                                                        value = $root.k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                                        continue;
                                                    }
                                                    reader.skipType(wireType, _depth, tag2);
                                                }
                                                if (reader.pos !== end2)
                                                    throw $RangeError("index out of range");
                                                reader.len = end;
                                                if (key === "__proto__")
                                                    $util.makeProp(message.claims, key);
                                                message.claims[key] = value || new $root.k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse();
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

                                return NodePrepareResourcesResponse;
                            })();

                            v1.NodePrepareResourceResponse = (function() {

                                /**
                                 * Properties of a NodePrepareResourceResponse.
                                 * @typedef {Object} k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Properties
                                 * @property {Array.<k8s.io.kubelet.pkg.apis.dra.v1.Device.$Properties>|null} [devices] NodePrepareResourceResponse devices
                                 * @property {string|null} [error] NodePrepareResourceResponse error
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */

                                /**
                                 * Properties of a NodePrepareResourceResponse.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1
                                 * @interface INodePrepareResourceResponse
                                 * @augments k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Properties
                                 * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Properties instead.
                                 */

                                /**
                                 * Shape of a NodePrepareResourceResponse.
                                 * @typedef {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Properties} k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Shape
                                 */

                                /**
                                 * Constructs a new NodePrepareResourceResponse.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1
                                 * @classdesc Represents a NodePrepareResourceResponse.
                                 * @constructor
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Properties=} [properties] Properties to set
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */
                                const NodePrepareResourceResponse = function (properties) {
                                    this.devices = [];
                                    if (properties)
                                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                                this[keys[i]] = properties[keys[i]];
                                };

                                /**
                                 * NodePrepareResourceResponse devices.
                                 * @member {Array.<k8s.io.kubelet.pkg.apis.dra.v1.Device.$Properties>} devices
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse
                                 * @instance
                                 */
                                NodePrepareResourceResponse.prototype.devices = $util.emptyArray;

                                /**
                                 * NodePrepareResourceResponse error.
                                 * @member {string} error
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse
                                 * @instance
                                 */
                                NodePrepareResourceResponse.prototype.error = "";

                                /**
                                 * Creates a new NodePrepareResourceResponse instance using the specified properties.
                                 * @function create
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Properties=} [properties] Properties to set
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse} NodePrepareResourceResponse instance
                                 * @type {{
                                 *   (properties: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Shape): k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Shape;
                                 *   (properties?: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Properties): k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse;
                                 * }}
                                 */
                                NodePrepareResourceResponse.create = function(properties) {
                                    return new NodePrepareResourceResponse(properties);
                                };

                                /**
                                 * Encodes the specified NodePrepareResourceResponse message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.verify|verify} messages.
                                 * @function encode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Properties} message NodePrepareResourceResponse message or plain object to encode
                                 * @param {$protobuf.Writer} [writer] Writer to encode to
                                 * @returns {$protobuf.Writer} Writer
                                 */
                                NodePrepareResourceResponse.encode = function (message, writer, _depth) {
                                    if (!writer)
                                        writer = $Writer.create();
                                    if (_depth === $undefined)
                                        _depth = 0;
                                    if (_depth > $util.recursionLimit)
                                        throw $Error("max depth exceeded");
                                    if (message.devices != null && message.devices.length)
                                        for (let i = 0; i < message.devices.length; ++i)
                                            $root.k8s.io.kubelet.pkg.apis.dra.v1.Device.encode(message.devices[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                                    if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.error);
                                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                        for (let i = 0; i < message.$unknowns.length; ++i)
                                            writer.raw(message.$unknowns[i]);
                                    return writer;
                                };

                                /**
                                 * Decodes a NodePrepareResourceResponse message from the specified reader or buffer.
                                 * @function decode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse
                                 * @static
                                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                                 * @param {number} [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Shape} NodePrepareResourceResponse
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                NodePrepareResourceResponse.decode = function (reader, length, _end, _depth, _target) {
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
                                    message = _target || new $root.k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse();
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
                                                message.devices.push($root.k8s.io.kubelet.pkg.apis.dra.v1.Device.decode(reader, reader.size(), $undefined, _depth + 1));
                                                continue;
                                            }
                                        case 2: {
                                                if (wireType !== 2)
                                                    break;
                                                if ((value = reader.stringVerify()).length)
                                                    message.error = value;
                                                else
                                                    delete message.error;
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

                                return NodePrepareResourceResponse;
                            })();

                            v1.Device = (function() {

                                /**
                                 * Properties of a Device.
                                 * @typedef {Object} k8s.io.kubelet.pkg.apis.dra.v1.Device.$Properties
                                 * @property {Array.<string>|null} [request_names] Device request_names
                                 * @property {string|null} [pool_name] Device pool_name
                                 * @property {string|null} [device_name] Device device_name
                                 * @property {Array.<string>|null} [cdi_device_ids] Device cdi_device_ids
                                 * @property {string|null} [share_id] Device share_id
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */

                                /**
                                 * Properties of a Device.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1
                                 * @interface IDevice
                                 * @augments k8s.io.kubelet.pkg.apis.dra.v1.Device.$Properties
                                 * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1.Device.$Properties instead.
                                 */

                                /**
                                 * Shape of a Device.
                                 * @typedef {k8s.io.kubelet.pkg.apis.dra.v1.Device.$Properties} k8s.io.kubelet.pkg.apis.dra.v1.Device.$Shape
                                 */

                                /**
                                 * Constructs a new Device.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1
                                 * @classdesc Represents a Device.
                                 * @constructor
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.Device.$Properties=} [properties] Properties to set
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */
                                const Device = function (properties) {
                                    this.request_names = [];
                                    this.cdi_device_ids = [];
                                    if (properties)
                                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                                this[keys[i]] = properties[keys[i]];
                                };

                                /**
                                 * Device request_names.
                                 * @member {Array.<string>} request_names
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.Device
                                 * @instance
                                 */
                                Device.prototype.request_names = $util.emptyArray;

                                /**
                                 * Device pool_name.
                                 * @member {string} pool_name
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.Device
                                 * @instance
                                 */
                                Device.prototype.pool_name = "";

                                /**
                                 * Device device_name.
                                 * @member {string} device_name
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.Device
                                 * @instance
                                 */
                                Device.prototype.device_name = "";

                                /**
                                 * Device cdi_device_ids.
                                 * @member {Array.<string>} cdi_device_ids
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.Device
                                 * @instance
                                 */
                                Device.prototype.cdi_device_ids = $util.emptyArray;

                                /**
                                 * Device share_id.
                                 * @member {string|null|undefined} share_id
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.Device
                                 * @instance
                                 */
                                Device.prototype.share_id = null;

                                // OneOf field names bound to virtual getters and setters
                                let $oneOfFields;

                                // Virtual OneOf for proto3 optional field
                                $Object.defineProperty(Device.prototype, "_share_id", {
                                    get: $util.oneOfGetter($oneOfFields = ["share_id"]),
                                    set: $util.oneOfSetter($oneOfFields)
                                });

                                /**
                                 * Creates a new Device instance using the specified properties.
                                 * @function create
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.Device
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.Device.$Properties=} [properties] Properties to set
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.Device} Device instance
                                 * @type {{
                                 *   (properties: k8s.io.kubelet.pkg.apis.dra.v1.Device.$Shape): k8s.io.kubelet.pkg.apis.dra.v1.Device & k8s.io.kubelet.pkg.apis.dra.v1.Device.$Shape;
                                 *   (properties?: k8s.io.kubelet.pkg.apis.dra.v1.Device.$Properties): k8s.io.kubelet.pkg.apis.dra.v1.Device;
                                 * }}
                                 */
                                Device.create = function(properties) {
                                    return new Device(properties);
                                };

                                /**
                                 * Encodes the specified Device message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1.Device.verify|verify} messages.
                                 * @function encode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.Device
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.Device.$Properties} message Device message or plain object to encode
                                 * @param {$protobuf.Writer} [writer] Writer to encode to
                                 * @returns {$protobuf.Writer} Writer
                                 */
                                Device.encode = function (message, writer, _depth) {
                                    if (!writer)
                                        writer = $Writer.create();
                                    if (_depth === $undefined)
                                        _depth = 0;
                                    if (_depth > $util.recursionLimit)
                                        throw $Error("max depth exceeded");
                                    if (message.request_names != null && message.request_names.length)
                                        for (let i = 0; i < message.request_names.length; ++i)
                                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.request_names[i]);
                                    if (message.pool_name != null && $Object.hasOwnProperty.call(message, "pool_name") && message.pool_name !== "")
                                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.pool_name);
                                    if (message.device_name != null && $Object.hasOwnProperty.call(message, "device_name") && message.device_name !== "")
                                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.device_name);
                                    if (message.cdi_device_ids != null && message.cdi_device_ids.length)
                                        for (let i = 0; i < message.cdi_device_ids.length; ++i)
                                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.cdi_device_ids[i]);
                                    if (message.share_id != null && $Object.hasOwnProperty.call(message, "share_id"))
                                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.share_id);
                                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                        for (let i = 0; i < message.$unknowns.length; ++i)
                                            writer.raw(message.$unknowns[i]);
                                    return writer;
                                };

                                /**
                                 * Decodes a Device message from the specified reader or buffer.
                                 * @function decode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.Device
                                 * @static
                                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                                 * @param {number} [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.Device & k8s.io.kubelet.pkg.apis.dra.v1.Device.$Shape} Device
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                Device.decode = function (reader, length, _end, _depth, _target) {
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
                                    message = _target || new $root.k8s.io.kubelet.pkg.apis.dra.v1.Device();
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
                                                if (!(message.request_names && message.request_names.length))
                                                    message.request_names = [];
                                                message.request_names.push(reader.stringVerify());
                                                continue;
                                            }
                                        case 2: {
                                                if (wireType !== 2)
                                                    break;
                                                if ((value = reader.stringVerify()).length)
                                                    message.pool_name = value;
                                                else
                                                    delete message.pool_name;
                                                continue;
                                            }
                                        case 3: {
                                                if (wireType !== 2)
                                                    break;
                                                if ((value = reader.stringVerify()).length)
                                                    message.device_name = value;
                                                else
                                                    delete message.device_name;
                                                continue;
                                            }
                                        case 4: {
                                                if (wireType !== 2)
                                                    break;
                                                if (!(message.cdi_device_ids && message.cdi_device_ids.length))
                                                    message.cdi_device_ids = [];
                                                message.cdi_device_ids.push(reader.stringVerify());
                                                continue;
                                            }
                                        case 5: {
                                                if (wireType !== 2)
                                                    break;
                                                message.share_id = reader.stringVerify();
                                                message._share_id = "share_id";
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

                                return Device;
                            })();

                            v1.NodeUnprepareResourcesRequest = (function() {

                                /**
                                 * Properties of a NodeUnprepareResourcesRequest.
                                 * @typedef {Object} k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Properties
                                 * @property {Array.<k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties>|null} [claims] NodeUnprepareResourcesRequest claims
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */

                                /**
                                 * Properties of a NodeUnprepareResourcesRequest.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1
                                 * @interface INodeUnprepareResourcesRequest
                                 * @augments k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Properties
                                 * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Properties instead.
                                 */

                                /**
                                 * Shape of a NodeUnprepareResourcesRequest.
                                 * @typedef {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Properties} k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Shape
                                 */

                                /**
                                 * Constructs a new NodeUnprepareResourcesRequest.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1
                                 * @classdesc Represents a NodeUnprepareResourcesRequest.
                                 * @constructor
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Properties=} [properties] Properties to set
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */
                                const NodeUnprepareResourcesRequest = function (properties) {
                                    this.claims = [];
                                    if (properties)
                                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                                this[keys[i]] = properties[keys[i]];
                                };

                                /**
                                 * NodeUnprepareResourcesRequest claims.
                                 * @member {Array.<k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties>} claims
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest
                                 * @instance
                                 */
                                NodeUnprepareResourcesRequest.prototype.claims = $util.emptyArray;

                                /**
                                 * Creates a new NodeUnprepareResourcesRequest instance using the specified properties.
                                 * @function create
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Properties=} [properties] Properties to set
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest} NodeUnprepareResourcesRequest instance
                                 * @type {{
                                 *   (properties: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Shape): k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Shape;
                                 *   (properties?: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Properties): k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest;
                                 * }}
                                 */
                                NodeUnprepareResourcesRequest.create = function(properties) {
                                    return new NodeUnprepareResourcesRequest(properties);
                                };

                                /**
                                 * Encodes the specified NodeUnprepareResourcesRequest message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.verify|verify} messages.
                                 * @function encode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Properties} message NodeUnprepareResourcesRequest message or plain object to encode
                                 * @param {$protobuf.Writer} [writer] Writer to encode to
                                 * @returns {$protobuf.Writer} Writer
                                 */
                                NodeUnprepareResourcesRequest.encode = function (message, writer, _depth) {
                                    if (!writer)
                                        writer = $Writer.create();
                                    if (_depth === $undefined)
                                        _depth = 0;
                                    if (_depth > $util.recursionLimit)
                                        throw $Error("max depth exceeded");
                                    if (message.claims != null && message.claims.length)
                                        for (let i = 0; i < message.claims.length; ++i)
                                            $root.k8s.io.kubelet.pkg.apis.dra.v1.Claim.encode(message.claims[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                        for (let i = 0; i < message.$unknowns.length; ++i)
                                            writer.raw(message.$unknowns[i]);
                                    return writer;
                                };

                                /**
                                 * Decodes a NodeUnprepareResourcesRequest message from the specified reader or buffer.
                                 * @function decode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest
                                 * @static
                                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                                 * @param {number} [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Shape} NodeUnprepareResourcesRequest
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                NodeUnprepareResourcesRequest.decode = function (reader, length, _end, _depth, _target) {
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
                                    message = _target || new $root.k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest();
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
                                                if (!(message.claims && message.claims.length))
                                                    message.claims = [];
                                                message.claims.push($root.k8s.io.kubelet.pkg.apis.dra.v1.Claim.decode(reader, reader.size(), $undefined, _depth + 1));
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

                                return NodeUnprepareResourcesRequest;
                            })();

                            v1.NodeUnprepareResourcesResponse = (function() {

                                /**
                                 * Properties of a NodeUnprepareResourcesResponse.
                                 * @typedef {Object} k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Properties
                                 * @property {Object.<string,k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Properties>|null} [claims] NodeUnprepareResourcesResponse claims
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */

                                /**
                                 * Properties of a NodeUnprepareResourcesResponse.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1
                                 * @interface INodeUnprepareResourcesResponse
                                 * @augments k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Properties
                                 * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Properties instead.
                                 */

                                /**
                                 * Shape of a NodeUnprepareResourcesResponse.
                                 * @typedef {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Properties} k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Shape
                                 */

                                /**
                                 * Constructs a new NodeUnprepareResourcesResponse.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1
                                 * @classdesc Represents a NodeUnprepareResourcesResponse.
                                 * @constructor
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Properties=} [properties] Properties to set
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */
                                const NodeUnprepareResourcesResponse = function (properties) {
                                    this.claims = {};
                                    if (properties)
                                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                                this[keys[i]] = properties[keys[i]];
                                };

                                /**
                                 * NodeUnprepareResourcesResponse claims.
                                 * @member {Object.<string,k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Properties>} claims
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse
                                 * @instance
                                 */
                                NodeUnprepareResourcesResponse.prototype.claims = $util.emptyObject;

                                /**
                                 * Creates a new NodeUnprepareResourcesResponse instance using the specified properties.
                                 * @function create
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Properties=} [properties] Properties to set
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse} NodeUnprepareResourcesResponse instance
                                 * @type {{
                                 *   (properties: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Shape): k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Shape;
                                 *   (properties?: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Properties): k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse;
                                 * }}
                                 */
                                NodeUnprepareResourcesResponse.create = function(properties) {
                                    return new NodeUnprepareResourcesResponse(properties);
                                };

                                /**
                                 * Encodes the specified NodeUnprepareResourcesResponse message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.verify|verify} messages.
                                 * @function encode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Properties} message NodeUnprepareResourcesResponse message or plain object to encode
                                 * @param {$protobuf.Writer} [writer] Writer to encode to
                                 * @returns {$protobuf.Writer} Writer
                                 */
                                NodeUnprepareResourcesResponse.encode = function (message, writer, _depth) {
                                    if (!writer)
                                        writer = $Writer.create();
                                    if (_depth === $undefined)
                                        _depth = 0;
                                    if (_depth > $util.recursionLimit)
                                        throw $Error("max depth exceeded");
                                    if (message.claims != null && $Object.hasOwnProperty.call(message, "claims"))
                                        for (let keys = $Object.keys(message.claims), i = 0; i < keys.length; ++i) {
                                            writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                                            $root.k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.encode(message.claims[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                                        }
                                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                        for (let i = 0; i < message.$unknowns.length; ++i)
                                            writer.raw(message.$unknowns[i]);
                                    return writer;
                                };

                                /**
                                 * Decodes a NodeUnprepareResourcesResponse message from the specified reader or buffer.
                                 * @function decode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse
                                 * @static
                                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                                 * @param {number} [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Shape} NodeUnprepareResourcesResponse
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                NodeUnprepareResourcesResponse.decode = function (reader, length, _end, _depth, _target) {
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
                                    message = _target || new $root.k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse();
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
                                                if (message.claims === $util.emptyObject)
                                                    message.claims = {};
                                                let end2 = reader.size() + reader.pos;
                                                if (end2 > reader.len)
                                                    throw $RangeError("index out of range");
                                                reader.len = end2;
                                                key = "";
                                                value = null;
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
                                                        value = $root.k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                                        continue;
                                                    }
                                                    reader.skipType(wireType, _depth, tag2);
                                                }
                                                if (reader.pos !== end2)
                                                    throw $RangeError("index out of range");
                                                reader.len = end;
                                                if (key === "__proto__")
                                                    $util.makeProp(message.claims, key);
                                                message.claims[key] = value || new $root.k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse();
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

                                return NodeUnprepareResourcesResponse;
                            })();

                            v1.NodeUnprepareResourceResponse = (function() {

                                /**
                                 * Properties of a NodeUnprepareResourceResponse.
                                 * @typedef {Object} k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Properties
                                 * @property {string|null} [error] NodeUnprepareResourceResponse error
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */

                                /**
                                 * Properties of a NodeUnprepareResourceResponse.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1
                                 * @interface INodeUnprepareResourceResponse
                                 * @augments k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Properties
                                 * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Properties instead.
                                 */

                                /**
                                 * Shape of a NodeUnprepareResourceResponse.
                                 * @typedef {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Properties} k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Shape
                                 */

                                /**
                                 * Constructs a new NodeUnprepareResourceResponse.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1
                                 * @classdesc Represents a NodeUnprepareResourceResponse.
                                 * @constructor
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Properties=} [properties] Properties to set
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */
                                const NodeUnprepareResourceResponse = function (properties) {
                                    if (properties)
                                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                                this[keys[i]] = properties[keys[i]];
                                };

                                /**
                                 * NodeUnprepareResourceResponse error.
                                 * @member {string} error
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse
                                 * @instance
                                 */
                                NodeUnprepareResourceResponse.prototype.error = "";

                                /**
                                 * Creates a new NodeUnprepareResourceResponse instance using the specified properties.
                                 * @function create
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Properties=} [properties] Properties to set
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse} NodeUnprepareResourceResponse instance
                                 * @type {{
                                 *   (properties: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Shape): k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Shape;
                                 *   (properties?: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Properties): k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse;
                                 * }}
                                 */
                                NodeUnprepareResourceResponse.create = function(properties) {
                                    return new NodeUnprepareResourceResponse(properties);
                                };

                                /**
                                 * Encodes the specified NodeUnprepareResourceResponse message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.verify|verify} messages.
                                 * @function encode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Properties} message NodeUnprepareResourceResponse message or plain object to encode
                                 * @param {$protobuf.Writer} [writer] Writer to encode to
                                 * @returns {$protobuf.Writer} Writer
                                 */
                                NodeUnprepareResourceResponse.encode = function (message, writer, _depth) {
                                    if (!writer)
                                        writer = $Writer.create();
                                    if (_depth === $undefined)
                                        _depth = 0;
                                    if (_depth > $util.recursionLimit)
                                        throw $Error("max depth exceeded");
                                    if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.error);
                                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                        for (let i = 0; i < message.$unknowns.length; ++i)
                                            writer.raw(message.$unknowns[i]);
                                    return writer;
                                };

                                /**
                                 * Decodes a NodeUnprepareResourceResponse message from the specified reader or buffer.
                                 * @function decode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse
                                 * @static
                                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                                 * @param {number} [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Shape} NodeUnprepareResourceResponse
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                NodeUnprepareResourceResponse.decode = function (reader, length, _end, _depth, _target) {
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
                                    message = _target || new $root.k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse();
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
                                                    message.error = value;
                                                else
                                                    delete message.error;
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

                                return NodeUnprepareResourceResponse;
                            })();

                            return v1;
                        })();

                        dra.v1beta1 = (function() {

                            /**
                             * Namespace v1beta1.
                             * @memberof k8s.io.kubelet.pkg.apis.dra
                             * @namespace
                             */
                            const v1beta1 = {};

                            v1beta1.Claim = (function() {

                                /**
                                 * Properties of a Claim.
                                 * @typedef {Object} k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties
                                 * @property {string|null} [namespace] Claim namespace
                                 * @property {string|null} [uid] Claim uid
                                 * @property {string|null} [name] Claim name
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */

                                /**
                                 * Properties of a Claim.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1
                                 * @interface IClaim
                                 * @augments k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties
                                 * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties instead.
                                 */

                                /**
                                 * Shape of a Claim.
                                 * @typedef {k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties} k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Shape
                                 */

                                /**
                                 * Constructs a new Claim.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1
                                 * @classdesc Represents a Claim.
                                 * @constructor
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties=} [properties] Properties to set
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */
                                const Claim = function (properties) {
                                    if (properties)
                                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                                this[keys[i]] = properties[keys[i]];
                                };

                                /**
                                 * Claim namespace.
                                 * @member {string} namespace
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim
                                 * @instance
                                 */
                                Claim.prototype.namespace = "";

                                /**
                                 * Claim uid.
                                 * @member {string} uid
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim
                                 * @instance
                                 */
                                Claim.prototype.uid = "";

                                /**
                                 * Claim name.
                                 * @member {string} name
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim
                                 * @instance
                                 */
                                Claim.prototype.name = "";

                                /**
                                 * Creates a new Claim instance using the specified properties.
                                 * @function create
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties=} [properties] Properties to set
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim} Claim instance
                                 * @type {{
                                 *   (properties: k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Shape): k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim & k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Shape;
                                 *   (properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties): k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim;
                                 * }}
                                 */
                                Claim.create = function(properties) {
                                    return new Claim(properties);
                                };

                                /**
                                 * Encodes the specified Claim message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.verify|verify} messages.
                                 * @function encode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties} message Claim message or plain object to encode
                                 * @param {$protobuf.Writer} [writer] Writer to encode to
                                 * @returns {$protobuf.Writer} Writer
                                 */
                                Claim.encode = function (message, writer, _depth) {
                                    if (!writer)
                                        writer = $Writer.create();
                                    if (_depth === $undefined)
                                        _depth = 0;
                                    if (_depth > $util.recursionLimit)
                                        throw $Error("max depth exceeded");
                                    if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.namespace);
                                    if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.uid);
                                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                        for (let i = 0; i < message.$unknowns.length; ++i)
                                            writer.raw(message.$unknowns[i]);
                                    return writer;
                                };

                                /**
                                 * Decodes a Claim message from the specified reader or buffer.
                                 * @function decode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim
                                 * @static
                                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                                 * @param {number} [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim & k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Shape} Claim
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                Claim.decode = function (reader, length, _end, _depth, _target) {
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
                                    message = _target || new $root.k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim();
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
                                                    message.namespace = value;
                                                else
                                                    delete message.namespace;
                                                continue;
                                            }
                                        case 2: {
                                                if (wireType !== 2)
                                                    break;
                                                if ((value = reader.stringVerify()).length)
                                                    message.uid = value;
                                                else
                                                    delete message.uid;
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

                                return Claim;
                            })();

                            v1beta1.NodePrepareResourcesRequest = (function() {

                                /**
                                 * Properties of a NodePrepareResourcesRequest.
                                 * @typedef {Object} k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Properties
                                 * @property {Array.<k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties>|null} [claims] NodePrepareResourcesRequest claims
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */

                                /**
                                 * Properties of a NodePrepareResourcesRequest.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1
                                 * @interface INodePrepareResourcesRequest
                                 * @augments k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Properties
                                 * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Properties instead.
                                 */

                                /**
                                 * Shape of a NodePrepareResourcesRequest.
                                 * @typedef {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Properties} k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Shape
                                 */

                                /**
                                 * Constructs a new NodePrepareResourcesRequest.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1
                                 * @classdesc Represents a NodePrepareResourcesRequest.
                                 * @constructor
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Properties=} [properties] Properties to set
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */
                                const NodePrepareResourcesRequest = function (properties) {
                                    this.claims = [];
                                    if (properties)
                                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                                this[keys[i]] = properties[keys[i]];
                                };

                                /**
                                 * NodePrepareResourcesRequest claims.
                                 * @member {Array.<k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties>} claims
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest
                                 * @instance
                                 */
                                NodePrepareResourcesRequest.prototype.claims = $util.emptyArray;

                                /**
                                 * Creates a new NodePrepareResourcesRequest instance using the specified properties.
                                 * @function create
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Properties=} [properties] Properties to set
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest} NodePrepareResourcesRequest instance
                                 * @type {{
                                 *   (properties: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Shape): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Shape;
                                 *   (properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Properties): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest;
                                 * }}
                                 */
                                NodePrepareResourcesRequest.create = function(properties) {
                                    return new NodePrepareResourcesRequest(properties);
                                };

                                /**
                                 * Encodes the specified NodePrepareResourcesRequest message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.verify|verify} messages.
                                 * @function encode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Properties} message NodePrepareResourcesRequest message or plain object to encode
                                 * @param {$protobuf.Writer} [writer] Writer to encode to
                                 * @returns {$protobuf.Writer} Writer
                                 */
                                NodePrepareResourcesRequest.encode = function (message, writer, _depth) {
                                    if (!writer)
                                        writer = $Writer.create();
                                    if (_depth === $undefined)
                                        _depth = 0;
                                    if (_depth > $util.recursionLimit)
                                        throw $Error("max depth exceeded");
                                    if (message.claims != null && message.claims.length)
                                        for (let i = 0; i < message.claims.length; ++i)
                                            $root.k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.encode(message.claims[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                        for (let i = 0; i < message.$unknowns.length; ++i)
                                            writer.raw(message.$unknowns[i]);
                                    return writer;
                                };

                                /**
                                 * Decodes a NodePrepareResourcesRequest message from the specified reader or buffer.
                                 * @function decode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest
                                 * @static
                                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                                 * @param {number} [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Shape} NodePrepareResourcesRequest
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                NodePrepareResourcesRequest.decode = function (reader, length, _end, _depth, _target) {
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
                                    message = _target || new $root.k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest();
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
                                                if (!(message.claims && message.claims.length))
                                                    message.claims = [];
                                                message.claims.push($root.k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.decode(reader, reader.size(), $undefined, _depth + 1));
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

                                return NodePrepareResourcesRequest;
                            })();

                            v1beta1.NodePrepareResourcesResponse = (function() {

                                /**
                                 * Properties of a NodePrepareResourcesResponse.
                                 * @typedef {Object} k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Properties
                                 * @property {Object.<string,k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Properties>|null} [claims] NodePrepareResourcesResponse claims
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */

                                /**
                                 * Properties of a NodePrepareResourcesResponse.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1
                                 * @interface INodePrepareResourcesResponse
                                 * @augments k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Properties
                                 * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Properties instead.
                                 */

                                /**
                                 * Shape of a NodePrepareResourcesResponse.
                                 * @typedef {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Properties} k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Shape
                                 */

                                /**
                                 * Constructs a new NodePrepareResourcesResponse.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1
                                 * @classdesc Represents a NodePrepareResourcesResponse.
                                 * @constructor
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Properties=} [properties] Properties to set
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */
                                const NodePrepareResourcesResponse = function (properties) {
                                    this.claims = {};
                                    if (properties)
                                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                                this[keys[i]] = properties[keys[i]];
                                };

                                /**
                                 * NodePrepareResourcesResponse claims.
                                 * @member {Object.<string,k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Properties>} claims
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse
                                 * @instance
                                 */
                                NodePrepareResourcesResponse.prototype.claims = $util.emptyObject;

                                /**
                                 * Creates a new NodePrepareResourcesResponse instance using the specified properties.
                                 * @function create
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Properties=} [properties] Properties to set
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse} NodePrepareResourcesResponse instance
                                 * @type {{
                                 *   (properties: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Shape): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Shape;
                                 *   (properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Properties): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse;
                                 * }}
                                 */
                                NodePrepareResourcesResponse.create = function(properties) {
                                    return new NodePrepareResourcesResponse(properties);
                                };

                                /**
                                 * Encodes the specified NodePrepareResourcesResponse message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.verify|verify} messages.
                                 * @function encode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Properties} message NodePrepareResourcesResponse message or plain object to encode
                                 * @param {$protobuf.Writer} [writer] Writer to encode to
                                 * @returns {$protobuf.Writer} Writer
                                 */
                                NodePrepareResourcesResponse.encode = function (message, writer, _depth) {
                                    if (!writer)
                                        writer = $Writer.create();
                                    if (_depth === $undefined)
                                        _depth = 0;
                                    if (_depth > $util.recursionLimit)
                                        throw $Error("max depth exceeded");
                                    if (message.claims != null && $Object.hasOwnProperty.call(message, "claims"))
                                        for (let keys = $Object.keys(message.claims), i = 0; i < keys.length; ++i) {
                                            writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                                            $root.k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.encode(message.claims[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                                        }
                                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                        for (let i = 0; i < message.$unknowns.length; ++i)
                                            writer.raw(message.$unknowns[i]);
                                    return writer;
                                };

                                /**
                                 * Decodes a NodePrepareResourcesResponse message from the specified reader or buffer.
                                 * @function decode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse
                                 * @static
                                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                                 * @param {number} [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Shape} NodePrepareResourcesResponse
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                NodePrepareResourcesResponse.decode = function (reader, length, _end, _depth, _target) {
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
                                    message = _target || new $root.k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse();
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
                                                if (message.claims === $util.emptyObject)
                                                    message.claims = {};
                                                let end2 = reader.size() + reader.pos;
                                                if (end2 > reader.len)
                                                    throw $RangeError("index out of range");
                                                reader.len = end2;
                                                key = "";
                                                value = null;
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
                                                        value = $root.k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                                        continue;
                                                    }
                                                    reader.skipType(wireType, _depth, tag2);
                                                }
                                                if (reader.pos !== end2)
                                                    throw $RangeError("index out of range");
                                                reader.len = end;
                                                if (key === "__proto__")
                                                    $util.makeProp(message.claims, key);
                                                message.claims[key] = value || new $root.k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse();
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

                                return NodePrepareResourcesResponse;
                            })();

                            v1beta1.NodePrepareResourceResponse = (function() {

                                /**
                                 * Properties of a NodePrepareResourceResponse.
                                 * @typedef {Object} k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Properties
                                 * @property {Array.<k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Properties>|null} [devices] NodePrepareResourceResponse devices
                                 * @property {string|null} [error] NodePrepareResourceResponse error
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */

                                /**
                                 * Properties of a NodePrepareResourceResponse.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1
                                 * @interface INodePrepareResourceResponse
                                 * @augments k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Properties
                                 * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Properties instead.
                                 */

                                /**
                                 * Shape of a NodePrepareResourceResponse.
                                 * @typedef {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Properties} k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Shape
                                 */

                                /**
                                 * Constructs a new NodePrepareResourceResponse.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1
                                 * @classdesc Represents a NodePrepareResourceResponse.
                                 * @constructor
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Properties=} [properties] Properties to set
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */
                                const NodePrepareResourceResponse = function (properties) {
                                    this.devices = [];
                                    if (properties)
                                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                                this[keys[i]] = properties[keys[i]];
                                };

                                /**
                                 * NodePrepareResourceResponse devices.
                                 * @member {Array.<k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Properties>} devices
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse
                                 * @instance
                                 */
                                NodePrepareResourceResponse.prototype.devices = $util.emptyArray;

                                /**
                                 * NodePrepareResourceResponse error.
                                 * @member {string} error
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse
                                 * @instance
                                 */
                                NodePrepareResourceResponse.prototype.error = "";

                                /**
                                 * Creates a new NodePrepareResourceResponse instance using the specified properties.
                                 * @function create
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Properties=} [properties] Properties to set
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse} NodePrepareResourceResponse instance
                                 * @type {{
                                 *   (properties: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Shape): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Shape;
                                 *   (properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Properties): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse;
                                 * }}
                                 */
                                NodePrepareResourceResponse.create = function(properties) {
                                    return new NodePrepareResourceResponse(properties);
                                };

                                /**
                                 * Encodes the specified NodePrepareResourceResponse message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.verify|verify} messages.
                                 * @function encode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Properties} message NodePrepareResourceResponse message or plain object to encode
                                 * @param {$protobuf.Writer} [writer] Writer to encode to
                                 * @returns {$protobuf.Writer} Writer
                                 */
                                NodePrepareResourceResponse.encode = function (message, writer, _depth) {
                                    if (!writer)
                                        writer = $Writer.create();
                                    if (_depth === $undefined)
                                        _depth = 0;
                                    if (_depth > $util.recursionLimit)
                                        throw $Error("max depth exceeded");
                                    if (message.devices != null && message.devices.length)
                                        for (let i = 0; i < message.devices.length; ++i)
                                            $root.k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.encode(message.devices[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                                    if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.error);
                                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                        for (let i = 0; i < message.$unknowns.length; ++i)
                                            writer.raw(message.$unknowns[i]);
                                    return writer;
                                };

                                /**
                                 * Decodes a NodePrepareResourceResponse message from the specified reader or buffer.
                                 * @function decode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse
                                 * @static
                                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                                 * @param {number} [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Shape} NodePrepareResourceResponse
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                NodePrepareResourceResponse.decode = function (reader, length, _end, _depth, _target) {
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
                                    message = _target || new $root.k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse();
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
                                                message.devices.push($root.k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.decode(reader, reader.size(), $undefined, _depth + 1));
                                                continue;
                                            }
                                        case 2: {
                                                if (wireType !== 2)
                                                    break;
                                                if ((value = reader.stringVerify()).length)
                                                    message.error = value;
                                                else
                                                    delete message.error;
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

                                return NodePrepareResourceResponse;
                            })();

                            v1beta1.Device = (function() {

                                /**
                                 * Properties of a Device.
                                 * @typedef {Object} k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Properties
                                 * @property {Array.<string>|null} [request_names] Device request_names
                                 * @property {string|null} [pool_name] Device pool_name
                                 * @property {string|null} [device_name] Device device_name
                                 * @property {Array.<string>|null} [cdi_device_ids] Device cdi_device_ids
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */

                                /**
                                 * Properties of a Device.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1
                                 * @interface IDevice
                                 * @augments k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Properties
                                 * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Properties instead.
                                 */

                                /**
                                 * Shape of a Device.
                                 * @typedef {k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Properties} k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Shape
                                 */

                                /**
                                 * Constructs a new Device.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1
                                 * @classdesc Represents a Device.
                                 * @constructor
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Properties=} [properties] Properties to set
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */
                                const Device = function (properties) {
                                    this.request_names = [];
                                    this.cdi_device_ids = [];
                                    if (properties)
                                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                                this[keys[i]] = properties[keys[i]];
                                };

                                /**
                                 * Device request_names.
                                 * @member {Array.<string>} request_names
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.Device
                                 * @instance
                                 */
                                Device.prototype.request_names = $util.emptyArray;

                                /**
                                 * Device pool_name.
                                 * @member {string} pool_name
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.Device
                                 * @instance
                                 */
                                Device.prototype.pool_name = "";

                                /**
                                 * Device device_name.
                                 * @member {string} device_name
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.Device
                                 * @instance
                                 */
                                Device.prototype.device_name = "";

                                /**
                                 * Device cdi_device_ids.
                                 * @member {Array.<string>} cdi_device_ids
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.Device
                                 * @instance
                                 */
                                Device.prototype.cdi_device_ids = $util.emptyArray;

                                /**
                                 * Creates a new Device instance using the specified properties.
                                 * @function create
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.Device
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Properties=} [properties] Properties to set
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.Device} Device instance
                                 * @type {{
                                 *   (properties: k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Shape): k8s.io.kubelet.pkg.apis.dra.v1beta1.Device & k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Shape;
                                 *   (properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Properties): k8s.io.kubelet.pkg.apis.dra.v1beta1.Device;
                                 * }}
                                 */
                                Device.create = function(properties) {
                                    return new Device(properties);
                                };

                                /**
                                 * Encodes the specified Device message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.verify|verify} messages.
                                 * @function encode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.Device
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Properties} message Device message or plain object to encode
                                 * @param {$protobuf.Writer} [writer] Writer to encode to
                                 * @returns {$protobuf.Writer} Writer
                                 */
                                Device.encode = function (message, writer, _depth) {
                                    if (!writer)
                                        writer = $Writer.create();
                                    if (_depth === $undefined)
                                        _depth = 0;
                                    if (_depth > $util.recursionLimit)
                                        throw $Error("max depth exceeded");
                                    if (message.request_names != null && message.request_names.length)
                                        for (let i = 0; i < message.request_names.length; ++i)
                                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.request_names[i]);
                                    if (message.pool_name != null && $Object.hasOwnProperty.call(message, "pool_name") && message.pool_name !== "")
                                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.pool_name);
                                    if (message.device_name != null && $Object.hasOwnProperty.call(message, "device_name") && message.device_name !== "")
                                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.device_name);
                                    if (message.cdi_device_ids != null && message.cdi_device_ids.length)
                                        for (let i = 0; i < message.cdi_device_ids.length; ++i)
                                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.cdi_device_ids[i]);
                                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                        for (let i = 0; i < message.$unknowns.length; ++i)
                                            writer.raw(message.$unknowns[i]);
                                    return writer;
                                };

                                /**
                                 * Decodes a Device message from the specified reader or buffer.
                                 * @function decode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.Device
                                 * @static
                                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                                 * @param {number} [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.Device & k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Shape} Device
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                Device.decode = function (reader, length, _end, _depth, _target) {
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
                                    message = _target || new $root.k8s.io.kubelet.pkg.apis.dra.v1beta1.Device();
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
                                                if (!(message.request_names && message.request_names.length))
                                                    message.request_names = [];
                                                message.request_names.push(reader.stringVerify());
                                                continue;
                                            }
                                        case 2: {
                                                if (wireType !== 2)
                                                    break;
                                                if ((value = reader.stringVerify()).length)
                                                    message.pool_name = value;
                                                else
                                                    delete message.pool_name;
                                                continue;
                                            }
                                        case 3: {
                                                if (wireType !== 2)
                                                    break;
                                                if ((value = reader.stringVerify()).length)
                                                    message.device_name = value;
                                                else
                                                    delete message.device_name;
                                                continue;
                                            }
                                        case 4: {
                                                if (wireType !== 2)
                                                    break;
                                                if (!(message.cdi_device_ids && message.cdi_device_ids.length))
                                                    message.cdi_device_ids = [];
                                                message.cdi_device_ids.push(reader.stringVerify());
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

                                return Device;
                            })();

                            v1beta1.NodeUnprepareResourcesRequest = (function() {

                                /**
                                 * Properties of a NodeUnprepareResourcesRequest.
                                 * @typedef {Object} k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Properties
                                 * @property {Array.<k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties>|null} [claims] NodeUnprepareResourcesRequest claims
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */

                                /**
                                 * Properties of a NodeUnprepareResourcesRequest.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1
                                 * @interface INodeUnprepareResourcesRequest
                                 * @augments k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Properties
                                 * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Properties instead.
                                 */

                                /**
                                 * Shape of a NodeUnprepareResourcesRequest.
                                 * @typedef {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Properties} k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Shape
                                 */

                                /**
                                 * Constructs a new NodeUnprepareResourcesRequest.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1
                                 * @classdesc Represents a NodeUnprepareResourcesRequest.
                                 * @constructor
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Properties=} [properties] Properties to set
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */
                                const NodeUnprepareResourcesRequest = function (properties) {
                                    this.claims = [];
                                    if (properties)
                                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                                this[keys[i]] = properties[keys[i]];
                                };

                                /**
                                 * NodeUnprepareResourcesRequest claims.
                                 * @member {Array.<k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties>} claims
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest
                                 * @instance
                                 */
                                NodeUnprepareResourcesRequest.prototype.claims = $util.emptyArray;

                                /**
                                 * Creates a new NodeUnprepareResourcesRequest instance using the specified properties.
                                 * @function create
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Properties=} [properties] Properties to set
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest} NodeUnprepareResourcesRequest instance
                                 * @type {{
                                 *   (properties: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Shape): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Shape;
                                 *   (properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Properties): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest;
                                 * }}
                                 */
                                NodeUnprepareResourcesRequest.create = function(properties) {
                                    return new NodeUnprepareResourcesRequest(properties);
                                };

                                /**
                                 * Encodes the specified NodeUnprepareResourcesRequest message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.verify|verify} messages.
                                 * @function encode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Properties} message NodeUnprepareResourcesRequest message or plain object to encode
                                 * @param {$protobuf.Writer} [writer] Writer to encode to
                                 * @returns {$protobuf.Writer} Writer
                                 */
                                NodeUnprepareResourcesRequest.encode = function (message, writer, _depth) {
                                    if (!writer)
                                        writer = $Writer.create();
                                    if (_depth === $undefined)
                                        _depth = 0;
                                    if (_depth > $util.recursionLimit)
                                        throw $Error("max depth exceeded");
                                    if (message.claims != null && message.claims.length)
                                        for (let i = 0; i < message.claims.length; ++i)
                                            $root.k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.encode(message.claims[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                        for (let i = 0; i < message.$unknowns.length; ++i)
                                            writer.raw(message.$unknowns[i]);
                                    return writer;
                                };

                                /**
                                 * Decodes a NodeUnprepareResourcesRequest message from the specified reader or buffer.
                                 * @function decode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest
                                 * @static
                                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                                 * @param {number} [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Shape} NodeUnprepareResourcesRequest
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                NodeUnprepareResourcesRequest.decode = function (reader, length, _end, _depth, _target) {
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
                                    message = _target || new $root.k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest();
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
                                                if (!(message.claims && message.claims.length))
                                                    message.claims = [];
                                                message.claims.push($root.k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.decode(reader, reader.size(), $undefined, _depth + 1));
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

                                return NodeUnprepareResourcesRequest;
                            })();

                            v1beta1.NodeUnprepareResourcesResponse = (function() {

                                /**
                                 * Properties of a NodeUnprepareResourcesResponse.
                                 * @typedef {Object} k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Properties
                                 * @property {Object.<string,k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Properties>|null} [claims] NodeUnprepareResourcesResponse claims
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */

                                /**
                                 * Properties of a NodeUnprepareResourcesResponse.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1
                                 * @interface INodeUnprepareResourcesResponse
                                 * @augments k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Properties
                                 * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Properties instead.
                                 */

                                /**
                                 * Shape of a NodeUnprepareResourcesResponse.
                                 * @typedef {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Properties} k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Shape
                                 */

                                /**
                                 * Constructs a new NodeUnprepareResourcesResponse.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1
                                 * @classdesc Represents a NodeUnprepareResourcesResponse.
                                 * @constructor
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Properties=} [properties] Properties to set
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */
                                const NodeUnprepareResourcesResponse = function (properties) {
                                    this.claims = {};
                                    if (properties)
                                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                                this[keys[i]] = properties[keys[i]];
                                };

                                /**
                                 * NodeUnprepareResourcesResponse claims.
                                 * @member {Object.<string,k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Properties>} claims
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse
                                 * @instance
                                 */
                                NodeUnprepareResourcesResponse.prototype.claims = $util.emptyObject;

                                /**
                                 * Creates a new NodeUnprepareResourcesResponse instance using the specified properties.
                                 * @function create
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Properties=} [properties] Properties to set
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse} NodeUnprepareResourcesResponse instance
                                 * @type {{
                                 *   (properties: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Shape): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Shape;
                                 *   (properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Properties): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse;
                                 * }}
                                 */
                                NodeUnprepareResourcesResponse.create = function(properties) {
                                    return new NodeUnprepareResourcesResponse(properties);
                                };

                                /**
                                 * Encodes the specified NodeUnprepareResourcesResponse message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.verify|verify} messages.
                                 * @function encode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Properties} message NodeUnprepareResourcesResponse message or plain object to encode
                                 * @param {$protobuf.Writer} [writer] Writer to encode to
                                 * @returns {$protobuf.Writer} Writer
                                 */
                                NodeUnprepareResourcesResponse.encode = function (message, writer, _depth) {
                                    if (!writer)
                                        writer = $Writer.create();
                                    if (_depth === $undefined)
                                        _depth = 0;
                                    if (_depth > $util.recursionLimit)
                                        throw $Error("max depth exceeded");
                                    if (message.claims != null && $Object.hasOwnProperty.call(message, "claims"))
                                        for (let keys = $Object.keys(message.claims), i = 0; i < keys.length; ++i) {
                                            writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                                            $root.k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.encode(message.claims[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                                        }
                                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                        for (let i = 0; i < message.$unknowns.length; ++i)
                                            writer.raw(message.$unknowns[i]);
                                    return writer;
                                };

                                /**
                                 * Decodes a NodeUnprepareResourcesResponse message from the specified reader or buffer.
                                 * @function decode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse
                                 * @static
                                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                                 * @param {number} [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Shape} NodeUnprepareResourcesResponse
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                NodeUnprepareResourcesResponse.decode = function (reader, length, _end, _depth, _target) {
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
                                    message = _target || new $root.k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse();
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
                                                if (message.claims === $util.emptyObject)
                                                    message.claims = {};
                                                let end2 = reader.size() + reader.pos;
                                                if (end2 > reader.len)
                                                    throw $RangeError("index out of range");
                                                reader.len = end2;
                                                key = "";
                                                value = null;
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
                                                        value = $root.k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                                        continue;
                                                    }
                                                    reader.skipType(wireType, _depth, tag2);
                                                }
                                                if (reader.pos !== end2)
                                                    throw $RangeError("index out of range");
                                                reader.len = end;
                                                if (key === "__proto__")
                                                    $util.makeProp(message.claims, key);
                                                message.claims[key] = value || new $root.k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse();
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

                                return NodeUnprepareResourcesResponse;
                            })();

                            v1beta1.NodeUnprepareResourceResponse = (function() {

                                /**
                                 * Properties of a NodeUnprepareResourceResponse.
                                 * @typedef {Object} k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Properties
                                 * @property {string|null} [error] NodeUnprepareResourceResponse error
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */

                                /**
                                 * Properties of a NodeUnprepareResourceResponse.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1
                                 * @interface INodeUnprepareResourceResponse
                                 * @augments k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Properties
                                 * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Properties instead.
                                 */

                                /**
                                 * Shape of a NodeUnprepareResourceResponse.
                                 * @typedef {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Properties} k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Shape
                                 */

                                /**
                                 * Constructs a new NodeUnprepareResourceResponse.
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1
                                 * @classdesc Represents a NodeUnprepareResourceResponse.
                                 * @constructor
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Properties=} [properties] Properties to set
                                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                                 */
                                const NodeUnprepareResourceResponse = function (properties) {
                                    if (properties)
                                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                                this[keys[i]] = properties[keys[i]];
                                };

                                /**
                                 * NodeUnprepareResourceResponse error.
                                 * @member {string} error
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse
                                 * @instance
                                 */
                                NodeUnprepareResourceResponse.prototype.error = "";

                                /**
                                 * Creates a new NodeUnprepareResourceResponse instance using the specified properties.
                                 * @function create
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Properties=} [properties] Properties to set
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse} NodeUnprepareResourceResponse instance
                                 * @type {{
                                 *   (properties: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Shape): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Shape;
                                 *   (properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Properties): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse;
                                 * }}
                                 */
                                NodeUnprepareResourceResponse.create = function(properties) {
                                    return new NodeUnprepareResourceResponse(properties);
                                };

                                /**
                                 * Encodes the specified NodeUnprepareResourceResponse message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.verify|verify} messages.
                                 * @function encode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse
                                 * @static
                                 * @param {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Properties} message NodeUnprepareResourceResponse message or plain object to encode
                                 * @param {$protobuf.Writer} [writer] Writer to encode to
                                 * @returns {$protobuf.Writer} Writer
                                 */
                                NodeUnprepareResourceResponse.encode = function (message, writer, _depth) {
                                    if (!writer)
                                        writer = $Writer.create();
                                    if (_depth === $undefined)
                                        _depth = 0;
                                    if (_depth > $util.recursionLimit)
                                        throw $Error("max depth exceeded");
                                    if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.error);
                                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                        for (let i = 0; i < message.$unknowns.length; ++i)
                                            writer.raw(message.$unknowns[i]);
                                    return writer;
                                };

                                /**
                                 * Decodes a NodeUnprepareResourceResponse message from the specified reader or buffer.
                                 * @function decode
                                 * @memberof k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse
                                 * @static
                                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                                 * @param {number} [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Shape} NodeUnprepareResourceResponse
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                NodeUnprepareResourceResponse.decode = function (reader, length, _end, _depth, _target) {
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
                                    message = _target || new $root.k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse();
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
                                                    message.error = value;
                                                else
                                                    delete message.error;
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

                                return NodeUnprepareResourceResponse;
                            })();

                            return v1beta1;
                        })();

                        return dra;
                    })();

                    return apis;
                })();

                return pkg;
            })();

            return kubelet;
        })();

        return io;
    })();

    return k8s;
})();

export const v1alpha1 = $root.v1alpha1 = (() => {

    /**
     * Namespace v1alpha1.
     * @exports v1alpha1
     * @namespace
     */
    const v1alpha1 = {};

    v1alpha1.NodeWatchResourcesRequest = (function() {

        /**
         * Properties of a NodeWatchResourcesRequest.
         * @typedef {Object} v1alpha1.NodeWatchResourcesRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeWatchResourcesRequest.
         * @memberof v1alpha1
         * @interface INodeWatchResourcesRequest
         * @augments v1alpha1.NodeWatchResourcesRequest.$Properties
         * @deprecated Use v1alpha1.NodeWatchResourcesRequest.$Properties instead.
         */

        /**
         * Shape of a NodeWatchResourcesRequest.
         * @typedef {v1alpha1.NodeWatchResourcesRequest.$Properties} v1alpha1.NodeWatchResourcesRequest.$Shape
         */

        /**
         * Constructs a new NodeWatchResourcesRequest.
         * @memberof v1alpha1
         * @classdesc Represents a NodeWatchResourcesRequest.
         * @constructor
         * @param {v1alpha1.NodeWatchResourcesRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeWatchResourcesRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new NodeWatchResourcesRequest instance using the specified properties.
         * @function create
         * @memberof v1alpha1.NodeWatchResourcesRequest
         * @static
         * @param {v1alpha1.NodeWatchResourcesRequest.$Properties=} [properties] Properties to set
         * @returns {v1alpha1.NodeWatchResourcesRequest} NodeWatchResourcesRequest instance
         * @type {{
         *   (properties: v1alpha1.NodeWatchResourcesRequest.$Shape): v1alpha1.NodeWatchResourcesRequest & v1alpha1.NodeWatchResourcesRequest.$Shape;
         *   (properties?: v1alpha1.NodeWatchResourcesRequest.$Properties): v1alpha1.NodeWatchResourcesRequest;
         * }}
         */
        NodeWatchResourcesRequest.create = function(properties) {
            return new NodeWatchResourcesRequest(properties);
        };

        /**
         * Encodes the specified NodeWatchResourcesRequest message. Does not implicitly {@link v1alpha1.NodeWatchResourcesRequest.verify|verify} messages.
         * @function encode
         * @memberof v1alpha1.NodeWatchResourcesRequest
         * @static
         * @param {v1alpha1.NodeWatchResourcesRequest.$Properties} message NodeWatchResourcesRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeWatchResourcesRequest.encode = function (message, writer, _depth) {
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
         * Decodes a NodeWatchResourcesRequest message from the specified reader or buffer.
         * @function decode
         * @memberof v1alpha1.NodeWatchResourcesRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {v1alpha1.NodeWatchResourcesRequest & v1alpha1.NodeWatchResourcesRequest.$Shape} NodeWatchResourcesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeWatchResourcesRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.v1alpha1.NodeWatchResourcesRequest();
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

        return NodeWatchResourcesRequest;
    })();

    v1alpha1.NodeWatchResourcesResponse = (function() {

        /**
         * Properties of a NodeWatchResourcesResponse.
         * @typedef {Object} v1alpha1.NodeWatchResourcesResponse.$Properties
         * @property {Array.<v1alpha1.DeviceHealth.$Properties>|null} [devices] NodeWatchResourcesResponse devices
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeWatchResourcesResponse.
         * @memberof v1alpha1
         * @interface INodeWatchResourcesResponse
         * @augments v1alpha1.NodeWatchResourcesResponse.$Properties
         * @deprecated Use v1alpha1.NodeWatchResourcesResponse.$Properties instead.
         */

        /**
         * Shape of a NodeWatchResourcesResponse.
         * @typedef {v1alpha1.NodeWatchResourcesResponse.$Properties} v1alpha1.NodeWatchResourcesResponse.$Shape
         */

        /**
         * Constructs a new NodeWatchResourcesResponse.
         * @memberof v1alpha1
         * @classdesc Represents a NodeWatchResourcesResponse.
         * @constructor
         * @param {v1alpha1.NodeWatchResourcesResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeWatchResourcesResponse = function (properties) {
            this.devices = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NodeWatchResourcesResponse devices.
         * @member {Array.<v1alpha1.DeviceHealth.$Properties>} devices
         * @memberof v1alpha1.NodeWatchResourcesResponse
         * @instance
         */
        NodeWatchResourcesResponse.prototype.devices = $util.emptyArray;

        /**
         * Creates a new NodeWatchResourcesResponse instance using the specified properties.
         * @function create
         * @memberof v1alpha1.NodeWatchResourcesResponse
         * @static
         * @param {v1alpha1.NodeWatchResourcesResponse.$Properties=} [properties] Properties to set
         * @returns {v1alpha1.NodeWatchResourcesResponse} NodeWatchResourcesResponse instance
         * @type {{
         *   (properties: v1alpha1.NodeWatchResourcesResponse.$Shape): v1alpha1.NodeWatchResourcesResponse & v1alpha1.NodeWatchResourcesResponse.$Shape;
         *   (properties?: v1alpha1.NodeWatchResourcesResponse.$Properties): v1alpha1.NodeWatchResourcesResponse;
         * }}
         */
        NodeWatchResourcesResponse.create = function(properties) {
            return new NodeWatchResourcesResponse(properties);
        };

        /**
         * Encodes the specified NodeWatchResourcesResponse message. Does not implicitly {@link v1alpha1.NodeWatchResourcesResponse.verify|verify} messages.
         * @function encode
         * @memberof v1alpha1.NodeWatchResourcesResponse
         * @static
         * @param {v1alpha1.NodeWatchResourcesResponse.$Properties} message NodeWatchResourcesResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeWatchResourcesResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.devices != null && message.devices.length)
                for (let i = 0; i < message.devices.length; ++i)
                    $root.v1alpha1.DeviceHealth.encode(message.devices[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a NodeWatchResourcesResponse message from the specified reader or buffer.
         * @function decode
         * @memberof v1alpha1.NodeWatchResourcesResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {v1alpha1.NodeWatchResourcesResponse & v1alpha1.NodeWatchResourcesResponse.$Shape} NodeWatchResourcesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeWatchResourcesResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.v1alpha1.NodeWatchResourcesResponse();
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
                        message.devices.push($root.v1alpha1.DeviceHealth.decode(reader, reader.size(), $undefined, _depth + 1));
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

        return NodeWatchResourcesResponse;
    })();

    v1alpha1.DeviceIdentifier = (function() {

        /**
         * Properties of a DeviceIdentifier.
         * @typedef {Object} v1alpha1.DeviceIdentifier.$Properties
         * @property {string|null} [pool_name] DeviceIdentifier pool_name
         * @property {string|null} [device_name] DeviceIdentifier device_name
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DeviceIdentifier.
         * @memberof v1alpha1
         * @interface IDeviceIdentifier
         * @augments v1alpha1.DeviceIdentifier.$Properties
         * @deprecated Use v1alpha1.DeviceIdentifier.$Properties instead.
         */

        /**
         * Shape of a DeviceIdentifier.
         * @typedef {v1alpha1.DeviceIdentifier.$Properties} v1alpha1.DeviceIdentifier.$Shape
         */

        /**
         * Constructs a new DeviceIdentifier.
         * @memberof v1alpha1
         * @classdesc Represents a DeviceIdentifier.
         * @constructor
         * @param {v1alpha1.DeviceIdentifier.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DeviceIdentifier = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DeviceIdentifier pool_name.
         * @member {string} pool_name
         * @memberof v1alpha1.DeviceIdentifier
         * @instance
         */
        DeviceIdentifier.prototype.pool_name = "";

        /**
         * DeviceIdentifier device_name.
         * @member {string} device_name
         * @memberof v1alpha1.DeviceIdentifier
         * @instance
         */
        DeviceIdentifier.prototype.device_name = "";

        /**
         * Creates a new DeviceIdentifier instance using the specified properties.
         * @function create
         * @memberof v1alpha1.DeviceIdentifier
         * @static
         * @param {v1alpha1.DeviceIdentifier.$Properties=} [properties] Properties to set
         * @returns {v1alpha1.DeviceIdentifier} DeviceIdentifier instance
         * @type {{
         *   (properties: v1alpha1.DeviceIdentifier.$Shape): v1alpha1.DeviceIdentifier & v1alpha1.DeviceIdentifier.$Shape;
         *   (properties?: v1alpha1.DeviceIdentifier.$Properties): v1alpha1.DeviceIdentifier;
         * }}
         */
        DeviceIdentifier.create = function(properties) {
            return new DeviceIdentifier(properties);
        };

        /**
         * Encodes the specified DeviceIdentifier message. Does not implicitly {@link v1alpha1.DeviceIdentifier.verify|verify} messages.
         * @function encode
         * @memberof v1alpha1.DeviceIdentifier
         * @static
         * @param {v1alpha1.DeviceIdentifier.$Properties} message DeviceIdentifier message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeviceIdentifier.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.pool_name != null && $Object.hasOwnProperty.call(message, "pool_name") && message.pool_name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.pool_name);
            if (message.device_name != null && $Object.hasOwnProperty.call(message, "device_name") && message.device_name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.device_name);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DeviceIdentifier message from the specified reader or buffer.
         * @function decode
         * @memberof v1alpha1.DeviceIdentifier
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {v1alpha1.DeviceIdentifier & v1alpha1.DeviceIdentifier.$Shape} DeviceIdentifier
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeviceIdentifier.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.v1alpha1.DeviceIdentifier();
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
                            message.pool_name = value;
                        else
                            delete message.pool_name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.device_name = value;
                        else
                            delete message.device_name;
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

        return DeviceIdentifier;
    })();

    /**
     * HealthStatus enum.
     * @name v1alpha1.HealthStatus
     * @enum {number}
     * @property {number} UNKNOWN=0 UNKNOWN value
     * @property {number} HEALTHY=1 HEALTHY value
     * @property {number} UNHEALTHY=2 UNHEALTHY value
     */
    v1alpha1.HealthStatus = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "UNKNOWN"] = 0;
        values[valuesById[1] = "HEALTHY"] = 1;
        values[valuesById[2] = "UNHEALTHY"] = 2;
        return values;
    })();

    v1alpha1.DeviceHealth = (function() {

        /**
         * Properties of a DeviceHealth.
         * @typedef {Object} v1alpha1.DeviceHealth.$Properties
         * @property {v1alpha1.DeviceIdentifier.$Properties|null} [device] DeviceHealth device
         * @property {v1alpha1.HealthStatus|null} [health] DeviceHealth health
         * @property {number|null} [last_updated_time] DeviceHealth last_updated_time
         * @property {number|null} [health_check_timeout_seconds] DeviceHealth health_check_timeout_seconds
         * @property {string|null} [message] DeviceHealth message
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DeviceHealth.
         * @memberof v1alpha1
         * @interface IDeviceHealth
         * @augments v1alpha1.DeviceHealth.$Properties
         * @deprecated Use v1alpha1.DeviceHealth.$Properties instead.
         */

        /**
         * Shape of a DeviceHealth.
         * @typedef {v1alpha1.DeviceHealth.$Properties} v1alpha1.DeviceHealth.$Shape
         */

        /**
         * Constructs a new DeviceHealth.
         * @memberof v1alpha1
         * @classdesc Represents a DeviceHealth.
         * @constructor
         * @param {v1alpha1.DeviceHealth.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DeviceHealth = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DeviceHealth device.
         * @member {v1alpha1.DeviceIdentifier.$Properties|null|undefined} device
         * @memberof v1alpha1.DeviceHealth
         * @instance
         */
        DeviceHealth.prototype.device = null;

        /**
         * DeviceHealth health.
         * @member {v1alpha1.HealthStatus} health
         * @memberof v1alpha1.DeviceHealth
         * @instance
         */
        DeviceHealth.prototype.health = 0;

        /**
         * DeviceHealth last_updated_time.
         * @member {number} last_updated_time
         * @memberof v1alpha1.DeviceHealth
         * @instance
         */
        DeviceHealth.prototype.last_updated_time = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * DeviceHealth health_check_timeout_seconds.
         * @member {number} health_check_timeout_seconds
         * @memberof v1alpha1.DeviceHealth
         * @instance
         */
        DeviceHealth.prototype.health_check_timeout_seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * DeviceHealth message.
         * @member {string} message
         * @memberof v1alpha1.DeviceHealth
         * @instance
         */
        DeviceHealth.prototype.message = "";

        /**
         * Creates a new DeviceHealth instance using the specified properties.
         * @function create
         * @memberof v1alpha1.DeviceHealth
         * @static
         * @param {v1alpha1.DeviceHealth.$Properties=} [properties] Properties to set
         * @returns {v1alpha1.DeviceHealth} DeviceHealth instance
         * @type {{
         *   (properties: v1alpha1.DeviceHealth.$Shape): v1alpha1.DeviceHealth & v1alpha1.DeviceHealth.$Shape;
         *   (properties?: v1alpha1.DeviceHealth.$Properties): v1alpha1.DeviceHealth;
         * }}
         */
        DeviceHealth.create = function(properties) {
            return new DeviceHealth(properties);
        };

        /**
         * Encodes the specified DeviceHealth message. Does not implicitly {@link v1alpha1.DeviceHealth.verify|verify} messages.
         * @function encode
         * @memberof v1alpha1.DeviceHealth
         * @static
         * @param {v1alpha1.DeviceHealth.$Properties} message DeviceHealth message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeviceHealth.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                $root.v1alpha1.DeviceIdentifier.encode(message.device, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.health != null && $Object.hasOwnProperty.call(message, "health") && message.health !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.health);
            if (message.last_updated_time != null && $Object.hasOwnProperty.call(message, "last_updated_time") && (typeof message.last_updated_time === "object" ? message.last_updated_time.low || message.last_updated_time.high : message.last_updated_time !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.last_updated_time);
            if (message.health_check_timeout_seconds != null && $Object.hasOwnProperty.call(message, "health_check_timeout_seconds") && (typeof message.health_check_timeout_seconds === "object" ? message.health_check_timeout_seconds.low || message.health_check_timeout_seconds.high : message.health_check_timeout_seconds !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.health_check_timeout_seconds);
            if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.message);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DeviceHealth message from the specified reader or buffer.
         * @function decode
         * @memberof v1alpha1.DeviceHealth
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {v1alpha1.DeviceHealth & v1alpha1.DeviceHealth.$Shape} DeviceHealth
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeviceHealth.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.v1alpha1.DeviceHealth();
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
                        message.device = $root.v1alpha1.DeviceIdentifier.decode(reader, reader.size(), $undefined, _depth + 1, message.device);
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.health = value;
                        else
                            delete message.health;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.last_updated_time = value;
                        else
                            delete message.last_updated_time;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.health_check_timeout_seconds = value;
                        else
                            delete message.health_check_timeout_seconds;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.message = value;
                        else
                            delete message.message;
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

        return DeviceHealth;
    })();

    return v1alpha1;
})();

export {
  $root as default
};
