import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace nri. */
export namespace nri {

    /** Namespace pkg. */
    namespace pkg {

        /** Namespace api. */
        namespace api {

            /** Namespace v1alpha1. */
            namespace v1alpha1 {

                /**
                 * Properties of an Empty.
                 * @deprecated Use nri.pkg.api.v1alpha1.Empty.$Properties instead.
                 */
                interface IEmpty extends nri.pkg.api.v1alpha1.Empty.$Properties {
                }

                /** Represents an Empty. */
                class Empty {

                    /**
                     * Constructs a new Empty.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.Empty.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /**
                     * Creates a new Empty instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Empty instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.Empty.$Shape): nri.pkg.api.v1alpha1.Empty & nri.pkg.api.v1alpha1.Empty.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.Empty.$Properties): nri.pkg.api.v1alpha1.Empty;

                    /**
                     * Encodes the specified Empty message. Does not implicitly {@link nri.pkg.api.v1alpha1.Empty.verify|verify} messages.
                     * @param message Empty message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Empty message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.Empty & nri.pkg.api.v1alpha1.Empty.$Shape} Empty
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.Empty & nri.pkg.api.v1alpha1.Empty.$Shape;
                }

                namespace Empty {

                    /** Properties of an Empty. */
                    interface $Properties {

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an Empty. */
                    type $Shape = nri.pkg.api.v1alpha1.Empty.$Properties;
                }

                /**
                 * Properties of a RegisterPluginRequest.
                 * @deprecated Use nri.pkg.api.v1alpha1.RegisterPluginRequest.$Properties instead.
                 */
                interface IRegisterPluginRequest extends nri.pkg.api.v1alpha1.RegisterPluginRequest.$Properties {
                }

                /** Represents a RegisterPluginRequest. */
                class RegisterPluginRequest {

                    /**
                     * Constructs a new RegisterPluginRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.RegisterPluginRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** RegisterPluginRequest plugin_name. */
                    plugin_name: string;

                    /** RegisterPluginRequest plugin_idx. */
                    plugin_idx: string;

                    /**
                     * Creates a new RegisterPluginRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns RegisterPluginRequest instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.RegisterPluginRequest.$Shape): nri.pkg.api.v1alpha1.RegisterPluginRequest & nri.pkg.api.v1alpha1.RegisterPluginRequest.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.RegisterPluginRequest.$Properties): nri.pkg.api.v1alpha1.RegisterPluginRequest;

                    /**
                     * Encodes the specified RegisterPluginRequest message. Does not implicitly {@link nri.pkg.api.v1alpha1.RegisterPluginRequest.verify|verify} messages.
                     * @param message RegisterPluginRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.RegisterPluginRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a RegisterPluginRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.RegisterPluginRequest & nri.pkg.api.v1alpha1.RegisterPluginRequest.$Shape} RegisterPluginRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.RegisterPluginRequest & nri.pkg.api.v1alpha1.RegisterPluginRequest.$Shape;
                }

                namespace RegisterPluginRequest {

                    /** Properties of a RegisterPluginRequest. */
                    interface $Properties {

                        /** RegisterPluginRequest plugin_name */
                        plugin_name?: (string|null);

                        /** RegisterPluginRequest plugin_idx */
                        plugin_idx?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a RegisterPluginRequest. */
                    type $Shape = nri.pkg.api.v1alpha1.RegisterPluginRequest.$Properties;
                }

                /**
                 * Properties of a ConfigureRequest.
                 * @deprecated Use nri.pkg.api.v1alpha1.ConfigureRequest.$Properties instead.
                 */
                interface IConfigureRequest extends nri.pkg.api.v1alpha1.ConfigureRequest.$Properties {
                }

                /** Represents a ConfigureRequest. */
                class ConfigureRequest {

                    /**
                     * Constructs a new ConfigureRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.ConfigureRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ConfigureRequest config. */
                    config: string;

                    /** ConfigureRequest runtime_name. */
                    runtime_name: string;

                    /** ConfigureRequest runtime_version. */
                    runtime_version: string;

                    /** ConfigureRequest registration_timeout. */
                    registration_timeout: number;

                    /** ConfigureRequest request_timeout. */
                    request_timeout: number;

                    /**
                     * Creates a new ConfigureRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ConfigureRequest instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.ConfigureRequest.$Shape): nri.pkg.api.v1alpha1.ConfigureRequest & nri.pkg.api.v1alpha1.ConfigureRequest.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.ConfigureRequest.$Properties): nri.pkg.api.v1alpha1.ConfigureRequest;

                    /**
                     * Encodes the specified ConfigureRequest message. Does not implicitly {@link nri.pkg.api.v1alpha1.ConfigureRequest.verify|verify} messages.
                     * @param message ConfigureRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.ConfigureRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ConfigureRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.ConfigureRequest & nri.pkg.api.v1alpha1.ConfigureRequest.$Shape} ConfigureRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.ConfigureRequest & nri.pkg.api.v1alpha1.ConfigureRequest.$Shape;
                }

                namespace ConfigureRequest {

                    /** Properties of a ConfigureRequest. */
                    interface $Properties {

                        /** ConfigureRequest config */
                        config?: (string|null);

                        /** ConfigureRequest runtime_name */
                        runtime_name?: (string|null);

                        /** ConfigureRequest runtime_version */
                        runtime_version?: (string|null);

                        /** ConfigureRequest registration_timeout */
                        registration_timeout?: (number|null);

                        /** ConfigureRequest request_timeout */
                        request_timeout?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ConfigureRequest. */
                    type $Shape = nri.pkg.api.v1alpha1.ConfigureRequest.$Properties;
                }

                /**
                 * Properties of a ConfigureResponse.
                 * @deprecated Use nri.pkg.api.v1alpha1.ConfigureResponse.$Properties instead.
                 */
                interface IConfigureResponse extends nri.pkg.api.v1alpha1.ConfigureResponse.$Properties {
                }

                /** Represents a ConfigureResponse. */
                class ConfigureResponse {

                    /**
                     * Constructs a new ConfigureResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.ConfigureResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ConfigureResponse events. */
                    events: number;

                    /**
                     * Creates a new ConfigureResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ConfigureResponse instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.ConfigureResponse.$Shape): nri.pkg.api.v1alpha1.ConfigureResponse & nri.pkg.api.v1alpha1.ConfigureResponse.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.ConfigureResponse.$Properties): nri.pkg.api.v1alpha1.ConfigureResponse;

                    /**
                     * Encodes the specified ConfigureResponse message. Does not implicitly {@link nri.pkg.api.v1alpha1.ConfigureResponse.verify|verify} messages.
                     * @param message ConfigureResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.ConfigureResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ConfigureResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.ConfigureResponse & nri.pkg.api.v1alpha1.ConfigureResponse.$Shape} ConfigureResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.ConfigureResponse & nri.pkg.api.v1alpha1.ConfigureResponse.$Shape;
                }

                namespace ConfigureResponse {

                    /** Properties of a ConfigureResponse. */
                    interface $Properties {

                        /** ConfigureResponse events */
                        events?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ConfigureResponse. */
                    type $Shape = nri.pkg.api.v1alpha1.ConfigureResponse.$Properties;
                }

                /**
                 * Properties of a SynchronizeRequest.
                 * @deprecated Use nri.pkg.api.v1alpha1.SynchronizeRequest.$Properties instead.
                 */
                interface ISynchronizeRequest extends nri.pkg.api.v1alpha1.SynchronizeRequest.$Properties {
                }

                /** Represents a SynchronizeRequest. */
                class SynchronizeRequest {

                    /**
                     * Constructs a new SynchronizeRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.SynchronizeRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** SynchronizeRequest pods. */
                    pods: nri.pkg.api.v1alpha1.PodSandbox.$Properties[];

                    /** SynchronizeRequest containers. */
                    containers: nri.pkg.api.v1alpha1.Container.$Properties[];

                    /** SynchronizeRequest more. */
                    more: boolean;

