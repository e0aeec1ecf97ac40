import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace pluginregistration. */
export namespace pluginregistration {

    /**
     * Properties of an InfoRequest.
     * @deprecated Use pluginregistration.InfoRequest.$Properties instead.
     */
    interface IInfoRequest extends pluginregistration.InfoRequest.$Properties {
    }

    /** Represents an InfoRequest. */
    class InfoRequest {

        /**
         * Constructs a new InfoRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: pluginregistration.InfoRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new InfoRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns InfoRequest instance
         */
        static create(properties: pluginregistration.InfoRequest.$Shape): pluginregistration.InfoRequest & pluginregistration.InfoRequest.$Shape;
        static create(properties?: pluginregistration.InfoRequest.$Properties): pluginregistration.InfoRequest;

        /**
         * Encodes the specified InfoRequest message. Does not implicitly {@link pluginregistration.InfoRequest.verify|verify} messages.
         * @param message InfoRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: pluginregistration.InfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an InfoRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {pluginregistration.InfoRequest & pluginregistration.InfoRequest.$Shape} InfoRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pluginregistration.InfoRequest & pluginregistration.InfoRequest.$Shape;
    }

    namespace InfoRequest {

        /** Properties of an InfoRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an InfoRequest. */
        type $Shape = pluginregistration.InfoRequest.$Properties;
    }

    /**
     * Properties of a PluginInfo.
     * @deprecated Use pluginregistration.PluginInfo.$Properties instead.
     */
    interface IPluginInfo extends pluginregistration.PluginInfo.$Properties {
    }

    /** Represents a PluginInfo. */
    class PluginInfo {

        /**
         * Constructs a new PluginInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: pluginregistration.PluginInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PluginInfo type. */
        type: string;

        /** PluginInfo name. */
        name: string;

        /** PluginInfo endpoint. */
        endpoint: string;

        /** PluginInfo supported_versions. */
        supported_versions: string[];

        /**
         * Creates a new PluginInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PluginInfo instance
         */
        static create(properties: pluginregistration.PluginInfo.$Shape): pluginregistration.PluginInfo & pluginregistration.PluginInfo.$Shape;
        static create(properties?: pluginregistration.PluginInfo.$Properties): pluginregistration.PluginInfo;

        /**
         * Encodes the specified PluginInfo message. Does not implicitly {@link pluginregistration.PluginInfo.verify|verify} messages.
         * @param message PluginInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: pluginregistration.PluginInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PluginInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {pluginregistration.PluginInfo & pluginregistration.PluginInfo.$Shape} PluginInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pluginregistration.PluginInfo & pluginregistration.PluginInfo.$Shape;
    }

    namespace PluginInfo {

        /** Properties of a PluginInfo. */
        interface $Properties {

            /** PluginInfo type */
            type?: (string|null);

            /** PluginInfo name */
            name?: (string|null);

            /** PluginInfo endpoint */
            endpoint?: (string|null);

            /** PluginInfo supported_versions */
            supported_versions?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PluginInfo. */
        type $Shape = pluginregistration.PluginInfo.$Properties;
    }

    /**
     * Properties of a RegistrationStatus.
     * @deprecated Use pluginregistration.RegistrationStatus.$Properties instead.
     */
    interface IRegistrationStatus extends pluginregistration.RegistrationStatus.$Properties {
    }

    /** Represents a RegistrationStatus. */
    class RegistrationStatus {

        /**
         * Constructs a new RegistrationStatus.
         * @param [properties] Properties to set
         */
        constructor(properties?: pluginregistration.RegistrationStatus.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RegistrationStatus plugin_registered. */
        plugin_registered: boolean;

        /** RegistrationStatus error. */
        error: string;

        /**
         * Creates a new RegistrationStatus instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RegistrationStatus instance
         */
        static create(properties: pluginregistration.RegistrationStatus.$Shape): pluginregistration.RegistrationStatus & pluginregistration.RegistrationStatus.$Shape;
        static create(properties?: pluginregistration.RegistrationStatus.$Properties): pluginregistration.RegistrationStatus;

        /**
         * Encodes the specified RegistrationStatus message. Does not implicitly {@link pluginregistration.RegistrationStatus.verify|verify} messages.
         * @param message RegistrationStatus message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: pluginregistration.RegistrationStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RegistrationStatus message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {pluginregistration.RegistrationStatus & pluginregistration.RegistrationStatus.$Shape} RegistrationStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pluginregistration.RegistrationStatus & pluginregistration.RegistrationStatus.$Shape;
    }

    namespace RegistrationStatus {

        /** Properties of a RegistrationStatus. */
        interface $Properties {

            /** RegistrationStatus plugin_registered */
            plugin_registered?: (boolean|null);

            /** RegistrationStatus error */
            error?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RegistrationStatus. */
        type $Shape = pluginregistration.RegistrationStatus.$Properties;
    }

    /**
     * Properties of a RegistrationStatusResponse.
     * @deprecated Use pluginregistration.RegistrationStatusResponse.$Properties instead.
     */
    interface IRegistrationStatusResponse extends pluginregistration.RegistrationStatusResponse.$Properties {
    }

    /** Represents a RegistrationStatusResponse. */
    class RegistrationStatusResponse {

        /**
         * Constructs a new RegistrationStatusResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: pluginregistration.RegistrationStatusResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new RegistrationStatusResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RegistrationStatusResponse instance
         */
        static create(properties: pluginregistration.RegistrationStatusResponse.$Shape): pluginregistration.RegistrationStatusResponse & pluginregistration.RegistrationStatusResponse.$Shape;
        static create(properties?: pluginregistration.RegistrationStatusResponse.$Properties): pluginregistration.RegistrationStatusResponse;

        /**
         * Encodes the specified RegistrationStatusResponse message. Does not implicitly {@link pluginregistration.RegistrationStatusResponse.verify|verify} messages.
         * @param message RegistrationStatusResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: pluginregistration.RegistrationStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RegistrationStatusResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {pluginregistration.RegistrationStatusResponse & pluginregistration.RegistrationStatusResponse.$Shape} RegistrationStatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pluginregistration.RegistrationStatusResponse & pluginregistration.RegistrationStatusResponse.$Shape;
    }

    namespace RegistrationStatusResponse {

        /** Properties of a RegistrationStatusResponse. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RegistrationStatusResponse. */
        type $Shape = pluginregistration.RegistrationStatusResponse.$Properties;
    }
}

/** Namespace k8s. */
export namespace k8s {

