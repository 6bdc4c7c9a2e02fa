import * as $protobuf from "protobufjs/minimal.js";
import type Long from "long";

/** Namespace flint. */
export namespace flint {

    /** Namespace raft. */
    namespace raft {

        /** EntryType enum. */
        enum EntryType {

            /** ENTRY_NORMAL value */
            ENTRY_NORMAL = 0,

            /** ENTRY_CONF_CHANGE value */
            ENTRY_CONF_CHANGE = 1
        }

        /**
         * Properties of an Entry.
         * @deprecated Use flint.raft.Entry.$Properties instead.
         */
        interface IEntry extends flint.raft.Entry.$Properties {
        }

        /** Represents an Entry. */
        class Entry {

            /**
             * Constructs a new Entry.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.raft.Entry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Entry term. */
            term: (number|Long);

            /** Entry index. */
            index: (number|Long);

            /** Entry type. */
            type: flint.raft.EntryType;

            /** Entry data. */
            data: Uint8Array;

            /**
             * Encodes the specified Entry message. Does not implicitly {@link flint.raft.Entry.verify|verify} messages.
             * @param message Entry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.raft.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Entry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.raft.Entry & flint.raft.Entry.$Shape} Entry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.raft.Entry & flint.raft.Entry.$Shape;
        }

        namespace Entry {

            /** Properties of an Entry. */
            interface $Properties {

                /** Entry term */
                term?: (number|Long|null);

                /** Entry index */
                index?: (number|Long|null);

                /** Entry type */
                type?: (flint.raft.EntryType|null);

                /** Entry data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Entry. */
            type $Shape = flint.raft.Entry.$Properties;
        }

        /**
         * Properties of a HardState.
         * @deprecated Use flint.raft.HardState.$Properties instead.
         */
        interface IHardState extends flint.raft.HardState.$Properties {
        }

        /** Represents a HardState. */
        class HardState {

            /**
             * Constructs a new HardState.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.raft.HardState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HardState term. */
            term: (number|Long);

            /** HardState vote. */
            vote: (number|Long);

            /** HardState commit. */
            commit: (number|Long);

            /**
             * Encodes the specified HardState message. Does not implicitly {@link flint.raft.HardState.verify|verify} messages.
             * @param message HardState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.raft.HardState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HardState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.raft.HardState & flint.raft.HardState.$Shape} HardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.raft.HardState & flint.raft.HardState.$Shape;
        }

        namespace HardState {

            /** Properties of a HardState. */
            interface $Properties {

                /** HardState term */
                term?: (number|Long|null);

                /** HardState vote */
                vote?: (number|Long|null);

                /** HardState commit */
                commit?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HardState. */
            type $Shape = flint.raft.HardState.$Properties;
        }

        /**
         * Properties of a ConfState.
         * @deprecated Use flint.raft.ConfState.$Properties instead.
         */
        interface IConfState extends flint.raft.ConfState.$Properties {
        }

        /** Represents a ConfState. */
        class ConfState {

            /**
             * Constructs a new ConfState.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.raft.ConfState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfState voters. */
            voters: (number|Long)[];

            /** ConfState learners. */
            learners: (number|Long)[];

            /** ConfState votersOutgoing. */
            votersOutgoing: (number|Long)[];

            /** ConfState learnersNext. */
            learnersNext: (number|Long)[];

            /** ConfState autoLeave. */
            autoLeave: boolean;

            /**
             * Encodes the specified ConfState message. Does not implicitly {@link flint.raft.ConfState.verify|verify} messages.
             * @param message ConfState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.raft.ConfState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.raft.ConfState & flint.raft.ConfState.$Shape} ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.raft.ConfState & flint.raft.ConfState.$Shape;
        }

        namespace ConfState {

            /** Properties of a ConfState. */
            interface $Properties {

                /** ConfState voters */
                voters?: ((number|Long)[]|null);

                /** ConfState learners */
                learners?: ((number|Long)[]|null);

                /** ConfState votersOutgoing */
                votersOutgoing?: ((number|Long)[]|null);

                /** ConfState learnersNext */
                learnersNext?: ((number|Long)[]|null);

                /** ConfState autoLeave */
                autoLeave?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfState. */
            type $Shape = flint.raft.ConfState.$Properties;
        }

        /**
         * Properties of a SnapshotMetadata.
         * @deprecated Use flint.raft.SnapshotMetadata.$Properties instead.
         */
        interface ISnapshotMetadata extends flint.raft.SnapshotMetadata.$Properties {
        }

        /** Represents a SnapshotMetadata. */
        class SnapshotMetadata {

            /**
             * Constructs a new SnapshotMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.raft.SnapshotMetadata.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotMetadata confState. */
            confState?: (flint.raft.ConfState.$Properties|null);

            /** SnapshotMetadata index. */
            index: (number|Long);

            /** SnapshotMetadata term. */
            term: (number|Long);

            /**
             * Encodes the specified SnapshotMetadata message. Does not implicitly {@link flint.raft.SnapshotMetadata.verify|verify} messages.
             * @param message SnapshotMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.raft.SnapshotMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.raft.SnapshotMetadata & flint.raft.SnapshotMetadata.$Shape} SnapshotMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.raft.SnapshotMetadata & flint.raft.SnapshotMetadata.$Shape;
        }

        namespace SnapshotMetadata {

            /** Properties of a SnapshotMetadata. */
            interface $Properties {

                /** SnapshotMetadata confState */
                confState?: (flint.raft.ConfState.$Properties|null);

                /** SnapshotMetadata index */
                index?: (number|Long|null);

                /** SnapshotMetadata term */
                term?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotMetadata. */
            type $Shape = flint.raft.SnapshotMetadata.$Properties;
        }

        /**
         * Properties of a Snapshot.
         * @deprecated Use flint.raft.Snapshot.$Properties instead.
         */
        interface ISnapshot extends flint.raft.Snapshot.$Properties {
        }

        /** Represents a Snapshot. */
        class Snapshot {

            /**
             * Constructs a new Snapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.raft.Snapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Snapshot data. */
            data: Uint8Array;

            /** Snapshot metadata. */
            metadata?: (flint.raft.SnapshotMetadata.$Properties|null);

            /**
             * Encodes the specified Snapshot message. Does not implicitly {@link flint.raft.Snapshot.verify|verify} messages.
             * @param message Snapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.raft.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Snapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.raft.Snapshot & flint.raft.Snapshot.$Shape} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.raft.Snapshot & flint.raft.Snapshot.$Shape;
        }

        namespace Snapshot {

            /** Properties of a Snapshot. */
            interface $Properties {

                /** Snapshot data */
                data?: (Uint8Array|null);

                /** Snapshot metadata */
                metadata?: (flint.raft.SnapshotMetadata.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Snapshot. */
            type $Shape = flint.raft.Snapshot.$Properties;
        }

        /** MessageType enum. */
        enum MessageType {

            /** MSG_APPEND value */
            MSG_APPEND = 0,

            /** MSG_APPEND_RESPONSE value */
            MSG_APPEND_RESPONSE = 1,

            /** MSG_VOTE value */
            MSG_VOTE = 2,

            /** MSG_VOTE_RESPONSE value */
            MSG_VOTE_RESPONSE = 3,

            /** MSG_PRE_VOTE value */
            MSG_PRE_VOTE = 4,

            /** MSG_PRE_VOTE_RESPONSE value */
            MSG_PRE_VOTE_RESPONSE = 5,

            /** MSG_HEARTBEAT value */
            MSG_HEARTBEAT = 6,

            /** MSG_HEARTBEAT_RESPONSE value */
            MSG_HEARTBEAT_RESPONSE = 7,

            /** MSG_SNAPSHOT value */
            MSG_SNAPSHOT = 8,

            /** MSG_TIMEOUT_NOW value */
            MSG_TIMEOUT_NOW = 9,

            /** MSG_READ_INDEX value */
            MSG_READ_INDEX = 10,

            /** MSG_READ_INDEX_RESPONSE value */
            MSG_READ_INDEX_RESPONSE = 11,

            /** MSG_PROPOSE value */
            MSG_PROPOSE = 12,

            /** MSG_TRANSFER_LEADER value */
            MSG_TRANSFER_LEADER = 13
        }

        /**
         * Properties of a Message.
         * @deprecated Use flint.raft.Message.$Properties instead.
         */
        interface IMessage extends flint.raft.Message.$Properties {
        }

        /** Represents a Message. */
        class Message {

            /**
             * Constructs a new Message.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.raft.Message.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Message type. */
            type: flint.raft.MessageType;

            /** Message to. */
            to: (number|Long);

            /** Message from. */
            from: (number|Long);

            /** Message term. */
            term: (number|Long);

            /** Message logTerm. */
            logTerm: (number|Long);

            /** Message index. */
            index: (number|Long);

            /** Message entries. */
            entries: flint.raft.Entry.$Properties[];

            /** Message commit. */
            commit: (number|Long);

            /** Message reject. */
            reject: boolean;

            /** Message rejectHint. */
            rejectHint: (number|Long);

            /** Message snapshot. */
            snapshot?: (flint.raft.Snapshot.$Properties|null);

            /** Message context. */
            context: Uint8Array;

            /**
             * Encodes the specified Message message. Does not implicitly {@link flint.raft.Message.verify|verify} messages.
             * @param message Message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.raft.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.raft.Message & flint.raft.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.raft.Message & flint.raft.Message.$Shape;
        }

        namespace Message {

            /** Properties of a Message. */
            interface $Properties {

                /** Message type */
                type?: (flint.raft.MessageType|null);

                /** Message to */
                to?: (number|Long|null);

                /** Message from */
                from?: (number|Long|null);

                /** Message term */
                term?: (number|Long|null);

                /** Message logTerm */
                logTerm?: (number|Long|null);

                /** Message index */
                index?: (number|Long|null);

                /** Message entries */
                entries?: (flint.raft.Entry.$Properties[]|null);

                /** Message commit */
                commit?: (number|Long|null);

                /** Message reject */
                reject?: (boolean|null);

                /** Message rejectHint */
                rejectHint?: (number|Long|null);

                /** Message snapshot */
                snapshot?: (flint.raft.Snapshot.$Properties|null);

                /** Message context */
                context?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Message. */
            type $Shape = flint.raft.Message.$Properties;
        }

        /**
         * Properties of a SnapshotChunk.
         * @deprecated Use flint.raft.SnapshotChunk.$Properties instead.
         */
        interface ISnapshotChunk extends flint.raft.SnapshotChunk.$Properties {
        }

        /** Represents a SnapshotChunk. */
        class SnapshotChunk {

            /**
             * Constructs a new SnapshotChunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.raft.SnapshotChunk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotChunk snapshotIndex. */
            snapshotIndex: (number|Long);

            /** SnapshotChunk snapshotTerm. */
            snapshotTerm: (number|Long);

            /** SnapshotChunk from. */
            from: (number|Long);

            /** SnapshotChunk to. */
            to: (number|Long);

            /** SnapshotChunk offset. */
            offset: (number|Long);

            /** SnapshotChunk totalBytes. */
            totalBytes: (number|Long);

            /** SnapshotChunk last. */
            last: boolean;

            /** SnapshotChunk data. */
            data: Uint8Array;

            /** SnapshotChunk message. */
            message?: (flint.raft.Message.$Properties|null);

            /**
             * Encodes the specified SnapshotChunk message. Does not implicitly {@link flint.raft.SnapshotChunk.verify|verify} messages.
             * @param message SnapshotChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.raft.SnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotChunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.raft.SnapshotChunk & flint.raft.SnapshotChunk.$Shape} SnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.raft.SnapshotChunk & flint.raft.SnapshotChunk.$Shape;
        }

        namespace SnapshotChunk {

            /** Properties of a SnapshotChunk. */
            interface $Properties {

                /** SnapshotChunk snapshotIndex */
                snapshotIndex?: (number|Long|null);

                /** SnapshotChunk snapshotTerm */
                snapshotTerm?: (number|Long|null);

                /** SnapshotChunk from */
                from?: (number|Long|null);

                /** SnapshotChunk to */
                to?: (number|Long|null);

                /** SnapshotChunk offset */
                offset?: (number|Long|null);

                /** SnapshotChunk totalBytes */
                totalBytes?: (number|Long|null);

                /** SnapshotChunk last */
                last?: (boolean|null);

                /** SnapshotChunk data */
                data?: (Uint8Array|null);

                /** SnapshotChunk message */
                message?: (flint.raft.Message.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotChunk. */
            type $Shape = flint.raft.SnapshotChunk.$Properties;
        }

        /**
         * Properties of a SnapshotAck.
         * @deprecated Use flint.raft.SnapshotAck.$Properties instead.
         */
        interface ISnapshotAck extends flint.raft.SnapshotAck.$Properties {
        }

        /** Represents a SnapshotAck. */
        class SnapshotAck {

            /**
             * Constructs a new SnapshotAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.raft.SnapshotAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotAck snapshotIndex. */
            snapshotIndex: (number|Long);

            /** SnapshotAck snapshotTerm. */
            snapshotTerm: (number|Long);

            /** SnapshotAck from. */
            from: (number|Long);

            /** SnapshotAck to. */
            to: (number|Long);

            /** SnapshotAck offset. */
            offset: (number|Long);

            /** SnapshotAck refused. */
            refused: boolean;

            /** SnapshotAck reason. */
            reason: string;