                    /**
                     * Creates a new SynchronizeRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SynchronizeRequest instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.SynchronizeRequest.$Shape): nri.pkg.api.v1alpha1.SynchronizeRequest & nri.pkg.api.v1alpha1.SynchronizeRequest.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.SynchronizeRequest.$Properties): nri.pkg.api.v1alpha1.SynchronizeRequest;

                    /**
                     * Encodes the specified SynchronizeRequest message. Does not implicitly {@link nri.pkg.api.v1alpha1.SynchronizeRequest.verify|verify} messages.
                     * @param message SynchronizeRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.SynchronizeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SynchronizeRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.SynchronizeRequest & nri.pkg.api.v1alpha1.SynchronizeRequest.$Shape} SynchronizeRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.SynchronizeRequest & nri.pkg.api.v1alpha1.SynchronizeRequest.$Shape;
                }

                namespace SynchronizeRequest {

                    /** Properties of a SynchronizeRequest. */
                    interface $Properties {

                        /** SynchronizeRequest pods */
                        pods?: (nri.pkg.api.v1alpha1.PodSandbox.$Properties[]|null);

                        /** SynchronizeRequest containers */
                        containers?: (nri.pkg.api.v1alpha1.Container.$Properties[]|null);

                        /** SynchronizeRequest more */
                        more?: (boolean|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a SynchronizeRequest. */
                    type $Shape = nri.pkg.api.v1alpha1.SynchronizeRequest.$Properties;
                }

                /**
                 * Properties of a SynchronizeResponse.
                 * @deprecated Use nri.pkg.api.v1alpha1.SynchronizeResponse.$Properties instead.
                 */
                interface ISynchronizeResponse extends nri.pkg.api.v1alpha1.SynchronizeResponse.$Properties {
                }

                /** Represents a SynchronizeResponse. */
                class SynchronizeResponse {

                    /**
                     * Constructs a new SynchronizeResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.SynchronizeResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** SynchronizeResponse update. */
                    update: nri.pkg.api.v1alpha1.ContainerUpdate.$Properties[];

                    /** SynchronizeResponse more. */
                    more: boolean;

                    /**
                     * Creates a new SynchronizeResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SynchronizeResponse instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.SynchronizeResponse.$Shape): nri.pkg.api.v1alpha1.SynchronizeResponse & nri.pkg.api.v1alpha1.SynchronizeResponse.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.SynchronizeResponse.$Properties): nri.pkg.api.v1alpha1.SynchronizeResponse;

                    /**
                     * Encodes the specified SynchronizeResponse message. Does not implicitly {@link nri.pkg.api.v1alpha1.SynchronizeResponse.verify|verify} messages.
                     * @param message SynchronizeResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.SynchronizeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SynchronizeResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.SynchronizeResponse & nri.pkg.api.v1alpha1.SynchronizeResponse.$Shape} SynchronizeResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.SynchronizeResponse & nri.pkg.api.v1alpha1.SynchronizeResponse.$Shape;
                }

                namespace SynchronizeResponse {

                    /** Properties of a SynchronizeResponse. */
                    interface $Properties {

                        /** SynchronizeResponse update */
                        update?: (nri.pkg.api.v1alpha1.ContainerUpdate.$Properties[]|null);

                        /** SynchronizeResponse more */
                        more?: (boolean|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a SynchronizeResponse. */
                    type $Shape = nri.pkg.api.v1alpha1.SynchronizeResponse.$Properties;
                }

                /**
                 * Properties of a RunPodSandboxRequest.
                 * @deprecated Use nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Properties instead.
                 */
                interface IRunPodSandboxRequest extends nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Properties {
                }

                /** Represents a RunPodSandboxRequest. */
                class RunPodSandboxRequest {

                    /**
                     * Constructs a new RunPodSandboxRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** RunPodSandboxRequest pod. */
                    pod?: (nri.pkg.api.v1alpha1.PodSandbox.$Properties|null);

                    /**
                     * Creates a new RunPodSandboxRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns RunPodSandboxRequest instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Shape): nri.pkg.api.v1alpha1.RunPodSandboxRequest & nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Properties): nri.pkg.api.v1alpha1.RunPodSandboxRequest;

                    /**
                     * Encodes the specified RunPodSandboxRequest message. Does not implicitly {@link nri.pkg.api.v1alpha1.RunPodSandboxRequest.verify|verify} messages.
                     * @param message RunPodSandboxRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a RunPodSandboxRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.RunPodSandboxRequest & nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Shape} RunPodSandboxRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.RunPodSandboxRequest & nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Shape;
                }

                namespace RunPodSandboxRequest {

                    /** Properties of a RunPodSandboxRequest. */
                    interface $Properties {

                        /** RunPodSandboxRequest pod */
                        pod?: (nri.pkg.api.v1alpha1.PodSandbox.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a RunPodSandboxRequest. */
                    type $Shape = nri.pkg.api.v1alpha1.RunPodSandboxRequest.$Properties;
                }

                /**
                 * Properties of a RunPodSandboxResponse.
                 * @deprecated Use nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Properties instead.
                 */
                interface IRunPodSandboxResponse extends nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Properties {
                }

                /** Represents a RunPodSandboxResponse. */
                class RunPodSandboxResponse {

                    /**
                     * Constructs a new RunPodSandboxResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /**
                     * Creates a new RunPodSandboxResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns RunPodSandboxResponse instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Shape): nri.pkg.api.v1alpha1.RunPodSandboxResponse & nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Properties): nri.pkg.api.v1alpha1.RunPodSandboxResponse;

                    /**
                     * Encodes the specified RunPodSandboxResponse message. Does not implicitly {@link nri.pkg.api.v1alpha1.RunPodSandboxResponse.verify|verify} messages.
                     * @param message RunPodSandboxResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a RunPodSandboxResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.RunPodSandboxResponse & nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Shape} RunPodSandboxResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.RunPodSandboxResponse & nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Shape;
                }

                namespace RunPodSandboxResponse {

                    /** Properties of a RunPodSandboxResponse. */
                    interface $Properties {

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a RunPodSandboxResponse. */
                    type $Shape = nri.pkg.api.v1alpha1.RunPodSandboxResponse.$Properties;
                }

                /**
                 * Properties of an UpdatePodSandboxRequest.
                 * @deprecated Use nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Properties instead.
                 */
                interface IUpdatePodSandboxRequest extends nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Properties {
                }

                /** Represents an UpdatePodSandboxRequest. */
                class UpdatePodSandboxRequest {

                    /**
                     * Constructs a new UpdatePodSandboxRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** UpdatePodSandboxRequest pod. */
                    pod?: (nri.pkg.api.v1alpha1.PodSandbox.$Properties|null);

                    /**
                     * Creates a new UpdatePodSandboxRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns UpdatePodSandboxRequest instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Shape): nri.pkg.api.v1alpha1.UpdatePodSandboxRequest & nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Properties): nri.pkg.api.v1alpha1.UpdatePodSandboxRequest;

                    /**
                     * Encodes the specified UpdatePodSandboxRequest message. Does not implicitly {@link nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.verify|verify} messages.
                     * @param message UpdatePodSandboxRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an UpdatePodSandboxRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.UpdatePodSandboxRequest & nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Shape} UpdatePodSandboxRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.UpdatePodSandboxRequest & nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Shape;
                }

                namespace UpdatePodSandboxRequest {

                    /** Properties of an UpdatePodSandboxRequest. */
                    interface $Properties {

                        /** UpdatePodSandboxRequest pod */
                        pod?: (nri.pkg.api.v1alpha1.PodSandbox.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an UpdatePodSandboxRequest. */
                    type $Shape = nri.pkg.api.v1alpha1.UpdatePodSandboxRequest.$Properties;
                }

                /**
                 * Properties of an UpdatePodSandboxResponse.
                 * @deprecated Use nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Properties instead.
                 */
                interface IUpdatePodSandboxResponse extends nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Properties {
                }

                /** Represents an UpdatePodSandboxResponse. */
                class UpdatePodSandboxResponse {