    /** Namespace io. */
    namespace io {

        /** Namespace kubelet. */
        namespace kubelet {

            /** Namespace pkg. */
            namespace pkg {

                /** Namespace apis. */
                namespace apis {

                    /** Namespace dra. */
                    namespace dra {

                        /** Namespace v1. */
                        namespace v1 {

                            /**
                             * Properties of a Claim.
                             * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties instead.
                             */
                            interface IClaim extends k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties {
                            }

                            /** Represents a Claim. */
                            class Claim {

                                /**
                                 * Constructs a new Claim.
                                 * @param [properties] Properties to set
                                 */
                                constructor(properties?: k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];

                                /** Claim namespace. */
                                namespace: string;

                                /** Claim uid. */
                                uid: string;

                                /** Claim name. */
                                name: string;

                                /**
                                 * Creates a new Claim instance using the specified properties.
                                 * @param [properties] Properties to set
                                 * @returns Claim instance
                                 */
                                static create(properties: k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Shape): k8s.io.kubelet.pkg.apis.dra.v1.Claim & k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Shape;
                                static create(properties?: k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties): k8s.io.kubelet.pkg.apis.dra.v1.Claim;

                                /**
                                 * Encodes the specified Claim message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1.Claim.verify|verify} messages.
                                 * @param message Claim message or plain object to encode
                                 * @param [writer] Writer to encode to
                                 * @returns Writer
                                 */
                                static encode(message: k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                                /**
                                 * Decodes a Claim message from the specified reader or buffer.
                                 * @param reader Reader or buffer to decode from
                                 * @param [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.Claim & k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Shape} Claim
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): k8s.io.kubelet.pkg.apis.dra.v1.Claim & k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Shape;
                            }

                            namespace Claim {

                                /** Properties of a Claim. */
                                interface $Properties {

                                    /** Claim namespace */
                                    namespace?: (string|null);

                                    /** Claim uid */
                                    uid?: (string|null);

                                    /** Claim name */
                                    name?: (string|null);

                                    /** Unknown fields preserved while decoding when enabled */
                                    $unknowns?: Uint8Array[];
                                }

                                /** Shape of a Claim. */
                                type $Shape = k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties;
                            }

                            /**
                             * Properties of a NodePrepareResourcesRequest.
                             * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Properties instead.
                             */
                            interface INodePrepareResourcesRequest extends k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Properties {
                            }

                            /** Represents a NodePrepareResourcesRequest. */
                            class NodePrepareResourcesRequest {

                                /**
                                 * Constructs a new NodePrepareResourcesRequest.
                                 * @param [properties] Properties to set
                                 */
                                constructor(properties?: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Properties);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];

                                /** NodePrepareResourcesRequest claims. */
                                claims: k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties[];

                                /**
                                 * Creates a new NodePrepareResourcesRequest instance using the specified properties.
                                 * @param [properties] Properties to set
                                 * @returns NodePrepareResourcesRequest instance
                                 */
                                static create(properties: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Shape): k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Shape;
                                static create(properties?: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Properties): k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest;

                                /**
                                 * Encodes the specified NodePrepareResourcesRequest message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.verify|verify} messages.
                                 * @param message NodePrepareResourcesRequest message or plain object to encode
                                 * @param [writer] Writer to encode to
                                 * @returns Writer
                                 */
                                static encode(message: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                                /**
                                 * Decodes a NodePrepareResourcesRequest message from the specified reader or buffer.
                                 * @param reader Reader or buffer to decode from
                                 * @param [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Shape} NodePrepareResourcesRequest
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Shape;
                            }

                            namespace NodePrepareResourcesRequest {

                                /** Properties of a NodePrepareResourcesRequest. */
                                interface $Properties {

                                    /** NodePrepareResourcesRequest claims */
                                    claims?: (k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties[]|null);

                                    /** Unknown fields preserved while decoding when enabled */
                                    $unknowns?: Uint8Array[];
                                }

                                /** Shape of a NodePrepareResourcesRequest. */
                                type $Shape = k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesRequest.$Properties;
                            }

                            /**
                             * Properties of a NodePrepareResourcesResponse.
                             * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Properties instead.
                             */
                            interface INodePrepareResourcesResponse extends k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Properties {
                            }

                            /** Represents a NodePrepareResourcesResponse. */
                            class NodePrepareResourcesResponse {

                                /**
                                 * Constructs a new NodePrepareResourcesResponse.
                                 * @param [properties] Properties to set
                                 */
                                constructor(properties?: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Properties);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];

                                /** NodePrepareResourcesResponse claims. */
                                claims: { [k: string]: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Properties };

                                /**
                                 * Creates a new NodePrepareResourcesResponse instance using the specified properties.
                                 * @param [properties] Properties to set
                                 * @returns NodePrepareResourcesResponse instance
                                 */
                                static create(properties: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Shape): k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Shape;
                                static create(properties?: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Properties): k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse;