            /**
             * Encodes the specified SnapshotAck message. Does not implicitly {@link flint.raft.SnapshotAck.verify|verify} messages.
             * @param message SnapshotAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.raft.SnapshotAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.raft.SnapshotAck & flint.raft.SnapshotAck.$Shape} SnapshotAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.raft.SnapshotAck & flint.raft.SnapshotAck.$Shape;
        }

        namespace SnapshotAck {

            /** Properties of a SnapshotAck. */
            interface $Properties {

                /** SnapshotAck snapshotIndex */
                snapshotIndex?: (number|Long|null);

                /** SnapshotAck snapshotTerm */
                snapshotTerm?: (number|Long|null);

                /** SnapshotAck from */
                from?: (number|Long|null);

                /** SnapshotAck to */
                to?: (number|Long|null);

                /** SnapshotAck offset */
                offset?: (number|Long|null);

                /** SnapshotAck refused */
                refused?: (boolean|null);

                /** SnapshotAck reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotAck. */
            type $Shape = flint.raft.SnapshotAck.$Properties;
        }
    }

    /** Namespace kv. */
    namespace kv {

        /**
         * Properties of a RegionEpoch.
         * @deprecated Use flint.kv.RegionEpoch.$Properties instead.
         */
        interface IRegionEpoch extends flint.kv.RegionEpoch.$Properties {
        }

        /** Represents a RegionEpoch. */
        class RegionEpoch {

            /**
             * Constructs a new RegionEpoch.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.RegionEpoch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegionEpoch confVersion. */
            confVersion: (number|Long);

            /** RegionEpoch version. */
            version: (number|Long);

            /**
             * Encodes the specified RegionEpoch message. Does not implicitly {@link flint.kv.RegionEpoch.verify|verify} messages.
             * @param message RegionEpoch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.RegionEpoch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegionEpoch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.RegionEpoch & flint.kv.RegionEpoch.$Shape} RegionEpoch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.RegionEpoch & flint.kv.RegionEpoch.$Shape;
        }

        namespace RegionEpoch {

            /** Properties of a RegionEpoch. */
            interface $Properties {

                /** RegionEpoch confVersion */
                confVersion?: (number|Long|null);

                /** RegionEpoch version */
                version?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegionEpoch. */
            type $Shape = flint.kv.RegionEpoch.$Properties;
        }

        /**
         * Properties of a RegionDescriptor.
         * @deprecated Use flint.kv.RegionDescriptor.$Properties instead.
         */
        interface IRegionDescriptor extends flint.kv.RegionDescriptor.$Properties {
        }

        /** Represents a RegionDescriptor. */
        class RegionDescriptor {

            /**
             * Constructs a new RegionDescriptor.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.RegionDescriptor.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegionDescriptor id. */
            id: (number|Long);

            /** RegionDescriptor startKey. */
            startKey: Uint8Array;

            /** RegionDescriptor endKey. */
            endKey: Uint8Array;

            /** RegionDescriptor epoch. */
            epoch?: (flint.kv.RegionEpoch.$Properties|null);

            /** RegionDescriptor peers. */
            peers: (number|Long)[];

            /** RegionDescriptor leader. */
            leader: (number|Long);

            /**
             * Encodes the specified RegionDescriptor message. Does not implicitly {@link flint.kv.RegionDescriptor.verify|verify} messages.
             * @param message RegionDescriptor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.RegionDescriptor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegionDescriptor message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.RegionDescriptor & flint.kv.RegionDescriptor.$Shape} RegionDescriptor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.RegionDescriptor & flint.kv.RegionDescriptor.$Shape;
        }

        namespace RegionDescriptor {

            /** Properties of a RegionDescriptor. */
            interface $Properties {

                /** RegionDescriptor id */
                id?: (number|Long|null);

                /** RegionDescriptor startKey */
                startKey?: (Uint8Array|null);

                /** RegionDescriptor endKey */
                endKey?: (Uint8Array|null);

                /** RegionDescriptor epoch */
                epoch?: (flint.kv.RegionEpoch.$Properties|null);

                /** RegionDescriptor peers */
                peers?: ((number|Long)[]|null);

                /** RegionDescriptor leader */
                leader?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegionDescriptor. */
            type $Shape = flint.kv.RegionDescriptor.$Properties;
        }

        /** ReadConsistency enum. */
        enum ReadConsistency {

            /** LINEARIZABLE value */
            LINEARIZABLE = 0,

            /** LEASE value */
            LEASE = 1,

            /** STALE value */
            STALE = 2
        }

        /**
         * Properties of a Get.
         * @deprecated Use flint.kv.Get.$Properties instead.
         */
        interface IGet extends flint.kv.Get.$Properties {
        }

        /** Represents a Get. */
        class Get {

            /**
             * Constructs a new Get.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.Get.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Get key. */
            key: Uint8Array;

            /** Get consistency. */
            consistency: flint.kv.ReadConsistency;

            /**
             * Encodes the specified Get message. Does not implicitly {@link flint.kv.Get.verify|verify} messages.
             * @param message Get message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.Get.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Get message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.Get & flint.kv.Get.$Shape} Get
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.Get & flint.kv.Get.$Shape;
        }

        namespace Get {

            /** Properties of a Get. */
            interface $Properties {

                /** Get key */
                key?: (Uint8Array|null);

                /** Get consistency */
                consistency?: (flint.kv.ReadConsistency|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Get. */
            type $Shape = flint.kv.Get.$Properties;
        }

        /**
         * Properties of a Put.
         * @deprecated Use flint.kv.Put.$Properties instead.
         */
        interface IPut extends flint.kv.Put.$Properties {
        }

        /** Represents a Put. */
        class Put {

            /**
             * Constructs a new Put.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.Put.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Put key. */
            key: Uint8Array;

            /** Put value. */
            value: Uint8Array;

            /**
             * Encodes the specified Put message. Does not implicitly {@link flint.kv.Put.verify|verify} messages.
             * @param message Put message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.Put.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Put message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.Put & flint.kv.Put.$Shape} Put
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.Put & flint.kv.Put.$Shape;
        }

        namespace Put {

            /** Properties of a Put. */
            interface $Properties {

                /** Put key */
                key?: (Uint8Array|null);

                /** Put value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Put. */
            type $Shape = flint.kv.Put.$Properties;
        }

        /**
         * Properties of a Delete.
         * @deprecated Use flint.kv.Delete.$Properties instead.
         */
        interface IDelete extends flint.kv.Delete.$Properties {
        }

        /** Represents a Delete. */
        class Delete {

            /**
             * Constructs a new Delete.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.Delete.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Delete key. */
            key: Uint8Array;

            /**
             * Encodes the specified Delete message. Does not implicitly {@link flint.kv.Delete.verify|verify} messages.
             * @param message Delete message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.Delete.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Delete message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.Delete & flint.kv.Delete.$Shape} Delete
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.Delete & flint.kv.Delete.$Shape;
        }

        namespace Delete {

            /** Properties of a Delete. */
            interface $Properties {

                /** Delete key */
                key?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Delete. */
            type $Shape = flint.kv.Delete.$Properties;
        }

        /**
         * Properties of a Scan.
         * @deprecated Use flint.kv.Scan.$Properties instead.
         */
        interface IScan extends flint.kv.Scan.$Properties {
        }

        /** Represents a Scan. */
        class Scan {

            /**
             * Constructs a new Scan.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.Scan.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Scan start. */
            start: Uint8Array;

            /** Scan end. */
            end: Uint8Array;

            /** Scan limit. */
            limit: number;

            /** Scan reverse. */
            reverse: boolean;

            /** Scan consistency. */
            consistency: flint.kv.ReadConsistency;

            /**
             * Encodes the specified Scan message. Does not implicitly {@link flint.kv.Scan.verify|verify} messages.
             * @param message Scan message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.Scan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Scan message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.Scan & flint.kv.Scan.$Shape} Scan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.Scan & flint.kv.Scan.$Shape;
        }

        namespace Scan {

            /** Properties of a Scan. */
            interface $Properties {

                /** Scan start */
                start?: (Uint8Array|null);

                /** Scan end */
                end?: (Uint8Array|null);

                /** Scan limit */
                limit?: (number|null);

                /** Scan reverse */
                reverse?: (boolean|null);

                /** Scan consistency */
                consistency?: (flint.kv.ReadConsistency|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Scan. */
            type $Shape = flint.kv.Scan.$Properties;
        }

        /**
         * Properties of a CompareAndSwap.
         * @deprecated Use flint.kv.CompareAndSwap.$Properties instead.
         */
        interface ICompareAndSwap extends flint.kv.CompareAndSwap.$Properties {
        }

        /** Represents a CompareAndSwap. */
        class CompareAndSwap {

            /**
             * Constructs a new CompareAndSwap.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.CompareAndSwap.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CompareAndSwap key. */
            key: Uint8Array;

            /** CompareAndSwap expectedExists. */
            expectedExists: boolean;

            /** CompareAndSwap expectedValue. */
            expectedValue: Uint8Array;

            /** CompareAndSwap nextExists. */
            nextExists: boolean;

            /** CompareAndSwap nextValue. */
            nextValue: Uint8Array;

            /**
             * Encodes the specified CompareAndSwap message. Does not implicitly {@link flint.kv.CompareAndSwap.verify|verify} messages.
             * @param message CompareAndSwap message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.CompareAndSwap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CompareAndSwap message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.CompareAndSwap & flint.kv.CompareAndSwap.$Shape} CompareAndSwap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.CompareAndSwap & flint.kv.CompareAndSwap.$Shape;
        }

        namespace CompareAndSwap {

            /** Properties of a CompareAndSwap. */
            interface $Properties {

                /** CompareAndSwap key */
                key?: (Uint8Array|null);

                /** CompareAndSwap expectedExists */
                expectedExists?: (boolean|null);

                /** CompareAndSwap expectedValue */
                expectedValue?: (Uint8Array|null);

                /** CompareAndSwap nextExists */
                nextExists?: (boolean|null);

                /** CompareAndSwap nextValue */
                nextValue?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CompareAndSwap. */
            type $Shape = flint.kv.CompareAndSwap.$Properties;
        }

        /**
         * Properties of a BatchOperation.
         * @deprecated Use flint.kv.BatchOperation.$Properties instead.
         */
        interface IBatchOperation extends flint.kv.BatchOperation.$Properties {
        }

        /** Represents a BatchOperation. */
        class BatchOperation {

            /**
             * Constructs a new BatchOperation.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.BatchOperation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchOperation put. */
            put?: (flint.kv.Put.$Properties|null);

            /** BatchOperation delete. */
            delete?: (flint.kv.Delete.$Properties|null);

            /** BatchOperation operation. */
            operation?: ("put"|"delete");

            /**
             * Encodes the specified BatchOperation message. Does not implicitly {@link flint.kv.BatchOperation.verify|verify} messages.
             * @param message BatchOperation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.BatchOperation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchOperation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.BatchOperation & flint.kv.BatchOperation.$Shape} BatchOperation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.BatchOperation & flint.kv.BatchOperation.$Shape;
        }

        namespace BatchOperation {

            /** Properties of a BatchOperation. */
            interface $Properties {

                /** BatchOperation put */
                put?: (flint.kv.Put.$Properties|null);

                /** BatchOperation delete */
                "delete"?: (flint.kv.Delete.$Properties|null);

                /** BatchOperation operation */
                operation?: ("put"|"delete");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a BatchOperation. */
            type $Shape = {
              put?: flint.kv.Put.$Shape|null;
              "delete"?: flint.kv.Delete.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ operation?: undefined; put?: null; "delete"?: null }|{ operation?: "put"; put: flint.kv.Put.$Shape; "delete"?: null }|{ operation?: "delete"; put?: null; "delete": flint.kv.Delete.$Shape })
            );
        }

        /**
         * Properties of a Batch.
         * @deprecated Use flint.kv.Batch.$Properties instead.
         */
        interface IBatch extends flint.kv.Batch.$Properties {
        }

        /** Represents a Batch. */
        class Batch {

            /**
             * Constructs a new Batch.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.Batch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Batch operations. */
            operations: flint.kv.BatchOperation.$Properties[];

            /**
             * Encodes the specified Batch message. Does not implicitly {@link flint.kv.Batch.verify|verify} messages.
             * @param message Batch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.Batch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Batch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.Batch & flint.kv.Batch.$Shape} Batch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.Batch & flint.kv.Batch.$Shape;
        }

        namespace Batch {

            /** Properties of a Batch. */
            interface $Properties {