                    /**
                     * Constructs a new UpdatePodSandboxResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /**
                     * Creates a new UpdatePodSandboxResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns UpdatePodSandboxResponse instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Shape): nri.pkg.api.v1alpha1.UpdatePodSandboxResponse & nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Properties): nri.pkg.api.v1alpha1.UpdatePodSandboxResponse;

                    /**
                     * Encodes the specified UpdatePodSandboxResponse message. Does not implicitly {@link nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.verify|verify} messages.
                     * @param message UpdatePodSandboxResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an UpdatePodSandboxResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.UpdatePodSandboxResponse & nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Shape} UpdatePodSandboxResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.UpdatePodSandboxResponse & nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Shape;
                }

                namespace UpdatePodSandboxResponse {

                    /** Properties of an UpdatePodSandboxResponse. */
                    interface $Properties {

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an UpdatePodSandboxResponse. */
                    type $Shape = nri.pkg.api.v1alpha1.UpdatePodSandboxResponse.$Properties;
                }

                /**
                 * Properties of a StopPodSandboxRequest.
                 * @deprecated Use nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Properties instead.
                 */
                interface IStopPodSandboxRequest extends nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Properties {
                }

                /** Represents a StopPodSandboxRequest. */
                class StopPodSandboxRequest {

                    /**
                     * Constructs a new StopPodSandboxRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** StopPodSandboxRequest pod. */
                    pod?: (nri.pkg.api.v1alpha1.PodSandbox.$Properties|null);

                    /**
                     * Creates a new StopPodSandboxRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns StopPodSandboxRequest instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Shape): nri.pkg.api.v1alpha1.StopPodSandboxRequest & nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Properties): nri.pkg.api.v1alpha1.StopPodSandboxRequest;

                    /**
                     * Encodes the specified StopPodSandboxRequest message. Does not implicitly {@link nri.pkg.api.v1alpha1.StopPodSandboxRequest.verify|verify} messages.
                     * @param message StopPodSandboxRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a StopPodSandboxRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.StopPodSandboxRequest & nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Shape} StopPodSandboxRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.StopPodSandboxRequest & nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Shape;
                }

                namespace StopPodSandboxRequest {

                    /** Properties of a StopPodSandboxRequest. */
                    interface $Properties {

                        /** StopPodSandboxRequest pod */
                        pod?: (nri.pkg.api.v1alpha1.PodSandbox.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a StopPodSandboxRequest. */
                    type $Shape = nri.pkg.api.v1alpha1.StopPodSandboxRequest.$Properties;
                }

                /**
                 * Properties of a StopPodSandboxResponse.
                 * @deprecated Use nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Properties instead.
                 */
                interface IStopPodSandboxResponse extends nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Properties {
                }

                /** Represents a StopPodSandboxResponse. */
                class StopPodSandboxResponse {

                    /**
                     * Constructs a new StopPodSandboxResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /**
                     * Creates a new StopPodSandboxResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns StopPodSandboxResponse instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Shape): nri.pkg.api.v1alpha1.StopPodSandboxResponse & nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Properties): nri.pkg.api.v1alpha1.StopPodSandboxResponse;

                    /**
                     * Encodes the specified StopPodSandboxResponse message. Does not implicitly {@link nri.pkg.api.v1alpha1.StopPodSandboxResponse.verify|verify} messages.
                     * @param message StopPodSandboxResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a StopPodSandboxResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.StopPodSandboxResponse & nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Shape} StopPodSandboxResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.StopPodSandboxResponse & nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Shape;
                }

                namespace StopPodSandboxResponse {

                    /** Properties of a StopPodSandboxResponse. */
                    interface $Properties {

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a StopPodSandboxResponse. */
                    type $Shape = nri.pkg.api.v1alpha1.StopPodSandboxResponse.$Properties;
                }

                /**
                 * Properties of a RemovePodSandboxRequest.
                 * @deprecated Use nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Properties instead.
                 */
                interface IRemovePodSandboxRequest extends nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Properties {
                }

                /** Represents a RemovePodSandboxRequest. */
                class RemovePodSandboxRequest {

                    /**
                     * Constructs a new RemovePodSandboxRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** RemovePodSandboxRequest pod. */
                    pod?: (nri.pkg.api.v1alpha1.PodSandbox.$Properties|null);

                    /**
                     * Creates a new RemovePodSandboxRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns RemovePodSandboxRequest instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Shape): nri.pkg.api.v1alpha1.RemovePodSandboxRequest & nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Properties): nri.pkg.api.v1alpha1.RemovePodSandboxRequest;

                    /**
                     * Encodes the specified RemovePodSandboxRequest message. Does not implicitly {@link nri.pkg.api.v1alpha1.RemovePodSandboxRequest.verify|verify} messages.
                     * @param message RemovePodSandboxRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a RemovePodSandboxRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.RemovePodSandboxRequest & nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Shape} RemovePodSandboxRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.RemovePodSandboxRequest & nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Shape;
                }

                namespace RemovePodSandboxRequest {

                    /** Properties of a RemovePodSandboxRequest. */
                    interface $Properties {

                        /** RemovePodSandboxRequest pod */
                        pod?: (nri.pkg.api.v1alpha1.PodSandbox.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a RemovePodSandboxRequest. */
                    type $Shape = nri.pkg.api.v1alpha1.RemovePodSandboxRequest.$Properties;
                }

                /**
                 * Properties of a RemovePodSandboxResponse.
                 * @deprecated Use nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Properties instead.
                 */
                interface IRemovePodSandboxResponse extends nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Properties {
                }

                /** Represents a RemovePodSandboxResponse. */
                class RemovePodSandboxResponse {

                    /**
                     * Constructs a new RemovePodSandboxResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /**
                     * Creates a new RemovePodSandboxResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns RemovePodSandboxResponse instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Shape): nri.pkg.api.v1alpha1.RemovePodSandboxResponse & nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Properties): nri.pkg.api.v1alpha1.RemovePodSandboxResponse;

                    /**
                     * Encodes the specified RemovePodSandboxResponse message. Does not implicitly {@link nri.pkg.api.v1alpha1.RemovePodSandboxResponse.verify|verify} messages.
                     * @param message RemovePodSandboxResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a RemovePodSandboxResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.RemovePodSandboxResponse & nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Shape} RemovePodSandboxResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.RemovePodSandboxResponse & nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Shape;
                }

                namespace RemovePodSandboxResponse {

                    /** Properties of a RemovePodSandboxResponse. */
                    interface $Properties {

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a RemovePodSandboxResponse. */
                    type $Shape = nri.pkg.api.v1alpha1.RemovePodSandboxResponse.$Properties;
                }

                /**
                 * Properties of a CreateContainerRequest.
                 * @deprecated Use nri.pkg.api.v1alpha1.CreateContainerRequest.$Properties instead.
                 */
                interface ICreateContainerRequest extends nri.pkg.api.v1alpha1.CreateContainerRequest.$Properties {
                }

                /** Represents a CreateContainerRequest. */
                class CreateContainerRequest {

                    /**
                     * Constructs a new CreateContainerRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.CreateContainerRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** CreateContainerRequest pod. */
                    pod?: (nri.pkg.api.v1alpha1.PodSandbox.$Properties|null);

                    /** CreateContainerRequest container. */
                    container?: (nri.pkg.api.v1alpha1.Container.$Properties|null);

                    /**
                     * Creates a new CreateContainerRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns CreateContainerRequest instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.CreateContainerRequest.$Shape): nri.pkg.api.v1alpha1.CreateContainerRequest & nri.pkg.api.v1alpha1.CreateContainerRequest.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.CreateContainerRequest.$Properties): nri.pkg.api.v1alpha1.CreateContainerRequest;

                    /**
                     * Encodes the specified CreateContainerRequest message. Does not implicitly {@link nri.pkg.api.v1alpha1.CreateContainerRequest.verify|verify} messages.
                     * @param message CreateContainerRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.CreateContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a CreateContainerRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.CreateContainerRequest & nri.pkg.api.v1alpha1.CreateContainerRequest.$Shape} CreateContainerRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.CreateContainerRequest & nri.pkg.api.v1alpha1.CreateContainerRequest.$Shape;
                }

                namespace CreateContainerRequest {

                    /** Properties of a CreateContainerRequest. */
                    interface $Properties {