                                /**
                                 * Encodes the specified NodePrepareResourcesResponse message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.verify|verify} messages.
                                 * @param message NodePrepareResourcesResponse message or plain object to encode
                                 * @param [writer] Writer to encode to
                                 * @returns Writer
                                 */
                                static encode(message: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                                /**
                                 * Decodes a NodePrepareResourcesResponse message from the specified reader or buffer.
                                 * @param reader Reader or buffer to decode from
                                 * @param [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Shape} NodePrepareResourcesResponse
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Shape;
                            }

                            namespace NodePrepareResourcesResponse {

                                /** Properties of a NodePrepareResourcesResponse. */
                                interface $Properties {

                                    /** NodePrepareResourcesResponse claims */
                                    claims?: ({ [k: string]: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Properties }|null);

                                    /** Unknown fields preserved while decoding when enabled */
                                    $unknowns?: Uint8Array[];
                                }

                                /** Shape of a NodePrepareResourcesResponse. */
                                type $Shape = k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourcesResponse.$Properties;
                            }

                            /**
                             * Properties of a NodePrepareResourceResponse.
                             * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Properties instead.
                             */
                            interface INodePrepareResourceResponse extends k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Properties {
                            }

                            /** Represents a NodePrepareResourceResponse. */
                            class NodePrepareResourceResponse {

                                /**
                                 * Constructs a new NodePrepareResourceResponse.
                                 * @param [properties] Properties to set
                                 */
                                constructor(properties?: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Properties);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];

                                /** NodePrepareResourceResponse devices. */
                                devices: k8s.io.kubelet.pkg.apis.dra.v1.Device.$Properties[];

                                /** NodePrepareResourceResponse error. */
                                error: string;

                                /**
                                 * Creates a new NodePrepareResourceResponse instance using the specified properties.
                                 * @param [properties] Properties to set
                                 * @returns NodePrepareResourceResponse instance
                                 */
                                static create(properties: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Shape): k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Shape;
                                static create(properties?: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Properties): k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse;

                                /**
                                 * Encodes the specified NodePrepareResourceResponse message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.verify|verify} messages.
                                 * @param message NodePrepareResourceResponse message or plain object to encode
                                 * @param [writer] Writer to encode to
                                 * @returns Writer
                                 */
                                static encode(message: k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                                /**
                                 * Decodes a NodePrepareResourceResponse message from the specified reader or buffer.
                                 * @param reader Reader or buffer to decode from
                                 * @param [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Shape} NodePrepareResourceResponse
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Shape;
                            }

                            namespace NodePrepareResourceResponse {

                                /** Properties of a NodePrepareResourceResponse. */
                                interface $Properties {

                                    /** NodePrepareResourceResponse devices */
                                    devices?: (k8s.io.kubelet.pkg.apis.dra.v1.Device.$Properties[]|null);

                                    /** NodePrepareResourceResponse error */
                                    error?: (string|null);

                                    /** Unknown fields preserved while decoding when enabled */
                                    $unknowns?: Uint8Array[];
                                }

                                /** Shape of a NodePrepareResourceResponse. */
                                type $Shape = k8s.io.kubelet.pkg.apis.dra.v1.NodePrepareResourceResponse.$Properties;
                            }

                            /**
                             * Properties of a Device.
                             * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1.Device.$Properties instead.
                             */
                            interface IDevice extends k8s.io.kubelet.pkg.apis.dra.v1.Device.$Properties {
                            }

                            /** Represents a Device. */
                            class Device {

                                /**
                                 * Constructs a new Device.
                                 * @param [properties] Properties to set
                                 */
                                constructor(properties?: k8s.io.kubelet.pkg.apis.dra.v1.Device.$Properties);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];

                                /** Device request_names. */
                                request_names: string[];

                                /** Device pool_name. */
                                pool_name: string;

                                /** Device device_name. */
                                device_name: string;

                                /** Device cdi_device_ids. */
                                cdi_device_ids: string[];

                                /** Device share_id. */
                                share_id?: (string|null);

                                /**
                                 * Creates a new Device instance using the specified properties.
                                 * @param [properties] Properties to set
                                 * @returns Device instance
                                 */
                                static create(properties: k8s.io.kubelet.pkg.apis.dra.v1.Device.$Shape): k8s.io.kubelet.pkg.apis.dra.v1.Device & k8s.io.kubelet.pkg.apis.dra.v1.Device.$Shape;
                                static create(properties?: k8s.io.kubelet.pkg.apis.dra.v1.Device.$Properties): k8s.io.kubelet.pkg.apis.dra.v1.Device;

                                /**
                                 * Encodes the specified Device message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1.Device.verify|verify} messages.
                                 * @param message Device message or plain object to encode
                                 * @param [writer] Writer to encode to
                                 * @returns Writer
                                 */
                                static encode(message: k8s.io.kubelet.pkg.apis.dra.v1.Device.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                                /**
                                 * Decodes a Device message from the specified reader or buffer.
                                 * @param reader Reader or buffer to decode from
                                 * @param [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.Device & k8s.io.kubelet.pkg.apis.dra.v1.Device.$Shape} Device
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): k8s.io.kubelet.pkg.apis.dra.v1.Device & k8s.io.kubelet.pkg.apis.dra.v1.Device.$Shape;
                            }

                            namespace Device {

                                /** Properties of a Device. */
                                interface $Properties {

                                    /** Device request_names */
                                    request_names?: (string[]|null);

                                    /** Device pool_name */
                                    pool_name?: (string|null);

                                    /** Device device_name */
                                    device_name?: (string|null);

                                    /** Device cdi_device_ids */
                                    cdi_device_ids?: (string[]|null);

                                    /** Device share_id */
                                    share_id?: (string|null);

                                    /** Unknown fields preserved while decoding when enabled */
                                    $unknowns?: Uint8Array[];
                                }

                                /** Shape of a Device. */
                                type $Shape = k8s.io.kubelet.pkg.apis.dra.v1.Device.$Properties;
                            }

                            /**
                             * Properties of a NodeUnprepareResourcesRequest.
                             * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Properties instead.
                             */
                            interface INodeUnprepareResourcesRequest extends k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Properties {
                            }

                            /** Represents a NodeUnprepareResourcesRequest. */
                            class NodeUnprepareResourcesRequest {

