// schemas-sha256: ac8651a006813c2bae1bf12b147cfd3d8d6128bdbadd58d961b478eb6fe907e3
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const flint = $root.flint = (() => {

    /**
     * Namespace flint.
     * @exports flint
     * @namespace
     */
    const flint = {};

    flint.raft = (function() {

        /**
         * Namespace raft.
         * @memberof flint
         * @namespace
         */
        const raft = {};

        /**
         * EntryType enum.
         * @name flint.raft.EntryType
         * @enum {number}
         * @property {number} ENTRY_NORMAL=0 ENTRY_NORMAL value
         * @property {number} ENTRY_CONF_CHANGE=1 ENTRY_CONF_CHANGE value
         */
        raft.EntryType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ENTRY_NORMAL"] = 0;
            values[valuesById[1] = "ENTRY_CONF_CHANGE"] = 1;
            return values;
        })();

        raft.Entry = (function() {

            /**
             * Properties of an Entry.
             * @typedef {Object} flint.raft.Entry.$Properties
             * @property {number|Long|null} [term] Entry term
             * @property {number|Long|null} [index] Entry index
             * @property {flint.raft.EntryType|null} [type] Entry type
             * @property {Uint8Array|null} [data] Entry data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Entry.
             * @memberof flint.raft
             * @interface IEntry
             * @augments flint.raft.Entry.$Properties
             * @deprecated Use flint.raft.Entry.$Properties instead.
             */

            /**
             * Shape of an Entry.
             * @typedef {flint.raft.Entry.$Properties} flint.raft.Entry.$Shape
             */

            /**
             * Constructs a new Entry.
             * @memberof flint.raft
             * @classdesc Represents an Entry.
             * @constructor
             * @param {flint.raft.Entry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Entry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Entry term.
             * @member {number|Long} term
             * @memberof flint.raft.Entry
             * @instance
             */
            Entry.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Entry index.
             * @member {number|Long} index
             * @memberof flint.raft.Entry
             * @instance
             */
            Entry.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Entry type.
             * @member {flint.raft.EntryType} type
             * @memberof flint.raft.Entry
             * @instance
             */
            Entry.prototype.type = 0;

            /**
             * Entry data.
             * @member {Uint8Array} data
             * @memberof flint.raft.Entry
             * @instance
             */
            Entry.prototype.data = $util.newBuffer([]);

            /**
             * Encodes the specified Entry message. Does not implicitly {@link flint.raft.Entry.verify|verify} messages.
             * @function encode
             * @memberof flint.raft.Entry
             * @static
             * @param {flint.raft.Entry.$Properties} message Entry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Entry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.term);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.index);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.type);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Entry message from the specified reader or buffer.
             * @function decode
             * @memberof flint.raft.Entry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.raft.Entry & flint.raft.Entry.$Shape} Entry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Entry.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.raft.Entry();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
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

            return Entry;
        })();

        raft.HardState = (function() {

            /**
             * Properties of a HardState.
             * @typedef {Object} flint.raft.HardState.$Properties
             * @property {number|Long|null} [term] HardState term
             * @property {number|Long|null} [vote] HardState vote
             * @property {number|Long|null} [commit] HardState commit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HardState.
             * @memberof flint.raft
             * @interface IHardState
             * @augments flint.raft.HardState.$Properties
             * @deprecated Use flint.raft.HardState.$Properties instead.
             */

            /**
             * Shape of a HardState.
             * @typedef {flint.raft.HardState.$Properties} flint.raft.HardState.$Shape
             */

            /**
             * Constructs a new HardState.
             * @memberof flint.raft
             * @classdesc Represents a HardState.
             * @constructor
             * @param {flint.raft.HardState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HardState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HardState term.
             * @member {number|Long} term
             * @memberof flint.raft.HardState
             * @instance
             */
            HardState.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HardState vote.
             * @member {number|Long} vote
             * @memberof flint.raft.HardState
             * @instance
             */
            HardState.prototype.vote = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HardState commit.
             * @member {number|Long} commit
             * @memberof flint.raft.HardState
             * @instance
             */
            HardState.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified HardState message. Does not implicitly {@link flint.raft.HardState.verify|verify} messages.
             * @function encode
             * @memberof flint.raft.HardState
             * @static
             * @param {flint.raft.HardState.$Properties} message HardState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HardState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.term);
                if (message.vote != null && $Object.hasOwnProperty.call(message, "vote") && (typeof message.vote === "object" ? message.vote.low || message.vote.high : message.vote !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.vote);
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.commit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HardState message from the specified reader or buffer.
             * @function decode
             * @memberof flint.raft.HardState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.raft.HardState & flint.raft.HardState.$Shape} HardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HardState.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.raft.HardState();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.vote = value;
                            else
                                delete message.vote;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.commit = value;
                            else
                                delete message.commit;
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

            return HardState;
        })();

        raft.ConfState = (function() {

            /**
             * Properties of a ConfState.
             * @typedef {Object} flint.raft.ConfState.$Properties
             * @property {Array.<number|Long>|null} [voters] ConfState voters
             * @property {Array.<number|Long>|null} [learners] ConfState learners
             * @property {Array.<number|Long>|null} [votersOutgoing] ConfState votersOutgoing
             * @property {Array.<number|Long>|null} [learnersNext] ConfState learnersNext
             * @property {boolean|null} [autoLeave] ConfState autoLeave
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfState.
             * @memberof flint.raft
             * @interface IConfState
             * @augments flint.raft.ConfState.$Properties
             * @deprecated Use flint.raft.ConfState.$Properties instead.
             */

            /**
             * Shape of a ConfState.
             * @typedef {flint.raft.ConfState.$Properties} flint.raft.ConfState.$Shape
             */

            /**
             * Constructs a new ConfState.
             * @memberof flint.raft
             * @classdesc Represents a ConfState.
             * @constructor
             * @param {flint.raft.ConfState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfState = function (properties) {
                this.voters = [];
                this.learners = [];
                this.votersOutgoing = [];
                this.learnersNext = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfState voters.
             * @member {Array.<number|Long>} voters
             * @memberof flint.raft.ConfState
             * @instance
             */
            ConfState.prototype.voters = $util.emptyArray;

            /**
             * ConfState learners.
             * @member {Array.<number|Long>} learners
             * @memberof flint.raft.ConfState
             * @instance
             */
            ConfState.prototype.learners = $util.emptyArray;

            /**
             * ConfState votersOutgoing.
             * @member {Array.<number|Long>} votersOutgoing
             * @memberof flint.raft.ConfState
             * @instance
             */
            ConfState.prototype.votersOutgoing = $util.emptyArray;

            /**
             * ConfState learnersNext.
             * @member {Array.<number|Long>} learnersNext
             * @memberof flint.raft.ConfState
             * @instance
             */
            ConfState.prototype.learnersNext = $util.emptyArray;

            /**
             * ConfState autoLeave.
             * @member {boolean} autoLeave
             * @memberof flint.raft.ConfState
             * @instance
             */
            ConfState.prototype.autoLeave = false;

            /**
             * Encodes the specified ConfState message. Does not implicitly {@link flint.raft.ConfState.verify|verify} messages.
             * @function encode
             * @memberof flint.raft.ConfState
             * @static
             * @param {flint.raft.ConfState.$Properties} message ConfState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.voters != null && message.voters.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint64s(message.voters);
                if (message.learners != null && message.learners.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint64s(message.learners);
                if (message.votersOutgoing != null && message.votersOutgoing.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint64s(message.votersOutgoing);
                if (message.learnersNext != null && message.learnersNext.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint64s(message.learnersNext);
                if (message.autoLeave != null && $Object.hasOwnProperty.call(message, "autoLeave") && message.autoLeave !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.autoLeave);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConfState message from the specified reader or buffer.
             * @function decode
             * @memberof flint.raft.ConfState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.raft.ConfState & flint.raft.ConfState.$Shape} ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfState.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.raft.ConfState();
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
                            if (wireType === 2) {
                                if (!(message.voters && message.voters.length))
                                    message.voters = [];
                                reader.uint64s(message.voters);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.voters && message.voters.length))
                                message.voters = [];
                            message.voters.push(reader.uint64());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.learners && message.learners.length))
                                    message.learners = [];
                                reader.uint64s(message.learners);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.learners && message.learners.length))
                                message.learners = [];
                            message.learners.push(reader.uint64());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.votersOutgoing && message.votersOutgoing.length))
                                    message.votersOutgoing = [];
                                reader.uint64s(message.votersOutgoing);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.votersOutgoing && message.votersOutgoing.length))
                                message.votersOutgoing = [];
                            message.votersOutgoing.push(reader.uint64());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.learnersNext && message.learnersNext.length))
                                    message.learnersNext = [];
                                reader.uint64s(message.learnersNext);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.learnersNext && message.learnersNext.length))
                                message.learnersNext = [];
                            message.learnersNext.push(reader.uint64());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.autoLeave = value;
                            else
                                delete message.autoLeave;
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

            return ConfState;
        })();

        raft.SnapshotMetadata = (function() {

            /**
             * Properties of a SnapshotMetadata.
             * @typedef {Object} flint.raft.SnapshotMetadata.$Properties
             * @property {flint.raft.ConfState.$Properties|null} [confState] SnapshotMetadata confState
             * @property {number|Long|null} [index] SnapshotMetadata index
             * @property {number|Long|null} [term] SnapshotMetadata term
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotMetadata.
             * @memberof flint.raft
             * @interface ISnapshotMetadata
             * @augments flint.raft.SnapshotMetadata.$Properties
             * @deprecated Use flint.raft.SnapshotMetadata.$Properties instead.
             */

            /**
             * Shape of a SnapshotMetadata.
             * @typedef {flint.raft.SnapshotMetadata.$Properties} flint.raft.SnapshotMetadata.$Shape
             */

            /**
             * Constructs a new SnapshotMetadata.
             * @memberof flint.raft
             * @classdesc Represents a SnapshotMetadata.
             * @constructor
             * @param {flint.raft.SnapshotMetadata.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotMetadata = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotMetadata confState.
             * @member {flint.raft.ConfState.$Properties|null|undefined} confState
             * @memberof flint.raft.SnapshotMetadata
             * @instance
             */
            SnapshotMetadata.prototype.confState = null;

            /**
             * SnapshotMetadata index.
             * @member {number|Long} index
             * @memberof flint.raft.SnapshotMetadata
             * @instance
             */
            SnapshotMetadata.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotMetadata term.
             * @member {number|Long} term
             * @memberof flint.raft.SnapshotMetadata
             * @instance
             */
            SnapshotMetadata.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified SnapshotMetadata message. Does not implicitly {@link flint.raft.SnapshotMetadata.verify|verify} messages.
             * @function encode
             * @memberof flint.raft.SnapshotMetadata
             * @static
             * @param {flint.raft.SnapshotMetadata.$Properties} message SnapshotMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotMetadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.confState != null && $Object.hasOwnProperty.call(message, "confState"))
                    $root.flint.raft.ConfState.encode(message.confState, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.index);
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.term);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SnapshotMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof flint.raft.SnapshotMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.raft.SnapshotMetadata & flint.raft.SnapshotMetadata.$Shape} SnapshotMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotMetadata.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.raft.SnapshotMetadata();
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
                            message.confState = $root.flint.raft.ConfState.decode(reader, reader.size(), $undefined, _depth + 1, message.confState);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
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

            return SnapshotMetadata;
        })();

        raft.Snapshot = (function() {

            /**
             * Properties of a Snapshot.
             * @typedef {Object} flint.raft.Snapshot.$Properties
             * @property {Uint8Array|null} [data] Snapshot data
             * @property {flint.raft.SnapshotMetadata.$Properties|null} [metadata] Snapshot metadata
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Snapshot.
             * @memberof flint.raft
             * @interface ISnapshot
             * @augments flint.raft.Snapshot.$Properties
             * @deprecated Use flint.raft.Snapshot.$Properties instead.
             */

            /**
             * Shape of a Snapshot.
             * @typedef {flint.raft.Snapshot.$Properties} flint.raft.Snapshot.$Shape
             */

            /**
             * Constructs a new Snapshot.
             * @memberof flint.raft
             * @classdesc Represents a Snapshot.
             * @constructor
             * @param {flint.raft.Snapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Snapshot = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Snapshot data.
             * @member {Uint8Array} data
             * @memberof flint.raft.Snapshot
             * @instance
             */
            Snapshot.prototype.data = $util.newBuffer([]);

            /**
             * Snapshot metadata.
             * @member {flint.raft.SnapshotMetadata.$Properties|null|undefined} metadata
             * @memberof flint.raft.Snapshot
             * @instance
             */
            Snapshot.prototype.metadata = null;

            /**
             * Encodes the specified Snapshot message. Does not implicitly {@link flint.raft.Snapshot.verify|verify} messages.
             * @function encode
             * @memberof flint.raft.Snapshot
             * @static
             * @param {flint.raft.Snapshot.$Properties} message Snapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Snapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.data);
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    $root.flint.raft.SnapshotMetadata.encode(message.metadata, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Snapshot message from the specified reader or buffer.
             * @function decode
             * @memberof flint.raft.Snapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.raft.Snapshot & flint.raft.Snapshot.$Shape} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Snapshot.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.raft.Snapshot();
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
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.metadata = $root.flint.raft.SnapshotMetadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
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

            return Snapshot;
        })();

        /**
         * MessageType enum.
         * @name flint.raft.MessageType
         * @enum {number}
         * @property {number} MSG_APPEND=0 MSG_APPEND value
         * @property {number} MSG_APPEND_RESPONSE=1 MSG_APPEND_RESPONSE value
         * @property {number} MSG_VOTE=2 MSG_VOTE value
         * @property {number} MSG_VOTE_RESPONSE=3 MSG_VOTE_RESPONSE value
         * @property {number} MSG_PRE_VOTE=4 MSG_PRE_VOTE value
         * @property {number} MSG_PRE_VOTE_RESPONSE=5 MSG_PRE_VOTE_RESPONSE value
         * @property {number} MSG_HEARTBEAT=6 MSG_HEARTBEAT value
         * @property {number} MSG_HEARTBEAT_RESPONSE=7 MSG_HEARTBEAT_RESPONSE value
         * @property {number} MSG_SNAPSHOT=8 MSG_SNAPSHOT value
         * @property {number} MSG_TIMEOUT_NOW=9 MSG_TIMEOUT_NOW value
         * @property {number} MSG_READ_INDEX=10 MSG_READ_INDEX value
         * @property {number} MSG_READ_INDEX_RESPONSE=11 MSG_READ_INDEX_RESPONSE value
         * @property {number} MSG_PROPOSE=12 MSG_PROPOSE value
         * @property {number} MSG_TRANSFER_LEADER=13 MSG_TRANSFER_LEADER value
         */
        raft.MessageType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MSG_APPEND"] = 0;
            values[valuesById[1] = "MSG_APPEND_RESPONSE"] = 1;
            values[valuesById[2] = "MSG_VOTE"] = 2;
            values[valuesById[3] = "MSG_VOTE_RESPONSE"] = 3;
            values[valuesById[4] = "MSG_PRE_VOTE"] = 4;
            values[valuesById[5] = "MSG_PRE_VOTE_RESPONSE"] = 5;
            values[valuesById[6] = "MSG_HEARTBEAT"] = 6;
            values[valuesById[7] = "MSG_HEARTBEAT_RESPONSE"] = 7;
            values[valuesById[8] = "MSG_SNAPSHOT"] = 8;
            values[valuesById[9] = "MSG_TIMEOUT_NOW"] = 9;
            values[valuesById[10] = "MSG_READ_INDEX"] = 10;
            values[valuesById[11] = "MSG_READ_INDEX_RESPONSE"] = 11;
            values[valuesById[12] = "MSG_PROPOSE"] = 12;
            values[valuesById[13] = "MSG_TRANSFER_LEADER"] = 13;
            return values;
        })();

        raft.Message = (function() {

            /**
             * Properties of a Message.
             * @typedef {Object} flint.raft.Message.$Properties
             * @property {flint.raft.MessageType|null} [type] Message type
             * @property {number|Long|null} [to] Message to
             * @property {number|Long|null} [from] Message from
             * @property {number|Long|null} [term] Message term
             * @property {number|Long|null} [logTerm] Message logTerm
             * @property {number|Long|null} [index] Message index
             * @property {Array.<flint.raft.Entry.$Properties>|null} [entries] Message entries
             * @property {number|Long|null} [commit] Message commit
             * @property {boolean|null} [reject] Message reject
             * @property {number|Long|null} [rejectHint] Message rejectHint
             * @property {flint.raft.Snapshot.$Properties|null} [snapshot] Message snapshot
             * @property {Uint8Array|null} [context] Message context
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Message.
             * @memberof flint.raft
             * @interface IMessage
             * @augments flint.raft.Message.$Properties
             * @deprecated Use flint.raft.Message.$Properties instead.
             */

            /**
             * Shape of a Message.
             * @typedef {flint.raft.Message.$Properties} flint.raft.Message.$Shape
             */

            /**
             * Constructs a new Message.
             * @memberof flint.raft
             * @classdesc Represents a Message.
             * @constructor
             * @param {flint.raft.Message.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Message = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Message type.
             * @member {flint.raft.MessageType} type
             * @memberof flint.raft.Message
             * @instance
             */
            Message.prototype.type = 0;

            /**
             * Message to.
             * @member {number|Long} to
             * @memberof flint.raft.Message
             * @instance
             */
            Message.prototype.to = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message from.
             * @member {number|Long} from
             * @memberof flint.raft.Message
             * @instance
             */
            Message.prototype.from = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message term.
             * @member {number|Long} term
             * @memberof flint.raft.Message
             * @instance
             */
            Message.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message logTerm.
             * @member {number|Long} logTerm
             * @memberof flint.raft.Message
             * @instance
             */
            Message.prototype.logTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message index.
             * @member {number|Long} index
             * @memberof flint.raft.Message
             * @instance
             */
            Message.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message entries.
             * @member {Array.<flint.raft.Entry.$Properties>} entries
             * @memberof flint.raft.Message
             * @instance
             */
            Message.prototype.entries = $util.emptyArray;

            /**
             * Message commit.
             * @member {number|Long} commit
             * @memberof flint.raft.Message
             * @instance
             */
            Message.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message reject.
             * @member {boolean} reject
             * @memberof flint.raft.Message
             * @instance
             */
            Message.prototype.reject = false;

            /**
             * Message rejectHint.
             * @member {number|Long} rejectHint
             * @memberof flint.raft.Message
             * @instance
             */
            Message.prototype.rejectHint = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message snapshot.
             * @member {flint.raft.Snapshot.$Properties|null|undefined} snapshot
             * @memberof flint.raft.Message
             * @instance
             */
            Message.prototype.snapshot = null;

            /**
             * Message context.
             * @member {Uint8Array} context
             * @memberof flint.raft.Message
             * @instance
             */
            Message.prototype.context = $util.newBuffer([]);

            /**
             * Encodes the specified Message message. Does not implicitly {@link flint.raft.Message.verify|verify} messages.
             * @function encode
             * @memberof flint.raft.Message
             * @static
             * @param {flint.raft.Message.$Properties} message Message message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Message.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && (typeof message.to === "object" ? message.to.low || message.to.high : message.to !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.to);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && (typeof message.from === "object" ? message.from.low || message.from.high : message.from !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.from);
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.term);
                if (message.logTerm != null && $Object.hasOwnProperty.call(message, "logTerm") && (typeof message.logTerm === "object" ? message.logTerm.low || message.logTerm.high : message.logTerm !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.logTerm);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.index);
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.flint.raft.Entry.encode(message.entries[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.commit);
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject") && message.reject !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.reject);
                if (message.rejectHint != null && $Object.hasOwnProperty.call(message, "rejectHint") && (typeof message.rejectHint === "object" ? message.rejectHint.low || message.rejectHint.high : message.rejectHint !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.rejectHint);
                if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                    $root.flint.raft.Snapshot.encode(message.snapshot, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.context != null && $Object.hasOwnProperty.call(message, "context") && message.context.length)
                    writer.uint32(/* id 12, wireType 2 =*/98).bytes(message.context);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @function decode
             * @memberof flint.raft.Message
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.raft.Message & flint.raft.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Message.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.raft.Message();
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
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.logTerm = value;
                            else
                                delete message.logTerm;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.flint.raft.Entry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.commit = value;
                            else
                                delete message.commit;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reject = value;
                            else
                                delete message.reject;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rejectHint = value;
                            else
                                delete message.rejectHint;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.snapshot = $root.flint.raft.Snapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.context = value;
                            else
                                delete message.context;
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

            return Message;
        })();

        raft.SnapshotChunk = (function() {

            /**
             * Properties of a SnapshotChunk.
             * @typedef {Object} flint.raft.SnapshotChunk.$Properties
             * @property {number|Long|null} [snapshotIndex] SnapshotChunk snapshotIndex
             * @property {number|Long|null} [snapshotTerm] SnapshotChunk snapshotTerm
             * @property {number|Long|null} [from] SnapshotChunk from
             * @property {number|Long|null} [to] SnapshotChunk to
             * @property {number|Long|null} [offset] SnapshotChunk offset
             * @property {number|Long|null} [totalBytes] SnapshotChunk totalBytes
             * @property {boolean|null} [last] SnapshotChunk last
             * @property {Uint8Array|null} [data] SnapshotChunk data
             * @property {flint.raft.Message.$Properties|null} [message] SnapshotChunk message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotChunk.
             * @memberof flint.raft
             * @interface ISnapshotChunk
             * @augments flint.raft.SnapshotChunk.$Properties
             * @deprecated Use flint.raft.SnapshotChunk.$Properties instead.
             */

            /**
             * Shape of a SnapshotChunk.
             * @typedef {flint.raft.SnapshotChunk.$Properties} flint.raft.SnapshotChunk.$Shape
             */

            /**
             * Constructs a new SnapshotChunk.
             * @memberof flint.raft
             * @classdesc Represents a SnapshotChunk.
             * @constructor
             * @param {flint.raft.SnapshotChunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotChunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotChunk snapshotIndex.
             * @member {number|Long} snapshotIndex
             * @memberof flint.raft.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.snapshotIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotChunk snapshotTerm.
             * @member {number|Long} snapshotTerm
             * @memberof flint.raft.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.snapshotTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotChunk from.
             * @member {number|Long} from
             * @memberof flint.raft.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.from = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotChunk to.
             * @member {number|Long} to
             * @memberof flint.raft.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.to = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotChunk offset.
             * @member {number|Long} offset
             * @memberof flint.raft.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotChunk totalBytes.
             * @member {number|Long} totalBytes
             * @memberof flint.raft.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotChunk last.
             * @member {boolean} last
             * @memberof flint.raft.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.last = false;

            /**
             * SnapshotChunk data.
             * @member {Uint8Array} data
             * @memberof flint.raft.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.data = $util.newBuffer([]);

            /**
             * SnapshotChunk message.
             * @member {flint.raft.Message.$Properties|null|undefined} message
             * @memberof flint.raft.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.message = null;

            /**
             * Encodes the specified SnapshotChunk message. Does not implicitly {@link flint.raft.SnapshotChunk.verify|verify} messages.
             * @function encode
             * @memberof flint.raft.SnapshotChunk
             * @static
             * @param {flint.raft.SnapshotChunk.$Properties} message SnapshotChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.snapshotIndex != null && $Object.hasOwnProperty.call(message, "snapshotIndex") && (typeof message.snapshotIndex === "object" ? message.snapshotIndex.low || message.snapshotIndex.high : message.snapshotIndex !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.snapshotIndex);
                if (message.snapshotTerm != null && $Object.hasOwnProperty.call(message, "snapshotTerm") && (typeof message.snapshotTerm === "object" ? message.snapshotTerm.low || message.snapshotTerm.high : message.snapshotTerm !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.snapshotTerm);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && (typeof message.from === "object" ? message.from.low || message.from.high : message.from !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.from);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && (typeof message.to === "object" ? message.to.low || message.to.high : message.to !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.to);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.offset);
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes") && (typeof message.totalBytes === "object" ? message.totalBytes.low || message.totalBytes.high : message.totalBytes !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.totalBytes);
                if (message.last != null && $Object.hasOwnProperty.call(message, "last") && message.last !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.last);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.data);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.flint.raft.Message.encode(message.message, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SnapshotChunk message from the specified reader or buffer.
             * @function decode
             * @memberof flint.raft.SnapshotChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.raft.SnapshotChunk & flint.raft.SnapshotChunk.$Shape} SnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotChunk.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.raft.SnapshotChunk();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.snapshotIndex = value;
                            else
                                delete message.snapshotIndex;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.snapshotTerm = value;
                            else
                                delete message.snapshotTerm;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalBytes = value;
                            else
                                delete message.totalBytes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.last = value;
                            else
                                delete message.last;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.flint.raft.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
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

            return SnapshotChunk;
        })();

        raft.SnapshotAck = (function() {

            /**
             * Properties of a SnapshotAck.
             * @typedef {Object} flint.raft.SnapshotAck.$Properties
             * @property {number|Long|null} [snapshotIndex] SnapshotAck snapshotIndex
             * @property {number|Long|null} [snapshotTerm] SnapshotAck snapshotTerm
             * @property {number|Long|null} [from] SnapshotAck from
             * @property {number|Long|null} [to] SnapshotAck to
             * @property {number|Long|null} [offset] SnapshotAck offset
             * @property {boolean|null} [refused] SnapshotAck refused
             * @property {string|null} [reason] SnapshotAck reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotAck.
             * @memberof flint.raft
             * @interface ISnapshotAck
             * @augments flint.raft.SnapshotAck.$Properties
             * @deprecated Use flint.raft.SnapshotAck.$Properties instead.
             */

            /**
             * Shape of a SnapshotAck.
             * @typedef {flint.raft.SnapshotAck.$Properties} flint.raft.SnapshotAck.$Shape
             */

            /**
             * Constructs a new SnapshotAck.
             * @memberof flint.raft
             * @classdesc Represents a SnapshotAck.
             * @constructor
             * @param {flint.raft.SnapshotAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotAck snapshotIndex.
             * @member {number|Long} snapshotIndex
             * @memberof flint.raft.SnapshotAck
             * @instance
             */
            SnapshotAck.prototype.snapshotIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotAck snapshotTerm.
             * @member {number|Long} snapshotTerm
             * @memberof flint.raft.SnapshotAck
             * @instance
             */
            SnapshotAck.prototype.snapshotTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotAck from.
             * @member {number|Long} from
             * @memberof flint.raft.SnapshotAck
             * @instance
             */
            SnapshotAck.prototype.from = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotAck to.
             * @member {number|Long} to
             * @memberof flint.raft.SnapshotAck
             * @instance
             */
            SnapshotAck.prototype.to = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotAck offset.
             * @member {number|Long} offset
             * @memberof flint.raft.SnapshotAck
             * @instance
             */
            SnapshotAck.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotAck refused.
             * @member {boolean} refused
             * @memberof flint.raft.SnapshotAck
             * @instance
             */
            SnapshotAck.prototype.refused = false;

            /**
             * SnapshotAck reason.
             * @member {string} reason
             * @memberof flint.raft.SnapshotAck
             * @instance
             */
            SnapshotAck.prototype.reason = "";

            /**
             * Encodes the specified SnapshotAck message. Does not implicitly {@link flint.raft.SnapshotAck.verify|verify} messages.
             * @function encode
             * @memberof flint.raft.SnapshotAck
             * @static
             * @param {flint.raft.SnapshotAck.$Properties} message SnapshotAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.snapshotIndex != null && $Object.hasOwnProperty.call(message, "snapshotIndex") && (typeof message.snapshotIndex === "object" ? message.snapshotIndex.low || message.snapshotIndex.high : message.snapshotIndex !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.snapshotIndex);
                if (message.snapshotTerm != null && $Object.hasOwnProperty.call(message, "snapshotTerm") && (typeof message.snapshotTerm === "object" ? message.snapshotTerm.low || message.snapshotTerm.high : message.snapshotTerm !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.snapshotTerm);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && (typeof message.from === "object" ? message.from.low || message.from.high : message.from !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.from);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && (typeof message.to === "object" ? message.to.low || message.to.high : message.to !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.to);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.offset);
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused") && message.refused !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.refused);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SnapshotAck message from the specified reader or buffer.
             * @function decode
             * @memberof flint.raft.SnapshotAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.raft.SnapshotAck & flint.raft.SnapshotAck.$Shape} SnapshotAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotAck.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.raft.SnapshotAck();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.snapshotIndex = value;
                            else
                                delete message.snapshotIndex;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.snapshotTerm = value;
                            else
                                delete message.snapshotTerm;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.refused = value;
                            else
                                delete message.refused;
                            continue;
                        }
                    case 7: {
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

            return SnapshotAck;
        })();

        return raft;
    })();

    flint.kv = (function() {

        /**
         * Namespace kv.
         * @memberof flint
         * @namespace
         */
        const kv = {};

        kv.RegionEpoch = (function() {

            /**
             * Properties of a RegionEpoch.
             * @typedef {Object} flint.kv.RegionEpoch.$Properties
             * @property {number|Long|null} [confVersion] RegionEpoch confVersion
             * @property {number|Long|null} [version] RegionEpoch version
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegionEpoch.
             * @memberof flint.kv
             * @interface IRegionEpoch
             * @augments flint.kv.RegionEpoch.$Properties
             * @deprecated Use flint.kv.RegionEpoch.$Properties instead.
             */

            /**
             * Shape of a RegionEpoch.
             * @typedef {flint.kv.RegionEpoch.$Properties} flint.kv.RegionEpoch.$Shape
             */

            /**
             * Constructs a new RegionEpoch.
             * @memberof flint.kv
             * @classdesc Represents a RegionEpoch.
             * @constructor
             * @param {flint.kv.RegionEpoch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegionEpoch = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RegionEpoch confVersion.
             * @member {number|Long} confVersion
             * @memberof flint.kv.RegionEpoch
             * @instance
             */
            RegionEpoch.prototype.confVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RegionEpoch version.
             * @member {number|Long} version
             * @memberof flint.kv.RegionEpoch
             * @instance
             */
            RegionEpoch.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified RegionEpoch message. Does not implicitly {@link flint.kv.RegionEpoch.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.RegionEpoch
             * @static
             * @param {flint.kv.RegionEpoch.$Properties} message RegionEpoch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegionEpoch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.confVersion != null && $Object.hasOwnProperty.call(message, "confVersion") && (typeof message.confVersion === "object" ? message.confVersion.low || message.confVersion.high : message.confVersion !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.confVersion);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RegionEpoch message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.RegionEpoch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.RegionEpoch & flint.kv.RegionEpoch.$Shape} RegionEpoch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegionEpoch.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.RegionEpoch();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.confVersion = value;
                            else
                                delete message.confVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
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

            return RegionEpoch;
        })();

        kv.RegionDescriptor = (function() {

            /**
             * Properties of a RegionDescriptor.
             * @typedef {Object} flint.kv.RegionDescriptor.$Properties
             * @property {number|Long|null} [id] RegionDescriptor id
             * @property {Uint8Array|null} [startKey] RegionDescriptor startKey
             * @property {Uint8Array|null} [endKey] RegionDescriptor endKey
             * @property {flint.kv.RegionEpoch.$Properties|null} [epoch] RegionDescriptor epoch
             * @property {Array.<number|Long>|null} [peers] RegionDescriptor peers
             * @property {number|Long|null} [leader] RegionDescriptor leader
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegionDescriptor.
             * @memberof flint.kv
             * @interface IRegionDescriptor
             * @augments flint.kv.RegionDescriptor.$Properties
             * @deprecated Use flint.kv.RegionDescriptor.$Properties instead.
             */

            /**
             * Shape of a RegionDescriptor.
             * @typedef {flint.kv.RegionDescriptor.$Properties} flint.kv.RegionDescriptor.$Shape
             */

            /**
             * Constructs a new RegionDescriptor.
             * @memberof flint.kv
             * @classdesc Represents a RegionDescriptor.
             * @constructor
             * @param {flint.kv.RegionDescriptor.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegionDescriptor = function (properties) {
                this.peers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RegionDescriptor id.
             * @member {number|Long} id
             * @memberof flint.kv.RegionDescriptor
             * @instance
             */
            RegionDescriptor.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RegionDescriptor startKey.
             * @member {Uint8Array} startKey
             * @memberof flint.kv.RegionDescriptor
             * @instance
             */
            RegionDescriptor.prototype.startKey = $util.newBuffer([]);

            /**
             * RegionDescriptor endKey.
             * @member {Uint8Array} endKey
             * @memberof flint.kv.RegionDescriptor
             * @instance
             */
            RegionDescriptor.prototype.endKey = $util.newBuffer([]);

            /**
             * RegionDescriptor epoch.
             * @member {flint.kv.RegionEpoch.$Properties|null|undefined} epoch
             * @memberof flint.kv.RegionDescriptor
             * @instance
             */
            RegionDescriptor.prototype.epoch = null;

            /**
             * RegionDescriptor peers.
             * @member {Array.<number|Long>} peers
             * @memberof flint.kv.RegionDescriptor
             * @instance
             */
            RegionDescriptor.prototype.peers = $util.emptyArray;

            /**
             * RegionDescriptor leader.
             * @member {number|Long} leader
             * @memberof flint.kv.RegionDescriptor
             * @instance
             */
            RegionDescriptor.prototype.leader = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified RegionDescriptor message. Does not implicitly {@link flint.kv.RegionDescriptor.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.RegionDescriptor
             * @static
             * @param {flint.kv.RegionDescriptor.$Properties} message RegionDescriptor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegionDescriptor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.startKey != null && $Object.hasOwnProperty.call(message, "startKey") && message.startKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.startKey);
                if (message.endKey != null && $Object.hasOwnProperty.call(message, "endKey") && message.endKey.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.endKey);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    $root.flint.kv.RegionEpoch.encode(message.epoch, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.peers != null && message.peers.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).uint64s(message.peers);
                if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && (typeof message.leader === "object" ? message.leader.low || message.leader.high : message.leader !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.leader);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RegionDescriptor message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.RegionDescriptor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.RegionDescriptor & flint.kv.RegionDescriptor.$Shape} RegionDescriptor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegionDescriptor.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.RegionDescriptor();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.startKey = value;
                            else
                                delete message.startKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.endKey = value;
                            else
                                delete message.endKey;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.epoch = $root.flint.kv.RegionEpoch.decode(reader, reader.size(), $undefined, _depth + 1, message.epoch);
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.peers && message.peers.length))
                                    message.peers = [];
                                reader.uint64s(message.peers);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.peers && message.peers.length))
                                message.peers = [];
                            message.peers.push(reader.uint64());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leader = value;
                            else
                                delete message.leader;
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

            return RegionDescriptor;
        })();

        /**
         * ReadConsistency enum.
         * @name flint.kv.ReadConsistency
         * @enum {number}
         * @property {number} LINEARIZABLE=0 LINEARIZABLE value
         * @property {number} LEASE=1 LEASE value
         * @property {number} STALE=2 STALE value
         */
        kv.ReadConsistency = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LINEARIZABLE"] = 0;
            values[valuesById[1] = "LEASE"] = 1;
            values[valuesById[2] = "STALE"] = 2;
            return values;
        })();

        kv.Get = (function() {

            /**
             * Properties of a Get.
             * @typedef {Object} flint.kv.Get.$Properties
             * @property {Uint8Array|null} [key] Get key
             * @property {flint.kv.ReadConsistency|null} [consistency] Get consistency
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Get.
             * @memberof flint.kv
             * @interface IGet
             * @augments flint.kv.Get.$Properties
             * @deprecated Use flint.kv.Get.$Properties instead.
             */

            /**
             * Shape of a Get.
             * @typedef {flint.kv.Get.$Properties} flint.kv.Get.$Shape
             */

            /**
             * Constructs a new Get.
             * @memberof flint.kv
             * @classdesc Represents a Get.
             * @constructor
             * @param {flint.kv.Get.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Get = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Get key.
             * @member {Uint8Array} key
             * @memberof flint.kv.Get
             * @instance
             */
            Get.prototype.key = $util.newBuffer([]);

            /**
             * Get consistency.
             * @member {flint.kv.ReadConsistency} consistency
             * @memberof flint.kv.Get
             * @instance
             */
            Get.prototype.consistency = 0;

            /**
             * Encodes the specified Get message. Does not implicitly {@link flint.kv.Get.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.Get
             * @static
             * @param {flint.kv.Get.$Properties} message Get message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Get.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                if (message.consistency != null && $Object.hasOwnProperty.call(message, "consistency") && message.consistency !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.consistency);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Get message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.Get
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.Get & flint.kv.Get.$Shape} Get
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Get.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.Get();
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
                            if ((value = reader.bytes()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.consistency = value;
                            else
                                delete message.consistency;
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

            return Get;
        })();

        kv.Put = (function() {

            /**
             * Properties of a Put.
             * @typedef {Object} flint.kv.Put.$Properties
             * @property {Uint8Array|null} [key] Put key
             * @property {Uint8Array|null} [value] Put value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Put.
             * @memberof flint.kv
             * @interface IPut
             * @augments flint.kv.Put.$Properties
             * @deprecated Use flint.kv.Put.$Properties instead.
             */

            /**
             * Shape of a Put.
             * @typedef {flint.kv.Put.$Properties} flint.kv.Put.$Shape
             */

            /**
             * Constructs a new Put.
             * @memberof flint.kv
             * @classdesc Represents a Put.
             * @constructor
             * @param {flint.kv.Put.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Put = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Put key.
             * @member {Uint8Array} key
             * @memberof flint.kv.Put
             * @instance
             */
            Put.prototype.key = $util.newBuffer([]);

            /**
             * Put value.
             * @member {Uint8Array} value
             * @memberof flint.kv.Put
             * @instance
             */
            Put.prototype.value = $util.newBuffer([]);

            /**
             * Encodes the specified Put message. Does not implicitly {@link flint.kv.Put.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.Put
             * @static
             * @param {flint.kv.Put.$Properties} message Put message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Put.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Put message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.Put
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.Put & flint.kv.Put.$Shape} Put
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Put.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.Put();
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
                            if ((value = reader.bytes()).length)
                                message.key = value;
                            else
                                delete message.key;
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

            return Put;
        })();

        kv.Delete = (function() {

            /**
             * Properties of a Delete.
             * @typedef {Object} flint.kv.Delete.$Properties
             * @property {Uint8Array|null} [key] Delete key
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Delete.
             * @memberof flint.kv
             * @interface IDelete
             * @augments flint.kv.Delete.$Properties
             * @deprecated Use flint.kv.Delete.$Properties instead.
             */

            /**
             * Shape of a Delete.
             * @typedef {flint.kv.Delete.$Properties} flint.kv.Delete.$Shape
             */

            /**
             * Constructs a new Delete.
             * @memberof flint.kv
             * @classdesc Represents a Delete.
             * @constructor
             * @param {flint.kv.Delete.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Delete = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Delete key.
             * @member {Uint8Array} key
             * @memberof flint.kv.Delete
             * @instance
             */
            Delete.prototype.key = $util.newBuffer([]);

            /**
             * Encodes the specified Delete message. Does not implicitly {@link flint.kv.Delete.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.Delete
             * @static
             * @param {flint.kv.Delete.$Properties} message Delete message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Delete.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Delete message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.Delete
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.Delete & flint.kv.Delete.$Shape} Delete
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Delete.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.Delete();
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
                            if ((value = reader.bytes()).length)
                                message.key = value;
                            else
                                delete message.key;
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

            return Delete;
        })();

        kv.Scan = (function() {

            /**
             * Properties of a Scan.
             * @typedef {Object} flint.kv.Scan.$Properties
             * @property {Uint8Array|null} [start] Scan start
             * @property {Uint8Array|null} [end] Scan end
             * @property {number|null} [limit] Scan limit
             * @property {boolean|null} [reverse] Scan reverse
             * @property {flint.kv.ReadConsistency|null} [consistency] Scan consistency
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Scan.
             * @memberof flint.kv
             * @interface IScan
             * @augments flint.kv.Scan.$Properties
             * @deprecated Use flint.kv.Scan.$Properties instead.
             */

            /**
             * Shape of a Scan.
             * @typedef {flint.kv.Scan.$Properties} flint.kv.Scan.$Shape
             */

            /**
             * Constructs a new Scan.
             * @memberof flint.kv
             * @classdesc Represents a Scan.
             * @constructor
             * @param {flint.kv.Scan.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Scan = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Scan start.
             * @member {Uint8Array} start
             * @memberof flint.kv.Scan
             * @instance
             */
            Scan.prototype.start = $util.newBuffer([]);

            /**
             * Scan end.
             * @member {Uint8Array} end
             * @memberof flint.kv.Scan
             * @instance
             */
            Scan.prototype.end = $util.newBuffer([]);

            /**
             * Scan limit.
             * @member {number} limit
             * @memberof flint.kv.Scan
             * @instance
             */
            Scan.prototype.limit = 0;

            /**
             * Scan reverse.
             * @member {boolean} reverse
             * @memberof flint.kv.Scan
             * @instance
             */
            Scan.prototype.reverse = false;

            /**
             * Scan consistency.
             * @member {flint.kv.ReadConsistency} consistency
             * @memberof flint.kv.Scan
             * @instance
             */
            Scan.prototype.consistency = 0;

            /**
             * Encodes the specified Scan message. Does not implicitly {@link flint.kv.Scan.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.Scan
             * @static
             * @param {flint.kv.Scan.$Properties} message Scan message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Scan.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && message.start.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.start);
                if (message.end != null && $Object.hasOwnProperty.call(message, "end") && message.end.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.end);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.limit);
                if (message.reverse != null && $Object.hasOwnProperty.call(message, "reverse") && message.reverse !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.reverse);
                if (message.consistency != null && $Object.hasOwnProperty.call(message, "consistency") && message.consistency !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.consistency);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Scan message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.Scan
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.Scan & flint.kv.Scan.$Shape} Scan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Scan.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.Scan();
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
                            if ((value = reader.bytes()).length)
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.end = value;
                            else
                                delete message.end;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reverse = value;
                            else
                                delete message.reverse;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.consistency = value;
                            else
                                delete message.consistency;
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

            return Scan;
        })();

        kv.CompareAndSwap = (function() {

            /**
             * Properties of a CompareAndSwap.
             * @typedef {Object} flint.kv.CompareAndSwap.$Properties
             * @property {Uint8Array|null} [key] CompareAndSwap key
             * @property {boolean|null} [expectedExists] CompareAndSwap expectedExists
             * @property {Uint8Array|null} [expectedValue] CompareAndSwap expectedValue
             * @property {boolean|null} [nextExists] CompareAndSwap nextExists
             * @property {Uint8Array|null} [nextValue] CompareAndSwap nextValue
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CompareAndSwap.
             * @memberof flint.kv
             * @interface ICompareAndSwap
             * @augments flint.kv.CompareAndSwap.$Properties
             * @deprecated Use flint.kv.CompareAndSwap.$Properties instead.
             */

            /**
             * Shape of a CompareAndSwap.
             * @typedef {flint.kv.CompareAndSwap.$Properties} flint.kv.CompareAndSwap.$Shape
             */

            /**
             * Constructs a new CompareAndSwap.
             * @memberof flint.kv
             * @classdesc Represents a CompareAndSwap.
             * @constructor
             * @param {flint.kv.CompareAndSwap.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CompareAndSwap = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CompareAndSwap key.
             * @member {Uint8Array} key
             * @memberof flint.kv.CompareAndSwap
             * @instance
             */
            CompareAndSwap.prototype.key = $util.newBuffer([]);

            /**
             * CompareAndSwap expectedExists.
             * @member {boolean} expectedExists
             * @memberof flint.kv.CompareAndSwap
             * @instance
             */
            CompareAndSwap.prototype.expectedExists = false;

            /**
             * CompareAndSwap expectedValue.
             * @member {Uint8Array} expectedValue
             * @memberof flint.kv.CompareAndSwap
             * @instance
             */
            CompareAndSwap.prototype.expectedValue = $util.newBuffer([]);

            /**
             * CompareAndSwap nextExists.
             * @member {boolean} nextExists
             * @memberof flint.kv.CompareAndSwap
             * @instance
             */
            CompareAndSwap.prototype.nextExists = false;

            /**
             * CompareAndSwap nextValue.
             * @member {Uint8Array} nextValue
             * @memberof flint.kv.CompareAndSwap
             * @instance
             */
            CompareAndSwap.prototype.nextValue = $util.newBuffer([]);

            /**
             * Encodes the specified CompareAndSwap message. Does not implicitly {@link flint.kv.CompareAndSwap.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.CompareAndSwap
             * @static
             * @param {flint.kv.CompareAndSwap.$Properties} message CompareAndSwap message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompareAndSwap.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                if (message.expectedExists != null && $Object.hasOwnProperty.call(message, "expectedExists") && message.expectedExists !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.expectedExists);
                if (message.expectedValue != null && $Object.hasOwnProperty.call(message, "expectedValue") && message.expectedValue.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.expectedValue);
                if (message.nextExists != null && $Object.hasOwnProperty.call(message, "nextExists") && message.nextExists !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.nextExists);
                if (message.nextValue != null && $Object.hasOwnProperty.call(message, "nextValue") && message.nextValue.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.nextValue);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CompareAndSwap message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.CompareAndSwap
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.CompareAndSwap & flint.kv.CompareAndSwap.$Shape} CompareAndSwap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompareAndSwap.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.CompareAndSwap();
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
                            if ((value = reader.bytes()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.expectedExists = value;
                            else
                                delete message.expectedExists;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.expectedValue = value;
                            else
                                delete message.expectedValue;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.nextExists = value;
                            else
                                delete message.nextExists;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nextValue = value;
                            else
                                delete message.nextValue;
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

            return CompareAndSwap;
        })();

        kv.BatchOperation = (function() {

            /**
             * Properties of a BatchOperation.
             * @typedef {Object} flint.kv.BatchOperation.$Properties
             * @property {flint.kv.Put.$Properties|null} [put] BatchOperation put
             * @property {flint.kv.Delete.$Properties|null} ["delete"] BatchOperation delete
             * @property {"put"|"delete"} [operation] BatchOperation operation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BatchOperation.
             * @memberof flint.kv
             * @interface IBatchOperation
             * @augments flint.kv.BatchOperation.$Properties
             * @deprecated Use flint.kv.BatchOperation.$Properties instead.
             */

            /**
             * Narrowed shape of a BatchOperation.
             * @typedef {{
             *   put?: flint.kv.Put.$Shape|null;
             *   "delete"?: flint.kv.Delete.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ operation?: undefined; put?: null; "delete"?: null }|{ operation?: "put"; put: flint.kv.Put.$Shape; "delete"?: null }|{ operation?: "delete"; put?: null; "delete": flint.kv.Delete.$Shape })
             * )} flint.kv.BatchOperation.$Shape
             */

            /**
             * Constructs a new BatchOperation.
             * @memberof flint.kv
             * @classdesc Represents a BatchOperation.
             * @constructor
             * @param {flint.kv.BatchOperation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BatchOperation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BatchOperation put.
             * @member {flint.kv.Put.$Properties|null|undefined} put
             * @memberof flint.kv.BatchOperation
             * @instance
             */
            BatchOperation.prototype.put = null;

            /**
             * BatchOperation delete.
             * @member {flint.kv.Delete.$Properties|null|undefined} delete
             * @memberof flint.kv.BatchOperation
             * @instance
             */
            BatchOperation.prototype["delete"] = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * BatchOperation operation.
             * @member {"put"|"delete"|undefined} operation
             * @memberof flint.kv.BatchOperation
             * @instance
             */
            $Object.defineProperty(BatchOperation.prototype, "operation", {
                get: $util.oneOfGetter($oneOfFields = ["put", "delete"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified BatchOperation message. Does not implicitly {@link flint.kv.BatchOperation.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.BatchOperation
             * @static
             * @param {flint.kv.BatchOperation.$Properties} message BatchOperation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchOperation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.put != null && $Object.hasOwnProperty.call(message, "put"))
                    $root.flint.kv.Put.encode(message.put, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete"))
                    $root.flint.kv.Delete.encode(message["delete"], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BatchOperation message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.BatchOperation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.BatchOperation & flint.kv.BatchOperation.$Shape} BatchOperation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchOperation.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.BatchOperation();
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
                            message.put = $root.flint.kv.Put.decode(reader, reader.size(), $undefined, _depth + 1, message.put);
                            message.operation = "put";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message["delete"] = $root.flint.kv.Delete.decode(reader, reader.size(), $undefined, _depth + 1, message["delete"]);
                            message.operation = "delete";
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

            return BatchOperation;
        })();

        kv.Batch = (function() {

            /**
             * Properties of a Batch.
             * @typedef {Object} flint.kv.Batch.$Properties
             * @property {Array.<flint.kv.BatchOperation.$Properties>|null} [operations] Batch operations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Batch.
             * @memberof flint.kv
             * @interface IBatch
             * @augments flint.kv.Batch.$Properties
             * @deprecated Use flint.kv.Batch.$Properties instead.
             */

            /**
             * Shape of a Batch.
             * @typedef {{
             *   operations?: Array.<flint.kv.BatchOperation.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} flint.kv.Batch.$Shape
             */

            /**
             * Constructs a new Batch.
             * @memberof flint.kv
             * @classdesc Represents a Batch.
             * @constructor
             * @param {flint.kv.Batch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Batch = function (properties) {
                this.operations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Batch operations.
             * @member {Array.<flint.kv.BatchOperation.$Properties>} operations
             * @memberof flint.kv.Batch
             * @instance
             */
            Batch.prototype.operations = $util.emptyArray;

            /**
             * Encodes the specified Batch message. Does not implicitly {@link flint.kv.Batch.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.Batch
             * @static
             * @param {flint.kv.Batch.$Properties} message Batch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Batch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.operations != null && message.operations.length)
                    for (let i = 0; i < message.operations.length; ++i)
                        $root.flint.kv.BatchOperation.encode(message.operations[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Batch message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.Batch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.Batch & flint.kv.Batch.$Shape} Batch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Batch.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.Batch();
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
                            if (!(message.operations && message.operations.length))
                                message.operations = [];
                            message.operations.push($root.flint.kv.BatchOperation.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return Batch;
        })();

        kv.Status = (function() {

            /**
             * Properties of a Status.
             * @typedef {Object} flint.kv.Status.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Status.
             * @memberof flint.kv
             * @interface IStatus
             * @augments flint.kv.Status.$Properties
             * @deprecated Use flint.kv.Status.$Properties instead.
             */

            /**
             * Shape of a Status.
             * @typedef {flint.kv.Status.$Properties} flint.kv.Status.$Shape
             */

            /**
             * Constructs a new Status.
             * @memberof flint.kv
             * @classdesc Represents a Status.
             * @constructor
             * @param {flint.kv.Status.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Status = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified Status message. Does not implicitly {@link flint.kv.Status.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.Status
             * @static
             * @param {flint.kv.Status.$Properties} message Status message or plain object to encode
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
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.Status
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.Status & flint.kv.Status.$Shape} Status
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
                message = _target || new $root.flint.kv.Status();
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

            return Status;
        })();

        kv.Regions = (function() {

            /**
             * Properties of a Regions.
             * @typedef {Object} flint.kv.Regions.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Regions.
             * @memberof flint.kv
             * @interface IRegions
             * @augments flint.kv.Regions.$Properties
             * @deprecated Use flint.kv.Regions.$Properties instead.
             */

            /**
             * Shape of a Regions.
             * @typedef {flint.kv.Regions.$Properties} flint.kv.Regions.$Shape
             */

            /**
             * Constructs a new Regions.
             * @memberof flint.kv
             * @classdesc Represents a Regions.
             * @constructor
             * @param {flint.kv.Regions.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Regions = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified Regions message. Does not implicitly {@link flint.kv.Regions.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.Regions
             * @static
             * @param {flint.kv.Regions.$Properties} message Regions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Regions.encode = function (message, writer, _depth) {
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
             * Decodes a Regions message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.Regions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.Regions & flint.kv.Regions.$Shape} Regions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Regions.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.Regions();
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

            return Regions;
        })();

        kv.TransferLeader = (function() {

            /**
             * Properties of a TransferLeader.
             * @typedef {Object} flint.kv.TransferLeader.$Properties
             * @property {number|Long|null} [toNode] TransferLeader toNode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TransferLeader.
             * @memberof flint.kv
             * @interface ITransferLeader
             * @augments flint.kv.TransferLeader.$Properties
             * @deprecated Use flint.kv.TransferLeader.$Properties instead.
             */

            /**
             * Shape of a TransferLeader.
             * @typedef {flint.kv.TransferLeader.$Properties} flint.kv.TransferLeader.$Shape
             */

            /**
             * Constructs a new TransferLeader.
             * @memberof flint.kv
             * @classdesc Represents a TransferLeader.
             * @constructor
             * @param {flint.kv.TransferLeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TransferLeader = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TransferLeader toNode.
             * @member {number|Long} toNode
             * @memberof flint.kv.TransferLeader
             * @instance
             */
            TransferLeader.prototype.toNode = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified TransferLeader message. Does not implicitly {@link flint.kv.TransferLeader.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.TransferLeader
             * @static
             * @param {flint.kv.TransferLeader.$Properties} message TransferLeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransferLeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.toNode != null && $Object.hasOwnProperty.call(message, "toNode") && (typeof message.toNode === "object" ? message.toNode.low || message.toNode.high : message.toNode !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.toNode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TransferLeader message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.TransferLeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.TransferLeader & flint.kv.TransferLeader.$Shape} TransferLeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransferLeader.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.TransferLeader();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.toNode = value;
                            else
                                delete message.toNode;
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

            return TransferLeader;
        })();

        kv.Compact = (function() {

            /**
             * Properties of a Compact.
             * @typedef {Object} flint.kv.Compact.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Compact.
             * @memberof flint.kv
             * @interface ICompact
             * @augments flint.kv.Compact.$Properties
             * @deprecated Use flint.kv.Compact.$Properties instead.
             */

            /**
             * Shape of a Compact.
             * @typedef {flint.kv.Compact.$Properties} flint.kv.Compact.$Shape
             */

            /**
             * Constructs a new Compact.
             * @memberof flint.kv
             * @classdesc Represents a Compact.
             * @constructor
             * @param {flint.kv.Compact.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Compact = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified Compact message. Does not implicitly {@link flint.kv.Compact.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.Compact
             * @static
             * @param {flint.kv.Compact.$Properties} message Compact message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Compact.encode = function (message, writer, _depth) {
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
             * Decodes a Compact message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.Compact
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.Compact & flint.kv.Compact.$Shape} Compact
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Compact.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.Compact();
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

            return Compact;
        })();

        kv.Checksum = (function() {

            /**
             * Properties of a Checksum.
             * @typedef {Object} flint.kv.Checksum.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Checksum.
             * @memberof flint.kv
             * @interface IChecksum
             * @augments flint.kv.Checksum.$Properties
             * @deprecated Use flint.kv.Checksum.$Properties instead.
             */

            /**
             * Shape of a Checksum.
             * @typedef {flint.kv.Checksum.$Properties} flint.kv.Checksum.$Shape
             */

            /**
             * Constructs a new Checksum.
             * @memberof flint.kv
             * @classdesc Represents a Checksum.
             * @constructor
             * @param {flint.kv.Checksum.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Checksum = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified Checksum message. Does not implicitly {@link flint.kv.Checksum.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.Checksum
             * @static
             * @param {flint.kv.Checksum.$Properties} message Checksum message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Checksum.encode = function (message, writer, _depth) {
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
             * Decodes a Checksum message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.Checksum
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.Checksum & flint.kv.Checksum.$Shape} Checksum
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Checksum.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.Checksum();
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

            return Checksum;
        })();

        kv.ExportRegion = (function() {

            /**
             * Properties of an ExportRegion.
             * @typedef {Object} flint.kv.ExportRegion.$Properties
             * @property {number|Long|null} [streamId] ExportRegion streamId
             * @property {number|Long|null} [position] ExportRegion position
             * @property {number|null} [chunkBytes] ExportRegion chunkBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExportRegion.
             * @memberof flint.kv
             * @interface IExportRegion
             * @augments flint.kv.ExportRegion.$Properties
             * @deprecated Use flint.kv.ExportRegion.$Properties instead.
             */

            /**
             * Shape of an ExportRegion.
             * @typedef {flint.kv.ExportRegion.$Properties} flint.kv.ExportRegion.$Shape
             */

            /**
             * Constructs a new ExportRegion.
             * @memberof flint.kv
             * @classdesc Represents an ExportRegion.
             * @constructor
             * @param {flint.kv.ExportRegion.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExportRegion = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExportRegion streamId.
             * @member {number|Long} streamId
             * @memberof flint.kv.ExportRegion
             * @instance
             */
            ExportRegion.prototype.streamId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ExportRegion position.
             * @member {number|Long} position
             * @memberof flint.kv.ExportRegion
             * @instance
             */
            ExportRegion.prototype.position = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ExportRegion chunkBytes.
             * @member {number} chunkBytes
             * @memberof flint.kv.ExportRegion
             * @instance
             */
            ExportRegion.prototype.chunkBytes = 0;

            /**
             * Encodes the specified ExportRegion message. Does not implicitly {@link flint.kv.ExportRegion.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.ExportRegion
             * @static
             * @param {flint.kv.ExportRegion.$Properties} message ExportRegion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExportRegion.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId") && (typeof message.streamId === "object" ? message.streamId.low || message.streamId.high : message.streamId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.streamId);
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && (typeof message.position === "object" ? message.position.low || message.position.high : message.position !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.position);
                if (message.chunkBytes != null && $Object.hasOwnProperty.call(message, "chunkBytes") && message.chunkBytes !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.chunkBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExportRegion message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.ExportRegion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.ExportRegion & flint.kv.ExportRegion.$Shape} ExportRegion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExportRegion.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.ExportRegion();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.streamId = value;
                            else
                                delete message.streamId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.position = value;
                            else
                                delete message.position;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.chunkBytes = value;
                            else
                                delete message.chunkBytes;
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

            return ExportRegion;
        })();

        kv.SplitRegion = (function() {

            /**
             * Properties of a SplitRegion.
             * @typedef {Object} flint.kv.SplitRegion.$Properties
             * @property {Uint8Array|null} [splitKey] SplitRegion splitKey
             * @property {number|Long|null} [newRegionId] SplitRegion newRegionId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SplitRegion.
             * @memberof flint.kv
             * @interface ISplitRegion
             * @augments flint.kv.SplitRegion.$Properties
             * @deprecated Use flint.kv.SplitRegion.$Properties instead.
             */

            /**
             * Shape of a SplitRegion.
             * @typedef {flint.kv.SplitRegion.$Properties} flint.kv.SplitRegion.$Shape
             */

            /**
             * Constructs a new SplitRegion.
             * @memberof flint.kv
             * @classdesc Represents a SplitRegion.
             * @constructor
             * @param {flint.kv.SplitRegion.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SplitRegion = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SplitRegion splitKey.
             * @member {Uint8Array} splitKey
             * @memberof flint.kv.SplitRegion
             * @instance
             */
            SplitRegion.prototype.splitKey = $util.newBuffer([]);

            /**
             * SplitRegion newRegionId.
             * @member {number|Long} newRegionId
             * @memberof flint.kv.SplitRegion
             * @instance
             */
            SplitRegion.prototype.newRegionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified SplitRegion message. Does not implicitly {@link flint.kv.SplitRegion.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.SplitRegion
             * @static
             * @param {flint.kv.SplitRegion.$Properties} message SplitRegion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SplitRegion.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.splitKey != null && $Object.hasOwnProperty.call(message, "splitKey") && message.splitKey.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.splitKey);
                if (message.newRegionId != null && $Object.hasOwnProperty.call(message, "newRegionId") && (typeof message.newRegionId === "object" ? message.newRegionId.low || message.newRegionId.high : message.newRegionId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.newRegionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SplitRegion message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.SplitRegion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.SplitRegion & flint.kv.SplitRegion.$Shape} SplitRegion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SplitRegion.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.SplitRegion();
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
                            if ((value = reader.bytes()).length)
                                message.splitKey = value;
                            else
                                delete message.splitKey;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.newRegionId = value;
                            else
                                delete message.newRegionId;
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

            return SplitRegion;
        })();

        kv.AllocateRegionIds = (function() {

            /**
             * Properties of an AllocateRegionIds.
             * @typedef {Object} flint.kv.AllocateRegionIds.$Properties
             * @property {number|null} [count] AllocateRegionIds count
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AllocateRegionIds.
             * @memberof flint.kv
             * @interface IAllocateRegionIds
             * @augments flint.kv.AllocateRegionIds.$Properties
             * @deprecated Use flint.kv.AllocateRegionIds.$Properties instead.
             */

            /**
             * Shape of an AllocateRegionIds.
             * @typedef {flint.kv.AllocateRegionIds.$Properties} flint.kv.AllocateRegionIds.$Shape
             */

            /**
             * Constructs a new AllocateRegionIds.
             * @memberof flint.kv
             * @classdesc Represents an AllocateRegionIds.
             * @constructor
             * @param {flint.kv.AllocateRegionIds.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AllocateRegionIds = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AllocateRegionIds count.
             * @member {number} count
             * @memberof flint.kv.AllocateRegionIds
             * @instance
             */
            AllocateRegionIds.prototype.count = 0;

            /**
             * Encodes the specified AllocateRegionIds message. Does not implicitly {@link flint.kv.AllocateRegionIds.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.AllocateRegionIds
             * @static
             * @param {flint.kv.AllocateRegionIds.$Properties} message AllocateRegionIds message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AllocateRegionIds.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.count);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AllocateRegionIds message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.AllocateRegionIds
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.AllocateRegionIds & flint.kv.AllocateRegionIds.$Shape} AllocateRegionIds
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AllocateRegionIds.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.AllocateRegionIds();
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
                                message.count = value;
                            else
                                delete message.count;
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

            return AllocateRegionIds;
        })();

        kv.MoveRegionHost = (function() {

            /**
             * Properties of a MoveRegionHost.
             * @typedef {Object} flint.kv.MoveRegionHost.$Properties
             * @property {number|Long|null} [regionId] MoveRegionHost regionId
             * @property {number|null} [host] MoveRegionHost host
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MoveRegionHost.
             * @memberof flint.kv
             * @interface IMoveRegionHost
             * @augments flint.kv.MoveRegionHost.$Properties
             * @deprecated Use flint.kv.MoveRegionHost.$Properties instead.
             */

            /**
             * Shape of a MoveRegionHost.
             * @typedef {flint.kv.MoveRegionHost.$Properties} flint.kv.MoveRegionHost.$Shape
             */

            /**
             * Constructs a new MoveRegionHost.
             * @memberof flint.kv
             * @classdesc Represents a MoveRegionHost.
             * @constructor
             * @param {flint.kv.MoveRegionHost.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MoveRegionHost = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MoveRegionHost regionId.
             * @member {number|Long} regionId
             * @memberof flint.kv.MoveRegionHost
             * @instance
             */
            MoveRegionHost.prototype.regionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MoveRegionHost host.
             * @member {number} host
             * @memberof flint.kv.MoveRegionHost
             * @instance
             */
            MoveRegionHost.prototype.host = 0;

            /**
             * Encodes the specified MoveRegionHost message. Does not implicitly {@link flint.kv.MoveRegionHost.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.MoveRegionHost
             * @static
             * @param {flint.kv.MoveRegionHost.$Properties} message MoveRegionHost message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MoveRegionHost.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.regionId != null && $Object.hasOwnProperty.call(message, "regionId") && (typeof message.regionId === "object" ? message.regionId.low || message.regionId.high : message.regionId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.regionId);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.host);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MoveRegionHost message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.MoveRegionHost
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.MoveRegionHost & flint.kv.MoveRegionHost.$Shape} MoveRegionHost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MoveRegionHost.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.MoveRegionHost();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.regionId = value;
                            else
                                delete message.regionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.host = value;
                            else
                                delete message.host;
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

            return MoveRegionHost;
        })();

        kv.MergeRegion = (function() {

            /**
             * Properties of a MergeRegion.
             * @typedef {Object} flint.kv.MergeRegion.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MergeRegion.
             * @memberof flint.kv
             * @interface IMergeRegion
             * @augments flint.kv.MergeRegion.$Properties
             * @deprecated Use flint.kv.MergeRegion.$Properties instead.
             */

            /**
             * Shape of a MergeRegion.
             * @typedef {flint.kv.MergeRegion.$Properties} flint.kv.MergeRegion.$Shape
             */

            /**
             * Constructs a new MergeRegion.
             * @memberof flint.kv
             * @classdesc Represents a MergeRegion.
             * @constructor
             * @param {flint.kv.MergeRegion.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MergeRegion = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified MergeRegion message. Does not implicitly {@link flint.kv.MergeRegion.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.MergeRegion
             * @static
             * @param {flint.kv.MergeRegion.$Properties} message MergeRegion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MergeRegion.encode = function (message, writer, _depth) {
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
             * Decodes a MergeRegion message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.MergeRegion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.MergeRegion & flint.kv.MergeRegion.$Shape} MergeRegion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MergeRegion.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.MergeRegion();
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

            return MergeRegion;
        })();

        /**
         * ReplicaChange enum.
         * @name flint.kv.ReplicaChange
         * @enum {number}
         * @property {number} ADD_LEARNER=0 ADD_LEARNER value
         * @property {number} PROMOTE_LEARNER=1 PROMOTE_LEARNER value
         * @property {number} REMOVE_REPLICA=2 REMOVE_REPLICA value
         */
        kv.ReplicaChange = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ADD_LEARNER"] = 0;
            values[valuesById[1] = "PROMOTE_LEARNER"] = 1;
            values[valuesById[2] = "REMOVE_REPLICA"] = 2;
            return values;
        })();

        kv.ChangeReplicas = (function() {

            /**
             * Properties of a ChangeReplicas.
             * @typedef {Object} flint.kv.ChangeReplicas.$Properties
             * @property {flint.kv.ReplicaChange|null} [change] ChangeReplicas change
             * @property {number|Long|null} [nodeId] ChangeReplicas nodeId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChangeReplicas.
             * @memberof flint.kv
             * @interface IChangeReplicas
             * @augments flint.kv.ChangeReplicas.$Properties
             * @deprecated Use flint.kv.ChangeReplicas.$Properties instead.
             */

            /**
             * Shape of a ChangeReplicas.
             * @typedef {flint.kv.ChangeReplicas.$Properties} flint.kv.ChangeReplicas.$Shape
             */

            /**
             * Constructs a new ChangeReplicas.
             * @memberof flint.kv
             * @classdesc Represents a ChangeReplicas.
             * @constructor
             * @param {flint.kv.ChangeReplicas.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChangeReplicas = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChangeReplicas change.
             * @member {flint.kv.ReplicaChange} change
             * @memberof flint.kv.ChangeReplicas
             * @instance
             */
            ChangeReplicas.prototype.change = 0;

            /**
             * ChangeReplicas nodeId.
             * @member {number|Long} nodeId
             * @memberof flint.kv.ChangeReplicas
             * @instance
             */
            ChangeReplicas.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified ChangeReplicas message. Does not implicitly {@link flint.kv.ChangeReplicas.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.ChangeReplicas
             * @static
             * @param {flint.kv.ChangeReplicas.$Properties} message ChangeReplicas message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChangeReplicas.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.change != null && $Object.hasOwnProperty.call(message, "change") && message.change !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.change);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.nodeId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChangeReplicas message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.ChangeReplicas
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.ChangeReplicas & flint.kv.ChangeReplicas.$Shape} ChangeReplicas
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChangeReplicas.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.ChangeReplicas();
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
                                message.change = value;
                            else
                                delete message.change;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
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

            return ChangeReplicas;
        })();

        kv.JoinCluster = (function() {

            /**
             * Properties of a JoinCluster.
             * @typedef {Object} flint.kv.JoinCluster.$Properties
             * @property {number|Long|null} [nodeId] JoinCluster nodeId
             * @property {string|null} [peerAddress] JoinCluster peerAddress
             * @property {string|null} [clientAddress] JoinCluster clientAddress
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinCluster.
             * @memberof flint.kv
             * @interface IJoinCluster
             * @augments flint.kv.JoinCluster.$Properties
             * @deprecated Use flint.kv.JoinCluster.$Properties instead.
             */

            /**
             * Shape of a JoinCluster.
             * @typedef {flint.kv.JoinCluster.$Properties} flint.kv.JoinCluster.$Shape
             */

            /**
             * Constructs a new JoinCluster.
             * @memberof flint.kv
             * @classdesc Represents a JoinCluster.
             * @constructor
             * @param {flint.kv.JoinCluster.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinCluster = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JoinCluster nodeId.
             * @member {number|Long} nodeId
             * @memberof flint.kv.JoinCluster
             * @instance
             */
            JoinCluster.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * JoinCluster peerAddress.
             * @member {string} peerAddress
             * @memberof flint.kv.JoinCluster
             * @instance
             */
            JoinCluster.prototype.peerAddress = "";

            /**
             * JoinCluster clientAddress.
             * @member {string} clientAddress
             * @memberof flint.kv.JoinCluster
             * @instance
             */
            JoinCluster.prototype.clientAddress = "";

            /**
             * Encodes the specified JoinCluster message. Does not implicitly {@link flint.kv.JoinCluster.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.JoinCluster
             * @static
             * @param {flint.kv.JoinCluster.$Properties} message JoinCluster message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinCluster.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.peerAddress != null && $Object.hasOwnProperty.call(message, "peerAddress") && message.peerAddress !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.peerAddress);
                if (message.clientAddress != null && $Object.hasOwnProperty.call(message, "clientAddress") && message.clientAddress !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientAddress);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JoinCluster message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.JoinCluster
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.JoinCluster & flint.kv.JoinCluster.$Shape} JoinCluster
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinCluster.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.JoinCluster();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerAddress = value;
                            else
                                delete message.peerAddress;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientAddress = value;
                            else
                                delete message.clientAddress;
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

            return JoinCluster;
        })();

        kv.RemoveMember = (function() {

            /**
             * Properties of a RemoveMember.
             * @typedef {Object} flint.kv.RemoveMember.$Properties
             * @property {number|Long|null} [nodeId] RemoveMember nodeId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemoveMember.
             * @memberof flint.kv
             * @interface IRemoveMember
             * @augments flint.kv.RemoveMember.$Properties
             * @deprecated Use flint.kv.RemoveMember.$Properties instead.
             */

            /**
             * Shape of a RemoveMember.
             * @typedef {flint.kv.RemoveMember.$Properties} flint.kv.RemoveMember.$Shape
             */

            /**
             * Constructs a new RemoveMember.
             * @memberof flint.kv
             * @classdesc Represents a RemoveMember.
             * @constructor
             * @param {flint.kv.RemoveMember.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemoveMember = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RemoveMember nodeId.
             * @member {number|Long} nodeId
             * @memberof flint.kv.RemoveMember
             * @instance
             */
            RemoveMember.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified RemoveMember message. Does not implicitly {@link flint.kv.RemoveMember.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.RemoveMember
             * @static
             * @param {flint.kv.RemoveMember.$Properties} message RemoveMember message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoveMember.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RemoveMember message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.RemoveMember
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.RemoveMember & flint.kv.RemoveMember.$Shape} RemoveMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoveMember.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.RemoveMember();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
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

            return RemoveMember;
        })();

        kv.Authenticate = (function() {

            /**
             * Properties of an Authenticate.
             * @typedef {Object} flint.kv.Authenticate.$Properties
             * @property {string|null} [user] Authenticate user
             * @property {string|null} [password] Authenticate password
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Authenticate.
             * @memberof flint.kv
             * @interface IAuthenticate
             * @augments flint.kv.Authenticate.$Properties
             * @deprecated Use flint.kv.Authenticate.$Properties instead.
             */

            /**
             * Shape of an Authenticate.
             * @typedef {flint.kv.Authenticate.$Properties} flint.kv.Authenticate.$Shape
             */

            /**
             * Constructs a new Authenticate.
             * @memberof flint.kv
             * @classdesc Represents an Authenticate.
             * @constructor
             * @param {flint.kv.Authenticate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Authenticate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Authenticate user.
             * @member {string} user
             * @memberof flint.kv.Authenticate
             * @instance
             */
            Authenticate.prototype.user = "";

            /**
             * Authenticate password.
             * @member {string} password
             * @memberof flint.kv.Authenticate
             * @instance
             */
            Authenticate.prototype.password = "";

            /**
             * Encodes the specified Authenticate message. Does not implicitly {@link flint.kv.Authenticate.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.Authenticate
             * @static
             * @param {flint.kv.Authenticate.$Properties} message Authenticate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Authenticate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.user);
                if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.password);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Authenticate message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.Authenticate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.Authenticate & flint.kv.Authenticate.$Shape} Authenticate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Authenticate.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.Authenticate();
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
                                message.user = value;
                            else
                                delete message.user;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.password = value;
                            else
                                delete message.password;
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

            return Authenticate;
        })();

        kv.PutUser = (function() {

            /**
             * Properties of a PutUser.
             * @typedef {Object} flint.kv.PutUser.$Properties
             * @property {string|null} [name] PutUser name
             * @property {string|null} [role] PutUser role
             * @property {string|null} [password] PutUser password
             * @property {boolean|null} [create] PutUser create
             * @property {string|null} [passwordHash] PutUser passwordHash
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PutUser.
             * @memberof flint.kv
             * @interface IPutUser
             * @augments flint.kv.PutUser.$Properties
             * @deprecated Use flint.kv.PutUser.$Properties instead.
             */

            /**
             * Shape of a PutUser.
             * @typedef {flint.kv.PutUser.$Properties} flint.kv.PutUser.$Shape
             */

            /**
             * Constructs a new PutUser.
             * @memberof flint.kv
             * @classdesc Represents a PutUser.
             * @constructor
             * @param {flint.kv.PutUser.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PutUser = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PutUser name.
             * @member {string} name
             * @memberof flint.kv.PutUser
             * @instance
             */
            PutUser.prototype.name = "";

            /**
             * PutUser role.
             * @member {string} role
             * @memberof flint.kv.PutUser
             * @instance
             */
            PutUser.prototype.role = "";

            /**
             * PutUser password.
             * @member {string} password
             * @memberof flint.kv.PutUser
             * @instance
             */
            PutUser.prototype.password = "";

            /**
             * PutUser create.
             * @member {boolean} create
             * @memberof flint.kv.PutUser
             * @instance
             */
            PutUser.prototype.create = false;

            /**
             * PutUser passwordHash.
             * @member {string} passwordHash
             * @memberof flint.kv.PutUser
             * @instance
             */
            PutUser.prototype.passwordHash = "";

            /**
             * Encodes the specified PutUser message. Does not implicitly {@link flint.kv.PutUser.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.PutUser
             * @static
             * @param {flint.kv.PutUser.$Properties} message PutUser message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PutUser.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.role);
                if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.password);
                if (message.create != null && $Object.hasOwnProperty.call(message, "create") && message.create !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.create);
                if (message.passwordHash != null && $Object.hasOwnProperty.call(message, "passwordHash") && message.passwordHash !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.passwordHash);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PutUser message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.PutUser
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.PutUser & flint.kv.PutUser.$Shape} PutUser
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PutUser.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.PutUser();
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
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.password = value;
                            else
                                delete message.password;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.create = value;
                            else
                                delete message.create;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.passwordHash = value;
                            else
                                delete message.passwordHash;
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

            return PutUser;
        })();

        kv.RemoveUser = (function() {

            /**
             * Properties of a RemoveUser.
             * @typedef {Object} flint.kv.RemoveUser.$Properties
             * @property {string|null} [name] RemoveUser name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemoveUser.
             * @memberof flint.kv
             * @interface IRemoveUser
             * @augments flint.kv.RemoveUser.$Properties
             * @deprecated Use flint.kv.RemoveUser.$Properties instead.
             */

            /**
             * Shape of a RemoveUser.
             * @typedef {flint.kv.RemoveUser.$Properties} flint.kv.RemoveUser.$Shape
             */

            /**
             * Constructs a new RemoveUser.
             * @memberof flint.kv
             * @classdesc Represents a RemoveUser.
             * @constructor
             * @param {flint.kv.RemoveUser.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemoveUser = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RemoveUser name.
             * @member {string} name
             * @memberof flint.kv.RemoveUser
             * @instance
             */
            RemoveUser.prototype.name = "";

            /**
             * Encodes the specified RemoveUser message. Does not implicitly {@link flint.kv.RemoveUser.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.RemoveUser
             * @static
             * @param {flint.kv.RemoveUser.$Properties} message RemoveUser message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoveUser.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RemoveUser message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.RemoveUser
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.RemoveUser & flint.kv.RemoveUser.$Shape} RemoveUser
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoveUser.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.RemoveUser();
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

            return RemoveUser;
        })();

        kv.ListUsers = (function() {

            /**
             * Properties of a ListUsers.
             * @typedef {Object} flint.kv.ListUsers.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListUsers.
             * @memberof flint.kv
             * @interface IListUsers
             * @augments flint.kv.ListUsers.$Properties
             * @deprecated Use flint.kv.ListUsers.$Properties instead.
             */

            /**
             * Shape of a ListUsers.
             * @typedef {flint.kv.ListUsers.$Properties} flint.kv.ListUsers.$Shape
             */

            /**
             * Constructs a new ListUsers.
             * @memberof flint.kv
             * @classdesc Represents a ListUsers.
             * @constructor
             * @param {flint.kv.ListUsers.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListUsers = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified ListUsers message. Does not implicitly {@link flint.kv.ListUsers.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.ListUsers
             * @static
             * @param {flint.kv.ListUsers.$Properties} message ListUsers message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListUsers.encode = function (message, writer, _depth) {
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
             * Decodes a ListUsers message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.ListUsers
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.ListUsers & flint.kv.ListUsers.$Shape} ListUsers
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListUsers.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.ListUsers();
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

            return ListUsers;
        })();

        kv.SetAuth = (function() {

            /**
             * Properties of a SetAuth.
             * @typedef {Object} flint.kv.SetAuth.$Properties
             * @property {boolean|null} [enabled] SetAuth enabled
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetAuth.
             * @memberof flint.kv
             * @interface ISetAuth
             * @augments flint.kv.SetAuth.$Properties
             * @deprecated Use flint.kv.SetAuth.$Properties instead.
             */

            /**
             * Shape of a SetAuth.
             * @typedef {flint.kv.SetAuth.$Properties} flint.kv.SetAuth.$Shape
             */

            /**
             * Constructs a new SetAuth.
             * @memberof flint.kv
             * @classdesc Represents a SetAuth.
             * @constructor
             * @param {flint.kv.SetAuth.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetAuth = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetAuth enabled.
             * @member {boolean} enabled
             * @memberof flint.kv.SetAuth
             * @instance
             */
            SetAuth.prototype.enabled = false;

            /**
             * Encodes the specified SetAuth message. Does not implicitly {@link flint.kv.SetAuth.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.SetAuth
             * @static
             * @param {flint.kv.SetAuth.$Properties} message SetAuth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetAuth.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled") && message.enabled !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.enabled);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SetAuth message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.SetAuth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.SetAuth & flint.kv.SetAuth.$Shape} SetAuth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetAuth.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.SetAuth();
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
                                message.enabled = value;
                            else
                                delete message.enabled;
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

            return SetAuth;
        })();

        kv.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} flint.kv.Request.$Properties
             * @property {number|Long|null} [requestId] Request requestId
             * @property {number|Long|null} [regionId] Request regionId
             * @property {flint.kv.RegionEpoch.$Properties|null} [epoch] Request epoch
             * @property {number|Long|null} [clientId] Request clientId
             * @property {number|Long|null} [sequence] Request sequence
             * @property {number|Long|null} [firstIncomplete] Request firstIncomplete
             * @property {number|null} [timeoutMs] Request timeoutMs
             * @property {flint.kv.Get.$Properties|null} [get] Request get
             * @property {flint.kv.Put.$Properties|null} [put] Request put
             * @property {flint.kv.Delete.$Properties|null} ["delete"] Request delete
             * @property {flint.kv.Scan.$Properties|null} [scan] Request scan
             * @property {flint.kv.CompareAndSwap.$Properties|null} [compareAndSwap] Request compareAndSwap
             * @property {flint.kv.Batch.$Properties|null} [batch] Request batch
             * @property {flint.kv.Status.$Properties|null} [status] Request status
             * @property {flint.kv.Regions.$Properties|null} [regions] Request regions
             * @property {flint.kv.TransferLeader.$Properties|null} [transferLeader] Request transferLeader
             * @property {flint.kv.Compact.$Properties|null} [compact] Request compact
             * @property {flint.kv.Checksum.$Properties|null} [checksum] Request checksum
             * @property {flint.kv.SplitRegion.$Properties|null} [splitRegion] Request splitRegion
             * @property {flint.kv.AllocateRegionIds.$Properties|null} [allocateRegionIds] Request allocateRegionIds
             * @property {flint.kv.MoveRegionHost.$Properties|null} [moveRegionHost] Request moveRegionHost
             * @property {flint.kv.MergeRegion.$Properties|null} [mergeRegion] Request mergeRegion
             * @property {flint.kv.ChangeReplicas.$Properties|null} [changeReplicas] Request changeReplicas
             * @property {flint.kv.JoinCluster.$Properties|null} [joinCluster] Request joinCluster
             * @property {flint.kv.RemoveMember.$Properties|null} [removeMember] Request removeMember
             * @property {flint.kv.Authenticate.$Properties|null} [authenticate] Request authenticate
             * @property {flint.kv.PutUser.$Properties|null} [putUser] Request putUser
             * @property {flint.kv.RemoveUser.$Properties|null} [removeUser] Request removeUser
             * @property {flint.kv.ListUsers.$Properties|null} [listUsers] Request listUsers
             * @property {flint.kv.SetAuth.$Properties|null} [setAuth] Request setAuth
             * @property {flint.kv.ExportRegion.$Properties|null} [exportRegion] Request exportRegion
             * @property {"get"|"put"|"delete"|"scan"|"compareAndSwap"|"batch"|"status"|"regions"|"transferLeader"|"compact"|"checksum"|"splitRegion"|"allocateRegionIds"|"moveRegionHost"|"mergeRegion"|"changeReplicas"|"joinCluster"|"removeMember"|"authenticate"|"putUser"|"removeUser"|"listUsers"|"setAuth"|"exportRegion"} [command] Request command
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof flint.kv
             * @interface IRequest
             * @augments flint.kv.Request.$Properties
             * @deprecated Use flint.kv.Request.$Properties instead.
             */

            /**
             * Narrowed shape of a Request.
             * @typedef {{
             *   requestId?: number|Long|null;
             *   regionId?: number|Long|null;
             *   epoch?: flint.kv.RegionEpoch.$Shape|null;
             *   clientId?: number|Long|null;
             *   sequence?: number|Long|null;
             *   firstIncomplete?: number|Long|null;
             *   timeoutMs?: number|null;
             *   get?: flint.kv.Get.$Shape|null;
             *   put?: flint.kv.Put.$Shape|null;
             *   "delete"?: flint.kv.Delete.$Shape|null;
             *   scan?: flint.kv.Scan.$Shape|null;
             *   compareAndSwap?: flint.kv.CompareAndSwap.$Shape|null;
             *   batch?: flint.kv.Batch.$Shape|null;
             *   status?: flint.kv.Status.$Shape|null;
             *   regions?: flint.kv.Regions.$Shape|null;
             *   transferLeader?: flint.kv.TransferLeader.$Shape|null;
             *   compact?: flint.kv.Compact.$Shape|null;
             *   checksum?: flint.kv.Checksum.$Shape|null;
             *   splitRegion?: flint.kv.SplitRegion.$Shape|null;
             *   allocateRegionIds?: flint.kv.AllocateRegionIds.$Shape|null;
             *   moveRegionHost?: flint.kv.MoveRegionHost.$Shape|null;
             *   mergeRegion?: flint.kv.MergeRegion.$Shape|null;
             *   changeReplicas?: flint.kv.ChangeReplicas.$Shape|null;
             *   joinCluster?: flint.kv.JoinCluster.$Shape|null;
             *   removeMember?: flint.kv.RemoveMember.$Shape|null;
             *   authenticate?: flint.kv.Authenticate.$Shape|null;
             *   putUser?: flint.kv.PutUser.$Shape|null;
             *   removeUser?: flint.kv.RemoveUser.$Shape|null;
             *   listUsers?: flint.kv.ListUsers.$Shape|null;
             *   setAuth?: flint.kv.SetAuth.$Shape|null;
             *   exportRegion?: flint.kv.ExportRegion.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ command?: undefined; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "get"; get: flint.kv.Get.$Shape; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "put"; get?: null; put: flint.kv.Put.$Shape; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "delete"; get?: null; put?: null; "delete": flint.kv.Delete.$Shape; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "scan"; get?: null; put?: null; "delete"?: null; scan: flint.kv.Scan.$Shape; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "compareAndSwap"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap: flint.kv.CompareAndSwap.$Shape; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "batch"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch: flint.kv.Batch.$Shape; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "status"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status: flint.kv.Status.$Shape; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "regions"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions: flint.kv.Regions.$Shape; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "transferLeader"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader: flint.kv.TransferLeader.$Shape; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "compact"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact: flint.kv.Compact.$Shape; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "checksum"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum: flint.kv.Checksum.$Shape; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "splitRegion"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion: flint.kv.SplitRegion.$Shape; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "allocateRegionIds"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds: flint.kv.AllocateRegionIds.$Shape; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "moveRegionHost"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost: flint.kv.MoveRegionHost.$Shape; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "mergeRegion"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion: flint.kv.MergeRegion.$Shape; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "changeReplicas"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas: flint.kv.ChangeReplicas.$Shape; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "joinCluster"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster: flint.kv.JoinCluster.$Shape; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "removeMember"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember: flint.kv.RemoveMember.$Shape; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "authenticate"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate: flint.kv.Authenticate.$Shape; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "putUser"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser: flint.kv.PutUser.$Shape; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "removeUser"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser: flint.kv.RemoveUser.$Shape; listUsers?: null; setAuth?: null; exportRegion?: null }|{ command?: "listUsers"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers: flint.kv.ListUsers.$Shape; setAuth?: null; exportRegion?: null }|{ command?: "setAuth"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth: flint.kv.SetAuth.$Shape; exportRegion?: null }|{ command?: "exportRegion"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; putUser?: null; removeUser?: null; listUsers?: null; setAuth?: null; exportRegion: flint.kv.ExportRegion.$Shape })
             * )} flint.kv.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof flint.kv
             * @classdesc Represents a Request.
             * @constructor
             * @param {flint.kv.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Request = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request requestId.
             * @member {number|Long} requestId
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Request regionId.
             * @member {number|Long} regionId
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.regionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Request epoch.
             * @member {flint.kv.RegionEpoch.$Properties|null|undefined} epoch
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.epoch = null;

            /**
             * Request clientId.
             * @member {number|Long} clientId
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.clientId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Request sequence.
             * @member {number|Long} sequence
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Request firstIncomplete.
             * @member {number|Long} firstIncomplete
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.firstIncomplete = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Request timeoutMs.
             * @member {number} timeoutMs
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.timeoutMs = 0;

            /**
             * Request get.
             * @member {flint.kv.Get.$Properties|null|undefined} get
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.get = null;

            /**
             * Request put.
             * @member {flint.kv.Put.$Properties|null|undefined} put
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.put = null;

            /**
             * Request delete.
             * @member {flint.kv.Delete.$Properties|null|undefined} delete
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype["delete"] = null;

            /**
             * Request scan.
             * @member {flint.kv.Scan.$Properties|null|undefined} scan
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.scan = null;

            /**
             * Request compareAndSwap.
             * @member {flint.kv.CompareAndSwap.$Properties|null|undefined} compareAndSwap
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.compareAndSwap = null;

            /**
             * Request batch.
             * @member {flint.kv.Batch.$Properties|null|undefined} batch
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.batch = null;

            /**
             * Request status.
             * @member {flint.kv.Status.$Properties|null|undefined} status
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.status = null;

            /**
             * Request regions.
             * @member {flint.kv.Regions.$Properties|null|undefined} regions
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.regions = null;

            /**
             * Request transferLeader.
             * @member {flint.kv.TransferLeader.$Properties|null|undefined} transferLeader
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.transferLeader = null;

            /**
             * Request compact.
             * @member {flint.kv.Compact.$Properties|null|undefined} compact
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.compact = null;

            /**
             * Request checksum.
             * @member {flint.kv.Checksum.$Properties|null|undefined} checksum
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.checksum = null;

            /**
             * Request splitRegion.
             * @member {flint.kv.SplitRegion.$Properties|null|undefined} splitRegion
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.splitRegion = null;

            /**
             * Request allocateRegionIds.
             * @member {flint.kv.AllocateRegionIds.$Properties|null|undefined} allocateRegionIds
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.allocateRegionIds = null;

            /**
             * Request moveRegionHost.
             * @member {flint.kv.MoveRegionHost.$Properties|null|undefined} moveRegionHost
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.moveRegionHost = null;

            /**
             * Request mergeRegion.
             * @member {flint.kv.MergeRegion.$Properties|null|undefined} mergeRegion
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.mergeRegion = null;

            /**
             * Request changeReplicas.
             * @member {flint.kv.ChangeReplicas.$Properties|null|undefined} changeReplicas
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.changeReplicas = null;

            /**
             * Request joinCluster.
             * @member {flint.kv.JoinCluster.$Properties|null|undefined} joinCluster
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.joinCluster = null;

            /**
             * Request removeMember.
             * @member {flint.kv.RemoveMember.$Properties|null|undefined} removeMember
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.removeMember = null;

            /**
             * Request authenticate.
             * @member {flint.kv.Authenticate.$Properties|null|undefined} authenticate
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.authenticate = null;

            /**
             * Request putUser.
             * @member {flint.kv.PutUser.$Properties|null|undefined} putUser
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.putUser = null;

            /**
             * Request removeUser.
             * @member {flint.kv.RemoveUser.$Properties|null|undefined} removeUser
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.removeUser = null;

            /**
             * Request listUsers.
             * @member {flint.kv.ListUsers.$Properties|null|undefined} listUsers
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.listUsers = null;

            /**
             * Request setAuth.
             * @member {flint.kv.SetAuth.$Properties|null|undefined} setAuth
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.setAuth = null;

            /**
             * Request exportRegion.
             * @member {flint.kv.ExportRegion.$Properties|null|undefined} exportRegion
             * @memberof flint.kv.Request
             * @instance
             */
            Request.prototype.exportRegion = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Request command.
             * @member {"get"|"put"|"delete"|"scan"|"compareAndSwap"|"batch"|"status"|"regions"|"transferLeader"|"compact"|"checksum"|"splitRegion"|"allocateRegionIds"|"moveRegionHost"|"mergeRegion"|"changeReplicas"|"joinCluster"|"removeMember"|"authenticate"|"putUser"|"removeUser"|"listUsers"|"setAuth"|"exportRegion"|undefined} command
             * @memberof flint.kv.Request
             * @instance
             */
            $Object.defineProperty(Request.prototype, "command", {
                get: $util.oneOfGetter($oneOfFields = ["get", "put", "delete", "scan", "compareAndSwap", "batch", "status", "regions", "transferLeader", "compact", "checksum", "splitRegion", "allocateRegionIds", "moveRegionHost", "mergeRegion", "changeReplicas", "joinCluster", "removeMember", "authenticate", "putUser", "removeUser", "listUsers", "setAuth", "exportRegion"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Request message. Does not implicitly {@link flint.kv.Request.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.Request
             * @static
             * @param {flint.kv.Request.$Properties} message Request message or plain object to encode
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
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && (typeof message.requestId === "object" ? message.requestId.low || message.requestId.high : message.requestId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.requestId);
                if (message.regionId != null && $Object.hasOwnProperty.call(message, "regionId") && (typeof message.regionId === "object" ? message.regionId.low || message.regionId.high : message.regionId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.regionId);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    $root.flint.kv.RegionEpoch.encode(message.epoch, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && (typeof message.clientId === "object" ? message.clientId.low || message.clientId.high : message.clientId !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.clientId);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.sequence);
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs") && message.timeoutMs !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.timeoutMs);
                if (message.firstIncomplete != null && $Object.hasOwnProperty.call(message, "firstIncomplete") && (typeof message.firstIncomplete === "object" ? message.firstIncomplete.low || message.firstIncomplete.high : message.firstIncomplete !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.firstIncomplete);
                if (message.get != null && $Object.hasOwnProperty.call(message, "get"))
                    $root.flint.kv.Get.encode(message.get, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.put != null && $Object.hasOwnProperty.call(message, "put"))
                    $root.flint.kv.Put.encode(message.put, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete"))
                    $root.flint.kv.Delete.encode(message["delete"], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.scan != null && $Object.hasOwnProperty.call(message, "scan"))
                    $root.flint.kv.Scan.encode(message.scan, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.compareAndSwap != null && $Object.hasOwnProperty.call(message, "compareAndSwap"))
                    $root.flint.kv.CompareAndSwap.encode(message.compareAndSwap, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.batch != null && $Object.hasOwnProperty.call(message, "batch"))
                    $root.flint.kv.Batch.encode(message.batch, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.flint.kv.Status.encode(message.status, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.regions != null && $Object.hasOwnProperty.call(message, "regions"))
                    $root.flint.kv.Regions.encode(message.regions, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.transferLeader != null && $Object.hasOwnProperty.call(message, "transferLeader"))
                    $root.flint.kv.TransferLeader.encode(message.transferLeader, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.compact != null && $Object.hasOwnProperty.call(message, "compact"))
                    $root.flint.kv.Compact.encode(message.compact, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                    $root.flint.kv.Checksum.encode(message.checksum, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.splitRegion != null && $Object.hasOwnProperty.call(message, "splitRegion"))
                    $root.flint.kv.SplitRegion.encode(message.splitRegion, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.allocateRegionIds != null && $Object.hasOwnProperty.call(message, "allocateRegionIds"))
                    $root.flint.kv.AllocateRegionIds.encode(message.allocateRegionIds, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.moveRegionHost != null && $Object.hasOwnProperty.call(message, "moveRegionHost"))
                    $root.flint.kv.MoveRegionHost.encode(message.moveRegionHost, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.mergeRegion != null && $Object.hasOwnProperty.call(message, "mergeRegion"))
                    $root.flint.kv.MergeRegion.encode(message.mergeRegion, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.changeReplicas != null && $Object.hasOwnProperty.call(message, "changeReplicas"))
                    $root.flint.kv.ChangeReplicas.encode(message.changeReplicas, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                if (message.joinCluster != null && $Object.hasOwnProperty.call(message, "joinCluster"))
                    $root.flint.kv.JoinCluster.encode(message.joinCluster, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
                if (message.removeMember != null && $Object.hasOwnProperty.call(message, "removeMember"))
                    $root.flint.kv.RemoveMember.encode(message.removeMember, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
                if (message.authenticate != null && $Object.hasOwnProperty.call(message, "authenticate"))
                    $root.flint.kv.Authenticate.encode(message.authenticate, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
                if (message.putUser != null && $Object.hasOwnProperty.call(message, "putUser"))
                    $root.flint.kv.PutUser.encode(message.putUser, writer.uint32(/* id 29, wireType 2 =*/234).fork(), _depth + 1).ldelim();
                if (message.removeUser != null && $Object.hasOwnProperty.call(message, "removeUser"))
                    $root.flint.kv.RemoveUser.encode(message.removeUser, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.listUsers != null && $Object.hasOwnProperty.call(message, "listUsers"))
                    $root.flint.kv.ListUsers.encode(message.listUsers, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
                if (message.setAuth != null && $Object.hasOwnProperty.call(message, "setAuth"))
                    $root.flint.kv.SetAuth.encode(message.setAuth, writer.uint32(/* id 32, wireType 2 =*/258).fork(), _depth + 1).ldelim();
                if (message.exportRegion != null && $Object.hasOwnProperty.call(message, "exportRegion"))
                    $root.flint.kv.ExportRegion.encode(message.exportRegion, writer.uint32(/* id 33, wireType 2 =*/266).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.Request & flint.kv.Request.$Shape} Request
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
                message = _target || new $root.flint.kv.Request();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.regionId = value;
                            else
                                delete message.regionId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.epoch = $root.flint.kv.RegionEpoch.decode(reader, reader.size(), $undefined, _depth + 1, message.epoch);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstIncomplete = value;
                            else
                                delete message.firstIncomplete;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutMs = value;
                            else
                                delete message.timeoutMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.get = $root.flint.kv.Get.decode(reader, reader.size(), $undefined, _depth + 1, message.get);
                            message.command = "get";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.put = $root.flint.kv.Put.decode(reader, reader.size(), $undefined, _depth + 1, message.put);
                            message.command = "put";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message["delete"] = $root.flint.kv.Delete.decode(reader, reader.size(), $undefined, _depth + 1, message["delete"]);
                            message.command = "delete";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.scan = $root.flint.kv.Scan.decode(reader, reader.size(), $undefined, _depth + 1, message.scan);
                            message.command = "scan";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.compareAndSwap = $root.flint.kv.CompareAndSwap.decode(reader, reader.size(), $undefined, _depth + 1, message.compareAndSwap);
                            message.command = "compareAndSwap";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.batch = $root.flint.kv.Batch.decode(reader, reader.size(), $undefined, _depth + 1, message.batch);
                            message.command = "batch";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.flint.kv.Status.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            message.command = "status";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.regions = $root.flint.kv.Regions.decode(reader, reader.size(), $undefined, _depth + 1, message.regions);
                            message.command = "regions";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.transferLeader = $root.flint.kv.TransferLeader.decode(reader, reader.size(), $undefined, _depth + 1, message.transferLeader);
                            message.command = "transferLeader";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.compact = $root.flint.kv.Compact.decode(reader, reader.size(), $undefined, _depth + 1, message.compact);
                            message.command = "compact";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.checksum = $root.flint.kv.Checksum.decode(reader, reader.size(), $undefined, _depth + 1, message.checksum);
                            message.command = "checksum";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.splitRegion = $root.flint.kv.SplitRegion.decode(reader, reader.size(), $undefined, _depth + 1, message.splitRegion);
                            message.command = "splitRegion";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.allocateRegionIds = $root.flint.kv.AllocateRegionIds.decode(reader, reader.size(), $undefined, _depth + 1, message.allocateRegionIds);
                            message.command = "allocateRegionIds";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.moveRegionHost = $root.flint.kv.MoveRegionHost.decode(reader, reader.size(), $undefined, _depth + 1, message.moveRegionHost);
                            message.command = "moveRegionHost";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.mergeRegion = $root.flint.kv.MergeRegion.decode(reader, reader.size(), $undefined, _depth + 1, message.mergeRegion);
                            message.command = "mergeRegion";
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.changeReplicas = $root.flint.kv.ChangeReplicas.decode(reader, reader.size(), $undefined, _depth + 1, message.changeReplicas);
                            message.command = "changeReplicas";
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            message.joinCluster = $root.flint.kv.JoinCluster.decode(reader, reader.size(), $undefined, _depth + 1, message.joinCluster);
                            message.command = "joinCluster";
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.removeMember = $root.flint.kv.RemoveMember.decode(reader, reader.size(), $undefined, _depth + 1, message.removeMember);
                            message.command = "removeMember";
                            continue;
                        }
                    case 28: {
                            if (wireType !== 2)
                                break;
                            message.authenticate = $root.flint.kv.Authenticate.decode(reader, reader.size(), $undefined, _depth + 1, message.authenticate);
                            message.command = "authenticate";
                            continue;
                        }
                    case 29: {
                            if (wireType !== 2)
                                break;
                            message.putUser = $root.flint.kv.PutUser.decode(reader, reader.size(), $undefined, _depth + 1, message.putUser);
                            message.command = "putUser";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.removeUser = $root.flint.kv.RemoveUser.decode(reader, reader.size(), $undefined, _depth + 1, message.removeUser);
                            message.command = "removeUser";
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            message.listUsers = $root.flint.kv.ListUsers.decode(reader, reader.size(), $undefined, _depth + 1, message.listUsers);
                            message.command = "listUsers";
                            continue;
                        }
                    case 32: {
                            if (wireType !== 2)
                                break;
                            message.setAuth = $root.flint.kv.SetAuth.decode(reader, reader.size(), $undefined, _depth + 1, message.setAuth);
                            message.command = "setAuth";
                            continue;
                        }
                    case 33: {
                            if (wireType !== 2)
                                break;
                            message.exportRegion = $root.flint.kv.ExportRegion.decode(reader, reader.size(), $undefined, _depth + 1, message.exportRegion);
                            message.command = "exportRegion";
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

        kv.GetResult = (function() {

            /**
             * Properties of a GetResult.
             * @typedef {Object} flint.kv.GetResult.$Properties
             * @property {boolean|null} [found] GetResult found
             * @property {Uint8Array|null} [value] GetResult value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetResult.
             * @memberof flint.kv
             * @interface IGetResult
             * @augments flint.kv.GetResult.$Properties
             * @deprecated Use flint.kv.GetResult.$Properties instead.
             */

            /**
             * Shape of a GetResult.
             * @typedef {flint.kv.GetResult.$Properties} flint.kv.GetResult.$Shape
             */

            /**
             * Constructs a new GetResult.
             * @memberof flint.kv
             * @classdesc Represents a GetResult.
             * @constructor
             * @param {flint.kv.GetResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetResult found.
             * @member {boolean} found
             * @memberof flint.kv.GetResult
             * @instance
             */
            GetResult.prototype.found = false;

            /**
             * GetResult value.
             * @member {Uint8Array} value
             * @memberof flint.kv.GetResult
             * @instance
             */
            GetResult.prototype.value = $util.newBuffer([]);

            /**
             * Encodes the specified GetResult message. Does not implicitly {@link flint.kv.GetResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.GetResult
             * @static
             * @param {flint.kv.GetResult.$Properties} message GetResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.found != null && $Object.hasOwnProperty.call(message, "found") && message.found !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.found);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.GetResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.GetResult & flint.kv.GetResult.$Shape} GetResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.GetResult();
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
                                message.found = value;
                            else
                                delete message.found;
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

            return GetResult;
        })();

        kv.PutResult = (function() {

            /**
             * Properties of a PutResult.
             * @typedef {Object} flint.kv.PutResult.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PutResult.
             * @memberof flint.kv
             * @interface IPutResult
             * @augments flint.kv.PutResult.$Properties
             * @deprecated Use flint.kv.PutResult.$Properties instead.
             */

            /**
             * Shape of a PutResult.
             * @typedef {flint.kv.PutResult.$Properties} flint.kv.PutResult.$Shape
             */

            /**
             * Constructs a new PutResult.
             * @memberof flint.kv
             * @classdesc Represents a PutResult.
             * @constructor
             * @param {flint.kv.PutResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PutResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified PutResult message. Does not implicitly {@link flint.kv.PutResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.PutResult
             * @static
             * @param {flint.kv.PutResult.$Properties} message PutResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PutResult.encode = function (message, writer, _depth) {
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
             * Decodes a PutResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.PutResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.PutResult & flint.kv.PutResult.$Shape} PutResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PutResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.PutResult();
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

            return PutResult;
        })();

        kv.DeleteResult = (function() {

            /**
             * Properties of a DeleteResult.
             * @typedef {Object} flint.kv.DeleteResult.$Properties
             * @property {boolean|null} [existed] DeleteResult existed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteResult.
             * @memberof flint.kv
             * @interface IDeleteResult
             * @augments flint.kv.DeleteResult.$Properties
             * @deprecated Use flint.kv.DeleteResult.$Properties instead.
             */

            /**
             * Shape of a DeleteResult.
             * @typedef {flint.kv.DeleteResult.$Properties} flint.kv.DeleteResult.$Shape
             */

            /**
             * Constructs a new DeleteResult.
             * @memberof flint.kv
             * @classdesc Represents a DeleteResult.
             * @constructor
             * @param {flint.kv.DeleteResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteResult existed.
             * @member {boolean} existed
             * @memberof flint.kv.DeleteResult
             * @instance
             */
            DeleteResult.prototype.existed = false;

            /**
             * Encodes the specified DeleteResult message. Does not implicitly {@link flint.kv.DeleteResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.DeleteResult
             * @static
             * @param {flint.kv.DeleteResult.$Properties} message DeleteResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.existed != null && $Object.hasOwnProperty.call(message, "existed") && message.existed !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.existed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.DeleteResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.DeleteResult & flint.kv.DeleteResult.$Shape} DeleteResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.DeleteResult();
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
                                message.existed = value;
                            else
                                delete message.existed;
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

            return DeleteResult;
        })();

        kv.KeyValue = (function() {

            /**
             * Properties of a KeyValue.
             * @typedef {Object} flint.kv.KeyValue.$Properties
             * @property {Uint8Array|null} [key] KeyValue key
             * @property {Uint8Array|null} [value] KeyValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyValue.
             * @memberof flint.kv
             * @interface IKeyValue
             * @augments flint.kv.KeyValue.$Properties
             * @deprecated Use flint.kv.KeyValue.$Properties instead.
             */

            /**
             * Shape of a KeyValue.
             * @typedef {flint.kv.KeyValue.$Properties} flint.kv.KeyValue.$Shape
             */

            /**
             * Constructs a new KeyValue.
             * @memberof flint.kv
             * @classdesc Represents a KeyValue.
             * @constructor
             * @param {flint.kv.KeyValue.$Properties=} [properties] Properties to set
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
             * @member {Uint8Array} key
             * @memberof flint.kv.KeyValue
             * @instance
             */
            KeyValue.prototype.key = $util.newBuffer([]);

            /**
             * KeyValue value.
             * @member {Uint8Array} value
             * @memberof flint.kv.KeyValue
             * @instance
             */
            KeyValue.prototype.value = $util.newBuffer([]);

            /**
             * Encodes the specified KeyValue message. Does not implicitly {@link flint.kv.KeyValue.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.KeyValue
             * @static
             * @param {flint.kv.KeyValue.$Properties} message KeyValue message or plain object to encode
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
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KeyValue message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.KeyValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.KeyValue & flint.kv.KeyValue.$Shape} KeyValue
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
                message = _target || new $root.flint.kv.KeyValue();
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
                            if ((value = reader.bytes()).length)
                                message.key = value;
                            else
                                delete message.key;
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

            return KeyValue;
        })();

        kv.ScanResult = (function() {

            /**
             * Properties of a ScanResult.
             * @typedef {Object} flint.kv.ScanResult.$Properties
             * @property {Array.<flint.kv.KeyValue.$Properties>|null} [pairs] ScanResult pairs
             * @property {boolean|null} [more] ScanResult more
             * @property {Uint8Array|null} [nextKey] ScanResult nextKey
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ScanResult.
             * @memberof flint.kv
             * @interface IScanResult
             * @augments flint.kv.ScanResult.$Properties
             * @deprecated Use flint.kv.ScanResult.$Properties instead.
             */

            /**
             * Shape of a ScanResult.
             * @typedef {flint.kv.ScanResult.$Properties} flint.kv.ScanResult.$Shape
             */

            /**
             * Constructs a new ScanResult.
             * @memberof flint.kv
             * @classdesc Represents a ScanResult.
             * @constructor
             * @param {flint.kv.ScanResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ScanResult = function (properties) {
                this.pairs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ScanResult pairs.
             * @member {Array.<flint.kv.KeyValue.$Properties>} pairs
             * @memberof flint.kv.ScanResult
             * @instance
             */
            ScanResult.prototype.pairs = $util.emptyArray;

            /**
             * ScanResult more.
             * @member {boolean} more
             * @memberof flint.kv.ScanResult
             * @instance
             */
            ScanResult.prototype.more = false;

            /**
             * ScanResult nextKey.
             * @member {Uint8Array} nextKey
             * @memberof flint.kv.ScanResult
             * @instance
             */
            ScanResult.prototype.nextKey = $util.newBuffer([]);

            /**
             * Encodes the specified ScanResult message. Does not implicitly {@link flint.kv.ScanResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.ScanResult
             * @static
             * @param {flint.kv.ScanResult.$Properties} message ScanResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ScanResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pairs != null && message.pairs.length)
                    for (let i = 0; i < message.pairs.length; ++i)
                        $root.flint.kv.KeyValue.encode(message.pairs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.more != null && $Object.hasOwnProperty.call(message, "more") && message.more !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.more);
                if (message.nextKey != null && $Object.hasOwnProperty.call(message, "nextKey") && message.nextKey.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.nextKey);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ScanResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.ScanResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.ScanResult & flint.kv.ScanResult.$Shape} ScanResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ScanResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.ScanResult();
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
                            if (!(message.pairs && message.pairs.length))
                                message.pairs = [];
                            message.pairs.push($root.flint.kv.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
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
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nextKey = value;
                            else
                                delete message.nextKey;
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

            return ScanResult;
        })();

        kv.CompareAndSwapResult = (function() {

            /**
             * Properties of a CompareAndSwapResult.
             * @typedef {Object} flint.kv.CompareAndSwapResult.$Properties
             * @property {boolean|null} [ok] CompareAndSwapResult ok
             * @property {boolean|null} [currentFound] CompareAndSwapResult currentFound
             * @property {Uint8Array|null} [currentValue] CompareAndSwapResult currentValue
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CompareAndSwapResult.
             * @memberof flint.kv
             * @interface ICompareAndSwapResult
             * @augments flint.kv.CompareAndSwapResult.$Properties
             * @deprecated Use flint.kv.CompareAndSwapResult.$Properties instead.
             */

            /**
             * Shape of a CompareAndSwapResult.
             * @typedef {flint.kv.CompareAndSwapResult.$Properties} flint.kv.CompareAndSwapResult.$Shape
             */

            /**
             * Constructs a new CompareAndSwapResult.
             * @memberof flint.kv
             * @classdesc Represents a CompareAndSwapResult.
             * @constructor
             * @param {flint.kv.CompareAndSwapResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CompareAndSwapResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CompareAndSwapResult ok.
             * @member {boolean} ok
             * @memberof flint.kv.CompareAndSwapResult
             * @instance
             */
            CompareAndSwapResult.prototype.ok = false;

            /**
             * CompareAndSwapResult currentFound.
             * @member {boolean} currentFound
             * @memberof flint.kv.CompareAndSwapResult
             * @instance
             */
            CompareAndSwapResult.prototype.currentFound = false;

            /**
             * CompareAndSwapResult currentValue.
             * @member {Uint8Array} currentValue
             * @memberof flint.kv.CompareAndSwapResult
             * @instance
             */
            CompareAndSwapResult.prototype.currentValue = $util.newBuffer([]);

            /**
             * Encodes the specified CompareAndSwapResult message. Does not implicitly {@link flint.kv.CompareAndSwapResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.CompareAndSwapResult
             * @static
             * @param {flint.kv.CompareAndSwapResult.$Properties} message CompareAndSwapResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompareAndSwapResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.ok);
                if (message.currentFound != null && $Object.hasOwnProperty.call(message, "currentFound") && message.currentFound !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.currentFound);
                if (message.currentValue != null && $Object.hasOwnProperty.call(message, "currentValue") && message.currentValue.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.currentValue);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CompareAndSwapResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.CompareAndSwapResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.CompareAndSwapResult & flint.kv.CompareAndSwapResult.$Shape} CompareAndSwapResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompareAndSwapResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.CompareAndSwapResult();
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
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.currentFound = value;
                            else
                                delete message.currentFound;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.currentValue = value;
                            else
                                delete message.currentValue;
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

            return CompareAndSwapResult;
        })();

        kv.BatchResult = (function() {

            /**
             * Properties of a BatchResult.
             * @typedef {Object} flint.kv.BatchResult.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BatchResult.
             * @memberof flint.kv
             * @interface IBatchResult
             * @augments flint.kv.BatchResult.$Properties
             * @deprecated Use flint.kv.BatchResult.$Properties instead.
             */

            /**
             * Shape of a BatchResult.
             * @typedef {flint.kv.BatchResult.$Properties} flint.kv.BatchResult.$Shape
             */

            /**
             * Constructs a new BatchResult.
             * @memberof flint.kv
             * @classdesc Represents a BatchResult.
             * @constructor
             * @param {flint.kv.BatchResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BatchResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified BatchResult message. Does not implicitly {@link flint.kv.BatchResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.BatchResult
             * @static
             * @param {flint.kv.BatchResult.$Properties} message BatchResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchResult.encode = function (message, writer, _depth) {
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
             * Decodes a BatchResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.BatchResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.BatchResult & flint.kv.BatchResult.$Shape} BatchResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.BatchResult();
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

            return BatchResult;
        })();

        kv.StatusResult = (function() {

            /**
             * Properties of a StatusResult.
             * @typedef {Object} flint.kv.StatusResult.$Properties
             * @property {flint.admin.NodeStatus.$Properties|null} [node] StatusResult node
             * @property {Array.<flint.admin.GroupStatus.$Properties>|null} [groups] StatusResult groups
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusResult.
             * @memberof flint.kv
             * @interface IStatusResult
             * @augments flint.kv.StatusResult.$Properties
             * @deprecated Use flint.kv.StatusResult.$Properties instead.
             */

            /**
             * Shape of a StatusResult.
             * @typedef {flint.kv.StatusResult.$Properties} flint.kv.StatusResult.$Shape
             */

            /**
             * Constructs a new StatusResult.
             * @memberof flint.kv
             * @classdesc Represents a StatusResult.
             * @constructor
             * @param {flint.kv.StatusResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusResult = function (properties) {
                this.groups = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StatusResult node.
             * @member {flint.admin.NodeStatus.$Properties|null|undefined} node
             * @memberof flint.kv.StatusResult
             * @instance
             */
            StatusResult.prototype.node = null;

            /**
             * StatusResult groups.
             * @member {Array.<flint.admin.GroupStatus.$Properties>} groups
             * @memberof flint.kv.StatusResult
             * @instance
             */
            StatusResult.prototype.groups = $util.emptyArray;

            /**
             * Encodes the specified StatusResult message. Does not implicitly {@link flint.kv.StatusResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.StatusResult
             * @static
             * @param {flint.kv.StatusResult.$Properties} message StatusResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    $root.flint.admin.NodeStatus.encode(message.node, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.groups != null && message.groups.length)
                    for (let i = 0; i < message.groups.length; ++i)
                        $root.flint.admin.GroupStatus.encode(message.groups[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatusResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.StatusResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.StatusResult & flint.kv.StatusResult.$Shape} StatusResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.StatusResult();
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
                            message.node = $root.flint.admin.NodeStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.node);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.groups && message.groups.length))
                                message.groups = [];
                            message.groups.push($root.flint.admin.GroupStatus.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return StatusResult;
        })();

        kv.RegionsResult = (function() {

            /**
             * Properties of a RegionsResult.
             * @typedef {Object} flint.kv.RegionsResult.$Properties
             * @property {Array.<flint.kv.RegionDescriptor.$Properties>|null} [regions] RegionsResult regions
             * @property {Array.<flint.kv.ReplicaStatistics.$Properties>|null} [replicas] RegionsResult replicas
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegionsResult.
             * @memberof flint.kv
             * @interface IRegionsResult
             * @augments flint.kv.RegionsResult.$Properties
             * @deprecated Use flint.kv.RegionsResult.$Properties instead.
             */

            /**
             * Shape of a RegionsResult.
             * @typedef {flint.kv.RegionsResult.$Properties} flint.kv.RegionsResult.$Shape
             */

            /**
             * Constructs a new RegionsResult.
             * @memberof flint.kv
             * @classdesc Represents a RegionsResult.
             * @constructor
             * @param {flint.kv.RegionsResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegionsResult = function (properties) {
                this.regions = [];
                this.replicas = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RegionsResult regions.
             * @member {Array.<flint.kv.RegionDescriptor.$Properties>} regions
             * @memberof flint.kv.RegionsResult
             * @instance
             */
            RegionsResult.prototype.regions = $util.emptyArray;

            /**
             * RegionsResult replicas.
             * @member {Array.<flint.kv.ReplicaStatistics.$Properties>} replicas
             * @memberof flint.kv.RegionsResult
             * @instance
             */
            RegionsResult.prototype.replicas = $util.emptyArray;

            /**
             * Encodes the specified RegionsResult message. Does not implicitly {@link flint.kv.RegionsResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.RegionsResult
             * @static
             * @param {flint.kv.RegionsResult.$Properties} message RegionsResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegionsResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.regions != null && message.regions.length)
                    for (let i = 0; i < message.regions.length; ++i)
                        $root.flint.kv.RegionDescriptor.encode(message.regions[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.replicas != null && message.replicas.length)
                    for (let i = 0; i < message.replicas.length; ++i)
                        $root.flint.kv.ReplicaStatistics.encode(message.replicas[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RegionsResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.RegionsResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.RegionsResult & flint.kv.RegionsResult.$Shape} RegionsResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegionsResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.RegionsResult();
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
                            if (!(message.regions && message.regions.length))
                                message.regions = [];
                            message.regions.push($root.flint.kv.RegionDescriptor.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.replicas && message.replicas.length))
                                message.replicas = [];
                            message.replicas.push($root.flint.kv.ReplicaStatistics.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return RegionsResult;
        })();

        kv.ReplicaStatistics = (function() {

            /**
             * Properties of a ReplicaStatistics.
             * @typedef {Object} flint.kv.ReplicaStatistics.$Properties
             * @property {number|Long|null} [regionId] ReplicaStatistics regionId
             * @property {number|Long|null} [nodeId] ReplicaStatistics nodeId
             * @property {number|null} [host] ReplicaStatistics host
             * @property {boolean|null} [leader] ReplicaStatistics leader
             * @property {number|Long|null} [approximateKeys] ReplicaStatistics approximateKeys
             * @property {number|Long|null} [approximateBytes] ReplicaStatistics approximateBytes
             * @property {number|null} [writesPerSecond] ReplicaStatistics writesPerSecond
             * @property {number|null} [readsPerSecond] ReplicaStatistics readsPerSecond
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReplicaStatistics.
             * @memberof flint.kv
             * @interface IReplicaStatistics
             * @augments flint.kv.ReplicaStatistics.$Properties
             * @deprecated Use flint.kv.ReplicaStatistics.$Properties instead.
             */

            /**
             * Shape of a ReplicaStatistics.
             * @typedef {flint.kv.ReplicaStatistics.$Properties} flint.kv.ReplicaStatistics.$Shape
             */

            /**
             * Constructs a new ReplicaStatistics.
             * @memberof flint.kv
             * @classdesc Represents a ReplicaStatistics.
             * @constructor
             * @param {flint.kv.ReplicaStatistics.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReplicaStatistics = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReplicaStatistics regionId.
             * @member {number|Long} regionId
             * @memberof flint.kv.ReplicaStatistics
             * @instance
             */
            ReplicaStatistics.prototype.regionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ReplicaStatistics nodeId.
             * @member {number|Long} nodeId
             * @memberof flint.kv.ReplicaStatistics
             * @instance
             */
            ReplicaStatistics.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ReplicaStatistics host.
             * @member {number} host
             * @memberof flint.kv.ReplicaStatistics
             * @instance
             */
            ReplicaStatistics.prototype.host = 0;

            /**
             * ReplicaStatistics leader.
             * @member {boolean} leader
             * @memberof flint.kv.ReplicaStatistics
             * @instance
             */
            ReplicaStatistics.prototype.leader = false;

            /**
             * ReplicaStatistics approximateKeys.
             * @member {number|Long} approximateKeys
             * @memberof flint.kv.ReplicaStatistics
             * @instance
             */
            ReplicaStatistics.prototype.approximateKeys = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ReplicaStatistics approximateBytes.
             * @member {number|Long} approximateBytes
             * @memberof flint.kv.ReplicaStatistics
             * @instance
             */
            ReplicaStatistics.prototype.approximateBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ReplicaStatistics writesPerSecond.
             * @member {number} writesPerSecond
             * @memberof flint.kv.ReplicaStatistics
             * @instance
             */
            ReplicaStatistics.prototype.writesPerSecond = 0;

            /**
             * ReplicaStatistics readsPerSecond.
             * @member {number} readsPerSecond
             * @memberof flint.kv.ReplicaStatistics
             * @instance
             */
            ReplicaStatistics.prototype.readsPerSecond = 0;

            /**
             * Encodes the specified ReplicaStatistics message. Does not implicitly {@link flint.kv.ReplicaStatistics.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.ReplicaStatistics
             * @static
             * @param {flint.kv.ReplicaStatistics.$Properties} message ReplicaStatistics message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReplicaStatistics.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.regionId != null && $Object.hasOwnProperty.call(message, "regionId") && (typeof message.regionId === "object" ? message.regionId.low || message.regionId.high : message.regionId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.regionId);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.nodeId);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.host);
                if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && message.leader !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.leader);
                if (message.approximateKeys != null && $Object.hasOwnProperty.call(message, "approximateKeys") && (typeof message.approximateKeys === "object" ? message.approximateKeys.low || message.approximateKeys.high : message.approximateKeys !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.approximateKeys);
                if (message.approximateBytes != null && $Object.hasOwnProperty.call(message, "approximateBytes") && (typeof message.approximateBytes === "object" ? message.approximateBytes.low || message.approximateBytes.high : message.approximateBytes !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.approximateBytes);
                if (message.writesPerSecond != null && $Object.hasOwnProperty.call(message, "writesPerSecond") && !$Object.is(message.writesPerSecond, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.writesPerSecond);
                if (message.readsPerSecond != null && $Object.hasOwnProperty.call(message, "readsPerSecond") && !$Object.is(message.readsPerSecond, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.readsPerSecond);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReplicaStatistics message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.ReplicaStatistics
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.ReplicaStatistics & flint.kv.ReplicaStatistics.$Shape} ReplicaStatistics
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReplicaStatistics.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.ReplicaStatistics();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.regionId = value;
                            else
                                delete message.regionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.leader = value;
                            else
                                delete message.leader;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.approximateKeys = value;
                            else
                                delete message.approximateKeys;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.approximateBytes = value;
                            else
                                delete message.approximateBytes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.writesPerSecond = value;
                            else
                                delete message.writesPerSecond;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.readsPerSecond = value;
                            else
                                delete message.readsPerSecond;
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

            return ReplicaStatistics;
        })();

        kv.TransferLeaderResult = (function() {

            /**
             * Properties of a TransferLeaderResult.
             * @typedef {Object} flint.kv.TransferLeaderResult.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TransferLeaderResult.
             * @memberof flint.kv
             * @interface ITransferLeaderResult
             * @augments flint.kv.TransferLeaderResult.$Properties
             * @deprecated Use flint.kv.TransferLeaderResult.$Properties instead.
             */

            /**
             * Shape of a TransferLeaderResult.
             * @typedef {flint.kv.TransferLeaderResult.$Properties} flint.kv.TransferLeaderResult.$Shape
             */

            /**
             * Constructs a new TransferLeaderResult.
             * @memberof flint.kv
             * @classdesc Represents a TransferLeaderResult.
             * @constructor
             * @param {flint.kv.TransferLeaderResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TransferLeaderResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified TransferLeaderResult message. Does not implicitly {@link flint.kv.TransferLeaderResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.TransferLeaderResult
             * @static
             * @param {flint.kv.TransferLeaderResult.$Properties} message TransferLeaderResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransferLeaderResult.encode = function (message, writer, _depth) {
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
             * Decodes a TransferLeaderResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.TransferLeaderResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.TransferLeaderResult & flint.kv.TransferLeaderResult.$Shape} TransferLeaderResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransferLeaderResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.TransferLeaderResult();
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

            return TransferLeaderResult;
        })();

        kv.CompactResult = (function() {

            /**
             * Properties of a CompactResult.
             * @typedef {Object} flint.kv.CompactResult.$Properties
             * @property {number|Long|null} [firstIndex] CompactResult firstIndex
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CompactResult.
             * @memberof flint.kv
             * @interface ICompactResult
             * @augments flint.kv.CompactResult.$Properties
             * @deprecated Use flint.kv.CompactResult.$Properties instead.
             */

            /**
             * Shape of a CompactResult.
             * @typedef {flint.kv.CompactResult.$Properties} flint.kv.CompactResult.$Shape
             */

            /**
             * Constructs a new CompactResult.
             * @memberof flint.kv
             * @classdesc Represents a CompactResult.
             * @constructor
             * @param {flint.kv.CompactResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CompactResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CompactResult firstIndex.
             * @member {number|Long} firstIndex
             * @memberof flint.kv.CompactResult
             * @instance
             */
            CompactResult.prototype.firstIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified CompactResult message. Does not implicitly {@link flint.kv.CompactResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.CompactResult
             * @static
             * @param {flint.kv.CompactResult.$Properties} message CompactResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompactResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.firstIndex != null && $Object.hasOwnProperty.call(message, "firstIndex") && (typeof message.firstIndex === "object" ? message.firstIndex.low || message.firstIndex.high : message.firstIndex !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.firstIndex);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CompactResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.CompactResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.CompactResult & flint.kv.CompactResult.$Shape} CompactResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompactResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.CompactResult();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstIndex = value;
                            else
                                delete message.firstIndex;
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

            return CompactResult;
        })();

        kv.SplitRegionResult = (function() {

            /**
             * Properties of a SplitRegionResult.
             * @typedef {Object} flint.kv.SplitRegionResult.$Properties
             * @property {Array.<flint.kv.RegionDescriptor.$Properties>|null} [regions] SplitRegionResult regions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SplitRegionResult.
             * @memberof flint.kv
             * @interface ISplitRegionResult
             * @augments flint.kv.SplitRegionResult.$Properties
             * @deprecated Use flint.kv.SplitRegionResult.$Properties instead.
             */

            /**
             * Shape of a SplitRegionResult.
             * @typedef {flint.kv.SplitRegionResult.$Properties} flint.kv.SplitRegionResult.$Shape
             */

            /**
             * Constructs a new SplitRegionResult.
             * @memberof flint.kv
             * @classdesc Represents a SplitRegionResult.
             * @constructor
             * @param {flint.kv.SplitRegionResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SplitRegionResult = function (properties) {
                this.regions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SplitRegionResult regions.
             * @member {Array.<flint.kv.RegionDescriptor.$Properties>} regions
             * @memberof flint.kv.SplitRegionResult
             * @instance
             */
            SplitRegionResult.prototype.regions = $util.emptyArray;

            /**
             * Encodes the specified SplitRegionResult message. Does not implicitly {@link flint.kv.SplitRegionResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.SplitRegionResult
             * @static
             * @param {flint.kv.SplitRegionResult.$Properties} message SplitRegionResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SplitRegionResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.regions != null && message.regions.length)
                    for (let i = 0; i < message.regions.length; ++i)
                        $root.flint.kv.RegionDescriptor.encode(message.regions[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SplitRegionResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.SplitRegionResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.SplitRegionResult & flint.kv.SplitRegionResult.$Shape} SplitRegionResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SplitRegionResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.SplitRegionResult();
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
                            if (!(message.regions && message.regions.length))
                                message.regions = [];
                            message.regions.push($root.flint.kv.RegionDescriptor.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return SplitRegionResult;
        })();

        kv.AllocateRegionIdsResult = (function() {

            /**
             * Properties of an AllocateRegionIdsResult.
             * @typedef {Object} flint.kv.AllocateRegionIdsResult.$Properties
             * @property {number|Long|null} [firstId] AllocateRegionIdsResult firstId
             * @property {number|null} [count] AllocateRegionIdsResult count
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AllocateRegionIdsResult.
             * @memberof flint.kv
             * @interface IAllocateRegionIdsResult
             * @augments flint.kv.AllocateRegionIdsResult.$Properties
             * @deprecated Use flint.kv.AllocateRegionIdsResult.$Properties instead.
             */

            /**
             * Shape of an AllocateRegionIdsResult.
             * @typedef {flint.kv.AllocateRegionIdsResult.$Properties} flint.kv.AllocateRegionIdsResult.$Shape
             */

            /**
             * Constructs a new AllocateRegionIdsResult.
             * @memberof flint.kv
             * @classdesc Represents an AllocateRegionIdsResult.
             * @constructor
             * @param {flint.kv.AllocateRegionIdsResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AllocateRegionIdsResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AllocateRegionIdsResult firstId.
             * @member {number|Long} firstId
             * @memberof flint.kv.AllocateRegionIdsResult
             * @instance
             */
            AllocateRegionIdsResult.prototype.firstId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AllocateRegionIdsResult count.
             * @member {number} count
             * @memberof flint.kv.AllocateRegionIdsResult
             * @instance
             */
            AllocateRegionIdsResult.prototype.count = 0;

            /**
             * Encodes the specified AllocateRegionIdsResult message. Does not implicitly {@link flint.kv.AllocateRegionIdsResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.AllocateRegionIdsResult
             * @static
             * @param {flint.kv.AllocateRegionIdsResult.$Properties} message AllocateRegionIdsResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AllocateRegionIdsResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.firstId != null && $Object.hasOwnProperty.call(message, "firstId") && (typeof message.firstId === "object" ? message.firstId.low || message.firstId.high : message.firstId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.firstId);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.count);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AllocateRegionIdsResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.AllocateRegionIdsResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.AllocateRegionIdsResult & flint.kv.AllocateRegionIdsResult.$Shape} AllocateRegionIdsResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AllocateRegionIdsResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.AllocateRegionIdsResult();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstId = value;
                            else
                                delete message.firstId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
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

            return AllocateRegionIdsResult;
        })();

        kv.MoveRegionHostResult = (function() {

            /**
             * Properties of a MoveRegionHostResult.
             * @typedef {Object} flint.kv.MoveRegionHostResult.$Properties
             * @property {number|null} [fromHost] MoveRegionHostResult fromHost
             * @property {number|null} [toHost] MoveRegionHostResult toHost
             * @property {number|Long|null} [bytes] MoveRegionHostResult bytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MoveRegionHostResult.
             * @memberof flint.kv
             * @interface IMoveRegionHostResult
             * @augments flint.kv.MoveRegionHostResult.$Properties
             * @deprecated Use flint.kv.MoveRegionHostResult.$Properties instead.
             */

            /**
             * Shape of a MoveRegionHostResult.
             * @typedef {flint.kv.MoveRegionHostResult.$Properties} flint.kv.MoveRegionHostResult.$Shape
             */

            /**
             * Constructs a new MoveRegionHostResult.
             * @memberof flint.kv
             * @classdesc Represents a MoveRegionHostResult.
             * @constructor
             * @param {flint.kv.MoveRegionHostResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MoveRegionHostResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MoveRegionHostResult fromHost.
             * @member {number} fromHost
             * @memberof flint.kv.MoveRegionHostResult
             * @instance
             */
            MoveRegionHostResult.prototype.fromHost = 0;

            /**
             * MoveRegionHostResult toHost.
             * @member {number} toHost
             * @memberof flint.kv.MoveRegionHostResult
             * @instance
             */
            MoveRegionHostResult.prototype.toHost = 0;

            /**
             * MoveRegionHostResult bytes.
             * @member {number|Long} bytes
             * @memberof flint.kv.MoveRegionHostResult
             * @instance
             */
            MoveRegionHostResult.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified MoveRegionHostResult message. Does not implicitly {@link flint.kv.MoveRegionHostResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.MoveRegionHostResult
             * @static
             * @param {flint.kv.MoveRegionHostResult.$Properties} message MoveRegionHostResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MoveRegionHostResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fromHost != null && $Object.hasOwnProperty.call(message, "fromHost") && message.fromHost !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.fromHost);
                if (message.toHost != null && $Object.hasOwnProperty.call(message, "toHost") && message.toHost !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.toHost);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MoveRegionHostResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.MoveRegionHostResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.MoveRegionHostResult & flint.kv.MoveRegionHostResult.$Shape} MoveRegionHostResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MoveRegionHostResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.MoveRegionHostResult();
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
                                message.fromHost = value;
                            else
                                delete message.fromHost;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.toHost = value;
                            else
                                delete message.toHost;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
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

            return MoveRegionHostResult;
        })();

        kv.MergeRegionResult = (function() {

            /**
             * Properties of a MergeRegionResult.
             * @typedef {Object} flint.kv.MergeRegionResult.$Properties
             * @property {flint.kv.RegionDescriptor.$Properties|null} [region] MergeRegionResult region
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MergeRegionResult.
             * @memberof flint.kv
             * @interface IMergeRegionResult
             * @augments flint.kv.MergeRegionResult.$Properties
             * @deprecated Use flint.kv.MergeRegionResult.$Properties instead.
             */

            /**
             * Shape of a MergeRegionResult.
             * @typedef {flint.kv.MergeRegionResult.$Properties} flint.kv.MergeRegionResult.$Shape
             */

            /**
             * Constructs a new MergeRegionResult.
             * @memberof flint.kv
             * @classdesc Represents a MergeRegionResult.
             * @constructor
             * @param {flint.kv.MergeRegionResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MergeRegionResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MergeRegionResult region.
             * @member {flint.kv.RegionDescriptor.$Properties|null|undefined} region
             * @memberof flint.kv.MergeRegionResult
             * @instance
             */
            MergeRegionResult.prototype.region = null;

            /**
             * Encodes the specified MergeRegionResult message. Does not implicitly {@link flint.kv.MergeRegionResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.MergeRegionResult
             * @static
             * @param {flint.kv.MergeRegionResult.$Properties} message MergeRegionResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MergeRegionResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                    $root.flint.kv.RegionDescriptor.encode(message.region, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MergeRegionResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.MergeRegionResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.MergeRegionResult & flint.kv.MergeRegionResult.$Shape} MergeRegionResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MergeRegionResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.MergeRegionResult();
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
                            message.region = $root.flint.kv.RegionDescriptor.decode(reader, reader.size(), $undefined, _depth + 1, message.region);
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

            return MergeRegionResult;
        })();

        kv.ChangeReplicasResult = (function() {

            /**
             * Properties of a ChangeReplicasResult.
             * @typedef {Object} flint.kv.ChangeReplicasResult.$Properties
             * @property {flint.kv.RegionDescriptor.$Properties|null} [region] ChangeReplicasResult region
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChangeReplicasResult.
             * @memberof flint.kv
             * @interface IChangeReplicasResult
             * @augments flint.kv.ChangeReplicasResult.$Properties
             * @deprecated Use flint.kv.ChangeReplicasResult.$Properties instead.
             */

            /**
             * Shape of a ChangeReplicasResult.
             * @typedef {flint.kv.ChangeReplicasResult.$Properties} flint.kv.ChangeReplicasResult.$Shape
             */

            /**
             * Constructs a new ChangeReplicasResult.
             * @memberof flint.kv
             * @classdesc Represents a ChangeReplicasResult.
             * @constructor
             * @param {flint.kv.ChangeReplicasResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChangeReplicasResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChangeReplicasResult region.
             * @member {flint.kv.RegionDescriptor.$Properties|null|undefined} region
             * @memberof flint.kv.ChangeReplicasResult
             * @instance
             */
            ChangeReplicasResult.prototype.region = null;

            /**
             * Encodes the specified ChangeReplicasResult message. Does not implicitly {@link flint.kv.ChangeReplicasResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.ChangeReplicasResult
             * @static
             * @param {flint.kv.ChangeReplicasResult.$Properties} message ChangeReplicasResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChangeReplicasResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                    $root.flint.kv.RegionDescriptor.encode(message.region, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChangeReplicasResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.ChangeReplicasResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.ChangeReplicasResult & flint.kv.ChangeReplicasResult.$Shape} ChangeReplicasResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChangeReplicasResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.ChangeReplicasResult();
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
                            message.region = $root.flint.kv.RegionDescriptor.decode(reader, reader.size(), $undefined, _depth + 1, message.region);
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

            return ChangeReplicasResult;
        })();

        kv.ClusterMember = (function() {

            /**
             * Properties of a ClusterMember.
             * @typedef {Object} flint.kv.ClusterMember.$Properties
             * @property {number|Long|null} [nodeId] ClusterMember nodeId
             * @property {string|null} [peerAddress] ClusterMember peerAddress
             * @property {string|null} [clientAddress] ClusterMember clientAddress
             * @property {string|null} [state] ClusterMember state
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClusterMember.
             * @memberof flint.kv
             * @interface IClusterMember
             * @augments flint.kv.ClusterMember.$Properties
             * @deprecated Use flint.kv.ClusterMember.$Properties instead.
             */

            /**
             * Shape of a ClusterMember.
             * @typedef {flint.kv.ClusterMember.$Properties} flint.kv.ClusterMember.$Shape
             */

            /**
             * Constructs a new ClusterMember.
             * @memberof flint.kv
             * @classdesc Represents a ClusterMember.
             * @constructor
             * @param {flint.kv.ClusterMember.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClusterMember = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClusterMember nodeId.
             * @member {number|Long} nodeId
             * @memberof flint.kv.ClusterMember
             * @instance
             */
            ClusterMember.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClusterMember peerAddress.
             * @member {string} peerAddress
             * @memberof flint.kv.ClusterMember
             * @instance
             */
            ClusterMember.prototype.peerAddress = "";

            /**
             * ClusterMember clientAddress.
             * @member {string} clientAddress
             * @memberof flint.kv.ClusterMember
             * @instance
             */
            ClusterMember.prototype.clientAddress = "";

            /**
             * ClusterMember state.
             * @member {string} state
             * @memberof flint.kv.ClusterMember
             * @instance
             */
            ClusterMember.prototype.state = "";

            /**
             * Encodes the specified ClusterMember message. Does not implicitly {@link flint.kv.ClusterMember.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.ClusterMember
             * @static
             * @param {flint.kv.ClusterMember.$Properties} message ClusterMember message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClusterMember.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.peerAddress != null && $Object.hasOwnProperty.call(message, "peerAddress") && message.peerAddress !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.peerAddress);
                if (message.clientAddress != null && $Object.hasOwnProperty.call(message, "clientAddress") && message.clientAddress !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientAddress);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.state);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClusterMember message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.ClusterMember
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.ClusterMember & flint.kv.ClusterMember.$Shape} ClusterMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClusterMember.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.ClusterMember();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerAddress = value;
                            else
                                delete message.peerAddress;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientAddress = value;
                            else
                                delete message.clientAddress;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
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

            return ClusterMember;
        })();

        kv.JoinClusterResult = (function() {

            /**
             * Properties of a JoinClusterResult.
             * @typedef {Object} flint.kv.JoinClusterResult.$Properties
             * @property {number|Long|null} [clusterId] JoinClusterResult clusterId
             * @property {Array.<flint.kv.ClusterMember.$Properties>|null} [members] JoinClusterResult members
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinClusterResult.
             * @memberof flint.kv
             * @interface IJoinClusterResult
             * @augments flint.kv.JoinClusterResult.$Properties
             * @deprecated Use flint.kv.JoinClusterResult.$Properties instead.
             */

            /**
             * Shape of a JoinClusterResult.
             * @typedef {flint.kv.JoinClusterResult.$Properties} flint.kv.JoinClusterResult.$Shape
             */

            /**
             * Constructs a new JoinClusterResult.
             * @memberof flint.kv
             * @classdesc Represents a JoinClusterResult.
             * @constructor
             * @param {flint.kv.JoinClusterResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinClusterResult = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JoinClusterResult clusterId.
             * @member {number|Long} clusterId
             * @memberof flint.kv.JoinClusterResult
             * @instance
             */
            JoinClusterResult.prototype.clusterId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * JoinClusterResult members.
             * @member {Array.<flint.kv.ClusterMember.$Properties>} members
             * @memberof flint.kv.JoinClusterResult
             * @instance
             */
            JoinClusterResult.prototype.members = $util.emptyArray;

            /**
             * Encodes the specified JoinClusterResult message. Does not implicitly {@link flint.kv.JoinClusterResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.JoinClusterResult
             * @static
             * @param {flint.kv.JoinClusterResult.$Properties} message JoinClusterResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinClusterResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && (typeof message.clusterId === "object" ? message.clusterId.low || message.clusterId.high : message.clusterId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clusterId);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.flint.kv.ClusterMember.encode(message.members[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JoinClusterResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.JoinClusterResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.JoinClusterResult & flint.kv.JoinClusterResult.$Shape} JoinClusterResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinClusterResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.JoinClusterResult();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.flint.kv.ClusterMember.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return JoinClusterResult;
        })();

        kv.AuthenticateResult = (function() {

            /**
             * Properties of an AuthenticateResult.
             * @typedef {Object} flint.kv.AuthenticateResult.$Properties
             * @property {string|null} [user] AuthenticateResult user
             * @property {string|null} [role] AuthenticateResult role
             * @property {number|Long|null} [sessionMs] AuthenticateResult sessionMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuthenticateResult.
             * @memberof flint.kv
             * @interface IAuthenticateResult
             * @augments flint.kv.AuthenticateResult.$Properties
             * @deprecated Use flint.kv.AuthenticateResult.$Properties instead.
             */

            /**
             * Shape of an AuthenticateResult.
             * @typedef {flint.kv.AuthenticateResult.$Properties} flint.kv.AuthenticateResult.$Shape
             */

            /**
             * Constructs a new AuthenticateResult.
             * @memberof flint.kv
             * @classdesc Represents an AuthenticateResult.
             * @constructor
             * @param {flint.kv.AuthenticateResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuthenticateResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuthenticateResult user.
             * @member {string} user
             * @memberof flint.kv.AuthenticateResult
             * @instance
             */
            AuthenticateResult.prototype.user = "";

            /**
             * AuthenticateResult role.
             * @member {string} role
             * @memberof flint.kv.AuthenticateResult
             * @instance
             */
            AuthenticateResult.prototype.role = "";

            /**
             * AuthenticateResult sessionMs.
             * @member {number|Long} sessionMs
             * @memberof flint.kv.AuthenticateResult
             * @instance
             */
            AuthenticateResult.prototype.sessionMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified AuthenticateResult message. Does not implicitly {@link flint.kv.AuthenticateResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.AuthenticateResult
             * @static
             * @param {flint.kv.AuthenticateResult.$Properties} message AuthenticateResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuthenticateResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.user);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.role);
                if (message.sessionMs != null && $Object.hasOwnProperty.call(message, "sessionMs") && (typeof message.sessionMs === "object" ? message.sessionMs.low || message.sessionMs.high : message.sessionMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.sessionMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuthenticateResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.AuthenticateResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.AuthenticateResult & flint.kv.AuthenticateResult.$Shape} AuthenticateResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuthenticateResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.AuthenticateResult();
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
                                message.user = value;
                            else
                                delete message.user;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sessionMs = value;
                            else
                                delete message.sessionMs;
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

            return AuthenticateResult;
        })();

        kv.UserInfo = (function() {

            /**
             * Properties of a UserInfo.
             * @typedef {Object} flint.kv.UserInfo.$Properties
             * @property {string|null} [name] UserInfo name
             * @property {string|null} [role] UserInfo role
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UserInfo.
             * @memberof flint.kv
             * @interface IUserInfo
             * @augments flint.kv.UserInfo.$Properties
             * @deprecated Use flint.kv.UserInfo.$Properties instead.
             */

            /**
             * Shape of a UserInfo.
             * @typedef {flint.kv.UserInfo.$Properties} flint.kv.UserInfo.$Shape
             */

            /**
             * Constructs a new UserInfo.
             * @memberof flint.kv
             * @classdesc Represents a UserInfo.
             * @constructor
             * @param {flint.kv.UserInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UserInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UserInfo name.
             * @member {string} name
             * @memberof flint.kv.UserInfo
             * @instance
             */
            UserInfo.prototype.name = "";

            /**
             * UserInfo role.
             * @member {string} role
             * @memberof flint.kv.UserInfo
             * @instance
             */
            UserInfo.prototype.role = "";

            /**
             * Encodes the specified UserInfo message. Does not implicitly {@link flint.kv.UserInfo.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.UserInfo
             * @static
             * @param {flint.kv.UserInfo.$Properties} message UserInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.role);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UserInfo message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.UserInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.UserInfo & flint.kv.UserInfo.$Shape} UserInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.UserInfo();
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
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
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

            return UserInfo;
        })();

        kv.UsersResult = (function() {

            /**
             * Properties of a UsersResult.
             * @typedef {Object} flint.kv.UsersResult.$Properties
             * @property {Array.<flint.kv.UserInfo.$Properties>|null} [users] UsersResult users
             * @property {boolean|null} [authEnabled] UsersResult authEnabled
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UsersResult.
             * @memberof flint.kv
             * @interface IUsersResult
             * @augments flint.kv.UsersResult.$Properties
             * @deprecated Use flint.kv.UsersResult.$Properties instead.
             */

            /**
             * Shape of a UsersResult.
             * @typedef {flint.kv.UsersResult.$Properties} flint.kv.UsersResult.$Shape
             */

            /**
             * Constructs a new UsersResult.
             * @memberof flint.kv
             * @classdesc Represents a UsersResult.
             * @constructor
             * @param {flint.kv.UsersResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UsersResult = function (properties) {
                this.users = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UsersResult users.
             * @member {Array.<flint.kv.UserInfo.$Properties>} users
             * @memberof flint.kv.UsersResult
             * @instance
             */
            UsersResult.prototype.users = $util.emptyArray;

            /**
             * UsersResult authEnabled.
             * @member {boolean} authEnabled
             * @memberof flint.kv.UsersResult
             * @instance
             */
            UsersResult.prototype.authEnabled = false;

            /**
             * Encodes the specified UsersResult message. Does not implicitly {@link flint.kv.UsersResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.UsersResult
             * @static
             * @param {flint.kv.UsersResult.$Properties} message UsersResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UsersResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.users != null && message.users.length)
                    for (let i = 0; i < message.users.length; ++i)
                        $root.flint.kv.UserInfo.encode(message.users[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.authEnabled != null && $Object.hasOwnProperty.call(message, "authEnabled") && message.authEnabled !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.authEnabled);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UsersResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.UsersResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.UsersResult & flint.kv.UsersResult.$Shape} UsersResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UsersResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.UsersResult();
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
                            if (!(message.users && message.users.length))
                                message.users = [];
                            message.users.push($root.flint.kv.UserInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.authEnabled = value;
                            else
                                delete message.authEnabled;
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

            return UsersResult;
        })();

        kv.RemoveMemberResult = (function() {

            /**
             * Properties of a RemoveMemberResult.
             * @typedef {Object} flint.kv.RemoveMemberResult.$Properties
             * @property {Array.<flint.kv.ClusterMember.$Properties>|null} [members] RemoveMemberResult members
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemoveMemberResult.
             * @memberof flint.kv
             * @interface IRemoveMemberResult
             * @augments flint.kv.RemoveMemberResult.$Properties
             * @deprecated Use flint.kv.RemoveMemberResult.$Properties instead.
             */

            /**
             * Shape of a RemoveMemberResult.
             * @typedef {flint.kv.RemoveMemberResult.$Properties} flint.kv.RemoveMemberResult.$Shape
             */

            /**
             * Constructs a new RemoveMemberResult.
             * @memberof flint.kv
             * @classdesc Represents a RemoveMemberResult.
             * @constructor
             * @param {flint.kv.RemoveMemberResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemoveMemberResult = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RemoveMemberResult members.
             * @member {Array.<flint.kv.ClusterMember.$Properties>} members
             * @memberof flint.kv.RemoveMemberResult
             * @instance
             */
            RemoveMemberResult.prototype.members = $util.emptyArray;

            /**
             * Encodes the specified RemoveMemberResult message. Does not implicitly {@link flint.kv.RemoveMemberResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.RemoveMemberResult
             * @static
             * @param {flint.kv.RemoveMemberResult.$Properties} message RemoveMemberResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoveMemberResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.flint.kv.ClusterMember.encode(message.members[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RemoveMemberResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.RemoveMemberResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.RemoveMemberResult & flint.kv.RemoveMemberResult.$Shape} RemoveMemberResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoveMemberResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.RemoveMemberResult();
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
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.flint.kv.ClusterMember.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return RemoveMemberResult;
        })();

        kv.ChecksumResult = (function() {

            /**
             * Properties of a ChecksumResult.
             * @typedef {Object} flint.kv.ChecksumResult.$Properties
             * @property {number|Long|null} [appliedIndex] ChecksumResult appliedIndex
             * @property {Uint8Array|null} [checksum] ChecksumResult checksum
             * @property {number|Long|null} [keyCount] ChecksumResult keyCount
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChecksumResult.
             * @memberof flint.kv
             * @interface IChecksumResult
             * @augments flint.kv.ChecksumResult.$Properties
             * @deprecated Use flint.kv.ChecksumResult.$Properties instead.
             */

            /**
             * Shape of a ChecksumResult.
             * @typedef {flint.kv.ChecksumResult.$Properties} flint.kv.ChecksumResult.$Shape
             */

            /**
             * Constructs a new ChecksumResult.
             * @memberof flint.kv
             * @classdesc Represents a ChecksumResult.
             * @constructor
             * @param {flint.kv.ChecksumResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChecksumResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChecksumResult appliedIndex.
             * @member {number|Long} appliedIndex
             * @memberof flint.kv.ChecksumResult
             * @instance
             */
            ChecksumResult.prototype.appliedIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ChecksumResult checksum.
             * @member {Uint8Array} checksum
             * @memberof flint.kv.ChecksumResult
             * @instance
             */
            ChecksumResult.prototype.checksum = $util.newBuffer([]);

            /**
             * ChecksumResult keyCount.
             * @member {number|Long} keyCount
             * @memberof flint.kv.ChecksumResult
             * @instance
             */
            ChecksumResult.prototype.keyCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified ChecksumResult message. Does not implicitly {@link flint.kv.ChecksumResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.ChecksumResult
             * @static
             * @param {flint.kv.ChecksumResult.$Properties} message ChecksumResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChecksumResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex") && (typeof message.appliedIndex === "object" ? message.appliedIndex.low || message.appliedIndex.high : message.appliedIndex !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.appliedIndex);
                if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum") && message.checksum.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.checksum);
                if (message.keyCount != null && $Object.hasOwnProperty.call(message, "keyCount") && (typeof message.keyCount === "object" ? message.keyCount.low || message.keyCount.high : message.keyCount !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.keyCount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChecksumResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.ChecksumResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.ChecksumResult & flint.kv.ChecksumResult.$Shape} ChecksumResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChecksumResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.ChecksumResult();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.appliedIndex = value;
                            else
                                delete message.appliedIndex;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.checksum = value;
                            else
                                delete message.checksum;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.keyCount = value;
                            else
                                delete message.keyCount;
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

            return ChecksumResult;
        })();

        kv.ExportRegionResult = (function() {

            /**
             * Properties of an ExportRegionResult.
             * @typedef {Object} flint.kv.ExportRegionResult.$Properties
             * @property {number|Long|null} [streamId] ExportRegionResult streamId
             * @property {number|Long|null} [position] ExportRegionResult position
             * @property {number|Long|null} [appliedIndex] ExportRegionResult appliedIndex
             * @property {flint.kv.RegionDescriptor.$Properties|null} [region] ExportRegionResult region
             * @property {Uint8Array|null} [chunk] ExportRegionResult chunk
             * @property {boolean|null} [done] ExportRegionResult done
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExportRegionResult.
             * @memberof flint.kv
             * @interface IExportRegionResult
             * @augments flint.kv.ExportRegionResult.$Properties
             * @deprecated Use flint.kv.ExportRegionResult.$Properties instead.
             */

            /**
             * Shape of an ExportRegionResult.
             * @typedef {flint.kv.ExportRegionResult.$Properties} flint.kv.ExportRegionResult.$Shape
             */

            /**
             * Constructs a new ExportRegionResult.
             * @memberof flint.kv
             * @classdesc Represents an ExportRegionResult.
             * @constructor
             * @param {flint.kv.ExportRegionResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExportRegionResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExportRegionResult streamId.
             * @member {number|Long} streamId
             * @memberof flint.kv.ExportRegionResult
             * @instance
             */
            ExportRegionResult.prototype.streamId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ExportRegionResult position.
             * @member {number|Long} position
             * @memberof flint.kv.ExportRegionResult
             * @instance
             */
            ExportRegionResult.prototype.position = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ExportRegionResult appliedIndex.
             * @member {number|Long} appliedIndex
             * @memberof flint.kv.ExportRegionResult
             * @instance
             */
            ExportRegionResult.prototype.appliedIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ExportRegionResult region.
             * @member {flint.kv.RegionDescriptor.$Properties|null|undefined} region
             * @memberof flint.kv.ExportRegionResult
             * @instance
             */
            ExportRegionResult.prototype.region = null;

            /**
             * ExportRegionResult chunk.
             * @member {Uint8Array} chunk
             * @memberof flint.kv.ExportRegionResult
             * @instance
             */
            ExportRegionResult.prototype.chunk = $util.newBuffer([]);

            /**
             * ExportRegionResult done.
             * @member {boolean} done
             * @memberof flint.kv.ExportRegionResult
             * @instance
             */
            ExportRegionResult.prototype.done = false;

            /**
             * Encodes the specified ExportRegionResult message. Does not implicitly {@link flint.kv.ExportRegionResult.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.ExportRegionResult
             * @static
             * @param {flint.kv.ExportRegionResult.$Properties} message ExportRegionResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExportRegionResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId") && (typeof message.streamId === "object" ? message.streamId.low || message.streamId.high : message.streamId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.streamId);
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && (typeof message.position === "object" ? message.position.low || message.position.high : message.position !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.position);
                if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex") && (typeof message.appliedIndex === "object" ? message.appliedIndex.low || message.appliedIndex.high : message.appliedIndex !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.appliedIndex);
                if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                    $root.flint.kv.RegionDescriptor.encode(message.region, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk") && message.chunk.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.chunk);
                if (message.done != null && $Object.hasOwnProperty.call(message, "done") && message.done !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.done);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExportRegionResult message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.ExportRegionResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.ExportRegionResult & flint.kv.ExportRegionResult.$Shape} ExportRegionResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExportRegionResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.ExportRegionResult();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.streamId = value;
                            else
                                delete message.streamId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.position = value;
                            else
                                delete message.position;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.appliedIndex = value;
                            else
                                delete message.appliedIndex;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.region = $root.flint.kv.RegionDescriptor.decode(reader, reader.size(), $undefined, _depth + 1, message.region);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.chunk = value;
                            else
                                delete message.chunk;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.done = value;
                            else
                                delete message.done;
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

            return ExportRegionResult;
        })();

        /**
         * ErrorCode enum.
         * @name flint.kv.ErrorCode
         * @enum {number}
         * @property {number} ERROR_UNSPECIFIED=0 ERROR_UNSPECIFIED value
         * @property {number} NOT_LEADER=1 NOT_LEADER value
         * @property {number} REGION_NOT_FOUND=2 REGION_NOT_FOUND value
         * @property {number} EPOCH_MISMATCH=3 EPOCH_MISMATCH value
         * @property {number} KEY_NOT_IN_REGION=4 KEY_NOT_IN_REGION value
         * @property {number} TIMEOUT=5 TIMEOUT value
         * @property {number} SERVER_BUSY=6 SERVER_BUSY value
         * @property {number} INVALID_ARGUMENT=7 INVALID_ARGUMENT value
         * @property {number} INTERNAL=8 INTERNAL value
         * @property {number} UNAUTHENTICATED=9 UNAUTHENTICATED value
         * @property {number} PERMISSION_DENIED=10 PERMISSION_DENIED value
         * @property {number} DISK_FULL=11 DISK_FULL value
         */
        kv.ErrorCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ERROR_UNSPECIFIED"] = 0;
            values[valuesById[1] = "NOT_LEADER"] = 1;
            values[valuesById[2] = "REGION_NOT_FOUND"] = 2;
            values[valuesById[3] = "EPOCH_MISMATCH"] = 3;
            values[valuesById[4] = "KEY_NOT_IN_REGION"] = 4;
            values[valuesById[5] = "TIMEOUT"] = 5;
            values[valuesById[6] = "SERVER_BUSY"] = 6;
            values[valuesById[7] = "INVALID_ARGUMENT"] = 7;
            values[valuesById[8] = "INTERNAL"] = 8;
            values[valuesById[9] = "UNAUTHENTICATED"] = 9;
            values[valuesById[10] = "PERMISSION_DENIED"] = 10;
            values[valuesById[11] = "DISK_FULL"] = 11;
            return values;
        })();

        kv.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} flint.kv.Error.$Properties
             * @property {flint.kv.ErrorCode|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {number|Long|null} [leaderId] Error leaderId
             * @property {string|null} [leaderAddress] Error leaderAddress
             * @property {Array.<flint.kv.RegionDescriptor.$Properties>|null} [regions] Error regions
             * @property {number|null} [retryAfterMs] Error retryAfterMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof flint.kv
             * @interface IError
             * @augments flint.kv.Error.$Properties
             * @deprecated Use flint.kv.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {flint.kv.Error.$Properties} flint.kv.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof flint.kv
             * @classdesc Represents an Error.
             * @constructor
             * @param {flint.kv.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                this.regions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {flint.kv.ErrorCode} code
             * @memberof flint.kv.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error message.
             * @member {string} message
             * @memberof flint.kv.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error leaderId.
             * @member {number|Long} leaderId
             * @memberof flint.kv.Error
             * @instance
             */
            Error.prototype.leaderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Error leaderAddress.
             * @member {string} leaderAddress
             * @memberof flint.kv.Error
             * @instance
             */
            Error.prototype.leaderAddress = "";

            /**
             * Error regions.
             * @member {Array.<flint.kv.RegionDescriptor.$Properties>} regions
             * @memberof flint.kv.Error
             * @instance
             */
            Error.prototype.regions = $util.emptyArray;

            /**
             * Error retryAfterMs.
             * @member {number} retryAfterMs
             * @memberof flint.kv.Error
             * @instance
             */
            Error.prototype.retryAfterMs = 0;

            /**
             * Encodes the specified Error message. Does not implicitly {@link flint.kv.Error.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.Error
             * @static
             * @param {flint.kv.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
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
                if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId") && (typeof message.leaderId === "object" ? message.leaderId.low || message.leaderId.high : message.leaderId !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.leaderId);
                if (message.leaderAddress != null && $Object.hasOwnProperty.call(message, "leaderAddress") && message.leaderAddress !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.leaderAddress);
                if (message.regions != null && message.regions.length)
                    for (let i = 0; i < message.regions.length; ++i)
                        $root.flint.kv.RegionDescriptor.encode(message.regions[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.retryAfterMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.Error & flint.kv.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.kv.Error();
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
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaderId = value;
                            else
                                delete message.leaderId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaderAddress = value;
                            else
                                delete message.leaderAddress;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.regions && message.regions.length))
                                message.regions = [];
                            message.regions.push($root.flint.kv.RegionDescriptor.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retryAfterMs = value;
                            else
                                delete message.retryAfterMs;
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

            return Error;
        })();

        kv.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} flint.kv.Response.$Properties
             * @property {number|Long|null} [requestId] Response requestId
             * @property {flint.kv.GetResult.$Properties|null} [get] Response get
             * @property {flint.kv.PutResult.$Properties|null} [put] Response put
             * @property {flint.kv.DeleteResult.$Properties|null} ["delete"] Response delete
             * @property {flint.kv.ScanResult.$Properties|null} [scan] Response scan
             * @property {flint.kv.CompareAndSwapResult.$Properties|null} [compareAndSwap] Response compareAndSwap
             * @property {flint.kv.BatchResult.$Properties|null} [batch] Response batch
             * @property {flint.kv.StatusResult.$Properties|null} [status] Response status
             * @property {flint.kv.RegionsResult.$Properties|null} [regions] Response regions
             * @property {flint.kv.TransferLeaderResult.$Properties|null} [transferLeader] Response transferLeader
             * @property {flint.kv.CompactResult.$Properties|null} [compact] Response compact
             * @property {flint.kv.ChecksumResult.$Properties|null} [checksum] Response checksum
             * @property {flint.kv.SplitRegionResult.$Properties|null} [splitRegion] Response splitRegion
             * @property {flint.kv.AllocateRegionIdsResult.$Properties|null} [allocateRegionIds] Response allocateRegionIds
             * @property {flint.kv.MoveRegionHostResult.$Properties|null} [moveRegionHost] Response moveRegionHost
             * @property {flint.kv.MergeRegionResult.$Properties|null} [mergeRegion] Response mergeRegion
             * @property {flint.kv.ChangeReplicasResult.$Properties|null} [changeReplicas] Response changeReplicas
             * @property {flint.kv.JoinClusterResult.$Properties|null} [joinCluster] Response joinCluster
             * @property {flint.kv.RemoveMemberResult.$Properties|null} [removeMember] Response removeMember
             * @property {flint.kv.AuthenticateResult.$Properties|null} [authenticate] Response authenticate
             * @property {flint.kv.UsersResult.$Properties|null} [users] Response users
             * @property {flint.kv.Error.$Properties|null} [error] Response error
             * @property {flint.kv.ExportRegionResult.$Properties|null} [exportRegion] Response exportRegion
             * @property {"get"|"put"|"delete"|"scan"|"compareAndSwap"|"batch"|"status"|"regions"|"transferLeader"|"compact"|"checksum"|"splitRegion"|"allocateRegionIds"|"moveRegionHost"|"mergeRegion"|"changeReplicas"|"joinCluster"|"removeMember"|"authenticate"|"users"|"error"|"exportRegion"} [result] Response result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof flint.kv
             * @interface IResponse
             * @augments flint.kv.Response.$Properties
             * @deprecated Use flint.kv.Response.$Properties instead.
             */

            /**
             * Narrowed shape of a Response.
             * @typedef {{
             *   requestId?: number|Long|null;
             *   get?: flint.kv.GetResult.$Shape|null;
             *   put?: flint.kv.PutResult.$Shape|null;
             *   "delete"?: flint.kv.DeleteResult.$Shape|null;
             *   scan?: flint.kv.ScanResult.$Shape|null;
             *   compareAndSwap?: flint.kv.CompareAndSwapResult.$Shape|null;
             *   batch?: flint.kv.BatchResult.$Shape|null;
             *   status?: flint.kv.StatusResult.$Shape|null;
             *   regions?: flint.kv.RegionsResult.$Shape|null;
             *   transferLeader?: flint.kv.TransferLeaderResult.$Shape|null;
             *   compact?: flint.kv.CompactResult.$Shape|null;
             *   checksum?: flint.kv.ChecksumResult.$Shape|null;
             *   splitRegion?: flint.kv.SplitRegionResult.$Shape|null;
             *   allocateRegionIds?: flint.kv.AllocateRegionIdsResult.$Shape|null;
             *   moveRegionHost?: flint.kv.MoveRegionHostResult.$Shape|null;
             *   mergeRegion?: flint.kv.MergeRegionResult.$Shape|null;
             *   changeReplicas?: flint.kv.ChangeReplicasResult.$Shape|null;
             *   joinCluster?: flint.kv.JoinClusterResult.$Shape|null;
             *   removeMember?: flint.kv.RemoveMemberResult.$Shape|null;
             *   authenticate?: flint.kv.AuthenticateResult.$Shape|null;
             *   users?: flint.kv.UsersResult.$Shape|null;
             *   error?: flint.kv.Error.$Shape|null;
             *   exportRegion?: flint.kv.ExportRegionResult.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "get"; get: flint.kv.GetResult.$Shape; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "put"; get?: null; put: flint.kv.PutResult.$Shape; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "delete"; get?: null; put?: null; "delete": flint.kv.DeleteResult.$Shape; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "scan"; get?: null; put?: null; "delete"?: null; scan: flint.kv.ScanResult.$Shape; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "compareAndSwap"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap: flint.kv.CompareAndSwapResult.$Shape; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "batch"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch: flint.kv.BatchResult.$Shape; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "status"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status: flint.kv.StatusResult.$Shape; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "regions"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions: flint.kv.RegionsResult.$Shape; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "transferLeader"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader: flint.kv.TransferLeaderResult.$Shape; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "compact"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact: flint.kv.CompactResult.$Shape; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "checksum"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum: flint.kv.ChecksumResult.$Shape; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "splitRegion"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion: flint.kv.SplitRegionResult.$Shape; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "allocateRegionIds"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds: flint.kv.AllocateRegionIdsResult.$Shape; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "moveRegionHost"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost: flint.kv.MoveRegionHostResult.$Shape; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "mergeRegion"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion: flint.kv.MergeRegionResult.$Shape; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "changeReplicas"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas: flint.kv.ChangeReplicasResult.$Shape; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "joinCluster"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster: flint.kv.JoinClusterResult.$Shape; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "removeMember"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember: flint.kv.RemoveMemberResult.$Shape; authenticate?: null; users?: null; error?: null; exportRegion?: null }|{ result?: "authenticate"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate: flint.kv.AuthenticateResult.$Shape; users?: null; error?: null; exportRegion?: null }|{ result?: "users"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users: flint.kv.UsersResult.$Shape; error?: null; exportRegion?: null }|{ result?: "error"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error: flint.kv.Error.$Shape; exportRegion?: null }|{ result?: "exportRegion"; get?: null; put?: null; "delete"?: null; scan?: null; compareAndSwap?: null; batch?: null; status?: null; regions?: null; transferLeader?: null; compact?: null; checksum?: null; splitRegion?: null; allocateRegionIds?: null; moveRegionHost?: null; mergeRegion?: null; changeReplicas?: null; joinCluster?: null; removeMember?: null; authenticate?: null; users?: null; error?: null; exportRegion: flint.kv.ExportRegionResult.$Shape })
             * )} flint.kv.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof flint.kv
             * @classdesc Represents a Response.
             * @constructor
             * @param {flint.kv.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Response = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response requestId.
             * @member {number|Long} requestId
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Response get.
             * @member {flint.kv.GetResult.$Properties|null|undefined} get
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.get = null;

            /**
             * Response put.
             * @member {flint.kv.PutResult.$Properties|null|undefined} put
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.put = null;

            /**
             * Response delete.
             * @member {flint.kv.DeleteResult.$Properties|null|undefined} delete
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype["delete"] = null;

            /**
             * Response scan.
             * @member {flint.kv.ScanResult.$Properties|null|undefined} scan
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.scan = null;

            /**
             * Response compareAndSwap.
             * @member {flint.kv.CompareAndSwapResult.$Properties|null|undefined} compareAndSwap
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.compareAndSwap = null;

            /**
             * Response batch.
             * @member {flint.kv.BatchResult.$Properties|null|undefined} batch
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.batch = null;

            /**
             * Response status.
             * @member {flint.kv.StatusResult.$Properties|null|undefined} status
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.status = null;

            /**
             * Response regions.
             * @member {flint.kv.RegionsResult.$Properties|null|undefined} regions
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.regions = null;

            /**
             * Response transferLeader.
             * @member {flint.kv.TransferLeaderResult.$Properties|null|undefined} transferLeader
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.transferLeader = null;

            /**
             * Response compact.
             * @member {flint.kv.CompactResult.$Properties|null|undefined} compact
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.compact = null;

            /**
             * Response checksum.
             * @member {flint.kv.ChecksumResult.$Properties|null|undefined} checksum
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.checksum = null;

            /**
             * Response splitRegion.
             * @member {flint.kv.SplitRegionResult.$Properties|null|undefined} splitRegion
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.splitRegion = null;

            /**
             * Response allocateRegionIds.
             * @member {flint.kv.AllocateRegionIdsResult.$Properties|null|undefined} allocateRegionIds
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.allocateRegionIds = null;

            /**
             * Response moveRegionHost.
             * @member {flint.kv.MoveRegionHostResult.$Properties|null|undefined} moveRegionHost
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.moveRegionHost = null;

            /**
             * Response mergeRegion.
             * @member {flint.kv.MergeRegionResult.$Properties|null|undefined} mergeRegion
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.mergeRegion = null;

            /**
             * Response changeReplicas.
             * @member {flint.kv.ChangeReplicasResult.$Properties|null|undefined} changeReplicas
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.changeReplicas = null;

            /**
             * Response joinCluster.
             * @member {flint.kv.JoinClusterResult.$Properties|null|undefined} joinCluster
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.joinCluster = null;

            /**
             * Response removeMember.
             * @member {flint.kv.RemoveMemberResult.$Properties|null|undefined} removeMember
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.removeMember = null;

            /**
             * Response authenticate.
             * @member {flint.kv.AuthenticateResult.$Properties|null|undefined} authenticate
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.authenticate = null;

            /**
             * Response users.
             * @member {flint.kv.UsersResult.$Properties|null|undefined} users
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.users = null;

            /**
             * Response error.
             * @member {flint.kv.Error.$Properties|null|undefined} error
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.error = null;

            /**
             * Response exportRegion.
             * @member {flint.kv.ExportRegionResult.$Properties|null|undefined} exportRegion
             * @memberof flint.kv.Response
             * @instance
             */
            Response.prototype.exportRegion = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Response result.
             * @member {"get"|"put"|"delete"|"scan"|"compareAndSwap"|"batch"|"status"|"regions"|"transferLeader"|"compact"|"checksum"|"splitRegion"|"allocateRegionIds"|"moveRegionHost"|"mergeRegion"|"changeReplicas"|"joinCluster"|"removeMember"|"authenticate"|"users"|"error"|"exportRegion"|undefined} result
             * @memberof flint.kv.Response
             * @instance
             */
            $Object.defineProperty(Response.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["get", "put", "delete", "scan", "compareAndSwap", "batch", "status", "regions", "transferLeader", "compact", "checksum", "splitRegion", "allocateRegionIds", "moveRegionHost", "mergeRegion", "changeReplicas", "joinCluster", "removeMember", "authenticate", "users", "error", "exportRegion"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Response message. Does not implicitly {@link flint.kv.Response.verify|verify} messages.
             * @function encode
             * @memberof flint.kv.Response
             * @static
             * @param {flint.kv.Response.$Properties} message Response message or plain object to encode
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
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && (typeof message.requestId === "object" ? message.requestId.low || message.requestId.high : message.requestId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.requestId);
                if (message.get != null && $Object.hasOwnProperty.call(message, "get"))
                    $root.flint.kv.GetResult.encode(message.get, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.put != null && $Object.hasOwnProperty.call(message, "put"))
                    $root.flint.kv.PutResult.encode(message.put, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete"))
                    $root.flint.kv.DeleteResult.encode(message["delete"], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.scan != null && $Object.hasOwnProperty.call(message, "scan"))
                    $root.flint.kv.ScanResult.encode(message.scan, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.compareAndSwap != null && $Object.hasOwnProperty.call(message, "compareAndSwap"))
                    $root.flint.kv.CompareAndSwapResult.encode(message.compareAndSwap, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.batch != null && $Object.hasOwnProperty.call(message, "batch"))
                    $root.flint.kv.BatchResult.encode(message.batch, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.flint.kv.StatusResult.encode(message.status, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.regions != null && $Object.hasOwnProperty.call(message, "regions"))
                    $root.flint.kv.RegionsResult.encode(message.regions, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.transferLeader != null && $Object.hasOwnProperty.call(message, "transferLeader"))
                    $root.flint.kv.TransferLeaderResult.encode(message.transferLeader, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.compact != null && $Object.hasOwnProperty.call(message, "compact"))
                    $root.flint.kv.CompactResult.encode(message.compact, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                    $root.flint.kv.ChecksumResult.encode(message.checksum, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.splitRegion != null && $Object.hasOwnProperty.call(message, "splitRegion"))
                    $root.flint.kv.SplitRegionResult.encode(message.splitRegion, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.allocateRegionIds != null && $Object.hasOwnProperty.call(message, "allocateRegionIds"))
                    $root.flint.kv.AllocateRegionIdsResult.encode(message.allocateRegionIds, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.moveRegionHost != null && $Object.hasOwnProperty.call(message, "moveRegionHost"))
                    $root.flint.kv.MoveRegionHostResult.encode(message.moveRegionHost, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.mergeRegion != null && $Object.hasOwnProperty.call(message, "mergeRegion"))
                    $root.flint.kv.MergeRegionResult.encode(message.mergeRegion, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.changeReplicas != null && $Object.hasOwnProperty.call(message, "changeReplicas"))
                    $root.flint.kv.ChangeReplicasResult.encode(message.changeReplicas, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                if (message.joinCluster != null && $Object.hasOwnProperty.call(message, "joinCluster"))
                    $root.flint.kv.JoinClusterResult.encode(message.joinCluster, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
                if (message.removeMember != null && $Object.hasOwnProperty.call(message, "removeMember"))
                    $root.flint.kv.RemoveMemberResult.encode(message.removeMember, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
                if (message.authenticate != null && $Object.hasOwnProperty.call(message, "authenticate"))
                    $root.flint.kv.AuthenticateResult.encode(message.authenticate, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
                if (message.users != null && $Object.hasOwnProperty.call(message, "users"))
                    $root.flint.kv.UsersResult.encode(message.users, writer.uint32(/* id 29, wireType 2 =*/234).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.flint.kv.Error.encode(message.error, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.exportRegion != null && $Object.hasOwnProperty.call(message, "exportRegion"))
                    $root.flint.kv.ExportRegionResult.encode(message.exportRegion, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof flint.kv.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.kv.Response & flint.kv.Response.$Shape} Response
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
                message = _target || new $root.flint.kv.Response();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.get = $root.flint.kv.GetResult.decode(reader, reader.size(), $undefined, _depth + 1, message.get);
                            message.result = "get";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.put = $root.flint.kv.PutResult.decode(reader, reader.size(), $undefined, _depth + 1, message.put);
                            message.result = "put";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message["delete"] = $root.flint.kv.DeleteResult.decode(reader, reader.size(), $undefined, _depth + 1, message["delete"]);
                            message.result = "delete";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.scan = $root.flint.kv.ScanResult.decode(reader, reader.size(), $undefined, _depth + 1, message.scan);
                            message.result = "scan";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.compareAndSwap = $root.flint.kv.CompareAndSwapResult.decode(reader, reader.size(), $undefined, _depth + 1, message.compareAndSwap);
                            message.result = "compareAndSwap";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.batch = $root.flint.kv.BatchResult.decode(reader, reader.size(), $undefined, _depth + 1, message.batch);
                            message.result = "batch";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.flint.kv.StatusResult.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            message.result = "status";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.regions = $root.flint.kv.RegionsResult.decode(reader, reader.size(), $undefined, _depth + 1, message.regions);
                            message.result = "regions";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.transferLeader = $root.flint.kv.TransferLeaderResult.decode(reader, reader.size(), $undefined, _depth + 1, message.transferLeader);
                            message.result = "transferLeader";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.compact = $root.flint.kv.CompactResult.decode(reader, reader.size(), $undefined, _depth + 1, message.compact);
                            message.result = "compact";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.checksum = $root.flint.kv.ChecksumResult.decode(reader, reader.size(), $undefined, _depth + 1, message.checksum);
                            message.result = "checksum";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.splitRegion = $root.flint.kv.SplitRegionResult.decode(reader, reader.size(), $undefined, _depth + 1, message.splitRegion);
                            message.result = "splitRegion";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.allocateRegionIds = $root.flint.kv.AllocateRegionIdsResult.decode(reader, reader.size(), $undefined, _depth + 1, message.allocateRegionIds);
                            message.result = "allocateRegionIds";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.moveRegionHost = $root.flint.kv.MoveRegionHostResult.decode(reader, reader.size(), $undefined, _depth + 1, message.moveRegionHost);
                            message.result = "moveRegionHost";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.mergeRegion = $root.flint.kv.MergeRegionResult.decode(reader, reader.size(), $undefined, _depth + 1, message.mergeRegion);
                            message.result = "mergeRegion";
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.changeReplicas = $root.flint.kv.ChangeReplicasResult.decode(reader, reader.size(), $undefined, _depth + 1, message.changeReplicas);
                            message.result = "changeReplicas";
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            message.joinCluster = $root.flint.kv.JoinClusterResult.decode(reader, reader.size(), $undefined, _depth + 1, message.joinCluster);
                            message.result = "joinCluster";
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.removeMember = $root.flint.kv.RemoveMemberResult.decode(reader, reader.size(), $undefined, _depth + 1, message.removeMember);
                            message.result = "removeMember";
                            continue;
                        }
                    case 28: {
                            if (wireType !== 2)
                                break;
                            message.authenticate = $root.flint.kv.AuthenticateResult.decode(reader, reader.size(), $undefined, _depth + 1, message.authenticate);
                            message.result = "authenticate";
                            continue;
                        }
                    case 29: {
                            if (wireType !== 2)
                                break;
                            message.users = $root.flint.kv.UsersResult.decode(reader, reader.size(), $undefined, _depth + 1, message.users);
                            message.result = "users";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.flint.kv.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.result = "error";
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            message.exportRegion = $root.flint.kv.ExportRegionResult.decode(reader, reader.size(), $undefined, _depth + 1, message.exportRegion);
                            message.result = "exportRegion";
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

        return kv;
    })();

    flint.admin = (function() {

        /**
         * Namespace admin.
         * @memberof flint
         * @namespace
         */
        const admin = {};

        admin.MemberStatus = (function() {

            /**
             * Properties of a MemberStatus.
             * @typedef {Object} flint.admin.MemberStatus.$Properties
             * @property {number|Long|null} [nodeId] MemberStatus nodeId
             * @property {string|null} [peerAddress] MemberStatus peerAddress
             * @property {string|null} [clientAddress] MemberStatus clientAddress
             * @property {boolean|null} [up] MemberStatus up
             * @property {string|null} [incarnation] MemberStatus incarnation
             * @property {string|null} [state] MemberStatus state
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemberStatus.
             * @memberof flint.admin
             * @interface IMemberStatus
             * @augments flint.admin.MemberStatus.$Properties
             * @deprecated Use flint.admin.MemberStatus.$Properties instead.
             */

            /**
             * Shape of a MemberStatus.
             * @typedef {flint.admin.MemberStatus.$Properties} flint.admin.MemberStatus.$Shape
             */

            /**
             * Constructs a new MemberStatus.
             * @memberof flint.admin
             * @classdesc Represents a MemberStatus.
             * @constructor
             * @param {flint.admin.MemberStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemberStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemberStatus nodeId.
             * @member {number|Long} nodeId
             * @memberof flint.admin.MemberStatus
             * @instance
             */
            MemberStatus.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MemberStatus peerAddress.
             * @member {string} peerAddress
             * @memberof flint.admin.MemberStatus
             * @instance
             */
            MemberStatus.prototype.peerAddress = "";

            /**
             * MemberStatus clientAddress.
             * @member {string} clientAddress
             * @memberof flint.admin.MemberStatus
             * @instance
             */
            MemberStatus.prototype.clientAddress = "";

            /**
             * MemberStatus up.
             * @member {boolean} up
             * @memberof flint.admin.MemberStatus
             * @instance
             */
            MemberStatus.prototype.up = false;

            /**
             * MemberStatus incarnation.
             * @member {string} incarnation
             * @memberof flint.admin.MemberStatus
             * @instance
             */
            MemberStatus.prototype.incarnation = "";

            /**
             * MemberStatus state.
             * @member {string} state
             * @memberof flint.admin.MemberStatus
             * @instance
             */
            MemberStatus.prototype.state = "";

            /**
             * Encodes the specified MemberStatus message. Does not implicitly {@link flint.admin.MemberStatus.verify|verify} messages.
             * @function encode
             * @memberof flint.admin.MemberStatus
             * @static
             * @param {flint.admin.MemberStatus.$Properties} message MemberStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemberStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.peerAddress != null && $Object.hasOwnProperty.call(message, "peerAddress") && message.peerAddress !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.peerAddress);
                if (message.clientAddress != null && $Object.hasOwnProperty.call(message, "clientAddress") && message.clientAddress !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientAddress);
                if (message.up != null && $Object.hasOwnProperty.call(message, "up") && message.up !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.up);
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation") && message.incarnation !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.incarnation);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.state);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MemberStatus message from the specified reader or buffer.
             * @function decode
             * @memberof flint.admin.MemberStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.admin.MemberStatus & flint.admin.MemberStatus.$Shape} MemberStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemberStatus.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.admin.MemberStatus();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerAddress = value;
                            else
                                delete message.peerAddress;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientAddress = value;
                            else
                                delete message.clientAddress;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.up = value;
                            else
                                delete message.up;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.incarnation = value;
                            else
                                delete message.incarnation;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
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

            return MemberStatus;
        })();

        admin.NodeStatus = (function() {

            /**
             * Properties of a NodeStatus.
             * @typedef {Object} flint.admin.NodeStatus.$Properties
             * @property {number|Long|null} [nodeId] NodeStatus nodeId
             * @property {number|Long|null} [clusterId] NodeStatus clusterId
             * @property {string|null} [peerAddress] NodeStatus peerAddress
             * @property {string|null} [clientAddress] NodeStatus clientAddress
             * @property {string|null} [adminAddress] NodeStatus adminAddress
             * @property {number|Long|null} [uptimeMs] NodeStatus uptimeMs
             * @property {Array.<flint.admin.MemberStatus.$Properties>|null} [members] NodeStatus members
             * @property {string|null} [version] NodeStatus version
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeStatus.
             * @memberof flint.admin
             * @interface INodeStatus
             * @augments flint.admin.NodeStatus.$Properties
             * @deprecated Use flint.admin.NodeStatus.$Properties instead.
             */

            /**
             * Shape of a NodeStatus.
             * @typedef {flint.admin.NodeStatus.$Properties} flint.admin.NodeStatus.$Shape
             */

            /**
             * Constructs a new NodeStatus.
             * @memberof flint.admin
             * @classdesc Represents a NodeStatus.
             * @constructor
             * @param {flint.admin.NodeStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeStatus = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeStatus nodeId.
             * @member {number|Long} nodeId
             * @memberof flint.admin.NodeStatus
             * @instance
             */
            NodeStatus.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStatus clusterId.
             * @member {number|Long} clusterId
             * @memberof flint.admin.NodeStatus
             * @instance
             */
            NodeStatus.prototype.clusterId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStatus peerAddress.
             * @member {string} peerAddress
             * @memberof flint.admin.NodeStatus
             * @instance
             */
            NodeStatus.prototype.peerAddress = "";

            /**
             * NodeStatus clientAddress.
             * @member {string} clientAddress
             * @memberof flint.admin.NodeStatus
             * @instance
             */
            NodeStatus.prototype.clientAddress = "";

            /**
             * NodeStatus adminAddress.
             * @member {string} adminAddress
             * @memberof flint.admin.NodeStatus
             * @instance
             */
            NodeStatus.prototype.adminAddress = "";

            /**
             * NodeStatus uptimeMs.
             * @member {number|Long} uptimeMs
             * @memberof flint.admin.NodeStatus
             * @instance
             */
            NodeStatus.prototype.uptimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStatus members.
             * @member {Array.<flint.admin.MemberStatus.$Properties>} members
             * @memberof flint.admin.NodeStatus
             * @instance
             */
            NodeStatus.prototype.members = $util.emptyArray;

            /**
             * NodeStatus version.
             * @member {string} version
             * @memberof flint.admin.NodeStatus
             * @instance
             */
            NodeStatus.prototype.version = "";

            /**
             * Encodes the specified NodeStatus message. Does not implicitly {@link flint.admin.NodeStatus.verify|verify} messages.
             * @function encode
             * @memberof flint.admin.NodeStatus
             * @static
             * @param {flint.admin.NodeStatus.$Properties} message NodeStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && (typeof message.clusterId === "object" ? message.clusterId.low || message.clusterId.high : message.clusterId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.clusterId);
                if (message.peerAddress != null && $Object.hasOwnProperty.call(message, "peerAddress") && message.peerAddress !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.peerAddress);
                if (message.clientAddress != null && $Object.hasOwnProperty.call(message, "clientAddress") && message.clientAddress !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.clientAddress);
                if (message.adminAddress != null && $Object.hasOwnProperty.call(message, "adminAddress") && message.adminAddress !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.adminAddress);
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs") && (typeof message.uptimeMs === "object" ? message.uptimeMs.low || message.uptimeMs.high : message.uptimeMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.uptimeMs);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.flint.admin.MemberStatus.encode(message.members[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NodeStatus message from the specified reader or buffer.
             * @function decode
             * @memberof flint.admin.NodeStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.admin.NodeStatus & flint.admin.NodeStatus.$Shape} NodeStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeStatus.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.admin.NodeStatus();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerAddress = value;
                            else
                                delete message.peerAddress;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientAddress = value;
                            else
                                delete message.clientAddress;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.adminAddress = value;
                            else
                                delete message.adminAddress;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptimeMs = value;
                            else
                                delete message.uptimeMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.flint.admin.MemberStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
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

            return NodeStatus;
        })();

        /**
         * Role enum.
         * @name flint.admin.Role
         * @enum {number}
         * @property {number} FOLLOWER=0 FOLLOWER value
         * @property {number} PRE_CANDIDATE=1 PRE_CANDIDATE value
         * @property {number} CANDIDATE=2 CANDIDATE value
         * @property {number} LEADER=3 LEADER value
         * @property {number} LEARNER=4 LEARNER value
         */
        admin.Role = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "FOLLOWER"] = 0;
            values[valuesById[1] = "PRE_CANDIDATE"] = 1;
            values[valuesById[2] = "CANDIDATE"] = 2;
            values[valuesById[3] = "LEADER"] = 3;
            values[valuesById[4] = "LEARNER"] = 4;
            return values;
        })();

        admin.PeerProgress = (function() {

            /**
             * Properties of a PeerProgress.
             * @typedef {Object} flint.admin.PeerProgress.$Properties
             * @property {number|Long|null} [nodeId] PeerProgress nodeId
             * @property {number|Long|null} [matchIndex] PeerProgress matchIndex
             * @property {number|Long|null} [nextIndex] PeerProgress nextIndex
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerProgress.
             * @memberof flint.admin
             * @interface IPeerProgress
             * @augments flint.admin.PeerProgress.$Properties
             * @deprecated Use flint.admin.PeerProgress.$Properties instead.
             */

            /**
             * Shape of a PeerProgress.
             * @typedef {flint.admin.PeerProgress.$Properties} flint.admin.PeerProgress.$Shape
             */

            /**
             * Constructs a new PeerProgress.
             * @memberof flint.admin
             * @classdesc Represents a PeerProgress.
             * @constructor
             * @param {flint.admin.PeerProgress.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerProgress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerProgress nodeId.
             * @member {number|Long} nodeId
             * @memberof flint.admin.PeerProgress
             * @instance
             */
            PeerProgress.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PeerProgress matchIndex.
             * @member {number|Long} matchIndex
             * @memberof flint.admin.PeerProgress
             * @instance
             */
            PeerProgress.prototype.matchIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PeerProgress nextIndex.
             * @member {number|Long} nextIndex
             * @memberof flint.admin.PeerProgress
             * @instance
             */
            PeerProgress.prototype.nextIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified PeerProgress message. Does not implicitly {@link flint.admin.PeerProgress.verify|verify} messages.
             * @function encode
             * @memberof flint.admin.PeerProgress
             * @static
             * @param {flint.admin.PeerProgress.$Properties} message PeerProgress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerProgress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.matchIndex != null && $Object.hasOwnProperty.call(message, "matchIndex") && (typeof message.matchIndex === "object" ? message.matchIndex.low || message.matchIndex.high : message.matchIndex !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.matchIndex);
                if (message.nextIndex != null && $Object.hasOwnProperty.call(message, "nextIndex") && (typeof message.nextIndex === "object" ? message.nextIndex.low || message.nextIndex.high : message.nextIndex !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.nextIndex);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerProgress message from the specified reader or buffer.
             * @function decode
             * @memberof flint.admin.PeerProgress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.admin.PeerProgress & flint.admin.PeerProgress.$Shape} PeerProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerProgress.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.admin.PeerProgress();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.matchIndex = value;
                            else
                                delete message.matchIndex;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nextIndex = value;
                            else
                                delete message.nextIndex;
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

            return PeerProgress;
        })();

        /**
         * SnapshotDirection enum.
         * @name flint.admin.SnapshotDirection
         * @enum {number}
         * @property {number} SENDING=0 SENDING value
         * @property {number} RECEIVING=1 RECEIVING value
         */
        admin.SnapshotDirection = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SENDING"] = 0;
            values[valuesById[1] = "RECEIVING"] = 1;
            return values;
        })();

        admin.SnapshotTransfer = (function() {

            /**
             * Properties of a SnapshotTransfer.
             * @typedef {Object} flint.admin.SnapshotTransfer.$Properties
             * @property {flint.admin.SnapshotDirection|null} [direction] SnapshotTransfer direction
             * @property {number|Long|null} [peer] SnapshotTransfer peer
             * @property {number|Long|null} [snapshotIndex] SnapshotTransfer snapshotIndex
             * @property {number|Long|null} [bytes] SnapshotTransfer bytes
             * @property {number|Long|null} [totalBytes] SnapshotTransfer totalBytes
             * @property {number|Long|null} [elapsedMs] SnapshotTransfer elapsedMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotTransfer.
             * @memberof flint.admin
             * @interface ISnapshotTransfer
             * @augments flint.admin.SnapshotTransfer.$Properties
             * @deprecated Use flint.admin.SnapshotTransfer.$Properties instead.
             */

            /**
             * Shape of a SnapshotTransfer.
             * @typedef {flint.admin.SnapshotTransfer.$Properties} flint.admin.SnapshotTransfer.$Shape
             */

            /**
             * Constructs a new SnapshotTransfer.
             * @memberof flint.admin
             * @classdesc Represents a SnapshotTransfer.
             * @constructor
             * @param {flint.admin.SnapshotTransfer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotTransfer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotTransfer direction.
             * @member {flint.admin.SnapshotDirection} direction
             * @memberof flint.admin.SnapshotTransfer
             * @instance
             */
            SnapshotTransfer.prototype.direction = 0;

            /**
             * SnapshotTransfer peer.
             * @member {number|Long} peer
             * @memberof flint.admin.SnapshotTransfer
             * @instance
             */
            SnapshotTransfer.prototype.peer = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotTransfer snapshotIndex.
             * @member {number|Long} snapshotIndex
             * @memberof flint.admin.SnapshotTransfer
             * @instance
             */
            SnapshotTransfer.prototype.snapshotIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotTransfer bytes.
             * @member {number|Long} bytes
             * @memberof flint.admin.SnapshotTransfer
             * @instance
             */
            SnapshotTransfer.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotTransfer totalBytes.
             * @member {number|Long} totalBytes
             * @memberof flint.admin.SnapshotTransfer
             * @instance
             */
            SnapshotTransfer.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotTransfer elapsedMs.
             * @member {number|Long} elapsedMs
             * @memberof flint.admin.SnapshotTransfer
             * @instance
             */
            SnapshotTransfer.prototype.elapsedMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified SnapshotTransfer message. Does not implicitly {@link flint.admin.SnapshotTransfer.verify|verify} messages.
             * @function encode
             * @memberof flint.admin.SnapshotTransfer
             * @static
             * @param {flint.admin.SnapshotTransfer.$Properties} message SnapshotTransfer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotTransfer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction") && message.direction !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.direction);
                if (message.peer != null && $Object.hasOwnProperty.call(message, "peer") && (typeof message.peer === "object" ? message.peer.low || message.peer.high : message.peer !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.peer);
                if (message.snapshotIndex != null && $Object.hasOwnProperty.call(message, "snapshotIndex") && (typeof message.snapshotIndex === "object" ? message.snapshotIndex.low || message.snapshotIndex.high : message.snapshotIndex !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.snapshotIndex);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.bytes);
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes") && (typeof message.totalBytes === "object" ? message.totalBytes.low || message.totalBytes.high : message.totalBytes !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.totalBytes);
                if (message.elapsedMs != null && $Object.hasOwnProperty.call(message, "elapsedMs") && (typeof message.elapsedMs === "object" ? message.elapsedMs.low || message.elapsedMs.high : message.elapsedMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.elapsedMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SnapshotTransfer message from the specified reader or buffer.
             * @function decode
             * @memberof flint.admin.SnapshotTransfer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.admin.SnapshotTransfer & flint.admin.SnapshotTransfer.$Shape} SnapshotTransfer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotTransfer.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.admin.SnapshotTransfer();
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
                                message.direction = value;
                            else
                                delete message.direction;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.peer = value;
                            else
                                delete message.peer;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.snapshotIndex = value;
                            else
                                delete message.snapshotIndex;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalBytes = value;
                            else
                                delete message.totalBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.elapsedMs = value;
                            else
                                delete message.elapsedMs;
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

            return SnapshotTransfer;
        })();

        admin.GroupStatus = (function() {

            /**
             * Properties of a GroupStatus.
             * @typedef {Object} flint.admin.GroupStatus.$Properties
             * @property {number|Long|null} [groupId] GroupStatus groupId
             * @property {flint.admin.Role|null} [role] GroupStatus role
             * @property {number|Long|null} [term] GroupStatus term
             * @property {number|Long|null} [leader] GroupStatus leader
             * @property {number|Long|null} [commit] GroupStatus commit
             * @property {number|Long|null} [applied] GroupStatus applied
             * @property {number|Long|null} [firstIndex] GroupStatus firstIndex
             * @property {number|Long|null} [lastIndex] GroupStatus lastIndex
             * @property {number|Long|null} [logBytes] GroupStatus logBytes
             * @property {Array.<flint.admin.PeerProgress.$Properties>|null} [peers] GroupStatus peers
             * @property {Uint8Array|null} [startKey] GroupStatus startKey
             * @property {Uint8Array|null} [endKey] GroupStatus endKey
             * @property {number|Long|null} [confVersion] GroupStatus confVersion
             * @property {number|Long|null} [version] GroupStatus version
             * @property {Array.<flint.admin.SnapshotTransfer.$Properties>|null} [snapshots] GroupStatus snapshots
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GroupStatus.
             * @memberof flint.admin
             * @interface IGroupStatus
             * @augments flint.admin.GroupStatus.$Properties
             * @deprecated Use flint.admin.GroupStatus.$Properties instead.
             */

            /**
             * Shape of a GroupStatus.
             * @typedef {flint.admin.GroupStatus.$Properties} flint.admin.GroupStatus.$Shape
             */

            /**
             * Constructs a new GroupStatus.
             * @memberof flint.admin
             * @classdesc Represents a GroupStatus.
             * @constructor
             * @param {flint.admin.GroupStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GroupStatus = function (properties) {
                this.peers = [];
                this.snapshots = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GroupStatus groupId.
             * @member {number|Long} groupId
             * @memberof flint.admin.GroupStatus
             * @instance
             */
            GroupStatus.prototype.groupId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GroupStatus role.
             * @member {flint.admin.Role} role
             * @memberof flint.admin.GroupStatus
             * @instance
             */
            GroupStatus.prototype.role = 0;

            /**
             * GroupStatus term.
             * @member {number|Long} term
             * @memberof flint.admin.GroupStatus
             * @instance
             */
            GroupStatus.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GroupStatus leader.
             * @member {number|Long} leader
             * @memberof flint.admin.GroupStatus
             * @instance
             */
            GroupStatus.prototype.leader = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GroupStatus commit.
             * @member {number|Long} commit
             * @memberof flint.admin.GroupStatus
             * @instance
             */
            GroupStatus.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GroupStatus applied.
             * @member {number|Long} applied
             * @memberof flint.admin.GroupStatus
             * @instance
             */
            GroupStatus.prototype.applied = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GroupStatus firstIndex.
             * @member {number|Long} firstIndex
             * @memberof flint.admin.GroupStatus
             * @instance
             */
            GroupStatus.prototype.firstIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GroupStatus lastIndex.
             * @member {number|Long} lastIndex
             * @memberof flint.admin.GroupStatus
             * @instance
             */
            GroupStatus.prototype.lastIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GroupStatus logBytes.
             * @member {number|Long} logBytes
             * @memberof flint.admin.GroupStatus
             * @instance
             */
            GroupStatus.prototype.logBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GroupStatus peers.
             * @member {Array.<flint.admin.PeerProgress.$Properties>} peers
             * @memberof flint.admin.GroupStatus
             * @instance
             */
            GroupStatus.prototype.peers = $util.emptyArray;

            /**
             * GroupStatus startKey.
             * @member {Uint8Array} startKey
             * @memberof flint.admin.GroupStatus
             * @instance
             */
            GroupStatus.prototype.startKey = $util.newBuffer([]);

            /**
             * GroupStatus endKey.
             * @member {Uint8Array} endKey
             * @memberof flint.admin.GroupStatus
             * @instance
             */
            GroupStatus.prototype.endKey = $util.newBuffer([]);

            /**
             * GroupStatus confVersion.
             * @member {number|Long} confVersion
             * @memberof flint.admin.GroupStatus
             * @instance
             */
            GroupStatus.prototype.confVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GroupStatus version.
             * @member {number|Long} version
             * @memberof flint.admin.GroupStatus
             * @instance
             */
            GroupStatus.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GroupStatus snapshots.
             * @member {Array.<flint.admin.SnapshotTransfer.$Properties>} snapshots
             * @memberof flint.admin.GroupStatus
             * @instance
             */
            GroupStatus.prototype.snapshots = $util.emptyArray;

            /**
             * Encodes the specified GroupStatus message. Does not implicitly {@link flint.admin.GroupStatus.verify|verify} messages.
             * @function encode
             * @memberof flint.admin.GroupStatus
             * @static
             * @param {flint.admin.GroupStatus.$Properties} message GroupStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GroupStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && (typeof message.groupId === "object" ? message.groupId.low || message.groupId.high : message.groupId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.groupId);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.role);
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.term);
                if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && (typeof message.leader === "object" ? message.leader.low || message.leader.high : message.leader !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.leader);
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.commit);
                if (message.applied != null && $Object.hasOwnProperty.call(message, "applied") && (typeof message.applied === "object" ? message.applied.low || message.applied.high : message.applied !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.applied);
                if (message.firstIndex != null && $Object.hasOwnProperty.call(message, "firstIndex") && (typeof message.firstIndex === "object" ? message.firstIndex.low || message.firstIndex.high : message.firstIndex !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.firstIndex);
                if (message.lastIndex != null && $Object.hasOwnProperty.call(message, "lastIndex") && (typeof message.lastIndex === "object" ? message.lastIndex.low || message.lastIndex.high : message.lastIndex !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.lastIndex);
                if (message.logBytes != null && $Object.hasOwnProperty.call(message, "logBytes") && (typeof message.logBytes === "object" ? message.logBytes.low || message.logBytes.high : message.logBytes !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.logBytes);
                if (message.peers != null && message.peers.length)
                    for (let i = 0; i < message.peers.length; ++i)
                        $root.flint.admin.PeerProgress.encode(message.peers[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.startKey != null && $Object.hasOwnProperty.call(message, "startKey") && message.startKey.length)
                    writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.startKey);
                if (message.endKey != null && $Object.hasOwnProperty.call(message, "endKey") && message.endKey.length)
                    writer.uint32(/* id 12, wireType 2 =*/98).bytes(message.endKey);
                if (message.confVersion != null && $Object.hasOwnProperty.call(message, "confVersion") && (typeof message.confVersion === "object" ? message.confVersion.low || message.confVersion.high : message.confVersion !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.confVersion);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.version);
                if (message.snapshots != null && message.snapshots.length)
                    for (let i = 0; i < message.snapshots.length; ++i)
                        $root.flint.admin.SnapshotTransfer.encode(message.snapshots[i], writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GroupStatus message from the specified reader or buffer.
             * @function decode
             * @memberof flint.admin.GroupStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {flint.admin.GroupStatus & flint.admin.GroupStatus.$Shape} GroupStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GroupStatus.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.flint.admin.GroupStatus();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leader = value;
                            else
                                delete message.leader;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.commit = value;
                            else
                                delete message.commit;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.applied = value;
                            else
                                delete message.applied;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstIndex = value;
                            else
                                delete message.firstIndex;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastIndex = value;
                            else
                                delete message.lastIndex;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.logBytes = value;
                            else
                                delete message.logBytes;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.peers && message.peers.length))
                                message.peers = [];
                            message.peers.push($root.flint.admin.PeerProgress.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.startKey = value;
                            else
                                delete message.startKey;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.endKey = value;
                            else
                                delete message.endKey;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.confVersion = value;
                            else
                                delete message.confVersion;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (!(message.snapshots && message.snapshots.length))
                                message.snapshots = [];
                            message.snapshots.push($root.flint.admin.SnapshotTransfer.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return GroupStatus;
        })();

        return admin;
    })();

    return flint;
})();

export {
  $root as default
};