                        /** CreateContainerRequest pod */
                        pod?: (nri.pkg.api.v1alpha1.PodSandbox.$Properties|null);

                        /** CreateContainerRequest container */
                        container?: (nri.pkg.api.v1alpha1.Container.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a CreateContainerRequest. */
                    type $Shape = nri.pkg.api.v1alpha1.CreateContainerRequest.$Properties;
                }

                /**
                 * Properties of a CreateContainerResponse.
                 * @deprecated Use nri.pkg.api.v1alpha1.CreateContainerResponse.$Properties instead.
                 */
                interface ICreateContainerResponse extends nri.pkg.api.v1alpha1.CreateContainerResponse.$Properties {
                }

                /** Represents a CreateContainerResponse. */
                class CreateContainerResponse {

                    /**
                     * Constructs a new CreateContainerResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.CreateContainerResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** CreateContainerResponse adjust. */
                    adjust?: (nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties|null);

                    /** CreateContainerResponse update. */
                    update: nri.pkg.api.v1alpha1.ContainerUpdate.$Properties[];

                    /** CreateContainerResponse evict. */
                    evict: nri.pkg.api.v1alpha1.ContainerEviction.$Properties[];

                    /**
                     * Creates a new CreateContainerResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns CreateContainerResponse instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.CreateContainerResponse.$Shape): nri.pkg.api.v1alpha1.CreateContainerResponse & nri.pkg.api.v1alpha1.CreateContainerResponse.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.CreateContainerResponse.$Properties): nri.pkg.api.v1alpha1.CreateContainerResponse;

                    /**
                     * Encodes the specified CreateContainerResponse message. Does not implicitly {@link nri.pkg.api.v1alpha1.CreateContainerResponse.verify|verify} messages.
                     * @param message CreateContainerResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.CreateContainerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a CreateContainerResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.CreateContainerResponse & nri.pkg.api.v1alpha1.CreateContainerResponse.$Shape} CreateContainerResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.CreateContainerResponse & nri.pkg.api.v1alpha1.CreateContainerResponse.$Shape;
                }

                namespace CreateContainerResponse {

                    /** Properties of a CreateContainerResponse. */
                    interface $Properties {

                        /** CreateContainerResponse adjust */
                        adjust?: (nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties|null);

                        /** CreateContainerResponse update */
                        update?: (nri.pkg.api.v1alpha1.ContainerUpdate.$Properties[]|null);

                        /** CreateContainerResponse evict */
                        evict?: (nri.pkg.api.v1alpha1.ContainerEviction.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a CreateContainerResponse. */
                    type $Shape = nri.pkg.api.v1alpha1.CreateContainerResponse.$Properties;
                }

                /**
                 * Properties of a StateChangeEvent.
                 * @deprecated Use nri.pkg.api.v1alpha1.StateChangeEvent.$Properties instead.
                 */
                interface IStateChangeEvent extends nri.pkg.api.v1alpha1.StateChangeEvent.$Properties {
                }

                /** Represents a StateChangeEvent. */
                class StateChangeEvent {

                    /**
                     * Constructs a new StateChangeEvent.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.StateChangeEvent.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** StateChangeEvent event. */
                    event: nri.pkg.api.v1alpha1.Event;

                    /** StateChangeEvent pod. */
                    pod?: (nri.pkg.api.v1alpha1.PodSandbox.$Properties|null);

                    /** StateChangeEvent container. */
                    container?: (nri.pkg.api.v1alpha1.Container.$Properties|null);

                    /**
                     * Creates a new StateChangeEvent instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns StateChangeEvent instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.StateChangeEvent.$Shape): nri.pkg.api.v1alpha1.StateChangeEvent & nri.pkg.api.v1alpha1.StateChangeEvent.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.StateChangeEvent.$Properties): nri.pkg.api.v1alpha1.StateChangeEvent;

                    /**
                     * Encodes the specified StateChangeEvent message. Does not implicitly {@link nri.pkg.api.v1alpha1.StateChangeEvent.verify|verify} messages.
                     * @param message StateChangeEvent message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.StateChangeEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a StateChangeEvent message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.StateChangeEvent & nri.pkg.api.v1alpha1.StateChangeEvent.$Shape} StateChangeEvent
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.StateChangeEvent & nri.pkg.api.v1alpha1.StateChangeEvent.$Shape;
                }

                namespace StateChangeEvent {

                    /** Properties of a StateChangeEvent. */
                    interface $Properties {

                        /** StateChangeEvent event */
                        event?: (nri.pkg.api.v1alpha1.Event|null);

                        /** StateChangeEvent pod */
                        pod?: (nri.pkg.api.v1alpha1.PodSandbox.$Properties|null);

                        /** StateChangeEvent container */
                        container?: (nri.pkg.api.v1alpha1.Container.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a StateChangeEvent. */
                    type $Shape = nri.pkg.api.v1alpha1.StateChangeEvent.$Properties;
                }

                /** Event enum. */
                enum Event {

                    /** UNKNOWN value */
                    UNKNOWN = 0,

                    /** RUN_POD_SANDBOX value */
                    RUN_POD_SANDBOX = 1,

                    /** STOP_POD_SANDBOX value */
                    STOP_POD_SANDBOX = 2,

                    /** REMOVE_POD_SANDBOX value */
                    REMOVE_POD_SANDBOX = 3,

                    /** CREATE_CONTAINER value */
                    CREATE_CONTAINER = 4,

                    /** POST_CREATE_CONTAINER value */
                    POST_CREATE_CONTAINER = 5,

                    /** START_CONTAINER value */
                    START_CONTAINER = 6,

                    /** POST_START_CONTAINER value */
                    POST_START_CONTAINER = 7,

                    /** UPDATE_CONTAINER value */
                    UPDATE_CONTAINER = 8,

                    /** POST_UPDATE_CONTAINER value */
                    POST_UPDATE_CONTAINER = 9,

                    /** STOP_CONTAINER value */
                    STOP_CONTAINER = 10,

                    /** REMOVE_CONTAINER value */
                    REMOVE_CONTAINER = 11,

                    /** UPDATE_POD_SANDBOX value */
                    UPDATE_POD_SANDBOX = 12,

                    /** POST_UPDATE_POD_SANDBOX value */
                    POST_UPDATE_POD_SANDBOX = 13,

                    /** VALIDATE_CONTAINER_ADJUSTMENT value */
                    VALIDATE_CONTAINER_ADJUSTMENT = 14
                }

                /**
                 * Properties of a PodSandbox.
                 * @deprecated Use nri.pkg.api.v1alpha1.PodSandbox.$Properties instead.
                 */
                interface IPodSandbox extends nri.pkg.api.v1alpha1.PodSandbox.$Properties {
                }

                /** Represents a PodSandbox. */
                class PodSandbox {

                    /**
                     * Constructs a new PodSandbox.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.PodSandbox.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** PodSandbox id. */
                    id: string;

                    /** PodSandbox name. */
                    name: string;

                    /** PodSandbox uid. */
                    uid: string;

                    /** PodSandbox namespace. */
                    namespace: string;

                    /** PodSandbox labels. */
                    labels: { [k: string]: string };

                    /** PodSandbox annotations. */
                    annotations: { [k: string]: string };

                    /** PodSandbox runtime_handler. */
                    runtime_handler: string;

                    /** PodSandbox linux. */
                    linux?: (nri.pkg.api.v1alpha1.LinuxPodSandbox.$Properties|null);

                    /** PodSandbox pid. */
                    pid: number;

                    /** PodSandbox ips. */
                    ips: string[];