                                /**
                                 * Constructs a new NodeUnprepareResourcesRequest.
                                 * @param [properties] Properties to set
                                 */
                                constructor(properties?: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Properties);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];

                                /** NodeUnprepareResourcesRequest claims. */
                                claims: k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties[];

                                /**
                                 * Creates a new NodeUnprepareResourcesRequest instance using the specified properties.
                                 * @param [properties] Properties to set
                                 * @returns NodeUnprepareResourcesRequest instance
                                 */
                                static create(properties: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Shape): k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Shape;
                                static create(properties?: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Properties): k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest;

                                /**
                                 * Encodes the specified NodeUnprepareResourcesRequest message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.verify|verify} messages.
                                 * @param message NodeUnprepareResourcesRequest message or plain object to encode
                                 * @param [writer] Writer to encode to
                                 * @returns Writer
                                 */
                                static encode(message: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                                /**
                                 * Decodes a NodeUnprepareResourcesRequest message from the specified reader or buffer.
                                 * @param reader Reader or buffer to decode from
                                 * @param [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Shape} NodeUnprepareResourcesRequest
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Shape;
                            }

                            namespace NodeUnprepareResourcesRequest {

                                /** Properties of a NodeUnprepareResourcesRequest. */
                                interface $Properties {

                                    /** NodeUnprepareResourcesRequest claims */
                                    claims?: (k8s.io.kubelet.pkg.apis.dra.v1.Claim.$Properties[]|null);

                                    /** Unknown fields preserved while decoding when enabled */
                                    $unknowns?: Uint8Array[];
                                }

                                /** Shape of a NodeUnprepareResourcesRequest. */
                                type $Shape = k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesRequest.$Properties;
                            }

                            /**
                             * Properties of a NodeUnprepareResourcesResponse.
                             * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Properties instead.
                             */
                            interface INodeUnprepareResourcesResponse extends k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Properties {
                            }

                            /** Represents a NodeUnprepareResourcesResponse. */
                            class NodeUnprepareResourcesResponse {

                                /**
                                 * Constructs a new NodeUnprepareResourcesResponse.
                                 * @param [properties] Properties to set
                                 */
                                constructor(properties?: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Properties);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];

                                /** NodeUnprepareResourcesResponse claims. */
                                claims: { [k: string]: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Properties };

                                /**
                                 * Creates a new NodeUnprepareResourcesResponse instance using the specified properties.
                                 * @param [properties] Properties to set
                                 * @returns NodeUnprepareResourcesResponse instance
                                 */
                                static create(properties: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Shape): k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Shape;
                                static create(properties?: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Properties): k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse;

                                /**
                                 * Encodes the specified NodeUnprepareResourcesResponse message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.verify|verify} messages.
                                 * @param message NodeUnprepareResourcesResponse message or plain object to encode
                                 * @param [writer] Writer to encode to
                                 * @returns Writer
                                 */
                                static encode(message: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                                /**
                                 * Decodes a NodeUnprepareResourcesResponse message from the specified reader or buffer.
                                 * @param reader Reader or buffer to decode from
                                 * @param [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Shape} NodeUnprepareResourcesResponse
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Shape;
                            }

                            namespace NodeUnprepareResourcesResponse {

                                /** Properties of a NodeUnprepareResourcesResponse. */
                                interface $Properties {

                                    /** NodeUnprepareResourcesResponse claims */
                                    claims?: ({ [k: string]: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Properties }|null);

                                    /** Unknown fields preserved while decoding when enabled */
                                    $unknowns?: Uint8Array[];
                                }

                                /** Shape of a NodeUnprepareResourcesResponse. */
                                type $Shape = k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourcesResponse.$Properties;
                            }

                            /**
                             * Properties of a NodeUnprepareResourceResponse.
                             * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Properties instead.
                             */
                            interface INodeUnprepareResourceResponse extends k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Properties {
                            }

                            /** Represents a NodeUnprepareResourceResponse. */
                            class NodeUnprepareResourceResponse {

                                /**
                                 * Constructs a new NodeUnprepareResourceResponse.
                                 * @param [properties] Properties to set
                                 */
                                constructor(properties?: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Properties);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];

                                /** NodeUnprepareResourceResponse error. */
                                error: string;

                                /**
                                 * Creates a new NodeUnprepareResourceResponse instance using the specified properties.
                                 * @param [properties] Properties to set
                                 * @returns NodeUnprepareResourceResponse instance
                                 */
                                static create(properties: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Shape): k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Shape;
                                static create(properties?: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Properties): k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse;

                                /**
                                 * Encodes the specified NodeUnprepareResourceResponse message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.verify|verify} messages.
                                 * @param message NodeUnprepareResourceResponse message or plain object to encode
                                 * @param [writer] Writer to encode to
                                 * @returns Writer
                                 */
                                static encode(message: k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                                /**
                                 * Decodes a NodeUnprepareResourceResponse message from the specified reader or buffer.
                                 * @param reader Reader or buffer to decode from
                                 * @param [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Shape} NodeUnprepareResourceResponse
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Shape;
                            }

                            namespace NodeUnprepareResourceResponse {

                                /** Properties of a NodeUnprepareResourceResponse. */
                                interface $Properties {

                                    /** NodeUnprepareResourceResponse error */
                                    error?: (string|null);

                                    /** Unknown fields preserved while decoding when enabled */
                                    $unknowns?: Uint8Array[];
                                }

                                /** Shape of a NodeUnprepareResourceResponse. */
                                type $Shape = k8s.io.kubelet.pkg.apis.dra.v1.NodeUnprepareResourceResponse.$Properties;
                            }
                        }

                        /** Namespace v1beta1. */
                        namespace v1beta1 {

                            /**
                             * Properties of a Claim.
                             * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties instead.
                             */
                            interface IClaim extends k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties {
                            }

                            /** Represents a Claim. */
                            class Claim {

                                /**
                                 * Constructs a new Claim.
                                 * @param [properties] Properties to set
                                 */
                                constructor(properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];