                /** Batch operations */
                operations?: (flint.kv.BatchOperation.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Batch. */
            type $Shape = {
              operations?: flint.kv.BatchOperation.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Status.
         * @deprecated Use flint.kv.Status.$Properties instead.
         */
        interface IStatus extends flint.kv.Status.$Properties {
        }

        /** Represents a Status. */
        class Status {

            /**
             * Constructs a new Status.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.Status.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified Status message. Does not implicitly {@link flint.kv.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.Status & flint.kv.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.Status & flint.kv.Status.$Shape;
        }

        namespace Status {

            /** Properties of a Status. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Status. */
            type $Shape = flint.kv.Status.$Properties;
        }

        /**
         * Properties of a Regions.
         * @deprecated Use flint.kv.Regions.$Properties instead.
         */
        interface IRegions extends flint.kv.Regions.$Properties {
        }

        /** Represents a Regions. */
        class Regions {

            /**
             * Constructs a new Regions.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.Regions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified Regions message. Does not implicitly {@link flint.kv.Regions.verify|verify} messages.
             * @param message Regions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.Regions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Regions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.Regions & flint.kv.Regions.$Shape} Regions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.Regions & flint.kv.Regions.$Shape;
        }

        namespace Regions {

            /** Properties of a Regions. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Regions. */
            type $Shape = flint.kv.Regions.$Properties;
        }

        /**
         * Properties of a TransferLeader.
         * @deprecated Use flint.kv.TransferLeader.$Properties instead.
         */
        interface ITransferLeader extends flint.kv.TransferLeader.$Properties {
        }

        /** Represents a TransferLeader. */
        class TransferLeader {

            /**
             * Constructs a new TransferLeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.TransferLeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TransferLeader toNode. */
            toNode: (number|Long);

            /**
             * Encodes the specified TransferLeader message. Does not implicitly {@link flint.kv.TransferLeader.verify|verify} messages.
             * @param message TransferLeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.TransferLeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransferLeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.TransferLeader & flint.kv.TransferLeader.$Shape} TransferLeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.TransferLeader & flint.kv.TransferLeader.$Shape;
        }

        namespace TransferLeader {

            /** Properties of a TransferLeader. */
            interface $Properties {

                /** TransferLeader toNode */
                toNode?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TransferLeader. */
            type $Shape = flint.kv.TransferLeader.$Properties;
        }

        /**
         * Properties of a Compact.
         * @deprecated Use flint.kv.Compact.$Properties instead.
         */
        interface ICompact extends flint.kv.Compact.$Properties {
        }

        /** Represents a Compact. */
        class Compact {

            /**
             * Constructs a new Compact.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.Compact.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified Compact message. Does not implicitly {@link flint.kv.Compact.verify|verify} messages.
             * @param message Compact message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.Compact.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Compact message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.Compact & flint.kv.Compact.$Shape} Compact
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.Compact & flint.kv.Compact.$Shape;
        }

        namespace Compact {

            /** Properties of a Compact. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Compact. */
            type $Shape = flint.kv.Compact.$Properties;
        }

        /**
         * Properties of a Checksum.
         * @deprecated Use flint.kv.Checksum.$Properties instead.
         */
        interface IChecksum extends flint.kv.Checksum.$Properties {
        }

        /** Represents a Checksum. */
        class Checksum {

            /**
             * Constructs a new Checksum.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.Checksum.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified Checksum message. Does not implicitly {@link flint.kv.Checksum.verify|verify} messages.
             * @param message Checksum message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.Checksum.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Checksum message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.Checksum & flint.kv.Checksum.$Shape} Checksum
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.Checksum & flint.kv.Checksum.$Shape;
        }

        namespace Checksum {

            /** Properties of a Checksum. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Checksum. */
            type $Shape = flint.kv.Checksum.$Properties;
        }

        /**
         * Properties of an ExportRegion.
         * @deprecated Use flint.kv.ExportRegion.$Properties instead.
         */
        interface IExportRegion extends flint.kv.ExportRegion.$Properties {
        }

        /** Represents an ExportRegion. */
        class ExportRegion {

            /**
             * Constructs a new ExportRegion.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.ExportRegion.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExportRegion streamId. */
            streamId: (number|Long);

            /** ExportRegion position. */
            position: (number|Long);

            /** ExportRegion chunkBytes. */
            chunkBytes: number;

            /**
             * Encodes the specified ExportRegion message. Does not implicitly {@link flint.kv.ExportRegion.verify|verify} messages.
             * @param message ExportRegion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.ExportRegion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExportRegion message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.ExportRegion & flint.kv.ExportRegion.$Shape} ExportRegion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.ExportRegion & flint.kv.ExportRegion.$Shape;
        }

        namespace ExportRegion {

            /** Properties of an ExportRegion. */
            interface $Properties {

                /** ExportRegion streamId */
                streamId?: (number|Long|null);

                /** ExportRegion position */
                position?: (number|Long|null);

                /** ExportRegion chunkBytes */
                chunkBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExportRegion. */
            type $Shape = flint.kv.ExportRegion.$Properties;
        }

        /**
         * Properties of a SplitRegion.
         * @deprecated Use flint.kv.SplitRegion.$Properties instead.
         */
        interface ISplitRegion extends flint.kv.SplitRegion.$Properties {
        }

        /** Represents a SplitRegion. */
        class SplitRegion {

            /**
             * Constructs a new SplitRegion.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.SplitRegion.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SplitRegion splitKey. */
            splitKey: Uint8Array;

            /** SplitRegion newRegionId. */
            newRegionId: (number|Long);

            /**
             * Encodes the specified SplitRegion message. Does not implicitly {@link flint.kv.SplitRegion.verify|verify} messages.
             * @param message SplitRegion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.SplitRegion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SplitRegion message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.SplitRegion & flint.kv.SplitRegion.$Shape} SplitRegion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.SplitRegion & flint.kv.SplitRegion.$Shape;
        }

        namespace SplitRegion {

            /** Properties of a SplitRegion. */
            interface $Properties {

                /** SplitRegion splitKey */
                splitKey?: (Uint8Array|null);

                /** SplitRegion newRegionId */
                newRegionId?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SplitRegion. */
            type $Shape = flint.kv.SplitRegion.$Properties;
        }

        /**
         * Properties of an AllocateRegionIds.
         * @deprecated Use flint.kv.AllocateRegionIds.$Properties instead.
         */
        interface IAllocateRegionIds extends flint.kv.AllocateRegionIds.$Properties {
        }

        /** Represents an AllocateRegionIds. */
        class AllocateRegionIds {

            /**
             * Constructs a new AllocateRegionIds.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.AllocateRegionIds.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AllocateRegionIds count. */
            count: number;

            /**
             * Encodes the specified AllocateRegionIds message. Does not implicitly {@link flint.kv.AllocateRegionIds.verify|verify} messages.
             * @param message AllocateRegionIds message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.AllocateRegionIds.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AllocateRegionIds message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.AllocateRegionIds & flint.kv.AllocateRegionIds.$Shape} AllocateRegionIds
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.AllocateRegionIds & flint.kv.AllocateRegionIds.$Shape;
        }

        namespace AllocateRegionIds {

            /** Properties of an AllocateRegionIds. */
            interface $Properties {

                /** AllocateRegionIds count */
                count?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AllocateRegionIds. */
            type $Shape = flint.kv.AllocateRegionIds.$Properties;
        }

        /**
         * Properties of a MoveRegionHost.
         * @deprecated Use flint.kv.MoveRegionHost.$Properties instead.
         */
        interface IMoveRegionHost extends flint.kv.MoveRegionHost.$Properties {
        }

        /** Represents a MoveRegionHost. */
        class MoveRegionHost {

            /**
             * Constructs a new MoveRegionHost.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.MoveRegionHost.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MoveRegionHost regionId. */
            regionId: (number|Long);

            /** MoveRegionHost host. */
            host: number;

            /**
             * Encodes the specified MoveRegionHost message. Does not implicitly {@link flint.kv.MoveRegionHost.verify|verify} messages.
             * @param message MoveRegionHost message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.MoveRegionHost.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MoveRegionHost message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.MoveRegionHost & flint.kv.MoveRegionHost.$Shape} MoveRegionHost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.MoveRegionHost & flint.kv.MoveRegionHost.$Shape;
        }

        namespace MoveRegionHost {

            /** Properties of a MoveRegionHost. */
            interface $Properties {

                /** MoveRegionHost regionId */
                regionId?: (number|Long|null);

                /** MoveRegionHost host */
                host?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MoveRegionHost. */
            type $Shape = flint.kv.MoveRegionHost.$Properties;
        }

        /**
         * Properties of a MergeRegion.
         * @deprecated Use flint.kv.MergeRegion.$Properties instead.
         */
        interface IMergeRegion extends flint.kv.MergeRegion.$Properties {
        }

        /** Represents a MergeRegion. */
        class MergeRegion {

            /**
             * Constructs a new MergeRegion.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.MergeRegion.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified MergeRegion message. Does not implicitly {@link flint.kv.MergeRegion.verify|verify} messages.
             * @param message MergeRegion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.MergeRegion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MergeRegion message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.MergeRegion & flint.kv.MergeRegion.$Shape} MergeRegion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.MergeRegion & flint.kv.MergeRegion.$Shape;
        }

        namespace MergeRegion {

            /** Properties of a MergeRegion. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MergeRegion. */
            type $Shape = flint.kv.MergeRegion.$Properties;
        }

        /** ReplicaChange enum. */
        enum ReplicaChange {

            /** ADD_LEARNER value */
            ADD_LEARNER = 0,

            /** PROMOTE_LEARNER value */
            PROMOTE_LEARNER = 1,

            /** REMOVE_REPLICA value */
            REMOVE_REPLICA = 2
        }

        /**
         * Properties of a ChangeReplicas.
         * @deprecated Use flint.kv.ChangeReplicas.$Properties instead.
         */
        interface IChangeReplicas extends flint.kv.ChangeReplicas.$Properties {
        }

        /** Represents a ChangeReplicas. */
        class ChangeReplicas {

            /**
             * Constructs a new ChangeReplicas.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.ChangeReplicas.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChangeReplicas change. */
            change: flint.kv.ReplicaChange;

            /** ChangeReplicas nodeId. */
            nodeId: (number|Long);

            /**
             * Encodes the specified ChangeReplicas message. Does not implicitly {@link flint.kv.ChangeReplicas.verify|verify} messages.
             * @param message ChangeReplicas message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.ChangeReplicas.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChangeReplicas message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.ChangeReplicas & flint.kv.ChangeReplicas.$Shape} ChangeReplicas
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.ChangeReplicas & flint.kv.ChangeReplicas.$Shape;
        }

        namespace ChangeReplicas {

            /** Properties of a ChangeReplicas. */
            interface $Properties {

                /** ChangeReplicas change */
                change?: (flint.kv.ReplicaChange|null);

                /** ChangeReplicas nodeId */
                nodeId?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChangeReplicas. */
            type $Shape = flint.kv.ChangeReplicas.$Properties;
        }

        /**
         * Properties of a JoinCluster.
         * @deprecated Use flint.kv.JoinCluster.$Properties instead.
         */
        interface IJoinCluster extends flint.kv.JoinCluster.$Properties {
        }

        /** Represents a JoinCluster. */
        class JoinCluster {

            /**
             * Constructs a new JoinCluster.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.JoinCluster.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JoinCluster nodeId. */
            nodeId: (number|Long);

            /** JoinCluster peerAddress. */
            peerAddress: string;

            /** JoinCluster clientAddress. */
            clientAddress: string;

            /**
             * Encodes the specified JoinCluster message. Does not implicitly {@link flint.kv.JoinCluster.verify|verify} messages.
             * @param message JoinCluster message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.JoinCluster.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JoinCluster message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.JoinCluster & flint.kv.JoinCluster.$Shape} JoinCluster
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.JoinCluster & flint.kv.JoinCluster.$Shape;
        }

        namespace JoinCluster {

            /** Properties of a JoinCluster. */
            interface $Properties {

                /** JoinCluster nodeId */
                nodeId?: (number|Long|null);

                /** JoinCluster peerAddress */
                peerAddress?: (string|null);

                /** JoinCluster clientAddress */
                clientAddress?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JoinCluster. */
            type $Shape = flint.kv.JoinCluster.$Properties;
        }

        /**
         * Properties of a RemoveMember.
         * @deprecated Use flint.kv.RemoveMember.$Properties instead.
         */
        interface IRemoveMember extends flint.kv.RemoveMember.$Properties {
        }

        /** Represents a RemoveMember. */
        class RemoveMember {

            /**
             * Constructs a new RemoveMember.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.RemoveMember.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemoveMember nodeId. */
            nodeId: (number|Long);

            /**
             * Encodes the specified RemoveMember message. Does not implicitly {@link flint.kv.RemoveMember.verify|verify} messages.
             * @param message RemoveMember message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.RemoveMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoveMember message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.RemoveMember & flint.kv.RemoveMember.$Shape} RemoveMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.RemoveMember & flint.kv.RemoveMember.$Shape;
        }

        namespace RemoveMember {

            /** Properties of a RemoveMember. */
            interface $Properties {

                /** RemoveMember nodeId */
                nodeId?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoveMember. */
            type $Shape = flint.kv.RemoveMember.$Properties;
        }

        /**
         * Properties of an Authenticate.
         * @deprecated Use flint.kv.Authenticate.$Properties instead.
         */
        interface IAuthenticate extends flint.kv.Authenticate.$Properties {
        }

        /** Represents an Authenticate. */
        class Authenticate {

            /**
             * Constructs a new Authenticate.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.Authenticate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Authenticate user. */
            user: string;

            /** Authenticate password. */
            password: string;

            /**
             * Encodes the specified Authenticate message. Does not implicitly {@link flint.kv.Authenticate.verify|verify} messages.
             * @param message Authenticate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.Authenticate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Authenticate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.Authenticate & flint.kv.Authenticate.$Shape} Authenticate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.Authenticate & flint.kv.Authenticate.$Shape;
        }

        namespace Authenticate {

            /** Properties of an Authenticate. */
            interface $Properties {

                /** Authenticate user */
                user?: (string|null);

                /** Authenticate password */
                password?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Authenticate. */
            type $Shape = flint.kv.Authenticate.$Properties;
        }

        /**
         * Properties of a PutUser.
         * @deprecated Use flint.kv.PutUser.$Properties instead.
         */
        interface IPutUser extends flint.kv.PutUser.$Properties {
        }

        /** Represents a PutUser. */
        class PutUser {

            /**
             * Constructs a new PutUser.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.PutUser.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PutUser name. */
            name: string;

            /** PutUser role. */
            role: string;

            /** PutUser password. */
            password: string;

            /** PutUser create. */
            create: boolean;

            /** PutUser passwordHash. */
            passwordHash: string;

            /**
             * Encodes the specified PutUser message. Does not implicitly {@link flint.kv.PutUser.verify|verify} messages.
             * @param message PutUser message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.PutUser.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PutUser message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.PutUser & flint.kv.PutUser.$Shape} PutUser
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.PutUser & flint.kv.PutUser.$Shape;
        }

        namespace PutUser {

            /** Properties of a PutUser. */
            interface $Properties {

                /** PutUser name */
                name?: (string|null);

                /** PutUser role */
                role?: (string|null);

                /** PutUser password */
                password?: (string|null);

                /** PutUser create */
                create?: (boolean|null);

                /** PutUser passwordHash */
                passwordHash?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PutUser. */
            type $Shape = flint.kv.PutUser.$Properties;
        }

        /**
         * Properties of a RemoveUser.
         * @deprecated Use flint.kv.RemoveUser.$Properties instead.
         */
        interface IRemoveUser extends flint.kv.RemoveUser.$Properties {
        }

        /** Represents a RemoveUser. */
        class RemoveUser {

            /**
             * Constructs a new RemoveUser.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.RemoveUser.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemoveUser name. */
            name: string;

            /**
             * Encodes the specified RemoveUser message. Does not implicitly {@link flint.kv.RemoveUser.verify|verify} messages.
             * @param message RemoveUser message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.RemoveUser.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoveUser message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.RemoveUser & flint.kv.RemoveUser.$Shape} RemoveUser
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.RemoveUser & flint.kv.RemoveUser.$Shape;
        }

        namespace RemoveUser {

            /** Properties of a RemoveUser. */
            interface $Properties {

                /** RemoveUser name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoveUser. */
            type $Shape = flint.kv.RemoveUser.$Properties;
        }

        /**
         * Properties of a ListUsers.
         * @deprecated Use flint.kv.ListUsers.$Properties instead.
         */
        interface IListUsers extends flint.kv.ListUsers.$Properties {
        }

        /** Represents a ListUsers. */
        class ListUsers {

            /**
             * Constructs a new ListUsers.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.ListUsers.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified ListUsers message. Does not implicitly {@link flint.kv.ListUsers.verify|verify} messages.
             * @param message ListUsers message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.ListUsers.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListUsers message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.ListUsers & flint.kv.ListUsers.$Shape} ListUsers
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.ListUsers & flint.kv.ListUsers.$Shape;
        }

        namespace ListUsers {

            /** Properties of a ListUsers. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListUsers. */
            type $Shape = flint.kv.ListUsers.$Properties;
        }

        /**
         * Properties of a SetAuth.
         * @deprecated Use flint.kv.SetAuth.$Properties instead.
         */
        interface ISetAuth extends flint.kv.SetAuth.$Properties {
        }

        /** Represents a SetAuth. */
        class SetAuth {

            /**
             * Constructs a new SetAuth.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.SetAuth.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetAuth enabled. */
            enabled: boolean;

            /**
             * Encodes the specified SetAuth message. Does not implicitly {@link flint.kv.SetAuth.verify|verify} messages.
             * @param message SetAuth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.SetAuth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetAuth message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.SetAuth & flint.kv.SetAuth.$Shape} SetAuth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.SetAuth & flint.kv.SetAuth.$Shape;
        }

        namespace SetAuth {

            /** Properties of a SetAuth. */
            interface $Properties {

                /** SetAuth enabled */
                enabled?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetAuth. */
            type $Shape = flint.kv.SetAuth.$Properties;
        }

        /**
         * Properties of a Request.
         * @deprecated Use flint.kv.Request.$Properties instead.
         */
        interface IRequest extends flint.kv.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request requestId. */
            requestId: (number|Long);

            /** Request regionId. */
            regionId: (number|Long);

            /** Request epoch. */
            epoch?: (flint.kv.RegionEpoch.$Properties|null);

            /** Request clientId. */
            clientId: (number|Long);

            /** Request sequence. */
            sequence: (number|Long);

            /** Request firstIncomplete. */
            firstIncomplete: (number|Long);

            /** Request timeoutMs. */
            timeoutMs: number;

            /** Request get. */
            get?: (flint.kv.Get.$Properties|null);

            /** Request put. */
            put?: (flint.kv.Put.$Properties|null);

            /** Request delete. */
            delete?: (flint.kv.Delete.$Properties|null);

            /** Request scan. */
            scan?: (flint.kv.Scan.$Properties|null);

            /** Request compareAndSwap. */
            compareAndSwap?: (flint.kv.CompareAndSwap.$Properties|null);

            /** Request batch. */
            batch?: (flint.kv.Batch.$Properties|null);

            /** Request status. */
            status?: (flint.kv.Status.$Properties|null);

            /** Request regions. */
            regions?: (flint.kv.Regions.$Properties|null);

            /** Request transferLeader. */
            transferLeader?: (flint.kv.TransferLeader.$Properties|null);

            /** Request compact. */
            compact?: (flint.kv.Compact.$Properties|null);

            /** Request checksum. */
            checksum?: (flint.kv.Checksum.$Properties|null);

            /** Request splitRegion. */
            splitRegion?: (flint.kv.SplitRegion.$Properties|null);

            /** Request allocateRegionIds. */
            allocateRegionIds?: (flint.kv.AllocateRegionIds.$Properties|null);

            /** Request moveRegionHost. */
            moveRegionHost?: (flint.kv.MoveRegionHost.$Properties|null);

            /** Request mergeRegion. */
            mergeRegion?: (flint.kv.MergeRegion.$Properties|null);

            /** Request changeReplicas. */
            changeReplicas?: (flint.kv.ChangeReplicas.$Properties|null);

            /** Request joinCluster. */
            joinCluster?: (flint.kv.JoinCluster.$Properties|null);

            /** Request removeMember. */
            removeMember?: (flint.kv.RemoveMember.$Properties|null);

            /** Request authenticate. */
            authenticate?: (flint.kv.Authenticate.$Properties|null);

            /** Request putUser. */
            putUser?: (flint.kv.PutUser.$Properties|null);

            /** Request removeUser. */
            removeUser?: (flint.kv.RemoveUser.$Properties|null);

            /** Request listUsers. */
            listUsers?: (flint.kv.ListUsers.$Properties|null);

            /** Request setAuth. */
            setAuth?: (flint.kv.SetAuth.$Properties|null);

            /** Request exportRegion. */
            exportRegion?: (flint.kv.ExportRegion.$Properties|null);

            /** Request command. */
            command?: ("get"|"put"|"delete"|"scan"|"compareAndSwap"|"batch"|"status"|"regions"|"transferLeader"|"compact"|"checksum"|"splitRegion"|"allocateRegionIds"|"moveRegionHost"|"mergeRegion"|"changeReplicas"|"joinCluster"|"removeMember"|"authenticate"|"putUser"|"removeUser"|"listUsers"|"setAuth"|"exportRegion");

            /**
             * Encodes the specified Request message. Does not implicitly {@link flint.kv.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.Request & flint.kv.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.Request & flint.kv.Request.$Shape;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request requestId */
                requestId?: (number|Long|null);

                /** Request regionId */
                regionId?: (number|Long|null);

                /** Request epoch */
                epoch?: (flint.kv.RegionEpoch.$Properties|null);

                /** Request clientId */
                clientId?: (number|Long|null);

                /** Request sequence */
                sequence?: (number|Long|null);

                /** Request firstIncomplete */
                firstIncomplete?: (number|Long|null);

                /** Request timeoutMs */
                timeoutMs?: (number|null);

                /** Request get */
                get?: (flint.kv.Get.$Properties|null);

                /** Request put */
                put?: (flint.kv.Put.$Properties|null);

                /** Request delete */
                "delete"?: (flint.kv.Delete.$Properties|null);

                /** Request scan */
                scan?: (flint.kv.Scan.$Properties|null);

                /** Request compareAndSwap */
                compareAndSwap?: (flint.kv.CompareAndSwap.$Properties|null);

                /** Request batch */
                batch?: (flint.kv.Batch.$Properties|null);

                /** Request status */
                status?: (flint.kv.Status.$Properties|null);

                /** Request regions */
                regions?: (flint.kv.Regions.$Properties|null);

                /** Request transferLeader */
                transferLeader?: (flint.kv.TransferLeader.$Properties|null);

                /** Request compact */
                compact?: (flint.kv.Compact.$Properties|null);

                /** Request checksum */
                checksum?: (flint.kv.Checksum.$Properties|null);

                /** Request splitRegion */
                splitRegion?: (flint.kv.SplitRegion.$Properties|null);

                /** Request allocateRegionIds */
                allocateRegionIds?: (flint.kv.AllocateRegionIds.$Properties|null);

                /** Request moveRegionHost */
                moveRegionHost?: (flint.kv.MoveRegionHost.$Properties|null);

                /** Request mergeRegion */
                mergeRegion?: (flint.kv.MergeRegion.$Properties|null);

                /** Request changeReplicas */
                changeReplicas?: (flint.kv.ChangeReplicas.$Properties|null);

                /** Request joinCluster */
                joinCluster?: (flint.kv.JoinCluster.$Properties|null);

                /** Request removeMember */
                removeMember?: (flint.kv.RemoveMember.$Properties|null);

                /** Request authenticate */
                authenticate?: (flint.kv.Authenticate.$Properties|null);

                /** Request putUser */
                putUser?: (flint.kv.PutUser.$Properties|null);

                /** Request removeUser */
                removeUser?: (flint.kv.RemoveUser.$Properties|null);

                /** Request listUsers */
                listUsers?: (flint.kv.ListUsers.$Properties|null);

                /** Request setAuth */
                setAuth?: (flint.kv.SetAuth.$Properties|null);

                /** Request exportRegion */
                exportRegion?: (flint.kv.ExportRegion.$Properties|null);

                /** Request command */
                command?: ("get"|"put"|"delete"|"scan"|"compareAndSwap"|"batch"|"status"|"regions"|"transferLeader"|"compact"|"checksum"|"splitRegion"|"allocateRegionIds"|"moveRegionHost"|"mergeRegion"|"changeReplicas"|"joinCluster"|"removeMember"|"authenticate"|"putUser"|"removeUser"|"listUsers"|"setAuth"|"exportRegion");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Request. */
            type $Shape = {
              requestId?: number|Long|null;
              regionId?: number|Long|null;
              epoch?: flint.kv.RegionEpoch.$Shape|null;
              clientId?: number|Long|null;
              sequence?: number|Long|null;
              firstIncomplete?: number|Long|null;
              timeoutMs?: number|null;
              get?: flint.kv.Get.$Shape|null;
              put?: flint.kv.Put.$Shape|null;
              "delete"?: flint.kv.Delete.$Shape|null;
              scan?: flint.kv.Scan.$Shape|null;
              compareAndSwap?: flint.kv.CompareAndSwap.$Shape|null;
              batch?: flint.kv.Batch.$Shape|null;
              status?: flint.kv.Status.$Shape|null;
              regions?: flint.kv.Regions.$Shape|null;
              transferLeader?: flint.kv.TransferLeader.$Shape|null;
              compact?: flint.kv.Compact.$Shape|null;
              checksum?: flint.kv.Checksum.$Shape|null;
              splitRegion?: flint.kv.SplitRegion.$Shape|null;
              allocateRegionIds?: flint.kv.AllocateRegionIds.$Shape|null;
              moveRegionHost?: flint.kv.MoveRegionHost.$Shape|null;
              mergeRegion?: flint.kv.MergeRegion.$Shape|null;
              changeReplicas?: flint.kv.ChangeReplicas.$Shape|null;
              joinCluster?: flint.kv.JoinCluster.$Shape|null;
              removeMember?: flint.kv.RemoveMember.$Shape|null;
              authenticate?: flint.kv.Authenticate.$Shape|null;
              putUser?: flint.kv.PutUser.$Shape|null;
              removeUser?: flint.kv.RemoveUser.$Shape|null;
              listUsers?: flint.kv.ListUsers.$Shape|null;
              setAuth?: flint.kv.SetAuth.$Shape|null;
              exportRegion?: flint.kv.ExportRegion.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ command?: undefined; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "get"; get: flint.kv.Get.$Shape; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "put"; get?: null; put: flint.kv.Put.$Shape; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "delete"; get?: null; put?: null; "delete": flint.kv.Delete.$Shape; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "scan"; get?: null; put?: null; "delete"?: null; scan: flint.kv.Scan.$Shape; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "compareAndSwap"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap: flint.kv.CompareAndSwap.$Shape; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "batch"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch: flint.kv.Batch.$Shape; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "status"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status: flint.kv.Status.$Shape; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "regions"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions: flint.kv.Regions.$Shape; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "transferLeader"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader: flint.kv.TransferLeader.$Shape; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "compact"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact: flint.kv.Compact.$Shape; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "checksum"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum: flint.kv.Checksum.$Shape; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "splitRegion"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion: flint.kv.SplitRegion.$Shape; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "allocateRegionIds"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds: flint.kv.AllocateRegionIds.$Shape; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "moveRegionHost"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost: flint.kv.MoveRegionHost.$Shape; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "mergeRegion"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion: flint.kv.MergeRegion.$Shape; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "changeReplicas"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas: flint.kv.ChangeReplicas.$Shape; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "joinCluster"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster: flint.kv.JoinCluster.$Shape; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "removeMember"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember: flint.kv.RemoveMember.$Shape; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "authenticate"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate: flint.kv.Authenticate.$Shape; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "putUser"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser: flint.kv.PutUser.$Shape; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "removeUser"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser: flint.kv.RemoveUser.$Shape; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "listUsers"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers: flint.kv.ListUsers.$Shape; setAuth?: null; exportRegion?: null }|{ command?: "setAuth"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth: flint.kv.SetAuth.$Shape; exportRegion?: null }|{ command?: "exportRegion"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion: flint.kv.ExportRegion.$Shape })
            );
        }

        /**
         * Properties of a GetResult.
         * @deprecated Use flint.kv.GetResult.$Properties instead.
         */
        interface IGetResult extends flint.kv.GetResult.$Properties {
        }

        /** Represents a GetResult. */
        class GetResult {

            /**
             * Constructs a new GetResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.GetResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetResult found. */
            found: boolean;

            /** GetResult value. */
            value: Uint8Array;

            /**
             * Encodes the specified GetResult message. Does not implicitly {@link flint.kv.GetResult.verify|verify} messages.
             * @param message GetResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.GetResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.GetResult & flint.kv.GetResult.$Shape} GetResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.GetResult & flint.kv.GetResult.$Shape;
        }

        namespace GetResult {

            /** Properties of a GetResult. */
            interface $Properties {

                /** GetResult found */
                found?: (boolean|null);

                /** GetResult value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetResult. */
            type $Shape = flint.kv.GetResult.$Properties;
        }

        /**
         * Properties of a PutResult.
         * @deprecated Use flint.kv.PutResult.$Properties instead.
         */
        interface IPutResult extends flint.kv.PutResult.$Properties {
        }

        /** Represents a PutResult. */
        class PutResult {

            /**
             * Constructs a new PutResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.PutResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified PutResult message. Does not implicitly {@link flint.kv.PutResult.verify|verify} messages.
             * @param message PutResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.PutResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PutResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.PutResult & flint.kv.PutResult.$Shape} PutResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.PutResult & flint.kv.PutResult.$Shape;
        }

        namespace PutResult {

            /** Properties of a PutResult. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PutResult. */
            type $Shape = flint.kv.PutResult.$Properties;
        }

        /**
         * Properties of a DeleteResult.
         * @deprecated Use flint.kv.DeleteResult.$Properties instead.
         */
        interface IDeleteResult extends flint.kv.DeleteResult.$Properties {
        }

        /** Represents a DeleteResult. */
        class DeleteResult {

            /**
             * Constructs a new DeleteResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.DeleteResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteResult existed. */
            existed: boolean;

            /**
             * Encodes the specified DeleteResult message. Does not implicitly {@link flint.kv.DeleteResult.verify|verify} messages.
             * @param message DeleteResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.DeleteResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.DeleteResult & flint.kv.DeleteResult.$Shape} DeleteResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.DeleteResult & flint.kv.DeleteResult.$Shape;
        }

        namespace DeleteResult {

            /** Properties of a DeleteResult. */
            interface $Properties {

                /** DeleteResult existed */
                existed?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteResult. */
            type $Shape = flint.kv.DeleteResult.$Properties;
        }

        /**
         * Properties of a KeyValue.
         * @deprecated Use flint.kv.KeyValue.$Properties instead.
         */
        interface IKeyValue extends flint.kv.KeyValue.$Properties {
        }

        /** Represents a KeyValue. */
        class KeyValue {

            /**
             * Constructs a new KeyValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.KeyValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeyValue key. */
            key: Uint8Array;

            /** KeyValue value. */
            value: Uint8Array;

            /**
             * Encodes the specified KeyValue message. Does not implicitly {@link flint.kv.KeyValue.verify|verify} messages.
             * @param message KeyValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.KeyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.KeyValue & flint.kv.KeyValue.$Shape} KeyValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.KeyValue & flint.kv.KeyValue.$Shape;
        }

        namespace KeyValue {

            /** Properties of a KeyValue. */
            interface $Properties {

                /** KeyValue key */
                key?: (Uint8Array|null);

                /** KeyValue value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeyValue. */
            type $Shape = flint.kv.KeyValue.$Properties;
        }

        /**
         * Properties of a ScanResult.
         * @deprecated Use flint.kv.ScanResult.$Properties instead.
         */
        interface IScanResult extends flint.kv.ScanResult.$Properties {
        }

        /** Represents a ScanResult. */
        class ScanResult {

            /**
             * Constructs a new ScanResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.ScanResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ScanResult pairs. */
            pairs: flint.kv.KeyValue.$Properties[];

            /** ScanResult more. */
            more: boolean;

            /** ScanResult nextKey. */
            nextKey: Uint8Array;

            /**
             * Encodes the specified ScanResult message. Does not implicitly {@link flint.kv.ScanResult.verify|verify} messages.
             * @param message ScanResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.ScanResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ScanResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.ScanResult & flint.kv.ScanResult.$Shape} ScanResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.ScanResult & flint.kv.ScanResult.$Shape;
        }

        namespace ScanResult {

            /** Properties of a ScanResult. */
            interface $Properties {

                /** ScanResult pairs */
                pairs?: (flint.kv.KeyValue.$Properties[]|null);

                /** ScanResult more */
                more?: (boolean|null);

                /** ScanResult nextKey */
                nextKey?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ScanResult. */
            type $Shape = flint.kv.ScanResult.$Properties;
        }

        /**
         * Properties of a CompareAndSwapResult.
         * @deprecated Use flint.kv.CompareAndSwapResult.$Properties instead.
         */
        interface ICompareAndSwapResult extends flint.kv.CompareAndSwapResult.$Properties {
        }

        /** Represents a CompareAndSwapResult. */
        class CompareAndSwapResult {

            /**
             * Constructs a new CompareAndSwapResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.CompareAndSwapResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CompareAndSwapResult ok. */
            ok: boolean;

            /** CompareAndSwapResult currentFound. */
            currentFound: boolean;

            /** CompareAndSwapResult currentValue. */
            currentValue: Uint8Array;

            /**
             * Encodes the specified CompareAndSwapResult message. Does not implicitly {@link flint.kv.CompareAndSwapResult.verify|verify} messages.
             * @param message CompareAndSwapResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.CompareAndSwapResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CompareAndSwapResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.CompareAndSwapResult & flint.kv.CompareAndSwapResult.$Shape} CompareAndSwapResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.CompareAndSwapResult & flint.kv.CompareAndSwapResult.$Shape;
        }

        namespace CompareAndSwapResult {

            /** Properties of a CompareAndSwapResult. */
            interface $Properties {

                /** CompareAndSwapResult ok */
                ok?: (boolean|null);

                /** CompareAndSwapResult currentFound */
                currentFound?: (boolean|null);

                /** CompareAndSwapResult currentValue */
                currentValue?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CompareAndSwapResult. */
            type $Shape = flint.kv.CompareAndSwapResult.$Properties;
        }

        /**
         * Properties of a BatchResult.
         * @deprecated Use flint.kv.BatchResult.$Properties instead.
         */
        interface IBatchResult extends flint.kv.BatchResult.$Properties {
        }

        /** Represents a BatchResult. */
        class BatchResult {

            /**
             * Constructs a new BatchResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.BatchResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified BatchResult message. Does not implicitly {@link flint.kv.BatchResult.verify|verify} messages.
             * @param message BatchResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.BatchResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.BatchResult & flint.kv.BatchResult.$Shape} BatchResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.BatchResult & flint.kv.BatchResult.$Shape;
        }

        namespace BatchResult {

            /** Properties of a BatchResult. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchResult. */
            type $Shape = flint.kv.BatchResult.$Properties;
        }

        /**
         * Properties of a StatusResult.
         * @deprecated Use flint.kv.StatusResult.$Properties instead.
         */
        interface IStatusResult extends flint.kv.StatusResult.$Properties {
        }

        /** Represents a StatusResult. */
        class StatusResult {

            /**
             * Constructs a new StatusResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.StatusResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatusResult node. */
            node?: (flint.admin.NodeStatus.$Properties|null);

            /** StatusResult groups. */
            groups: flint.admin.GroupStatus.$Properties[];

            /**
             * Encodes the specified StatusResult message. Does not implicitly {@link flint.kv.StatusResult.verify|verify} messages.
             * @param message StatusResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.StatusResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.StatusResult & flint.kv.StatusResult.$Shape} StatusResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.StatusResult & flint.kv.StatusResult.$Shape;
        }

        namespace StatusResult {

            /** Properties of a StatusResult. */
            interface $Properties {

                /** StatusResult node */
                node?: (flint.admin.NodeStatus.$Properties|null);

                /** StatusResult groups */
                groups?: (flint.admin.GroupStatus.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusResult. */
            type $Shape = flint.kv.StatusResult.$Properties;
        }

        /**
         * Properties of a RegionsResult.
         * @deprecated Use flint.kv.RegionsResult.$Properties instead.
         */
        interface IRegionsResult extends flint.kv.RegionsResult.$Properties {
        }

        /** Represents a RegionsResult. */
        class RegionsResult {

            /**
             * Constructs a new RegionsResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.RegionsResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegionsResult regions. */
            regions: flint.kv.RegionDescriptor.$Properties[];

            /** RegionsResult replicas. */
            replicas: flint.kv.ReplicaStatistics.$Properties[];

            /**
             * Encodes the specified RegionsResult message. Does not implicitly {@link flint.kv.RegionsResult.verify|verify} messages.
             * @param message RegionsResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.RegionsResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegionsResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.RegionsResult & flint.kv.RegionsResult.$Shape} RegionsResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.RegionsResult & flint.kv.RegionsResult.$Shape;
        }

        namespace RegionsResult {

            /** Properties of a RegionsResult. */
            interface $Properties {

                /** RegionsResult regions */
                regions?: (flint.kv.RegionDescriptor.$Properties[]|null);

                /** RegionsResult replicas */
                replicas?: (flint.kv.ReplicaStatistics.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegionsResult. */
            type $Shape = flint.kv.RegionsResult.$Properties;
        }

        /**
         * Properties of a ReplicaStatistics.
         * @deprecated Use flint.kv.ReplicaStatistics.$Properties instead.
         */
        interface IReplicaStatistics extends flint.kv.ReplicaStatistics.$Properties {
        }

        /** Represents a ReplicaStatistics. */
        class ReplicaStatistics {

            /**
             * Constructs a new ReplicaStatistics.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.ReplicaStatistics.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReplicaStatistics regionId. */
            regionId: (number|Long);

            /** ReplicaStatistics nodeId. */
            nodeId: (number|Long);

            /** ReplicaStatistics host. */
            host: number;

            /** ReplicaStatistics leader. */
            leader: boolean;

            /** ReplicaStatistics approximateKeys. */
            approximateKeys: (number|Long);

            /** ReplicaStatistics approximateBytes. */
            approximateBytes: (number|Long);

            /** ReplicaStatistics writesPerSecond. */
            writesPerSecond: number;

            /** ReplicaStatistics readsPerSecond. */
            readsPerSecond: number;

            /**
             * Encodes the specified ReplicaStatistics message. Does not implicitly {@link flint.kv.ReplicaStatistics.verify|verify} messages.
             * @param message ReplicaStatistics message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.ReplicaStatistics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReplicaStatistics message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.ReplicaStatistics & flint.kv.ReplicaStatistics.$Shape} ReplicaStatistics
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.ReplicaStatistics & flint.kv.ReplicaStatistics.$Shape;
        }

        namespace ReplicaStatistics {

            /** Properties of a ReplicaStatistics. */
            interface $Properties {

                /** ReplicaStatistics regionId */
                regionId?: (number|Long|null);

                /** ReplicaStatistics nodeId */
                nodeId?: (number|Long|null);

                /** ReplicaStatistics host */
                host?: (number|null);

                /** ReplicaStatistics leader */
                leader?: (boolean|null);

                /** ReplicaStatistics approximateKeys */
                approximateKeys?: (number|Long|null);

                /** ReplicaStatistics approximateBytes */
                approximateBytes?: (number|Long|null);

                /** ReplicaStatistics writesPerSecond */
                writesPerSecond?: (number|null);

                /** ReplicaStatistics readsPerSecond */
                readsPerSecond?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReplicaStatistics. */
            type $Shape = flint.kv.ReplicaStatistics.$Properties;
        }

        /**
         * Properties of a TransferLeaderResult.
         * @deprecated Use flint.kv.TransferLeaderResult.$Properties instead.
         */
        interface ITransferLeaderResult extends flint.kv.TransferLeaderResult.$Properties {
        }

        /** Represents a TransferLeaderResult. */
        class TransferLeaderResult {

            /**
             * Constructs a new TransferLeaderResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.TransferLeaderResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified TransferLeaderResult message. Does not implicitly {@link flint.kv.TransferLeaderResult.verify|verify} messages.
             * @param message TransferLeaderResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.TransferLeaderResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransferLeaderResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.TransferLeaderResult & flint.kv.TransferLeaderResult.$Shape} TransferLeaderResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.TransferLeaderResult & flint.kv.TransferLeaderResult.$Shape;
        }

        namespace TransferLeaderResult {

            /** Properties of a TransferLeaderResult. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TransferLeaderResult. */
            type $Shape = flint.kv.TransferLeaderResult.$Properties;
        }

        /**
         * Properties of a CompactResult.
         * @deprecated Use flint.kv.CompactResult.$Properties instead.
         */
        interface ICompactResult extends flint.kv.CompactResult.$Properties {
        }

        /** Represents a CompactResult. */
        class CompactResult {

            /**
             * Constructs a new CompactResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.CompactResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CompactResult firstIndex. */
            firstIndex: (number|Long);

            /**
             * Encodes the specified CompactResult message. Does not implicitly {@link flint.kv.CompactResult.verify|verify} messages.
             * @param message CompactResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.CompactResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CompactResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.CompactResult & flint.kv.CompactResult.$Shape} CompactResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.CompactResult & flint.kv.CompactResult.$Shape;
        }

        namespace CompactResult {

            /** Properties of a CompactResult. */
            interface $Properties {

                /** CompactResult firstIndex */
                firstIndex?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CompactResult. */
            type $Shape = flint.kv.CompactResult.$Properties;
        }

        /**
         * Properties of a SplitRegionResult.
         * @deprecated Use flint.kv.SplitRegionResult.$Properties instead.
         */
        interface ISplitRegionResult extends flint.kv.SplitRegionResult.$Properties {
        }

        /** Represents a SplitRegionResult. */
        class SplitRegionResult {

            /**
             * Constructs a new SplitRegionResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.SplitRegionResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SplitRegionResult regions. */
            regions: flint.kv.RegionDescriptor.$Properties[];

            /**
             * Encodes the specified SplitRegionResult message. Does not implicitly {@link flint.kv.SplitRegionResult.verify|verify} messages.
             * @param message SplitRegionResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.SplitRegionResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SplitRegionResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.SplitRegionResult & flint.kv.SplitRegionResult.$Shape} SplitRegionResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.SplitRegionResult & flint.kv.SplitRegionResult.$Shape;
        }

        namespace SplitRegionResult {

            /** Properties of a SplitRegionResult. */
            interface $Properties {

                /** SplitRegionResult regions */
                regions?: (flint.kv.RegionDescriptor.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SplitRegionResult. */
            type $Shape = flint.kv.SplitRegionResult.$Properties;
        }

        /**
         * Properties of an AllocateRegionIdsResult.
         * @deprecated Use flint.kv.AllocateRegionIdsResult.$Properties instead.
         */
        interface IAllocateRegionIdsResult extends flint.kv.AllocateRegionIdsResult.$Properties {
        }

        /** Represents an AllocateRegionIdsResult. */
        class AllocateRegionIdsResult {

            /**
             * Constructs a new AllocateRegionIdsResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.AllocateRegionIdsResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AllocateRegionIdsResult firstId. */
            firstId: (number|Long);

            /** AllocateRegionIdsResult count. */
            count: number;

            /**
             * Encodes the specified AllocateRegionIdsResult message. Does not implicitly {@link flint.kv.AllocateRegionIdsResult.verify|verify} messages.
             * @param message AllocateRegionIdsResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.AllocateRegionIdsResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AllocateRegionIdsResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.AllocateRegionIdsResult & flint.kv.AllocateRegionIdsResult.$Shape} AllocateRegionIdsResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.AllocateRegionIdsResult & flint.kv.AllocateRegionIdsResult.$Shape;
        }

        namespace AllocateRegionIdsResult {

            /** Properties of an AllocateRegionIdsResult. */
            interface $Properties {

                /** AllocateRegionIdsResult firstId */
                firstId?: (number|Long|null);

                /** AllocateRegionIdsResult count */
                count?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AllocateRegionIdsResult. */
            type $Shape = flint.kv.AllocateRegionIdsResult.$Properties;
        }

        /**
         * Properties of a MoveRegionHostResult.
         * @deprecated Use flint.kv.MoveRegionHostResult.$Properties instead.
         */
        interface IMoveRegionHostResult extends flint.kv.MoveRegionHostResult.$Properties {
        }

        /** Represents a MoveRegionHostResult. */
        class MoveRegionHostResult {

            /**
             * Constructs a new MoveRegionHostResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.MoveRegionHostResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MoveRegionHostResult fromHost. */
            fromHost: number;

            /** MoveRegionHostResult toHost. */
            toHost: number;

            /** MoveRegionHostResult bytes. */
            bytes: (number|Long);

            /**
             * Encodes the specified MoveRegionHostResult message. Does not implicitly {@link flint.kv.MoveRegionHostResult.verify|verify} messages.
             * @param message MoveRegionHostResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.MoveRegionHostResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MoveRegionHostResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.MoveRegionHostResult & flint.kv.MoveRegionHostResult.$Shape} MoveRegionHostResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.MoveRegionHostResult & flint.kv.MoveRegionHostResult.$Shape;
        }

        namespace MoveRegionHostResult {

            /** Properties of a MoveRegionHostResult. */
            interface $Properties {

                /** MoveRegionHostResult fromHost */
                fromHost?: (number|null);

                /** MoveRegionHostResult toHost */
                toHost?: (number|null);

                /** MoveRegionHostResult bytes */
                bytes?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MoveRegionHostResult. */
            type $Shape = flint.kv.MoveRegionHostResult.$Properties;
        }

        /**
         * Properties of a MergeRegionResult.
         * @deprecated Use flint.kv.MergeRegionResult.$Properties instead.
         */
        interface IMergeRegionResult extends flint.kv.MergeRegionResult.$Properties {
        }

        /** Represents a MergeRegionResult. */
        class MergeRegionResult {

            /**
             * Constructs a new MergeRegionResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.MergeRegionResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MergeRegionResult region. */
            region?: (flint.kv.RegionDescriptor.$Properties|null);

            /**
             * Encodes the specified MergeRegionResult message. Does not implicitly {@link flint.kv.MergeRegionResult.verify|verify} messages.
             * @param message MergeRegionResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.MergeRegionResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MergeRegionResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.MergeRegionResult & flint.kv.MergeRegionResult.$Shape} MergeRegionResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.MergeRegionResult & flint.kv.MergeRegionResult.$Shape;
        }

        namespace MergeRegionResult {

            /** Properties of a MergeRegionResult. */
            interface $Properties {

                /** MergeRegionResult region */
                region?: (flint.kv.RegionDescriptor.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MergeRegionResult. */
            type $Shape = flint.kv.MergeRegionResult.$Properties;
        }

        /**
         * Properties of a ChangeReplicasResult.
         * @deprecated Use flint.kv.ChangeReplicasResult.$Properties instead.
         */
        interface IChangeReplicasResult extends flint.kv.ChangeReplicasResult.$Properties {
        }

        /** Represents a ChangeReplicasResult. */
        class ChangeReplicasResult {

            /**
             * Constructs a new ChangeReplicasResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.ChangeReplicasResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChangeReplicasResult region. */
            region?: (flint.kv.RegionDescriptor.$Properties|null);

            /**
             * Encodes the specified ChangeReplicasResult message. Does not implicitly {@link flint.kv.ChangeReplicasResult.verify|verify} messages.
             * @param message ChangeReplicasResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.ChangeReplicasResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChangeReplicasResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.ChangeReplicasResult & flint.kv.ChangeReplicasResult.$Shape} ChangeReplicasResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.ChangeReplicasResult & flint.kv.ChangeReplicasResult.$Shape;
        }

        namespace ChangeReplicasResult {

            /** Properties of a ChangeReplicasResult. */
            interface $Properties {

                /** ChangeReplicasResult region */
                region?: (flint.kv.RegionDescriptor.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChangeReplicasResult. */
            type $Shape = flint.kv.ChangeReplicasResult.$Properties;
        }

        /**
         * Properties of a ClusterMember.
         * @deprecated Use flint.kv.ClusterMember.$Properties instead.
         */
        interface IClusterMember extends flint.kv.ClusterMember.$Properties {
        }

        /** Represents a ClusterMember. */
        class ClusterMember {

            /**
             * Constructs a new ClusterMember.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.ClusterMember.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClusterMember nodeId. */
            nodeId: (number|Long);

            /** ClusterMember peerAddress. */
            peerAddress: string;

            /** ClusterMember clientAddress. */
            clientAddress: string;

            /** ClusterMember state. */
            state: string;

            /**
             * Encodes the specified ClusterMember message. Does not implicitly {@link flint.kv.ClusterMember.verify|verify} messages.
             * @param message ClusterMember message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.ClusterMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClusterMember message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.ClusterMember & flint.kv.ClusterMember.$Shape} ClusterMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.ClusterMember & flint.kv.ClusterMember.$Shape;
        }

        namespace ClusterMember {

            /** Properties of a ClusterMember. */
            interface $Properties {

                /** ClusterMember nodeId */
                nodeId?: (number|Long|null);

                /** ClusterMember peerAddress */
                peerAddress?: (string|null);

                /** ClusterMember clientAddress */
                clientAddress?: (string|null);

                /** ClusterMember state */
                state?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClusterMember. */
            type $Shape = flint.kv.ClusterMember.$Properties;
        }

        /**
         * Properties of a JoinClusterResult.
         * @deprecated Use flint.kv.JoinClusterResult.$Properties instead.
         */
        interface IJoinClusterResult extends flint.kv.JoinClusterResult.$Properties {
        }

        /** Represents a JoinClusterResult. */
        class JoinClusterResult {

            /**
             * Constructs a new JoinClusterResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.JoinClusterResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JoinClusterResult clusterId. */
            clusterId: (number|Long);

            /** JoinClusterResult members. */
            members: flint.kv.ClusterMember.$Properties[];

            /**
             * Encodes the specified JoinClusterResult message. Does not implicitly {@link flint.kv.JoinClusterResult.verify|verify} messages.
             * @param message JoinClusterResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.JoinClusterResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JoinClusterResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.JoinClusterResult & flint.kv.JoinClusterResult.$Shape} JoinClusterResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.JoinClusterResult & flint.kv.JoinClusterResult.$Shape;
        }

        namespace JoinClusterResult {

            /** Properties of a JoinClusterResult. */
            interface $Properties {

                /** JoinClusterResult clusterId */
                clusterId?: (number|Long|null);

                /** JoinClusterResult members */
                members?: (flint.kv.ClusterMember.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JoinClusterResult. */
            type $Shape = flint.kv.JoinClusterResult.$Properties;
        }

        /**
         * Properties of an AuthenticateResult.
         * @deprecated Use flint.kv.AuthenticateResult.$Properties instead.
         */
        interface IAuthenticateResult extends flint.kv.AuthenticateResult.$Properties {
        }

        /** Represents an AuthenticateResult. */
        class AuthenticateResult {

            /**
             * Constructs a new AuthenticateResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.AuthenticateResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuthenticateResult user. */
            user: string;

            /** AuthenticateResult role. */
            role: string;

            /** AuthenticateResult sessionMs. */
            sessionMs: (number|Long);

            /**
             * Encodes the specified AuthenticateResult message. Does not implicitly {@link flint.kv.AuthenticateResult.verify|verify} messages.
             * @param message AuthenticateResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.AuthenticateResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuthenticateResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.AuthenticateResult & flint.kv.AuthenticateResult.$Shape} AuthenticateResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.AuthenticateResult & flint.kv.AuthenticateResult.$Shape;
        }

        namespace AuthenticateResult {

            /** Properties of an AuthenticateResult. */
            interface $Properties {

                /** AuthenticateResult user */
                user?: (string|null);

                /** AuthenticateResult role */
                role?: (string|null);

                /** AuthenticateResult sessionMs */
                sessionMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuthenticateResult. */
            type $Shape = flint.kv.AuthenticateResult.$Properties;
        }

        /**
         * Properties of a UserInfo.
         * @deprecated Use flint.kv.UserInfo.$Properties instead.
         */
        interface IUserInfo extends flint.kv.UserInfo.$Properties {
        }

        /** Represents a UserInfo. */
        class UserInfo {

            /**
             * Constructs a new UserInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.UserInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UserInfo name. */
            name: string;

            /** UserInfo role. */
            role: string;

            /**
             * Encodes the specified UserInfo message. Does not implicitly {@link flint.kv.UserInfo.verify|verify} messages.
             * @param message UserInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.UserInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.UserInfo & flint.kv.UserInfo.$Shape} UserInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.UserInfo & flint.kv.UserInfo.$Shape;
        }

        namespace UserInfo {

            /** Properties of a UserInfo. */
            interface $Properties {

                /** UserInfo name */
                name?: (string|null);

                /** UserInfo role */
                role?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UserInfo. */
            type $Shape = flint.kv.UserInfo.$Properties;
        }

        /**
         * Properties of a UsersResult.
         * @deprecated Use flint.kv.UsersResult.$Properties instead.
         */
        interface IUsersResult extends flint.kv.UsersResult.$Properties {
        }

        /** Represents a UsersResult. */
        class UsersResult {

            /**
             * Constructs a new UsersResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.UsersResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UsersResult users. */
            users: flint.kv.UserInfo.$Properties[];

            /** UsersResult authEnabled. */
            authEnabled: boolean;

            /**
             * Encodes the specified UsersResult message. Does not implicitly {@link flint.kv.UsersResult.verify|verify} messages.
             * @param message UsersResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.UsersResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UsersResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.UsersResult & flint.kv.UsersResult.$Shape} UsersResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.UsersResult & flint.kv.UsersResult.$Shape;
        }

        namespace UsersResult {

            /** Properties of a UsersResult. */
            interface $Properties {

                /** UsersResult users */
                users?: (flint.kv.UserInfo.$Properties[]|null);

                /** UsersResult authEnabled */
                authEnabled?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UsersResult. */
            type $Shape = flint.kv.UsersResult.$Properties;
        }

        /**
         * Properties of a RemoveMemberResult.
         * @deprecated Use flint.kv.RemoveMemberResult.$Properties instead.
         */
        interface IRemoveMemberResult extends flint.kv.RemoveMemberResult.$Properties {
        }

        /** Represents a RemoveMemberResult. */
        class RemoveMemberResult {

            /**
             * Constructs a new RemoveMemberResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.RemoveMemberResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemoveMemberResult members. */
            members: flint.kv.ClusterMember.$Properties[];

            /**
             * Encodes the specified RemoveMemberResult message. Does not implicitly {@link flint.kv.RemoveMemberResult.verify|verify} messages.
             * @param message RemoveMemberResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.RemoveMemberResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoveMemberResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.RemoveMemberResult & flint.kv.RemoveMemberResult.$Shape} RemoveMemberResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.RemoveMemberResult & flint.kv.RemoveMemberResult.$Shape;
        }

        namespace RemoveMemberResult {

            /** Properties of a RemoveMemberResult. */
            interface $Properties {

                /** RemoveMemberResult members */
                members?: (flint.kv.ClusterMember.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoveMemberResult. */
            type $Shape = flint.kv.RemoveMemberResult.$Properties;
        }

        /**
         * Properties of a ChecksumResult.
         * @deprecated Use flint.kv.ChecksumResult.$Properties instead.
         */
        interface IChecksumResult extends flint.kv.ChecksumResult.$Properties {
        }

        /** Represents a ChecksumResult. */
        class ChecksumResult {

            /**
             * Constructs a new ChecksumResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.ChecksumResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChecksumResult appliedIndex. */
            appliedIndex: (number|Long);

            /** ChecksumResult checksum. */
            checksum: Uint8Array;

            /** ChecksumResult keyCount. */
            keyCount: (number|Long);

            /**
             * Encodes the specified ChecksumResult message. Does not implicitly {@link flint.kv.ChecksumResult.verify|verify} messages.
             * @param message ChecksumResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.ChecksumResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChecksumResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.ChecksumResult & flint.kv.ChecksumResult.$Shape} ChecksumResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.ChecksumResult & flint.kv.ChecksumResult.$Shape;
        }

        namespace ChecksumResult {

            /** Properties of a ChecksumResult. */
            interface $Properties {

                /** ChecksumResult appliedIndex */
                appliedIndex?: (number|Long|null);

                /** ChecksumResult checksum */
                checksum?: (Uint8Array|null);

                /** ChecksumResult keyCount */
                keyCount?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChecksumResult. */
            type $Shape = flint.kv.ChecksumResult.$Properties;
        }

        /**
         * Properties of an ExportRegionResult.
         * @deprecated Use flint.kv.ExportRegionResult.$Properties instead.
         */
        interface IExportRegionResult extends flint.kv.ExportRegionResult.$Properties {
        }

        /** Represents an ExportRegionResult. */
        class ExportRegionResult {

            /**
             * Constructs a new ExportRegionResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.ExportRegionResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExportRegionResult streamId. */
            streamId: (number|Long);

            /** ExportRegionResult position. */
            position: (number|Long);

            /** ExportRegionResult appliedIndex. */
            appliedIndex: (number|Long);

            /** ExportRegionResult region. */
            region?: (flint.kv.RegionDescriptor.$Properties|null);

            /** ExportRegionResult chunk. */
            chunk: Uint8Array;

            /** ExportRegionResult done. */
            done: boolean;

            /**
             * Encodes the specified ExportRegionResult message. Does not implicitly {@link flint.kv.ExportRegionResult.verify|verify} messages.
             * @param message ExportRegionResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.ExportRegionResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExportRegionResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.ExportRegionResult & flint.kv.ExportRegionResult.$Shape} ExportRegionResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.ExportRegionResult & flint.kv.ExportRegionResult.$Shape;
        }

        namespace ExportRegionResult {

            /** Properties of an ExportRegionResult. */
            interface $Properties {

                /** ExportRegionResult streamId */
                streamId?: (number|Long|null);

                /** ExportRegionResult position */
                position?: (number|Long|null);

                /** ExportRegionResult appliedIndex */
                appliedIndex?: (number|Long|null);

                /** ExportRegionResult region */
                region?: (flint.kv.RegionDescriptor.$Properties|null);

                /** ExportRegionResult chunk */
                chunk?: (Uint8Array|null);

                /** ExportRegionResult done */
                done?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExportRegionResult. */
            type $Shape = flint.kv.ExportRegionResult.$Properties;
        }

        /** ErrorCode enum. */
        enum ErrorCode {

            /** ERROR_UNSPECIFIED value */
            ERROR_UNSPECIFIED = 0,

            /** NOT_LEADER value */
            NOT_LEADER = 1,

            /** REGION_NOT_FOUND value */
            REGION_NOT_FOUND = 2,

            /** EPOCH_MISMATCH value */
            EPOCH_MISMATCH = 3,

            /** KEY_NOT_IN_REGION value */
            KEY_NOT_IN_REGION = 4,

            /** TIMEOUT value */
            TIMEOUT = 5,

            /** SERVER_BUSY value */
            SERVER_BUSY = 6,

            /** INVALID_ARGUMENT value */
            INVALID_ARGUMENT = 7,

            /** INTERNAL value */
            INTERNAL = 8,

            /** UNAUTHENTICATED value */
            UNAUTHENTICATED = 9,

            /** PERMISSION_DENIED value */
            PERMISSION_DENIED = 10,

            /** DISK_FULL value */
            DISK_FULL = 11
        }

        /**
         * Properties of an Error.
         * @deprecated Use flint.kv.Error.$Properties instead.
         */
        interface IError extends flint.kv.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: flint.kv.ErrorCode;

            /** Error message. */
            message: string;

            /** Error leaderId. */
            leaderId: (number|Long);

            /** Error leaderAddress. */
            leaderAddress: string;

            /** Error regions. */
            regions: flint.kv.RegionDescriptor.$Properties[];

            /** Error retryAfterMs. */
            retryAfterMs: number;

            /**
             * Encodes the specified Error message. Does not implicitly {@link flint.kv.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.Error & flint.kv.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.Error & flint.kv.Error.$Shape;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (flint.kv.ErrorCode|null);

                /** Error message */
                message?: (string|null);

                /** Error leaderId */
                leaderId?: (number|Long|null);

                /** Error leaderAddress */
                leaderAddress?: (string|null);

                /** Error regions */
                regions?: (flint.kv.RegionDescriptor.$Properties[]|null);

                /** Error retryAfterMs */
                retryAfterMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = flint.kv.Error.$Properties;
        }

        /**
         * Properties of a Response.
         * @deprecated Use flint.kv.Response.$Properties instead.
         */
        interface IResponse extends flint.kv.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.kv.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response requestId. */
            requestId: (number|Long);

            /** Response get. */
            get?: (flint.kv.GetResult.$Properties|null);

            /** Response put. */
            put?: (flint.kv.PutResult.$Properties|null);

            /** Response delete. */
            delete?: (flint.kv.DeleteResult.$Properties|null);

            /** Response scan. */
            scan?: (flint.kv.ScanResult.$Properties|null);

            /** Response compareAndSwap. */
            compareAndSwap?: (flint.kv.CompareAndSwapResult.$Properties|null);

            /** Response batch. */
            batch?: (flint.kv.BatchResult.$Properties|null);

            /** Response status. */
            status?: (flint.kv.StatusResult.$Properties|null);

            /** Response regions. */
            regions?: (flint.kv.RegionsResult.$Properties|null);

            /** Response transferLeader. */
            transferLeader?: (flint.kv.TransferLeaderResult.$Properties|null);

            /** Response compact. */
            compact?: (flint.kv.CompactResult.$Properties|null);

            /** Response checksum. */
            checksum?: (flint.kv.ChecksumResult.$Properties|null);

            /** Response splitRegion. */
            splitRegion?: (flint.kv.SplitRegionResult.$Properties|null);

            /** Response allocateRegionIds. */
            allocateRegionIds?: (flint.kv.AllocateRegionIdsResult.$Properties|null);

            /** Response moveRegionHost. */
            moveRegionHost?: (flint.kv.MoveRegionHostResult.$Properties|null);

            /** Response mergeRegion. */
            mergeRegion?: (flint.kv.MergeRegionResult.$Properties|null);

            /** Response changeReplicas. */
            changeReplicas?: (flint.kv.ChangeReplicasResult.$Properties|null);

            /** Response joinCluster. */
            joinCluster?: (flint.kv.JoinClusterResult.$Properties|null);

            /** Response removeMember. */
            removeMember?: (flint.kv.RemoveMemberResult.$Properties|null);

            /** Response authenticate. */
            authenticate?: (flint.kv.AuthenticateResult.$Properties|null);

            /** Response users. */
            users?: (flint.kv.UsersResult.$Properties|null);

            /** Response error. */
            error?: (flint.kv.Error.$Properties|null);

            /** Response exportRegion. */
            exportRegion?: (flint.kv.ExportRegionResult.$Properties|null);

            /** Response result. */
            result?: ("get"|"put"|"delete"|"scan"|"compareAndSwap"|"batch"|"status"|"regions"|"transferLeader"|"compact"|"checksum"|"splitRegion"|"allocateRegionIds"|"moveRegionHost"|"mergeRegion"|"changeReplicas"|"joinCluster"|"removeMember"|"authenticate"|"users"|"error"|"exportRegion");

            /**
             * Encodes the specified Response message. Does not implicitly {@link flint.kv.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.kv.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.kv.Response & flint.kv.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.kv.Response & flint.kv.Response.$Shape;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response requestId */
                requestId?: (number|Long|null);

                /** Response get */
                get?: (flint.kv.GetResult.$Properties|null);

                /** Response put */
                put?: (flint.kv.PutResult.$Properties|null);

                /** Response delete */
                "delete"?: (flint.kv.DeleteResult.$Properties|null);

                /** Response scan */
                scan?: (flint.kv.ScanResult.$Properties|null);

                /** Response compareAndSwap */
                compareAndSwap?: (flint.kv.CompareAndSwapResult.$Properties|null);

                /** Response batch */
                batch?: (flint.kv.BatchResult.$Properties|null);

                /** Response status */
                status?: (flint.kv.StatusResult.$Properties|null);

                /** Response regions */
                regions?: (flint.kv.RegionsResult.$Properties|null);

                /** Response transferLeader */
                transferLeader?: (flint.kv.TransferLeaderResult.$Properties|null);

                /** Response compact */
                compact?: (flint.kv.CompactResult.$Properties|null);

                /** Response checksum */
                checksum?: (flint.kv.ChecksumResult.$Properties|null);

                /** Response splitRegion */
                splitRegion?: (flint.kv.SplitRegionResult.$Properties|null);

                /** Response allocateRegionIds */
                allocateRegionIds?: (flint.kv.AllocateRegionIdsResult.$Properties|null);

                /** Response moveRegionHost */
                moveRegionHost?: (flint.kv.MoveRegionHostResult.$Properties|null);

                /** Response mergeRegion */
                mergeRegion?: (flint.kv.MergeRegionResult.$Properties|null);

                /** Response changeReplicas */
                changeReplicas?: (flint.kv.ChangeReplicasResult.$Properties|null);

                /** Response joinCluster */
                joinCluster?: (flint.kv.JoinClusterResult.$Properties|null);

                /** Response removeMember */
                removeMember?: (flint.kv.RemoveMemberResult.$Properties|null);

                /** Response authenticate */
                authenticate?: (flint.kv.AuthenticateResult.$Properties|null);

                /** Response users */
                users?: (flint.kv.UsersResult.$Properties|null);

                /** Response error */
                error?: (flint.kv.Error.$Properties|null);

                /** Response exportRegion */
                exportRegion?: (flint.kv.ExportRegionResult.$Properties|null);

                /** Response result */
                result?: ("get"|"put"|"delete"|"scan"|"compareAndSwap"|"batch"|"status"|"regions"|"transferLeader"|"compact"|"checksum"|"splitRegion"|"allocateRegionIds"|"moveRegionHost"|"mergeRegion"|"changeReplicas"|"joinCluster"|"removeMember"|"authenticate"|"users"|"error"|"exportRegion");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Response. */
            type $Shape = {
              requestId?: number|Long|null;
              get?: flint.kv.GetResult.$Shape|null;
              put?: flint.kv.PutResult.$Shape|null;
              "delete"?: flint.kv.DeleteResult.$Shape|null;
              scan?: flint.kv.ScanResult.$Shape|null;
              compareAndSwap?: flint.kv.CompareAndSwapResult.$Shape|null;
              batch?: flint.kv.BatchResult.$Shape|null;
              status?: flint.kv.StatusResult.$Shape|null;
              regions?: flint.kv.RegionsResult.$Shape|null;
              transferLeader?: flint.kv.TransferLeaderResult.$Shape|null;
              compact?: flint.kv.CompactResult.$Shape|null;
              checksum?: flint.kv.ChecksumResult.$Shape|null;
              splitRegion?: flint.kv.SplitRegionResult.$Shape|null;
              allocateRegionIds?: flint.kv.AllocateRegionIdsResult.$Shape|null;
              moveRegionHost?: flint.kv.MoveRegionHostResult.$Shape|null;
              mergeRegion?: flint.kv.MergeRegionResult.$Shape|null;
              changeReplicas?: flint.kv.ChangeReplicasResult.$Shape|null;
              joinCluster?: flint.kv.JoinClusterResult.$Shape|null;
              removeMember?: flint.kv.RemoveMemberResult.$Shape|null;
              authenticate?: flint.kv.AuthenticateResult.$Shape|null;
              users?: flint.kv.UsersResult.$Shape|null;
              error?: flint.kv.Error.$Shape|null;
              exportRegion?: flint.kv.ExportRegionResult.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "get"; get: flint.kv.GetResult.$Shape; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "put"; get?: null; put: flint.kv.PutResult.$Shape; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "delete"; get?: null; put?: null; "delete": flint.kv.DeleteResult.$Shape; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "scan"; get?: null; put?: null; "delete"?: null; scan: flint.kv.ScanResult.$Shape; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "compareAndSwap"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap: flint.kv.CompareAndSwapResult.$Shape; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "batch"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch: flint.kv.BatchResult.$Shape; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "status"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status: flint.kv.StatusResult.$Shape; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "regions"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions: flint.kv.RegionsResult.$Shape; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "transferLeader"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader: flint.kv.TransferLeaderResult.$Shape; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "compact"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact: flint.kv.CompactResult.$Shape; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "checksum"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum: flint.kv.ChecksumResult.$Shape; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "splitRegion"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion: flint.kv.SplitRegionResult.$Shape; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "allocateRegionIds"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds: flint.kv.AllocateRegionIdsResult.$Shape; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "moveRegionHost"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost: flint.kv.MoveRegionHostResult.$Shape; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "mergeRegion"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion: flint.kv.MergeRegionResult.$Shape; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "changeReplicas"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas: flint.kv.ChangeReplicasResult.$Shape; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "joinCluster"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster: flint.kv.JoinClusterResult.$Shape; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "removeMember"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember: flint.kv.RemoveMemberResult.$Shape; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "authenticate"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate: flint.kv.AuthenticateResult.$Shape; users?: null; error?: null; exportRegion?: null }|{ result?: "users"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users: flint.kv.UsersResult.$Shape; error?: null; exportRegion?: null }|{ result?: "error"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error: flint.kv.Error.$Shape; exportRegion?: null }|{ result?: "exportRegion"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion: flint.kv.ExportRegionResult.$Shape })
            );
        }
    }

    /** Namespace admin. */
    namespace admin {

        /**
         * Properties of a MemberStatus.
         * @deprecated Use flint.admin.MemberStatus.$Properties instead.
         */
        interface IMemberStatus extends flint.admin.MemberStatus.$Properties {
        }

        /** Represents a MemberStatus. */
        class MemberStatus {

            /**
             * Constructs a new MemberStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.admin.MemberStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemberStatus nodeId. */
            nodeId: (number|Long);

            /** MemberStatus peerAddress. */
            peerAddress: string;

            /** MemberStatus clientAddress. */
            clientAddress: string;

            /** MemberStatus up. */
            up: boolean;

            /** MemberStatus incarnation. */
            incarnation: string;

            /** MemberStatus state. */
            state: string;

            /**
             * Encodes the specified MemberStatus message. Does not implicitly {@link flint.admin.MemberStatus.verify|verify} messages.
             * @param message MemberStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.admin.MemberStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemberStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.admin.MemberStatus & flint.admin.MemberStatus.$Shape} MemberStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.admin.MemberStatus & flint.admin.MemberStatus.$Shape;
        }

        namespace MemberStatus {

            /** Properties of a MemberStatus. */
            interface $Properties {

                /** MemberStatus nodeId */
                nodeId?: (number|Long|null);

                /** MemberStatus peerAddress */
                peerAddress?: (string|null);

                /** MemberStatus clientAddress */
                clientAddress?: (string|null);

                /** MemberStatus up */
                up?: (boolean|null);

                /** MemberStatus incarnation */
                incarnation?: (string|null);

                /** MemberStatus state */
                state?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemberStatus. */
            type $Shape = flint.admin.MemberStatus.$Properties;
        }

        /**
         * Properties of a NodeStatus.
         * @deprecated Use flint.admin.NodeStatus.$Properties instead.
         */
        interface INodeStatus extends flint.admin.NodeStatus.$Properties {
        }

        /** Represents a NodeStatus. */
        class NodeStatus {

            /**
             * Constructs a new NodeStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.admin.NodeStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeStatus nodeId. */
            nodeId: (number|Long);

            /** NodeStatus clusterId. */
            clusterId: (number|Long);

            /** NodeStatus peerAddress. */
            peerAddress: string;

            /** NodeStatus clientAddress. */
            clientAddress: string;

            /** NodeStatus adminAddress. */
            adminAddress: string;

            /** NodeStatus uptimeMs. */
            uptimeMs: (number|Long);

            /** NodeStatus members. */
            members: flint.admin.MemberStatus.$Properties[];

            /** NodeStatus version. */
            version: string;

            /**
             * Encodes the specified NodeStatus message. Does not implicitly {@link flint.admin.NodeStatus.verify|verify} messages.
             * @param message NodeStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.admin.NodeStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.admin.NodeStatus & flint.admin.NodeStatus.$Shape} NodeStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.admin.NodeStatus & flint.admin.NodeStatus.$Shape;
        }

        namespace NodeStatus {

            /** Properties of a NodeStatus. */
            interface $Properties {

                /** NodeStatus nodeId */
                nodeId?: (number|Long|null);

                /** NodeStatus clusterId */
                clusterId?: (number|Long|null);

                /** NodeStatus peerAddress */
                peerAddress?: (string|null);

                /** NodeStatus clientAddress */
                clientAddress?: (string|null);

                /** NodeStatus adminAddress */
                adminAddress?: (string|null);

                /** NodeStatus uptimeMs */
                uptimeMs?: (number|Long|null);

                /** NodeStatus members */
                members?: (flint.admin.MemberStatus.$Properties[]|null);

                /** NodeStatus version */
                version?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeStatus. */
            type $Shape = flint.admin.NodeStatus.$Properties;
        }

        /** Role enum. */
        enum Role {

            /** FOLLOWER value */
            FOLLOWER = 0,

            /** PRE_CANDIDATE value */
            PRE_CANDIDATE = 1,

            /** CANDIDATE value */
            CANDIDATE = 2,

            /** LEADER value */
            LEADER = 3,

            /** LEARNER value */
            LEARNER = 4
        }

        /**
         * Properties of a PeerProgress.
         * @deprecated Use flint.admin.PeerProgress.$Properties instead.
         */
        interface IPeerProgress extends flint.admin.PeerProgress.$Properties {
        }

        /** Represents a PeerProgress. */
        class PeerProgress {

            /**
             * Constructs a new PeerProgress.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.admin.PeerProgress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PeerProgress nodeId. */
            nodeId: (number|Long);

            /** PeerProgress matchIndex. */
            matchIndex: (number|Long);

            /** PeerProgress nextIndex. */
            nextIndex: (number|Long);

            /**
             * Encodes the specified PeerProgress message. Does not implicitly {@link flint.admin.PeerProgress.verify|verify} messages.
             * @param message PeerProgress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.admin.PeerProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PeerProgress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.admin.PeerProgress & flint.admin.PeerProgress.$Shape} PeerProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.admin.PeerProgress & flint.admin.PeerProgress.$Shape;
        }

        namespace PeerProgress {

            /** Properties of a PeerProgress. */
            interface $Properties {

                /** PeerProgress nodeId */
                nodeId?: (number|Long|null);

                /** PeerProgress matchIndex */
                matchIndex?: (number|Long|null);

                /** PeerProgress nextIndex */
                nextIndex?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PeerProgress. */
            type $Shape = flint.admin.PeerProgress.$Properties;
        }

        /** SnapshotDirection enum. */
        enum SnapshotDirection {

            /** SENDING value */
            SENDING = 0,

            /** RECEIVING value */
            RECEIVING = 1
        }

        /**
         * Properties of a SnapshotTransfer.
         * @deprecated Use flint.admin.SnapshotTransfer.$Properties instead.
         */
        interface ISnapshotTransfer extends flint.admin.SnapshotTransfer.$Properties {
        }

        /** Represents a SnapshotTransfer. */
        class SnapshotTransfer {

            /**
             * Constructs a new SnapshotTransfer.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.admin.SnapshotTransfer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotTransfer direction. */
            direction: flint.admin.SnapshotDirection;

            /** SnapshotTransfer peer. */
            peer: (number|Long);

            /** SnapshotTransfer snapshotIndex. */
            snapshotIndex: (number|Long);

            /** SnapshotTransfer bytes. */
            bytes: (number|Long);

            /** SnapshotTransfer totalBytes. */
            totalBytes: (number|Long);

            /** SnapshotTransfer elapsedMs. */
            elapsedMs: (number|Long);

            /**
             * Encodes the specified SnapshotTransfer message. Does not implicitly {@link flint.admin.SnapshotTransfer.verify|verify} messages.
             * @param message SnapshotTransfer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.admin.SnapshotTransfer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotTransfer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.admin.SnapshotTransfer & flint.admin.SnapshotTransfer.$Shape} SnapshotTransfer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.admin.SnapshotTransfer & flint.admin.SnapshotTransfer.$Shape;
        }

        namespace SnapshotTransfer {

            /** Properties of a SnapshotTransfer. */
            interface $Properties {

                /** SnapshotTransfer direction */
                direction?: (flint.admin.SnapshotDirection|null);

                /** SnapshotTransfer peer */
                peer?: (number|Long|null);

                /** SnapshotTransfer snapshotIndex */
                snapshotIndex?: (number|Long|null);

                /** SnapshotTransfer bytes */
                bytes?: (number|Long|null);

                /** SnapshotTransfer totalBytes */
                totalBytes?: (number|Long|null);

                /** SnapshotTransfer elapsedMs */
                elapsedMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotTransfer. */
            type $Shape = flint.admin.SnapshotTransfer.$Properties;
        }

        /**
         * Properties of a GroupStatus.
         * @deprecated Use flint.admin.GroupStatus.$Properties instead.
         */
        interface IGroupStatus extends flint.admin.GroupStatus.$Properties {
        }

        /** Represents a GroupStatus. */
        class GroupStatus {

            /**
             * Constructs a new GroupStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: flint.admin.GroupStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupStatus groupId. */
            groupId: (number|Long);

            /** GroupStatus role. */
            role: flint.admin.Role;

            /** GroupStatus term. */
            term: (number|Long);

            /** GroupStatus leader. */
            leader: (number|Long);

            /** GroupStatus commit. */
            commit: (number|Long);

            /** GroupStatus applied. */
            applied: (number|Long);

            /** GroupStatus firstIndex. */
            firstIndex: (number|Long);

            /** GroupStatus lastIndex. */
            lastIndex: (number|Long);

            /** GroupStatus logBytes. */
            logBytes: (number|Long);

            /** GroupStatus peers. */
            peers: flint.admin.PeerProgress.$Properties[];

            /** GroupStatus startKey. */
            startKey: Uint8Array;

            /** GroupStatus endKey. */
            endKey: Uint8Array;

            /** GroupStatus confVersion. */
            confVersion: (number|Long);

            /** GroupStatus version. */
            version: (number|Long);

            /** GroupStatus snapshots. */
            snapshots: flint.admin.SnapshotTransfer.$Properties[];

            /**
             * Encodes the specified GroupStatus message. Does not implicitly {@link flint.admin.GroupStatus.verify|verify} messages.
             * @param message GroupStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: flint.admin.GroupStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {flint.admin.GroupStatus & flint.admin.GroupStatus.$Shape} GroupStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): flint.admin.GroupStatus & flint.admin.GroupStatus.$Shape;
        }

        namespace GroupStatus {

            /** Properties of a GroupStatus. */
            interface $Properties {

                /** GroupStatus groupId */
                groupId?: (number|Long|null);

                /** GroupStatus role */
                role?: (flint.admin.Role|null);

                /** GroupStatus term */
                term?: (number|Long|null);

                /** GroupStatus leader */
                leader?: (number|Long|null);

                /** GroupStatus commit */
                commit?: (number|Long|null);

                /** GroupStatus applied */
                applied?: (number|Long|null);

                /** GroupStatus firstIndex */
                firstIndex?: (number|Long|null);

                /** GroupStatus lastIndex */
                lastIndex?: (number|Long|null);

                /** GroupStatus logBytes */
                logBytes?: (number|Long|null);

                /** GroupStatus peers */
                peers?: (flint.admin.PeerProgress.$Properties[]|null);

                /** GroupStatus startKey */
                startKey?: (Uint8Array|null);

                /** GroupStatus endKey */
                endKey?: (Uint8Array|null);

                /** GroupStatus confVersion */
                confVersion?: (number|Long|null);

                /** GroupStatus version */
                version?: (number|Long|null);

                /** GroupStatus snapshots */
                snapshots?: (flint.admin.SnapshotTransfer.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupStatus. */
            type $Shape = flint.admin.GroupStatus.$Properties;
        }
    }
}