                    /**
                     * Creates a new PodSandbox instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns PodSandbox instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.PodSandbox.$Shape): nri.pkg.api.v1alpha1.PodSandbox & nri.pkg.api.v1alpha1.PodSandbox.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.PodSandbox.$Properties): nri.pkg.api.v1alpha1.PodSandbox;

                    /**
                     * Encodes the specified PodSandbox message. Does not implicitly {@link nri.pkg.api.v1alpha1.PodSandbox.verify|verify} messages.
                     * @param message PodSandbox message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.PodSandbox.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a PodSandbox message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.PodSandbox & nri.pkg.api.v1alpha1.PodSandbox.$Shape} PodSandbox
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.PodSandbox & nri.pkg.api.v1alpha1.PodSandbox.$Shape;
                }

                namespace PodSandbox {

                    /** Properties of a PodSandbox. */
                    interface $Properties {

                        /** PodSandbox id */
                        id?: (string|null);

                        /** PodSandbox name */
                        name?: (string|null);

                        /** PodSandbox uid */
                        uid?: (string|null);

                        /** PodSandbox namespace */
                        namespace?: (string|null);

                        /** PodSandbox labels */
                        labels?: ({ [k: string]: string }|null);

                        /** PodSandbox annotations */
                        annotations?: ({ [k: string]: string }|null);

                        /** PodSandbox runtime_handler */
                        runtime_handler?: (string|null);

                        /** PodSandbox linux */
                        linux?: (nri.pkg.api.v1alpha1.LinuxPodSandbox.$Properties|null);

                        /** PodSandbox pid */
                        pid?: (number|null);