                                /** Claim namespace. */
                                namespace: string;

                                /** Claim uid. */
                                uid: string;

                                /** Claim name. */
                                name: string;

                                /**
                                 * Creates a new Claim instance using the specified properties.
                                 * @param [properties] Properties to set
                                 * @returns Claim instance
                                 */
                                static create(properties: k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Shape): k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim & k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Shape;
                                static create(properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties): k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim;

                                /**
                                 * Encodes the specified Claim message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.verify|verify} messages.
                                 * @param message Claim message or plain object to encode
                                 * @param [writer] Writer to encode to
                                 * @returns Writer
                                 */
                                static encode(message: k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                                /**
                                 * Decodes a Claim message from the specified reader or buffer.
                                 * @param reader Reader or buffer to decode from
                                 * @param [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim & k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Shape} Claim
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim & k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Shape;
                            }

                            namespace Claim {

                                /** Properties of a Claim. */
                                interface $Properties {

                                    /** Claim namespace */
                                    namespace?: (string|null);

                                    /** Claim uid */
                                    uid?: (string|null);

                                    /** Claim name */
                                    name?: (string|null);

                                    /** Unknown fields preserved while decoding when enabled */
                                    $unknowns?: Uint8Array[];
                                }

                                /** Shape of a Claim. */
                                type $Shape = k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties;
                            }

                            /**
                             * Properties of a NodePrepareResourcesRequest.
                             * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Properties instead.
                             */
                            interface INodePrepareResourcesRequest extends k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Properties {
                            }

                            /** Represents a NodePrepareResourcesRequest. */
                            class NodePrepareResourcesRequest {

                                /**
                                 * Constructs a new NodePrepareResourcesRequest.
                                 * @param [properties] Properties to set
                                 */
                                constructor(properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Properties);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];

                                /** NodePrepareResourcesRequest claims. */
                                claims: k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties[];

                                /**
                                 * Creates a new NodePrepareResourcesRequest instance using the specified properties.
                                 * @param [properties] Properties to set
                                 * @returns NodePrepareResourcesRequest instance
                                 */
                                static create(properties: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Shape): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Shape;
                                static create(properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Properties): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest;

                                /**
                                 * Encodes the specified NodePrepareResourcesRequest message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.verify|verify} messages.
                                 * @param message NodePrepareResourcesRequest message or plain object to encode
                                 * @param [writer] Writer to encode to
                                 * @returns Writer
                                 */
                                static encode(message: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                                /**
                                 * Decodes a NodePrepareResourcesRequest message from the specified reader or buffer.
                                 * @param reader Reader or buffer to decode from
                                 * @param [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Shape} NodePrepareResourcesRequest
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Shape;
                            }

                            namespace NodePrepareResourcesRequest {

                                /** Properties of a NodePrepareResourcesRequest. */
                                interface $Properties {

                                    /** NodePrepareResourcesRequest claims */
                                    claims?: (k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties[]|null);

                                    /** Unknown fields preserved while decoding when enabled */
                                    $unknowns?: Uint8Array[];
                                }

                                /** Shape of a NodePrepareResourcesRequest. */
                                type $Shape = k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesRequest.$Properties;
                            }

                            /**
                             * Properties of a NodePrepareResourcesResponse.
                             * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Properties instead.
                             */
                            interface INodePrepareResourcesResponse extends k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Properties {
                            }

                            /** Represents a NodePrepareResourcesResponse. */
                            class NodePrepareResourcesResponse {

                                /**
                                 * Constructs a new NodePrepareResourcesResponse.
                                 * @param [properties] Properties to set
                                 */
                                constructor(properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Properties);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];

                                /** NodePrepareResourcesResponse claims. */
                                claims: { [k: string]: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Properties };

                                /**
                                 * Creates a new NodePrepareResourcesResponse instance using the specified properties.
                                 * @param [properties] Properties to set
                                 * @returns NodePrepareResourcesResponse instance
                                 */
                                static create(properties: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Shape): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Shape;
                                static create(properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Properties): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse;

                                /**
                                 * Encodes the specified NodePrepareResourcesResponse message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.verify|verify} messages.
                                 * @param message NodePrepareResourcesResponse message or plain object to encode
                                 * @param [writer] Writer to encode to
                                 * @returns Writer
                                 */
                                static encode(message: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                                /**
                                 * Decodes a NodePrepareResourcesResponse message from the specified reader or buffer.
                                 * @param reader Reader or buffer to decode from
                                 * @param [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Shape} NodePrepareResourcesResponse
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Shape;
                            }

                            namespace NodePrepareResourcesResponse {

                                /** Properties of a NodePrepareResourcesResponse. */
                                interface $Properties {

                                    /** NodePrepareResourcesResponse claims */
                                    claims?: ({ [k: string]: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Properties }|null);

                                    /** Unknown fields preserved while decoding when enabled */
                                    $unknowns?: Uint8Array[];
                                }

                                /** Shape of a NodePrepareResourcesResponse. */
                                type $Shape = k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourcesResponse.$Properties;
                            }

                            /**
                             * Properties of a NodePrepareResourceResponse.
                             * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Properties instead.
                             */
                            interface INodePrepareResourceResponse extends k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Properties {
                            }

                            /** Represents a NodePrepareResourceResponse. */
                            class NodePrepareResourceResponse {

                                /**
                                 * Constructs a new NodePrepareResourceResponse.
                                 * @param [properties] Properties to set
                                 */
                                constructor(properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Properties);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];

                                /** NodePrepareResourceResponse devices. */
                                devices: k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Properties[];

                                /** NodePrepareResourceResponse error. */
                                error: string;

                                /**
                                 * Creates a new NodePrepareResourceResponse instance using the specified properties.
                                 * @param [properties] Properties to set
                                 * @returns NodePrepareResourceResponse instance
                                 */
                                static create(properties: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Shape): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Shape;
                                static create(properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Properties): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse;

                                /**
                                 * Encodes the specified NodePrepareResourceResponse message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.verify|verify} messages.
                                 * @param message NodePrepareResourceResponse message or plain object to encode
                                 * @param [writer] Writer to encode to
                                 * @returns Writer
                                 */
                                static encode(message: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                                /**
                                 * Decodes a NodePrepareResourceResponse message from the specified reader or buffer.
                                 * @param reader Reader or buffer to decode from
                                 * @param [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Shape} NodePrepareResourceResponse
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Shape;
                            }

                            namespace NodePrepareResourceResponse {

                                /** Properties of a NodePrepareResourceResponse. */
                                interface $Properties {

                                    /** NodePrepareResourceResponse devices */
                                    devices?: (k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Properties[]|null);

                                    /** NodePrepareResourceResponse error */
                                    error?: (string|null);

                                    /** Unknown fields preserved while decoding when enabled */
                                    $unknowns?: Uint8Array[];
                                }

                                /** Shape of a NodePrepareResourceResponse. */
                                type $Shape = k8s.io.kubelet.pkg.apis.dra.v1beta1.NodePrepareResourceResponse.$Properties;
                            }

                            /**
                             * Properties of a Device.
                             * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Properties instead.
                             */
                            interface IDevice extends k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Properties {
                            }

                            /** Represents a Device. */
                            class Device {

                                /**
                                 * Constructs a new Device.
                                 * @param [properties] Properties to set
                                 */
                                constructor(properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Properties);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];

                                /** Device request_names. */
                                request_names: string[];

                                /** Device pool_name. */
                                pool_name: string;

                                /** Device device_name. */
                                device_name: string;

                                /** Device cdi_device_ids. */
                                cdi_device_ids: string[];

                                /**
                                 * Creates a new Device instance using the specified properties.
                                 * @param [properties] Properties to set
                                 * @returns Device instance
                                 */
                                static create(properties: k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Shape): k8s.io.kubelet.pkg.apis.dra.v1beta1.Device & k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Shape;
                                static create(properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Properties): k8s.io.kubelet.pkg.apis.dra.v1beta1.Device;

                                /**
                                 * Encodes the specified Device message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.verify|verify} messages.
                                 * @param message Device message or plain object to encode
                                 * @param [writer] Writer to encode to
                                 * @returns Writer
                                 */
                                static encode(message: k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                                /**
                                 * Decodes a Device message from the specified reader or buffer.
                                 * @param reader Reader or buffer to decode from
                                 * @param [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.Device & k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Shape} Device
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): k8s.io.kubelet.pkg.apis.dra.v1beta1.Device & k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Shape;
                            }

                            namespace Device {

                                /** Properties of a Device. */
                                interface $Properties {

                                    /** Device request_names */
                                    request_names?: (string[]|null);

                                    /** Device pool_name */
                                    pool_name?: (string|null);

                                    /** Device device_name */
                                    device_name?: (string|null);

                                    /** Device cdi_device_ids */
                                    cdi_device_ids?: (string[]|null);

                                    /** Unknown fields preserved while decoding when enabled */
                                    $unknowns?: Uint8Array[];
                                }

                                /** Shape of a Device. */
                                type $Shape = k8s.io.kubelet.pkg.apis.dra.v1beta1.Device.$Properties;
                            }

                            /**
                             * Properties of a NodeUnprepareResourcesRequest.
                             * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Properties instead.
                             */
                            interface INodeUnprepareResourcesRequest extends k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Properties {
                            }

                            /** Represents a NodeUnprepareResourcesRequest. */
                            class NodeUnprepareResourcesRequest {

                                /**
                                 * Constructs a new NodeUnprepareResourcesRequest.
                                 * @param [properties] Properties to set
                                 */
                                constructor(properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Properties);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];

                                /** NodeUnprepareResourcesRequest claims. */
                                claims: k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties[];

                                /**
                                 * Creates a new NodeUnprepareResourcesRequest instance using the specified properties.
                                 * @param [properties] Properties to set
                                 * @returns NodeUnprepareResourcesRequest instance
                                 */
                                static create(properties: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Shape): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Shape;
                                static create(properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Properties): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest;

                                /**
                                 * Encodes the specified NodeUnprepareResourcesRequest message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.verify|verify} messages.
                                 * @param message NodeUnprepareResourcesRequest message or plain object to encode
                                 * @param [writer] Writer to encode to
                                 * @returns Writer
                                 */
                                static encode(message: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                                /**
                                 * Decodes a NodeUnprepareResourcesRequest message from the specified reader or buffer.
                                 * @param reader Reader or buffer to decode from
                                 * @param [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Shape} NodeUnprepareResourcesRequest
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Shape;
                            }

                            namespace NodeUnprepareResourcesRequest {

                                /** Properties of a NodeUnprepareResourcesRequest. */
                                interface $Properties {

                                    /** NodeUnprepareResourcesRequest claims */
                                    claims?: (k8s.io.kubelet.pkg.apis.dra.v1beta1.Claim.$Properties[]|null);

                                    /** Unknown fields preserved while decoding when enabled */
                                    $unknowns?: Uint8Array[];
                                }

                                /** Shape of a NodeUnprepareResourcesRequest. */
                                type $Shape = k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesRequest.$Properties;
                            }

                            /**
                             * Properties of a NodeUnprepareResourcesResponse.
                             * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Properties instead.
                             */
                            interface INodeUnprepareResourcesResponse extends k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Properties {
                            }

                            /** Represents a NodeUnprepareResourcesResponse. */
                            class NodeUnprepareResourcesResponse {

                                /**
                                 * Constructs a new NodeUnprepareResourcesResponse.
                                 * @param [properties] Properties to set
                                 */
                                constructor(properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Properties);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];

                                /** NodeUnprepareResourcesResponse claims. */
                                claims: { [k: string]: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Properties };