                        /** PodSandbox ips */
                        ips?: (string[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a PodSandbox. */
                    type $Shape = nri.pkg.api.v1alpha1.PodSandbox.$Properties;
                }

                /**
                 * Properties of a LinuxPodSandbox.
                 * @deprecated Use nri.pkg.api.v1alpha1.LinuxPodSandbox.$Properties instead.
                 */
                interface ILinuxPodSandbox extends nri.pkg.api.v1alpha1.LinuxPodSandbox.$Properties {
                }

                /** Represents a LinuxPodSandbox. */
                class LinuxPodSandbox {

                    /**
                     * Constructs a new LinuxPodSandbox.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.LinuxPodSandbox.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** LinuxPodSandbox cgroup_parent. */
                    cgroup_parent: string;

                    /** LinuxPodSandbox cgroups_path. */
                    cgroups_path: string;

                    /** LinuxPodSandbox namespaces. */
                    namespaces: nri.pkg.api.v1alpha1.LinuxNamespace.$Properties[];

                    /**
                     * Creates a new LinuxPodSandbox instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns LinuxPodSandbox instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.LinuxPodSandbox.$Shape): nri.pkg.api.v1alpha1.LinuxPodSandbox & nri.pkg.api.v1alpha1.LinuxPodSandbox.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.LinuxPodSandbox.$Properties): nri.pkg.api.v1alpha1.LinuxPodSandbox;

                    /**
                     * Encodes the specified LinuxPodSandbox message. Does not implicitly {@link nri.pkg.api.v1alpha1.LinuxPodSandbox.verify|verify} messages.
                     * @param message LinuxPodSandbox message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.LinuxPodSandbox.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a LinuxPodSandbox message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.LinuxPodSandbox & nri.pkg.api.v1alpha1.LinuxPodSandbox.$Shape} LinuxPodSandbox
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.LinuxPodSandbox & nri.pkg.api.v1alpha1.LinuxPodSandbox.$Shape;
                }

                namespace LinuxPodSandbox {

                    /** Properties of a LinuxPodSandbox. */
                    interface $Properties {

                        /** LinuxPodSandbox cgroup_parent */
                        cgroup_parent?: (string|null);

                        /** LinuxPodSandbox cgroups_path */
                        cgroups_path?: (string|null);

                        /** LinuxPodSandbox namespaces */
                        namespaces?: (nri.pkg.api.v1alpha1.LinuxNamespace.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a LinuxPodSandbox. */
                    type $Shape = nri.pkg.api.v1alpha1.LinuxPodSandbox.$Properties;
                }

                /**
                 * Properties of a LinuxNamespace.
                 * @deprecated Use nri.pkg.api.v1alpha1.LinuxNamespace.$Properties instead.
                 */
                interface ILinuxNamespace extends nri.pkg.api.v1alpha1.LinuxNamespace.$Properties {
                }

                /** Represents a LinuxNamespace. */
                class LinuxNamespace {

                    /**
                     * Constructs a new LinuxNamespace.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.LinuxNamespace.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** LinuxNamespace type. */
                    type: string;

                    /** LinuxNamespace path. */
                    path: string;

                    /**
                     * Creates a new LinuxNamespace instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns LinuxNamespace instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.LinuxNamespace.$Shape): nri.pkg.api.v1alpha1.LinuxNamespace & nri.pkg.api.v1alpha1.LinuxNamespace.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.LinuxNamespace.$Properties): nri.pkg.api.v1alpha1.LinuxNamespace;

                    /**
                     * Encodes the specified LinuxNamespace message. Does not implicitly {@link nri.pkg.api.v1alpha1.LinuxNamespace.verify|verify} messages.
                     * @param message LinuxNamespace message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.LinuxNamespace.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a LinuxNamespace message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.LinuxNamespace & nri.pkg.api.v1alpha1.LinuxNamespace.$Shape} LinuxNamespace
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.LinuxNamespace & nri.pkg.api.v1alpha1.LinuxNamespace.$Shape;
                }

                namespace LinuxNamespace {

                    /** Properties of a LinuxNamespace. */
                    interface $Properties {

                        /** LinuxNamespace type */
                        type?: (string|null);

                        /** LinuxNamespace path */
                        path?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a LinuxNamespace. */
                    type $Shape = nri.pkg.api.v1alpha1.LinuxNamespace.$Properties;
                }

                /**
                 * Properties of a Container.
                 * @deprecated Use nri.pkg.api.v1alpha1.Container.$Properties instead.
                 */
                interface IContainer extends nri.pkg.api.v1alpha1.Container.$Properties {
                }

                /** Represents a Container. */
                class Container {

                    /**
                     * Constructs a new Container.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.Container.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Container id. */
                    id: string;

                    /** Container pod_sandbox_id. */
                    pod_sandbox_id: string;

                    /** Container name. */
                    name: string;

                    /** Container state. */
                    state: nri.pkg.api.v1alpha1.ContainerState;

                    /** Container labels. */
                    labels: { [k: string]: string };

                    /** Container annotations. */
                    annotations: { [k: string]: string };

                    /** Container linux. */
                    linux?: (nri.pkg.api.v1alpha1.LinuxContainer.$Properties|null);

                    /** Container pid. */
                    pid: number;

                    /**
                     * Creates a new Container instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Container instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.Container.$Shape): nri.pkg.api.v1alpha1.Container & nri.pkg.api.v1alpha1.Container.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.Container.$Properties): nri.pkg.api.v1alpha1.Container;

                    /**
                     * Encodes the specified Container message. Does not implicitly {@link nri.pkg.api.v1alpha1.Container.verify|verify} messages.
                     * @param message Container message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.Container.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Container message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.Container & nri.pkg.api.v1alpha1.Container.$Shape} Container
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.Container & nri.pkg.api.v1alpha1.Container.$Shape;
                }

                namespace Container {

                    /** Properties of a Container. */
                    interface $Properties {

                        /** Container id */
                        id?: (string|null);

                        /** Container pod_sandbox_id */
                        pod_sandbox_id?: (string|null);

                        /** Container name */
                        name?: (string|null);

                        /** Container state */
                        state?: (nri.pkg.api.v1alpha1.ContainerState|null);

                        /** Container labels */
                        labels?: ({ [k: string]: string }|null);

                        /** Container annotations */
                        annotations?: ({ [k: string]: string }|null);

                        /** Container linux */
                        linux?: (nri.pkg.api.v1alpha1.LinuxContainer.$Properties|null);

                        /** Container pid */
                        pid?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Container. */
                    type $Shape = nri.pkg.api.v1alpha1.Container.$Properties;
                }

                /** ContainerState enum. */
                enum ContainerState {

                    /** CONTAINER_UNKNOWN value */
                    CONTAINER_UNKNOWN = 0,

                    /** CONTAINER_CREATED value */
                    CONTAINER_CREATED = 1,

                    /** CONTAINER_PAUSED value */
                    CONTAINER_PAUSED = 2,

                    /** CONTAINER_RUNNING value */
                    CONTAINER_RUNNING = 3,

                    /** CONTAINER_STOPPED value */
                    CONTAINER_STOPPED = 4
                }

                /**
                 * Properties of a LinuxContainer.
                 * @deprecated Use nri.pkg.api.v1alpha1.LinuxContainer.$Properties instead.
                 */
                interface ILinuxContainer extends nri.pkg.api.v1alpha1.LinuxContainer.$Properties {
                }

                /** Represents a LinuxContainer. */
                class LinuxContainer {

                    /**
                     * Constructs a new LinuxContainer.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.LinuxContainer.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** LinuxContainer namespaces. */
                    namespaces: nri.pkg.api.v1alpha1.LinuxNamespace.$Properties[];

                    /** LinuxContainer devices. */
                    devices: nri.pkg.api.v1alpha1.LinuxDevice.$Properties[];

                    /** LinuxContainer cgroups_path. */
                    cgroups_path: string;

                    /**
                     * Creates a new LinuxContainer instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns LinuxContainer instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.LinuxContainer.$Shape): nri.pkg.api.v1alpha1.LinuxContainer & nri.pkg.api.v1alpha1.LinuxContainer.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.LinuxContainer.$Properties): nri.pkg.api.v1alpha1.LinuxContainer;

                    /**
                     * Encodes the specified LinuxContainer message. Does not implicitly {@link nri.pkg.api.v1alpha1.LinuxContainer.verify|verify} messages.
                     * @param message LinuxContainer message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.LinuxContainer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a LinuxContainer message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.LinuxContainer & nri.pkg.api.v1alpha1.LinuxContainer.$Shape} LinuxContainer
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.LinuxContainer & nri.pkg.api.v1alpha1.LinuxContainer.$Shape;
                }

                namespace LinuxContainer {

                    /** Properties of a LinuxContainer. */
                    interface $Properties {

                        /** LinuxContainer namespaces */
                        namespaces?: (nri.pkg.api.v1alpha1.LinuxNamespace.$Properties[]|null);

                        /** LinuxContainer devices */
                        devices?: (nri.pkg.api.v1alpha1.LinuxDevice.$Properties[]|null);

                        /** LinuxContainer cgroups_path */
                        cgroups_path?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a LinuxContainer. */
                    type $Shape = nri.pkg.api.v1alpha1.LinuxContainer.$Properties;
                }

                /**
                 * Properties of a LinuxDevice.
                 * @deprecated Use nri.pkg.api.v1alpha1.LinuxDevice.$Properties instead.
                 */
                interface ILinuxDevice extends nri.pkg.api.v1alpha1.LinuxDevice.$Properties {
                }

                /** Represents a LinuxDevice. */
                class LinuxDevice {

                    /**
                     * Constructs a new LinuxDevice.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.LinuxDevice.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** LinuxDevice path. */
                    path: string;

                    /** LinuxDevice type. */
                    type: string;

                    /** LinuxDevice major. */
                    major: number;

                    /** LinuxDevice minor. */
                    minor: number;

                    /** LinuxDevice file_mode. */
                    file_mode?: (nri.pkg.api.v1alpha1.OptionalFileMode.$Properties|null);

                    /** LinuxDevice uid. */
                    uid?: (nri.pkg.api.v1alpha1.OptionalUInt32.$Properties|null);

                    /** LinuxDevice gid. */
                    gid?: (nri.pkg.api.v1alpha1.OptionalUInt32.$Properties|null);

                    /**
                     * Creates a new LinuxDevice instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns LinuxDevice instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.LinuxDevice.$Shape): nri.pkg.api.v1alpha1.LinuxDevice & nri.pkg.api.v1alpha1.LinuxDevice.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.LinuxDevice.$Properties): nri.pkg.api.v1alpha1.LinuxDevice;

                    /**
                     * Encodes the specified LinuxDevice message. Does not implicitly {@link nri.pkg.api.v1alpha1.LinuxDevice.verify|verify} messages.
                     * @param message LinuxDevice message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.LinuxDevice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a LinuxDevice message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.LinuxDevice & nri.pkg.api.v1alpha1.LinuxDevice.$Shape} LinuxDevice
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.LinuxDevice & nri.pkg.api.v1alpha1.LinuxDevice.$Shape;
                }

                namespace LinuxDevice {

                    /** Properties of a LinuxDevice. */
                    interface $Properties {

                        /** LinuxDevice path */
                        path?: (string|null);

                        /** LinuxDevice type */
                        type?: (string|null);

                        /** LinuxDevice major */
                        major?: (number|null);

                        /** LinuxDevice minor */
                        minor?: (number|null);

                        /** LinuxDevice file_mode */
                        file_mode?: (nri.pkg.api.v1alpha1.OptionalFileMode.$Properties|null);

                        /** LinuxDevice uid */
                        uid?: (nri.pkg.api.v1alpha1.OptionalUInt32.$Properties|null);

                        /** LinuxDevice gid */
                        gid?: (nri.pkg.api.v1alpha1.OptionalUInt32.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a LinuxDevice. */
                    type $Shape = nri.pkg.api.v1alpha1.LinuxDevice.$Properties;
                }

                /**
                 * Properties of a ContainerAdjustment.
                 * @deprecated Use nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties instead.
                 */
                interface IContainerAdjustment extends nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties {
                }

                /** Represents a ContainerAdjustment. */
                class ContainerAdjustment {

                    /**
                     * Constructs a new ContainerAdjustment.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ContainerAdjustment annotations. */
                    annotations: { [k: string]: string };

                    /** ContainerAdjustment env. */
                    env: nri.pkg.api.v1alpha1.KeyValue.$Properties[];

                    /** ContainerAdjustment linux. */
                    linux?: (nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Properties|null);

                    /**
                     * Creates a new ContainerAdjustment instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ContainerAdjustment instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.ContainerAdjustment.$Shape): nri.pkg.api.v1alpha1.ContainerAdjustment & nri.pkg.api.v1alpha1.ContainerAdjustment.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties): nri.pkg.api.v1alpha1.ContainerAdjustment;

                    /**
                     * Encodes the specified ContainerAdjustment message. Does not implicitly {@link nri.pkg.api.v1alpha1.ContainerAdjustment.verify|verify} messages.
                     * @param message ContainerAdjustment message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ContainerAdjustment message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.ContainerAdjustment & nri.pkg.api.v1alpha1.ContainerAdjustment.$Shape} ContainerAdjustment
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.ContainerAdjustment & nri.pkg.api.v1alpha1.ContainerAdjustment.$Shape;
                }

                namespace ContainerAdjustment {

                    /** Properties of a ContainerAdjustment. */
                    interface $Properties {

                        /** ContainerAdjustment annotations */
                        annotations?: ({ [k: string]: string }|null);

                        /** ContainerAdjustment env */
                        env?: (nri.pkg.api.v1alpha1.KeyValue.$Properties[]|null);

                        /** ContainerAdjustment linux */
                        linux?: (nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ContainerAdjustment. */
                    type $Shape = nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties;
                }

                /**
                 * Properties of a LinuxContainerAdjustment.
                 * @deprecated Use nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Properties instead.
                 */
                interface ILinuxContainerAdjustment extends nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Properties {
                }

                /** Represents a LinuxContainerAdjustment. */
                class LinuxContainerAdjustment {

                    /**
                     * Constructs a new LinuxContainerAdjustment.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** LinuxContainerAdjustment devices. */
                    devices: nri.pkg.api.v1alpha1.LinuxDevice.$Properties[];

                    /**
                     * Creates a new LinuxContainerAdjustment instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns LinuxContainerAdjustment instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Shape): nri.pkg.api.v1alpha1.LinuxContainerAdjustment & nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Properties): nri.pkg.api.v1alpha1.LinuxContainerAdjustment;

                    /**
                     * Encodes the specified LinuxContainerAdjustment message. Does not implicitly {@link nri.pkg.api.v1alpha1.LinuxContainerAdjustment.verify|verify} messages.
                     * @param message LinuxContainerAdjustment message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a LinuxContainerAdjustment message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.LinuxContainerAdjustment & nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Shape} LinuxContainerAdjustment
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.LinuxContainerAdjustment & nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Shape;
                }

                namespace LinuxContainerAdjustment {

                    /** Properties of a LinuxContainerAdjustment. */
                    interface $Properties {

                        /** LinuxContainerAdjustment devices */
                        devices?: (nri.pkg.api.v1alpha1.LinuxDevice.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a LinuxContainerAdjustment. */
                    type $Shape = nri.pkg.api.v1alpha1.LinuxContainerAdjustment.$Properties;
                }

                /**
                 * Properties of a ContainerUpdate.
                 * @deprecated Use nri.pkg.api.v1alpha1.ContainerUpdate.$Properties instead.
                 */
                interface IContainerUpdate extends nri.pkg.api.v1alpha1.ContainerUpdate.$Properties {
                }

                /** Represents a ContainerUpdate. */
                class ContainerUpdate {

                    /**
                     * Constructs a new ContainerUpdate.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.ContainerUpdate.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ContainerUpdate container_id. */
                    container_id: string;

                    /** ContainerUpdate ignore_failure. */
                    ignore_failure: boolean;

                    /**
                     * Creates a new ContainerUpdate instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ContainerUpdate instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.ContainerUpdate.$Shape): nri.pkg.api.v1alpha1.ContainerUpdate & nri.pkg.api.v1alpha1.ContainerUpdate.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.ContainerUpdate.$Properties): nri.pkg.api.v1alpha1.ContainerUpdate;

                    /**
                     * Encodes the specified ContainerUpdate message. Does not implicitly {@link nri.pkg.api.v1alpha1.ContainerUpdate.verify|verify} messages.
                     * @param message ContainerUpdate message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.ContainerUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ContainerUpdate message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.ContainerUpdate & nri.pkg.api.v1alpha1.ContainerUpdate.$Shape} ContainerUpdate
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.ContainerUpdate & nri.pkg.api.v1alpha1.ContainerUpdate.$Shape;
                }

                namespace ContainerUpdate {

                    /** Properties of a ContainerUpdate. */
                    interface $Properties {

                        /** ContainerUpdate container_id */
                        container_id?: (string|null);

                        /** ContainerUpdate ignore_failure */
                        ignore_failure?: (boolean|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ContainerUpdate. */
                    type $Shape = nri.pkg.api.v1alpha1.ContainerUpdate.$Properties;
                }

                /**
                 * Properties of a ContainerEviction.
                 * @deprecated Use nri.pkg.api.v1alpha1.ContainerEviction.$Properties instead.
                 */
                interface IContainerEviction extends nri.pkg.api.v1alpha1.ContainerEviction.$Properties {
                }

                /** Represents a ContainerEviction. */
                class ContainerEviction {

                    /**
                     * Constructs a new ContainerEviction.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.ContainerEviction.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ContainerEviction container_id. */
                    container_id: string;

                    /** ContainerEviction reason. */
                    reason: string;

                    /**
                     * Creates a new ContainerEviction instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ContainerEviction instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.ContainerEviction.$Shape): nri.pkg.api.v1alpha1.ContainerEviction & nri.pkg.api.v1alpha1.ContainerEviction.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.ContainerEviction.$Properties): nri.pkg.api.v1alpha1.ContainerEviction;

                    /**
                     * Encodes the specified ContainerEviction message. Does not implicitly {@link nri.pkg.api.v1alpha1.ContainerEviction.verify|verify} messages.
                     * @param message ContainerEviction message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.ContainerEviction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ContainerEviction message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.ContainerEviction & nri.pkg.api.v1alpha1.ContainerEviction.$Shape} ContainerEviction
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.ContainerEviction & nri.pkg.api.v1alpha1.ContainerEviction.$Shape;
                }

                namespace ContainerEviction {

                    /** Properties of a ContainerEviction. */
                    interface $Properties {

                        /** ContainerEviction container_id */
                        container_id?: (string|null);

                        /** ContainerEviction reason */
                        reason?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ContainerEviction. */
                    type $Shape = nri.pkg.api.v1alpha1.ContainerEviction.$Properties;
                }

                /**
                 * Properties of a KeyValue.
                 * @deprecated Use nri.pkg.api.v1alpha1.KeyValue.$Properties instead.
                 */
                interface IKeyValue extends nri.pkg.api.v1alpha1.KeyValue.$Properties {
                }

                /** Represents a KeyValue. */
                class KeyValue {

                    /**
                     * Constructs a new KeyValue.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.KeyValue.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** KeyValue key. */
                    key: string;

                    /** KeyValue value. */
                    value: string;

                    /**
                     * Creates a new KeyValue instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns KeyValue instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.KeyValue.$Shape): nri.pkg.api.v1alpha1.KeyValue & nri.pkg.api.v1alpha1.KeyValue.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.KeyValue.$Properties): nri.pkg.api.v1alpha1.KeyValue;

                    /**
                     * Encodes the specified KeyValue message. Does not implicitly {@link nri.pkg.api.v1alpha1.KeyValue.verify|verify} messages.
                     * @param message KeyValue message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.KeyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a KeyValue message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.KeyValue & nri.pkg.api.v1alpha1.KeyValue.$Shape} KeyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.KeyValue & nri.pkg.api.v1alpha1.KeyValue.$Shape;
                }

                namespace KeyValue {

                    /** Properties of a KeyValue. */
                    interface $Properties {

                        /** KeyValue key */
                        key?: (string|null);

                        /** KeyValue value */
                        value?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a KeyValue. */
                    type $Shape = nri.pkg.api.v1alpha1.KeyValue.$Properties;
                }

                /**
                 * Properties of an OptionalUInt32.
                 * @deprecated Use nri.pkg.api.v1alpha1.OptionalUInt32.$Properties instead.
                 */
                interface IOptionalUInt32 extends nri.pkg.api.v1alpha1.OptionalUInt32.$Properties {
                }

                /** Represents an OptionalUInt32. */
                class OptionalUInt32 {

                    /**
                     * Constructs a new OptionalUInt32.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.OptionalUInt32.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** OptionalUInt32 value. */
                    value: number;

                    /**
                     * Creates a new OptionalUInt32 instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns OptionalUInt32 instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.OptionalUInt32.$Shape): nri.pkg.api.v1alpha1.OptionalUInt32 & nri.pkg.api.v1alpha1.OptionalUInt32.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.OptionalUInt32.$Properties): nri.pkg.api.v1alpha1.OptionalUInt32;

                    /**
                     * Encodes the specified OptionalUInt32 message. Does not implicitly {@link nri.pkg.api.v1alpha1.OptionalUInt32.verify|verify} messages.
                     * @param message OptionalUInt32 message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.OptionalUInt32.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an OptionalUInt32 message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.OptionalUInt32 & nri.pkg.api.v1alpha1.OptionalUInt32.$Shape} OptionalUInt32
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.OptionalUInt32 & nri.pkg.api.v1alpha1.OptionalUInt32.$Shape;
                }

                namespace OptionalUInt32 {

                    /** Properties of an OptionalUInt32. */
                    interface $Properties {

                        /** OptionalUInt32 value */
                        value?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an OptionalUInt32. */
                    type $Shape = nri.pkg.api.v1alpha1.OptionalUInt32.$Properties;
                }

                /**
                 * Properties of an OptionalFileMode.
                 * @deprecated Use nri.pkg.api.v1alpha1.OptionalFileMode.$Properties instead.
                 */
                interface IOptionalFileMode extends nri.pkg.api.v1alpha1.OptionalFileMode.$Properties {
                }

                /** Represents an OptionalFileMode. */
                class OptionalFileMode {

                    /**
                     * Constructs a new OptionalFileMode.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: nri.pkg.api.v1alpha1.OptionalFileMode.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** OptionalFileMode value. */
                    value: number;

                    /**
                     * Creates a new OptionalFileMode instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns OptionalFileMode instance
                     */
                    static create(properties: nri.pkg.api.v1alpha1.OptionalFileMode.$Shape): nri.pkg.api.v1alpha1.OptionalFileMode & nri.pkg.api.v1alpha1.OptionalFileMode.$Shape;
                    static create(properties?: nri.pkg.api.v1alpha1.OptionalFileMode.$Properties): nri.pkg.api.v1alpha1.OptionalFileMode;

                    /**
                     * Encodes the specified OptionalFileMode message. Does not implicitly {@link nri.pkg.api.v1alpha1.OptionalFileMode.verify|verify} messages.
                     * @param message OptionalFileMode message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: nri.pkg.api.v1alpha1.OptionalFileMode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an OptionalFileMode message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {nri.pkg.api.v1alpha1.OptionalFileMode & nri.pkg.api.v1alpha1.OptionalFileMode.$Shape} OptionalFileMode
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nri.pkg.api.v1alpha1.OptionalFileMode & nri.pkg.api.v1alpha1.OptionalFileMode.$Shape;
                }

                namespace OptionalFileMode {

                    /** Properties of an OptionalFileMode. */
                    interface $Properties {

                        /** OptionalFileMode value */
                        value?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an OptionalFileMode. */
                    type $Shape = nri.pkg.api.v1alpha1.OptionalFileMode.$Properties;
                }
            }
        }
    }
}

/** Namespace ttrpc. */
export namespace ttrpc {

    /**
     * Properties of a Request.
     * @deprecated Use ttrpc.Request.$Properties instead.
     */
    interface IRequest extends ttrpc.Request.$Properties {
    }

    /** Represents a Request. */
    class Request {

        /**
         * Constructs a new Request.
         * @param [properties] Properties to set
         */
        constructor(properties?: ttrpc.Request.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Request service. */
        service: string;

        /** Request method. */
        method: string;

        /** Request payload. */
        payload: Uint8Array;

        /** Request timeout_nano. */
        timeout_nano: number;

        /** Request metadata. */
        metadata: ttrpc.KeyValue.$Properties[];

        /**
         * Creates a new Request instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Request instance
         */
        static create(properties: ttrpc.Request.$Shape): ttrpc.Request & ttrpc.Request.$Shape;
        static create(properties?: ttrpc.Request.$Properties): ttrpc.Request;

        /**
         * Encodes the specified Request message. Does not implicitly {@link ttrpc.Request.verify|verify} messages.
         * @param message Request message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ttrpc.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Request message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ttrpc.Request & ttrpc.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ttrpc.Request & ttrpc.Request.$Shape;
    }

    namespace Request {

        /** Properties of a Request. */
        interface $Properties {

            /** Request service */
            service?: (string|null);

            /** Request method */
            method?: (string|null);

            /** Request payload */
            payload?: (Uint8Array|null);

            /** Request timeout_nano */
            timeout_nano?: (number|null);

            /** Request metadata */
            metadata?: (ttrpc.KeyValue.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Request. */
        type $Shape = ttrpc.Request.$Properties;
    }

    /**
     * Properties of a Response.
     * @deprecated Use ttrpc.Response.$Properties instead.
     */
    interface IResponse extends ttrpc.Response.$Properties {
    }

    /** Represents a Response. */
    class Response {

        /**
         * Constructs a new Response.
         * @param [properties] Properties to set
         */
        constructor(properties?: ttrpc.Response.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Response status. */
        status?: (google.rpc.Status.$Properties|null);

        /** Response payload. */
        payload: Uint8Array;

        /**
         * Creates a new Response instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Response instance
         */
        static create(properties: ttrpc.Response.$Shape): ttrpc.Response & ttrpc.Response.$Shape;
        static create(properties?: ttrpc.Response.$Properties): ttrpc.Response;

        /**
         * Encodes the specified Response message. Does not implicitly {@link ttrpc.Response.verify|verify} messages.
         * @param message Response message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ttrpc.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Response message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ttrpc.Response & ttrpc.Response.$Shape} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ttrpc.Response & ttrpc.Response.$Shape;
    }

    namespace Response {

        /** Properties of a Response. */
        interface $Properties {

            /** Response status */
            status?: (google.rpc.Status.$Properties|null);

            /** Response payload */
            payload?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Response. */
        type $Shape = ttrpc.Response.$Properties;
    }

    /**
     * Properties of a KeyValue.
     * @deprecated Use ttrpc.KeyValue.$Properties instead.
     */
    interface IKeyValue extends ttrpc.KeyValue.$Properties {
    }

    /** Represents a KeyValue. */
    class KeyValue {

        /**
         * Constructs a new KeyValue.
         * @param [properties] Properties to set
         */
        constructor(properties?: ttrpc.KeyValue.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** KeyValue key. */
        key: string;

        /** KeyValue value. */
        value: string;

        /**
         * Creates a new KeyValue instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeyValue instance
         */
        static create(properties: ttrpc.KeyValue.$Shape): ttrpc.KeyValue & ttrpc.KeyValue.$Shape;
        static create(properties?: ttrpc.KeyValue.$Properties): ttrpc.KeyValue;

        /**
         * Encodes the specified KeyValue message. Does not implicitly {@link ttrpc.KeyValue.verify|verify} messages.
         * @param message KeyValue message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ttrpc.KeyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeyValue message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ttrpc.KeyValue & ttrpc.KeyValue.$Shape} KeyValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ttrpc.KeyValue & ttrpc.KeyValue.$Shape;
    }

    namespace KeyValue {

        /** Properties of a KeyValue. */
        interface $Properties {

            /** KeyValue key */
            key?: (string|null);

            /** KeyValue value */
            value?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a KeyValue. */
        type $Shape = ttrpc.KeyValue.$Properties;
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of an Any.
         * @deprecated Use google.protobuf.Any.$Properties instead.
         */
        interface IAny extends google.protobuf.Any.$Properties {
        }

        /** Represents an Any. */
        class Any {

            /**
             * Constructs a new Any.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Any.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Any type_url. */
            type_url: string;

            /** Any value. */
            value: Uint8Array;

            /**
             * Creates a new Any instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Any instance
             */
            static create(properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
            static create(properties?: google.protobuf.Any.$Properties): google.protobuf.Any;

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any & google.protobuf.Any.$Shape;
        }

        namespace Any {

            /** Properties of an Any. */
            interface $Properties {

                /** Any type_url */
                type_url?: (string|null);

                /** Any value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Any. */
            type $Shape = google.protobuf.Any.$Properties;
        }
    }

    /** Namespace rpc. */
    namespace rpc {

        /**
         * Properties of a Status.
         * @deprecated Use google.rpc.Status.$Properties instead.
         */
        interface IStatus extends google.rpc.Status.$Properties {
        }

        /** Represents a Status. */
        class Status {

            /**
             * Constructs a new Status.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.rpc.Status.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Status code. */
            code: number;

            /** Status message. */
            message: string;

            /** Status details. */
            details: google.protobuf.Any.$Properties[];

            /**
             * Creates a new Status instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Status instance
             */
            static create(properties: google.rpc.Status.$Shape): google.rpc.Status & google.rpc.Status.$Shape;
            static create(properties?: google.rpc.Status.$Properties): google.rpc.Status;

            /**
             * Encodes the specified Status message. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.rpc.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.rpc.Status & google.rpc.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.rpc.Status & google.rpc.Status.$Shape;
        }

        namespace Status {

            /** Properties of a Status. */
            interface $Properties {

                /** Status code */
                code?: (number|null);

                /** Status message */
                message?: (string|null);

                /** Status details */
                details?: (google.protobuf.Any.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Status. */
            type $Shape = google.rpc.Status.$Properties;
        }
    }
}