                                /**
                                 * Creates a new NodeUnprepareResourcesResponse instance using the specified properties.
                                 * @param [properties] Properties to set
                                 * @returns NodeUnprepareResourcesResponse instance
                                 */
                                static create(properties: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Shape): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Shape;
                                static create(properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Properties): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse;

                                /**
                                 * Encodes the specified NodeUnprepareResourcesResponse message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.verify|verify} messages.
                                 * @param message NodeUnprepareResourcesResponse message or plain object to encode
                                 * @param [writer] Writer to encode to
                                 * @returns Writer
                                 */
                                static encode(message: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                                /**
                                 * Decodes a NodeUnprepareResourcesResponse message from the specified reader or buffer.
                                 * @param reader Reader or buffer to decode from
                                 * @param [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Shape} NodeUnprepareResourcesResponse
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Shape;
                            }

                            namespace NodeUnprepareResourcesResponse {

                                /** Properties of a NodeUnprepareResourcesResponse. */
                                interface $Properties {

                                    /** NodeUnprepareResourcesResponse claims */
                                    claims?: ({ [k: string]: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Properties }|null);

                                    /** Unknown fields preserved while decoding when enabled */
                                    $unknowns?: Uint8Array[];
                                }

                                /** Shape of a NodeUnprepareResourcesResponse. */
                                type $Shape = k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourcesResponse.$Properties;
                            }

                            /**
                             * Properties of a NodeUnprepareResourceResponse.
                             * @deprecated Use k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Properties instead.
                             */
                            interface INodeUnprepareResourceResponse extends k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Properties {
                            }

                            /** Represents a NodeUnprepareResourceResponse. */
                            class NodeUnprepareResourceResponse {

                                /**
                                 * Constructs a new NodeUnprepareResourceResponse.
                                 * @param [properties] Properties to set
                                 */
                                constructor(properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Properties);

                                /** Unknown fields preserved while decoding when enabled */
                                $unknowns?: Uint8Array[];

                                /** NodeUnprepareResourceResponse error. */
                                error: string;

                                /**
                                 * Creates a new NodeUnprepareResourceResponse instance using the specified properties.
                                 * @param [properties] Properties to set
                                 * @returns NodeUnprepareResourceResponse instance
                                 */
                                static create(properties: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Shape): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Shape;
                                static create(properties?: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Properties): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse;

                                /**
                                 * Encodes the specified NodeUnprepareResourceResponse message. Does not implicitly {@link k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.verify|verify} messages.
                                 * @param message NodeUnprepareResourceResponse message or plain object to encode
                                 * @param [writer] Writer to encode to
                                 * @returns Writer
                                 */
                                static encode(message: k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                                /**
                                 * Decodes a NodeUnprepareResourceResponse message from the specified reader or buffer.
                                 * @param reader Reader or buffer to decode from
                                 * @param [length] Message length if known beforehand
                                 * @returns {k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Shape} NodeUnprepareResourceResponse
                                 * @throws {Error} If the payload is not a reader or valid buffer
                                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                                 */
                                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse & k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Shape;
                            }

                            namespace NodeUnprepareResourceResponse {

                                /** Properties of a NodeUnprepareResourceResponse. */
                                interface $Properties {

                                    /** NodeUnprepareResourceResponse error */
                                    error?: (string|null);

                                    /** Unknown fields preserved while decoding when enabled */
                                    $unknowns?: Uint8Array[];
                                }

                                /** Shape of a NodeUnprepareResourceResponse. */
                                type $Shape = k8s.io.kubelet.pkg.apis.dra.v1beta1.NodeUnprepareResourceResponse.$Properties;
                            }
                        }
                    }
                }
            }
        }
    }
}

/** Namespace v1alpha1. */
export namespace v1alpha1 {

    /**
     * Properties of a NodeWatchResourcesRequest.
     * @deprecated Use v1alpha1.NodeWatchResourcesRequest.$Properties instead.
     */
    interface INodeWatchResourcesRequest extends v1alpha1.NodeWatchResourcesRequest.$Properties {
    }

    /** Represents a NodeWatchResourcesRequest. */
    class NodeWatchResourcesRequest {

        /**
         * Constructs a new NodeWatchResourcesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: v1alpha1.NodeWatchResourcesRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new NodeWatchResourcesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns NodeWatchResourcesRequest instance
         */
        static create(properties: v1alpha1.NodeWatchResourcesRequest.$Shape): v1alpha1.NodeWatchResourcesRequest & v1alpha1.NodeWatchResourcesRequest.$Shape;
        static create(properties?: v1alpha1.NodeWatchResourcesRequest.$Properties): v1alpha1.NodeWatchResourcesRequest;

        /**
         * Encodes the specified NodeWatchResourcesRequest message. Does not implicitly {@link v1alpha1.NodeWatchResourcesRequest.verify|verify} messages.
         * @param message NodeWatchResourcesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: v1alpha1.NodeWatchResourcesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NodeWatchResourcesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {v1alpha1.NodeWatchResourcesRequest & v1alpha1.NodeWatchResourcesRequest.$Shape} NodeWatchResourcesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v1alpha1.NodeWatchResourcesRequest & v1alpha1.NodeWatchResourcesRequest.$Shape;
    }

    namespace NodeWatchResourcesRequest {

        /** Properties of a NodeWatchResourcesRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NodeWatchResourcesRequest. */
        type $Shape = v1alpha1.NodeWatchResourcesRequest.$Properties;
    }

    /**
     * Properties of a NodeWatchResourcesResponse.
     * @deprecated Use v1alpha1.NodeWatchResourcesResponse.$Properties instead.
     */
    interface INodeWatchResourcesResponse extends v1alpha1.NodeWatchResourcesResponse.$Properties {
    }

    /** Represents a NodeWatchResourcesResponse. */
    class NodeWatchResourcesResponse {

        /**
         * Constructs a new NodeWatchResourcesResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: v1alpha1.NodeWatchResourcesResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NodeWatchResourcesResponse devices. */
        devices: v1alpha1.DeviceHealth.$Properties[];

        /**
         * Creates a new NodeWatchResourcesResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns NodeWatchResourcesResponse instance
         */
        static create(properties: v1alpha1.NodeWatchResourcesResponse.$Shape): v1alpha1.NodeWatchResourcesResponse & v1alpha1.NodeWatchResourcesResponse.$Shape;
        static create(properties?: v1alpha1.NodeWatchResourcesResponse.$Properties): v1alpha1.NodeWatchResourcesResponse;

        /**
         * Encodes the specified NodeWatchResourcesResponse message. Does not implicitly {@link v1alpha1.NodeWatchResourcesResponse.verify|verify} messages.
         * @param message NodeWatchResourcesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: v1alpha1.NodeWatchResourcesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NodeWatchResourcesResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {v1alpha1.NodeWatchResourcesResponse & v1alpha1.NodeWatchResourcesResponse.$Shape} NodeWatchResourcesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v1alpha1.NodeWatchResourcesResponse & v1alpha1.NodeWatchResourcesResponse.$Shape;
    }

    namespace NodeWatchResourcesResponse {

        /** Properties of a NodeWatchResourcesResponse. */
        interface $Properties {

            /** NodeWatchResourcesResponse devices */
            devices?: (v1alpha1.DeviceHealth.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NodeWatchResourcesResponse. */
        type $Shape = v1alpha1.NodeWatchResourcesResponse.$Properties;
    }

    /**
     * Properties of a DeviceIdentifier.
     * @deprecated Use v1alpha1.DeviceIdentifier.$Properties instead.
     */
    interface IDeviceIdentifier extends v1alpha1.DeviceIdentifier.$Properties {
    }

    /** Represents a DeviceIdentifier. */
    class DeviceIdentifier {

        /**
         * Constructs a new DeviceIdentifier.
         * @param [properties] Properties to set
         */
        constructor(properties?: v1alpha1.DeviceIdentifier.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DeviceIdentifier pool_name. */
        pool_name: string;

        /** DeviceIdentifier device_name. */
        device_name: string;

        /**
         * Creates a new DeviceIdentifier instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DeviceIdentifier instance
         */
        static create(properties: v1alpha1.DeviceIdentifier.$Shape): v1alpha1.DeviceIdentifier & v1alpha1.DeviceIdentifier.$Shape;
        static create(properties?: v1alpha1.DeviceIdentifier.$Properties): v1alpha1.DeviceIdentifier;

        /**
         * Encodes the specified DeviceIdentifier message. Does not implicitly {@link v1alpha1.DeviceIdentifier.verify|verify} messages.
         * @param message DeviceIdentifier message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: v1alpha1.DeviceIdentifier.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DeviceIdentifier message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {v1alpha1.DeviceIdentifier & v1alpha1.DeviceIdentifier.$Shape} DeviceIdentifier
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v1alpha1.DeviceIdentifier & v1alpha1.DeviceIdentifier.$Shape;
    }

    namespace DeviceIdentifier {

        /** Properties of a DeviceIdentifier. */
        interface $Properties {

            /** DeviceIdentifier pool_name */
            pool_name?: (string|null);

            /** DeviceIdentifier device_name */
            device_name?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DeviceIdentifier. */
        type $Shape = v1alpha1.DeviceIdentifier.$Properties;
    }

    /** HealthStatus enum. */
    enum HealthStatus {

        /** UNKNOWN value */
        UNKNOWN = 0,

        /** HEALTHY value */
        HEALTHY = 1,

        /** UNHEALTHY value */
        UNHEALTHY = 2
    }

    /**
     * Properties of a DeviceHealth.
     * @deprecated Use v1alpha1.DeviceHealth.$Properties instead.
     */
    interface IDeviceHealth extends v1alpha1.DeviceHealth.$Properties {
    }

    /** Represents a DeviceHealth. */
    class DeviceHealth {

        /**
         * Constructs a new DeviceHealth.
         * @param [properties] Properties to set
         */
        constructor(properties?: v1alpha1.DeviceHealth.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DeviceHealth device. */
        device?: (v1alpha1.DeviceIdentifier.$Properties|null);

        /** DeviceHealth health. */
        health: v1alpha1.HealthStatus;

        /** DeviceHealth last_updated_time. */
        last_updated_time: number;

        /** DeviceHealth health_check_timeout_seconds. */
        health_check_timeout_seconds: number;

        /** DeviceHealth message. */
        message: string;

        /**
         * Creates a new DeviceHealth instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DeviceHealth instance
         */
        static create(properties: v1alpha1.DeviceHealth.$Shape): v1alpha1.DeviceHealth & v1alpha1.DeviceHealth.$Shape;
        static create(properties?: v1alpha1.DeviceHealth.$Properties): v1alpha1.DeviceHealth;

        /**
         * Encodes the specified DeviceHealth message. Does not implicitly {@link v1alpha1.DeviceHealth.verify|verify} messages.
         * @param message DeviceHealth message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: v1alpha1.DeviceHealth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DeviceHealth message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {v1alpha1.DeviceHealth & v1alpha1.DeviceHealth.$Shape} DeviceHealth
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v1alpha1.DeviceHealth & v1alpha1.DeviceHealth.$Shape;
    }

    namespace DeviceHealth {

        /** Properties of a DeviceHealth. */
        interface $Properties {

            /** DeviceHealth device */
            device?: (v1alpha1.DeviceIdentifier.$Properties|null);

            /** DeviceHealth health */
            health?: (v1alpha1.HealthStatus|null);

            /** DeviceHealth last_updated_time */
            last_updated_time?: (number|null);

            /** DeviceHealth health_check_timeout_seconds */
            health_check_timeout_seconds?: (number|null);

            /** DeviceHealth message */
            message?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DeviceHealth. */
        type $Shape = v1alpha1.DeviceHealth.$Properties;
    }
}
