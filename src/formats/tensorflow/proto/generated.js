/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const tensorflow = $root.tensorflow = (() => {

    /**
     * Namespace tensorflow.
     * @exports tensorflow
     * @namespace
     */
    const tensorflow = {};

    tensorflow.AttrValue = (function() {

        /**
         * Properties of an AttrValue.
         * @typedef {Object} tensorflow.AttrValue.$Properties
         * @property {Uint8Array|null} [s] AttrValue s
         * @property {number|Long|null} [i] AttrValue i
         * @property {number|null} [f] AttrValue f
         * @property {boolean|null} [b] AttrValue b
         * @property {tensorflow.DataType|null} [type] AttrValue type
         * @property {tensorflow.TensorShapeProto.$Properties|null} [shape] AttrValue shape
         * @property {tensorflow.TensorProto.$Properties|null} [tensor] AttrValue tensor
         * @property {tensorflow.AttrValue.ListValue.$Properties|null} [list] AttrValue list
         * @property {tensorflow.NameAttrList.$Properties|null} [func] AttrValue func
         * @property {string|null} [placeholder] AttrValue placeholder
         * @property {"s"|"i"|"f"|"b"|"type"|"shape"|"tensor"|"list"|"func"|"placeholder"} [value] AttrValue value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AttrValue.
         * @memberof tensorflow
         * @interface IAttrValue
         * @augments tensorflow.AttrValue.$Properties
         * @deprecated Use tensorflow.AttrValue.$Properties instead.
         */

        /**
         * Narrowed shape of an AttrValue.
         * @typedef {{
         *   s?: Uint8Array|null;
         *   i?: number|Long|null;
         *   f?: number|null;
         *   b?: boolean|null;
         *   type?: tensorflow.DataType|null;
         *   shape?: tensorflow.TensorShapeProto.$Shape|null;
         *   tensor?: tensorflow.TensorProto.$Shape|null;
         *   list?: tensorflow.AttrValue.ListValue.$Shape|null;
         *   func?: tensorflow.NameAttrList.$Shape|null;
         *   placeholder?: string|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ value?: undefined; s?: null; i?: null; f?: null; b?: null; type?: null; shape?: null; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "s"; s: Uint8Array; i?: null; f?: null; b?: null; type?: null; shape?: null; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "i"; s?: null; i: number|Long; f?: null; b?: null; type?: null; shape?: null; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "f"; s?: null; i?: null; f: number; b?: null; type?: null; shape?: null; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "b"; s?: null; i?: null; f?: null; b: boolean; type?: null; shape?: null; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "type"; s?: null; i?: null; f?: null; b?: null; type: tensorflow.DataType; shape?: null; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "shape"; s?: null; i?: null; f?: null; b?: null; type?: null; shape: tensorflow.TensorShapeProto.$Shape; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "tensor"; s?: null; i?: null; f?: null; b?: null; type?: null; shape?: null; tensor: tensorflow.TensorProto.$Shape; list?: null; func?: null; placeholder?: null }|{ value?: "list"; s?: null; i?: null; f?: null; b?: null; type?: null; shape?: null; tensor?: null; list: tensorflow.AttrValue.ListValue.$Shape; func?: null; placeholder?: null }|{ value?: "func"; s?: null; i?: null; f?: null; b?: null; type?: null; shape?: null; tensor?: null; list?: null; func: tensorflow.NameAttrList.$Shape; placeholder?: null }|{ value?: "placeholder"; s?: null; i?: null; f?: null; b?: null; type?: null; shape?: null; tensor?: null; list?: null; func?: null; placeholder: string })
         * )} tensorflow.AttrValue.$Shape
         */

        /**
         * Constructs a new AttrValue.
         * @memberof tensorflow
         * @classdesc Represents an AttrValue.
         * @constructor
         * @param {tensorflow.AttrValue.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AttrValue = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AttrValue s.
         * @member {Uint8Array|null|undefined} s
         * @memberof tensorflow.AttrValue
         * @instance
         */
        AttrValue.prototype.s = null;

        /**
         * AttrValue i.
         * @member {number|Long|null|undefined} i
         * @memberof tensorflow.AttrValue
         * @instance
         */
        AttrValue.prototype.i = null;

        /**
         * AttrValue f.
         * @member {number|null|undefined} f
         * @memberof tensorflow.AttrValue
         * @instance
         */
        AttrValue.prototype.f = null;

        /**
         * AttrValue b.
         * @member {boolean|null|undefined} b
         * @memberof tensorflow.AttrValue
         * @instance
         */
        AttrValue.prototype.b = null;

        /**
         * AttrValue type.
         * @member {tensorflow.DataType|null|undefined} type
         * @memberof tensorflow.AttrValue
         * @instance
         */
        AttrValue.prototype.type = null;

        /**
         * AttrValue shape.
         * @member {tensorflow.TensorShapeProto.$Properties|null|undefined} shape
         * @memberof tensorflow.AttrValue
         * @instance
         */
        AttrValue.prototype.shape = null;

        /**
         * AttrValue tensor.
         * @member {tensorflow.TensorProto.$Properties|null|undefined} tensor
         * @memberof tensorflow.AttrValue
         * @instance
         */
        AttrValue.prototype.tensor = null;

        /**
         * AttrValue list.
         * @member {tensorflow.AttrValue.ListValue.$Properties|null|undefined} list
         * @memberof tensorflow.AttrValue
         * @instance
         */
        AttrValue.prototype.list = null;

        /**
         * AttrValue func.
         * @member {tensorflow.NameAttrList.$Properties|null|undefined} func
         * @memberof tensorflow.AttrValue
         * @instance
         */
        AttrValue.prototype.func = null;

        /**
         * AttrValue placeholder.
         * @member {string|null|undefined} placeholder
         * @memberof tensorflow.AttrValue
         * @instance
         */
        AttrValue.prototype.placeholder = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * AttrValue value.
         * @member {"s"|"i"|"f"|"b"|"type"|"shape"|"tensor"|"list"|"func"|"placeholder"|undefined} value
         * @memberof tensorflow.AttrValue
         * @instance
         */
        $Object.defineProperty(AttrValue.prototype, "value", {
            get: $util.oneOfGetter($oneOfFields = ["s", "i", "f", "b", "type", "shape", "tensor", "list", "func", "placeholder"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new AttrValue instance using the specified properties.
         * @function create
         * @memberof tensorflow.AttrValue
         * @static
         * @param {tensorflow.AttrValue.$Properties=} [properties] Properties to set
         * @returns {tensorflow.AttrValue} AttrValue instance
         * @type {{
         *   (properties: tensorflow.AttrValue.$Shape): tensorflow.AttrValue & tensorflow.AttrValue.$Shape;
         *   (properties?: tensorflow.AttrValue.$Properties): tensorflow.AttrValue;
         * }}
         */
        AttrValue.create = function(properties) {
            return new AttrValue(properties);
        };

        /**
         * Encodes the specified AttrValue message. Does not implicitly {@link tensorflow.AttrValue.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.AttrValue
         * @static
         * @param {tensorflow.AttrValue.$Properties} message AttrValue message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttrValue.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.list != null && $Object.hasOwnProperty.call(message, "list"))
                $root.tensorflow.AttrValue.ListValue.encode(message.list, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.s != null && $Object.hasOwnProperty.call(message, "s"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.s);
            if (message.i != null && $Object.hasOwnProperty.call(message, "i"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.i);
            if (message.f != null && $Object.hasOwnProperty.call(message, "f"))
                writer.uint32(/* id 4, wireType 5 =*/37).float(message.f);
            if (message.b != null && $Object.hasOwnProperty.call(message, "b"))
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.b);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 6, wireType 0 =*/48).int32(message.type);
            if (message.shape != null && $Object.hasOwnProperty.call(message, "shape"))
                $root.tensorflow.TensorShapeProto.encode(message.shape, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.tensor != null && $Object.hasOwnProperty.call(message, "tensor"))
                $root.tensorflow.TensorProto.encode(message.tensor, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.placeholder != null && $Object.hasOwnProperty.call(message, "placeholder"))
                writer.uint32(/* id 9, wireType 2 =*/74).string(message.placeholder);
            if (message.func != null && $Object.hasOwnProperty.call(message, "func"))
                $root.tensorflow.NameAttrList.encode(message.func, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AttrValue message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.AttrValue
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.AttrValue & tensorflow.AttrValue.$Shape} AttrValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttrValue.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.AttrValue();
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
                        message.s = reader.bytes();
                        message.value = "s";
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.i = reader.int64();
                        message.value = "i";
                        continue;
                    }
                case 4: {
                        if (wireType !== 5)
                            break;
                        message.f = reader.float();
                        message.value = "f";
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        message.b = reader.bool();
                        message.value = "b";
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        message.type = reader.int32();
                        message.value = "type";
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.shape = $root.tensorflow.TensorShapeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.shape);
                        message.value = "shape";
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.tensor = $root.tensorflow.TensorProto.decode(reader, reader.size(), $undefined, _depth + 1, message.tensor);
                        message.value = "tensor";
                        continue;
                    }
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.list = $root.tensorflow.AttrValue.ListValue.decode(reader, reader.size(), $undefined, _depth + 1, message.list);
                        message.value = "list";
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.func = $root.tensorflow.NameAttrList.decode(reader, reader.size(), $undefined, _depth + 1, message.func);
                        message.value = "func";
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.placeholder = reader.stringVerify();
                        message.value = "placeholder";
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

        /**
         * Gets the type url for AttrValue
         * @function getTypeUrl
         * @memberof tensorflow.AttrValue
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AttrValue.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.AttrValue";
        };

        AttrValue.ListValue = (function() {

            /**
             * Properties of a ListValue.
             * @typedef {Object} tensorflow.AttrValue.ListValue.$Properties
             * @property {Array.<Uint8Array>|null} [s] ListValue s
             * @property {Array.<number|Long>|null} [i] ListValue i
             * @property {Array.<number>|null} [f] ListValue f
             * @property {Array.<boolean>|null} [b] ListValue b
             * @property {Array.<tensorflow.DataType>|null} [type] ListValue type
             * @property {Array.<tensorflow.TensorShapeProto.$Properties>|null} [shape] ListValue shape
             * @property {Array.<tensorflow.TensorProto.$Properties>|null} [tensor] ListValue tensor
             * @property {Array.<tensorflow.NameAttrList.$Properties>|null} [func] ListValue func
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListValue.
             * @memberof tensorflow.AttrValue
             * @interface IListValue
             * @augments tensorflow.AttrValue.ListValue.$Properties
             * @deprecated Use tensorflow.AttrValue.ListValue.$Properties instead.
             */

            /**
             * Shape of a ListValue.
             * @typedef {{
             *   s?: Array.<Uint8Array>|null;
             *   i?: Array.<number|Long>|null;
             *   f?: Array.<number>|null;
             *   b?: Array.<boolean>|null;
             *   type?: Array.<tensorflow.DataType>|null;
             *   shape?: Array.<tensorflow.TensorShapeProto.$Shape>|null;
             *   tensor?: Array.<tensorflow.TensorProto.$Shape>|null;
             *   func?: Array.<tensorflow.NameAttrList.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tensorflow.AttrValue.ListValue.$Shape
             */

            /**
             * Constructs a new ListValue.
             * @memberof tensorflow.AttrValue
             * @classdesc Represents a ListValue.
             * @constructor
             * @param {tensorflow.AttrValue.ListValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListValue = function (properties) {
                this.s = [];
                this.i = [];
                this.f = [];
                this.b = [];
                this.type = [];
                this.shape = [];
                this.tensor = [];
                this.func = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListValue s.
             * @member {Array.<Uint8Array>} s
             * @memberof tensorflow.AttrValue.ListValue
             * @instance
             */
            ListValue.prototype.s = $util.emptyArray;

            /**
             * ListValue i.
             * @member {Array.<number|Long>} i
             * @memberof tensorflow.AttrValue.ListValue
             * @instance
             */
            ListValue.prototype.i = $util.emptyArray;

            /**
             * ListValue f.
             * @member {Array.<number>} f
             * @memberof tensorflow.AttrValue.ListValue
             * @instance
             */
            ListValue.prototype.f = $util.emptyArray;

            /**
             * ListValue b.
             * @member {Array.<boolean>} b
             * @memberof tensorflow.AttrValue.ListValue
             * @instance
             */
            ListValue.prototype.b = $util.emptyArray;

            /**
             * ListValue type.
             * @member {Array.<tensorflow.DataType>} type
             * @memberof tensorflow.AttrValue.ListValue
             * @instance
             */
            ListValue.prototype.type = $util.emptyArray;

            /**
             * ListValue shape.
             * @member {Array.<tensorflow.TensorShapeProto.$Properties>} shape
             * @memberof tensorflow.AttrValue.ListValue
             * @instance
             */
            ListValue.prototype.shape = $util.emptyArray;

            /**
             * ListValue tensor.
             * @member {Array.<tensorflow.TensorProto.$Properties>} tensor
             * @memberof tensorflow.AttrValue.ListValue
             * @instance
             */
            ListValue.prototype.tensor = $util.emptyArray;

            /**
             * ListValue func.
             * @member {Array.<tensorflow.NameAttrList.$Properties>} func
             * @memberof tensorflow.AttrValue.ListValue
             * @instance
             */
            ListValue.prototype.func = $util.emptyArray;

            /**
             * Creates a new ListValue instance using the specified properties.
             * @function create
             * @memberof tensorflow.AttrValue.ListValue
             * @static
             * @param {tensorflow.AttrValue.ListValue.$Properties=} [properties] Properties to set
             * @returns {tensorflow.AttrValue.ListValue} ListValue instance
             * @type {{
             *   (properties: tensorflow.AttrValue.ListValue.$Shape): tensorflow.AttrValue.ListValue & tensorflow.AttrValue.ListValue.$Shape;
             *   (properties?: tensorflow.AttrValue.ListValue.$Properties): tensorflow.AttrValue.ListValue;
             * }}
             */
            ListValue.create = function(properties) {
                return new ListValue(properties);
            };

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link tensorflow.AttrValue.ListValue.verify|verify} messages.
             * @function encode
             * @memberof tensorflow.AttrValue.ListValue
             * @static
             * @param {tensorflow.AttrValue.ListValue.$Properties} message ListValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.s != null && message.s.length)
                    for (let i = 0; i < message.s.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.s[i]);
                if (message.i != null && message.i.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).int64s(message.i);
                if (message.f != null && message.f.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).floats(message.f);
                if (message.b != null && message.b.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bools(message.b);
                if (message.type != null && message.type.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).int32s(message.type);
                if (message.shape != null && message.shape.length)
                    for (let i = 0; i < message.shape.length; ++i)
                        $root.tensorflow.TensorShapeProto.encode(message.shape[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.tensor != null && message.tensor.length)
                    for (let i = 0; i < message.tensor.length; ++i)
                        $root.tensorflow.TensorProto.encode(message.tensor[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.func != null && message.func.length)
                    for (let i = 0; i < message.func.length; ++i)
                        $root.tensorflow.NameAttrList.encode(message.func[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @function decode
             * @memberof tensorflow.AttrValue.ListValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorflow.AttrValue.ListValue & tensorflow.AttrValue.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListValue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.tensorflow.AttrValue.ListValue();
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
                            if (!(message.s && message.s.length))
                                message.s = [];
                            message.s.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.i && message.i.length))
                                    message.i = [];
                                reader.int64s(message.i);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.i && message.i.length))
                                message.i = [];
                            message.i.push(reader.int64());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.f && message.f.length))
                                    message.f = [];
                                reader.floats(message.f);
                                continue;
                            }
                            if (wireType !== 5)
                                break;
                            if (!(message.f && message.f.length))
                                message.f = [];
                            message.f.push(reader.float());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.b && message.b.length))
                                    message.b = [];
                                reader.bools(message.b);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.b && message.b.length))
                                message.b = [];
                            message.b.push(reader.bool());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.type && message.type.length))
                                    message.type = [];
                                reader.int32s(message.type);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.type && message.type.length))
                                message.type = [];
                            message.type.push(reader.int32());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.shape && message.shape.length))
                                message.shape = [];
                            message.shape.push($root.tensorflow.TensorShapeProto.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tensor && message.tensor.length))
                                message.tensor = [];
                            message.tensor.push($root.tensorflow.TensorProto.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.func && message.func.length))
                                message.func = [];
                            message.func.push($root.tensorflow.NameAttrList.decode(reader, reader.size(), $undefined, _depth + 1));
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

            /**
             * Gets the type url for ListValue
             * @function getTypeUrl
             * @memberof tensorflow.AttrValue.ListValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tensorflow.AttrValue.ListValue";
            };

            return ListValue;
        })();

        return AttrValue;
    })();

    tensorflow.NameAttrList = (function() {

        /**
         * Properties of a NameAttrList.
         * @typedef {Object} tensorflow.NameAttrList.$Properties
         * @property {string|null} [name] NameAttrList name
         * @property {Object.<string,tensorflow.AttrValue.$Properties>|null} [attr] NameAttrList attr
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NameAttrList.
         * @memberof tensorflow
         * @interface INameAttrList
         * @augments tensorflow.NameAttrList.$Properties
         * @deprecated Use tensorflow.NameAttrList.$Properties instead.
         */

        /**
         * Shape of a NameAttrList.
         * @typedef {{
         *   name?: string|null;
         *   attr?: Object.<string,tensorflow.AttrValue.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tensorflow.NameAttrList.$Shape
         */

        /**
         * Constructs a new NameAttrList.
         * @memberof tensorflow
         * @classdesc Represents a NameAttrList.
         * @constructor
         * @param {tensorflow.NameAttrList.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NameAttrList = function (properties) {
            this.attr = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NameAttrList name.
         * @member {string} name
         * @memberof tensorflow.NameAttrList
         * @instance
         */
        NameAttrList.prototype.name = "";

        /**
         * NameAttrList attr.
         * @member {Object.<string,tensorflow.AttrValue.$Properties>} attr
         * @memberof tensorflow.NameAttrList
         * @instance
         */
        NameAttrList.prototype.attr = $util.emptyObject;

        /**
         * Creates a new NameAttrList instance using the specified properties.
         * @function create
         * @memberof tensorflow.NameAttrList
         * @static
         * @param {tensorflow.NameAttrList.$Properties=} [properties] Properties to set
         * @returns {tensorflow.NameAttrList} NameAttrList instance
         * @type {{
         *   (properties: tensorflow.NameAttrList.$Shape): tensorflow.NameAttrList & tensorflow.NameAttrList.$Shape;
         *   (properties?: tensorflow.NameAttrList.$Properties): tensorflow.NameAttrList;
         * }}
         */
        NameAttrList.create = function(properties) {
            return new NameAttrList(properties);
        };

        /**
         * Encodes the specified NameAttrList message. Does not implicitly {@link tensorflow.NameAttrList.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.NameAttrList
         * @static
         * @param {tensorflow.NameAttrList.$Properties} message NameAttrList message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NameAttrList.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.attr != null && $Object.hasOwnProperty.call(message, "attr"))
                for (let keys = $Object.keys(message.attr), i = 0; i < keys.length; ++i) {
                    writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                    $root.tensorflow.AttrValue.encode(message.attr[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                }
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a NameAttrList message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.NameAttrList
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.NameAttrList & tensorflow.NameAttrList.$Shape} NameAttrList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NameAttrList.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.NameAttrList();
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
                        if (message.attr === $util.emptyObject)
                            message.attr = {};
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
                                value = $root.tensorflow.AttrValue.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.attr, key);
                        message.attr[key] = value || new $root.tensorflow.AttrValue();
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

        /**
         * Gets the type url for NameAttrList
         * @function getTypeUrl
         * @memberof tensorflow.NameAttrList
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NameAttrList.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.NameAttrList";
        };

        return NameAttrList;
    })();

    tensorflow.TensorProto = (function() {

        /**
         * Properties of a TensorProto.
         * @typedef {Object} tensorflow.TensorProto.$Properties
         * @property {tensorflow.DataType|null} [dtype] TensorProto dtype
         * @property {tensorflow.TensorShapeProto.$Properties|null} [tensorShape] TensorProto tensorShape
         * @property {number|null} [versionNumber] TensorProto versionNumber
         * @property {Uint8Array|null} [tensorContent] TensorProto tensorContent
         * @property {Array.<number>|null} [halfVal] TensorProto halfVal
         * @property {Array.<number>|null} [floatVal] TensorProto floatVal
         * @property {Array.<number>|null} [doubleVal] TensorProto doubleVal
         * @property {Array.<number>|null} [intVal] TensorProto intVal
         * @property {Array.<Uint8Array>|null} [stringVal] TensorProto stringVal
         * @property {Array.<number>|null} [scomplexVal] TensorProto scomplexVal
         * @property {Array.<number|Long>|null} [int64Val] TensorProto int64Val
         * @property {Array.<boolean>|null} [boolVal] TensorProto boolVal
         * @property {Array.<number>|null} [dcomplexVal] TensorProto dcomplexVal
         * @property {Array.<number>|null} [uint32Val] TensorProto uint32Val
         * @property {Array.<number|Long>|null} [uint64Val] TensorProto uint64Val
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorProto.
         * @memberof tensorflow
         * @interface ITensorProto
         * @augments tensorflow.TensorProto.$Properties
         * @deprecated Use tensorflow.TensorProto.$Properties instead.
         */

        /**
         * Shape of a TensorProto.
         * @typedef {tensorflow.TensorProto.$Properties} tensorflow.TensorProto.$Shape
         */

        /**
         * Constructs a new TensorProto.
         * @memberof tensorflow
         * @classdesc Represents a TensorProto.
         * @constructor
         * @param {tensorflow.TensorProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorProto = function (properties) {
            this.halfVal = [];
            this.floatVal = [];
            this.doubleVal = [];
            this.intVal = [];
            this.stringVal = [];
            this.scomplexVal = [];
            this.int64Val = [];
            this.boolVal = [];
            this.dcomplexVal = [];
            this.uint32Val = [];
            this.uint64Val = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TensorProto dtype.
         * @member {tensorflow.DataType} dtype
         * @memberof tensorflow.TensorProto
         * @instance
         */
        TensorProto.prototype.dtype = 0;

        /**
         * TensorProto tensorShape.
         * @member {tensorflow.TensorShapeProto.$Properties|null|undefined} tensorShape
         * @memberof tensorflow.TensorProto
         * @instance
         */
        TensorProto.prototype.tensorShape = null;

        /**
         * TensorProto versionNumber.
         * @member {number} versionNumber
         * @memberof tensorflow.TensorProto
         * @instance
         */
        TensorProto.prototype.versionNumber = 0;

        /**
         * TensorProto tensorContent.
         * @member {Uint8Array} tensorContent
         * @memberof tensorflow.TensorProto
         * @instance
         */
        TensorProto.prototype.tensorContent = $util.newBuffer([]);

        /**
         * TensorProto halfVal.
         * @member {Array.<number>} halfVal
         * @memberof tensorflow.TensorProto
         * @instance
         */
        TensorProto.prototype.halfVal = $util.emptyArray;

        /**
         * TensorProto floatVal.
         * @member {Array.<number>} floatVal
         * @memberof tensorflow.TensorProto
         * @instance
         */
        TensorProto.prototype.floatVal = $util.emptyArray;

        /**
         * TensorProto doubleVal.
         * @member {Array.<number>} doubleVal
         * @memberof tensorflow.TensorProto
         * @instance
         */
        TensorProto.prototype.doubleVal = $util.emptyArray;

        /**
         * TensorProto intVal.
         * @member {Array.<number>} intVal
         * @memberof tensorflow.TensorProto
         * @instance
         */
        TensorProto.prototype.intVal = $util.emptyArray;

        /**
         * TensorProto stringVal.
         * @member {Array.<Uint8Array>} stringVal
         * @memberof tensorflow.TensorProto
         * @instance
         */
        TensorProto.prototype.stringVal = $util.emptyArray;

        /**
         * TensorProto scomplexVal.
         * @member {Array.<number>} scomplexVal
         * @memberof tensorflow.TensorProto
         * @instance
         */
        TensorProto.prototype.scomplexVal = $util.emptyArray;

        /**
         * TensorProto int64Val.
         * @member {Array.<number|Long>} int64Val
         * @memberof tensorflow.TensorProto
         * @instance
         */
        TensorProto.prototype.int64Val = $util.emptyArray;

        /**
         * TensorProto boolVal.
         * @member {Array.<boolean>} boolVal
         * @memberof tensorflow.TensorProto
         * @instance
         */
        TensorProto.prototype.boolVal = $util.emptyArray;

        /**
         * TensorProto dcomplexVal.
         * @member {Array.<number>} dcomplexVal
         * @memberof tensorflow.TensorProto
         * @instance
         */
        TensorProto.prototype.dcomplexVal = $util.emptyArray;

        /**
         * TensorProto uint32Val.
         * @member {Array.<number>} uint32Val
         * @memberof tensorflow.TensorProto
         * @instance
         */
        TensorProto.prototype.uint32Val = $util.emptyArray;

        /**
         * TensorProto uint64Val.
         * @member {Array.<number|Long>} uint64Val
         * @memberof tensorflow.TensorProto
         * @instance
         */
        TensorProto.prototype.uint64Val = $util.emptyArray;

        /**
         * Creates a new TensorProto instance using the specified properties.
         * @function create
         * @memberof tensorflow.TensorProto
         * @static
         * @param {tensorflow.TensorProto.$Properties=} [properties] Properties to set
         * @returns {tensorflow.TensorProto} TensorProto instance
         * @type {{
         *   (properties: tensorflow.TensorProto.$Shape): tensorflow.TensorProto & tensorflow.TensorProto.$Shape;
         *   (properties?: tensorflow.TensorProto.$Properties): tensorflow.TensorProto;
         * }}
         */
        TensorProto.create = function(properties) {
            return new TensorProto(properties);
        };

        /**
         * Encodes the specified TensorProto message. Does not implicitly {@link tensorflow.TensorProto.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.TensorProto
         * @static
         * @param {tensorflow.TensorProto.$Properties} message TensorProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype") && message.dtype !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.dtype);
            if (message.tensorShape != null && $Object.hasOwnProperty.call(message, "tensorShape"))
                $root.tensorflow.TensorShapeProto.encode(message.tensorShape, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.versionNumber != null && $Object.hasOwnProperty.call(message, "versionNumber") && message.versionNumber !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.versionNumber);
            if (message.tensorContent != null && $Object.hasOwnProperty.call(message, "tensorContent") && message.tensorContent.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.tensorContent);
            if (message.floatVal != null && message.floatVal.length)
                writer.uint32(/* id 5, wireType 2 =*/42).floats(message.floatVal);
            if (message.doubleVal != null && message.doubleVal.length)
                writer.uint32(/* id 6, wireType 2 =*/50).doubles(message.doubleVal);
            if (message.intVal != null && message.intVal.length)
                writer.uint32(/* id 7, wireType 2 =*/58).int32s(message.intVal);
            if (message.stringVal != null && message.stringVal.length)
                for (let i = 0; i < message.stringVal.length; ++i)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.stringVal[i]);
            if (message.scomplexVal != null && message.scomplexVal.length)
                writer.uint32(/* id 9, wireType 2 =*/74).floats(message.scomplexVal);
            if (message.int64Val != null && message.int64Val.length)
                writer.uint32(/* id 10, wireType 2 =*/82).int64s(message.int64Val);
            if (message.boolVal != null && message.boolVal.length)
                writer.uint32(/* id 11, wireType 2 =*/90).bools(message.boolVal);
            if (message.dcomplexVal != null && message.dcomplexVal.length)
                writer.uint32(/* id 12, wireType 2 =*/98).doubles(message.dcomplexVal);
            if (message.halfVal != null && message.halfVal.length)
                writer.uint32(/* id 13, wireType 2 =*/106).int32s(message.halfVal);
            if (message.uint32Val != null && message.uint32Val.length)
                writer.uint32(/* id 16, wireType 2 =*/130).uint32s(message.uint32Val);
            if (message.uint64Val != null && message.uint64Val.length)
                writer.uint32(/* id 17, wireType 2 =*/138).uint64s(message.uint64Val);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TensorProto message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.TensorProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.TensorProto & tensorflow.TensorProto.$Shape} TensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorProto.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.TensorProto();
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
                            message.dtype = value;
                        else
                            delete message.dtype;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.tensorShape = $root.tensorflow.TensorShapeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.tensorShape);
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.versionNumber = value;
                        else
                            delete message.versionNumber;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.tensorContent = value;
                        else
                            delete message.tensorContent;
                        continue;
                    }
                case 13: {
                        if (wireType === 2) {
                            if (!(message.halfVal && message.halfVal.length))
                                message.halfVal = [];
                            reader.int32s(message.halfVal);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.halfVal && message.halfVal.length))
                            message.halfVal = [];
                        message.halfVal.push(reader.int32());
                        continue;
                    }
                case 5: {
                        if (wireType === 2) {
                            if (!(message.floatVal && message.floatVal.length))
                                message.floatVal = [];
                            reader.floats(message.floatVal);
                            continue;
                        }
                        if (wireType !== 5)
                            break;
                        if (!(message.floatVal && message.floatVal.length))
                            message.floatVal = [];
                        message.floatVal.push(reader.float());
                        continue;
                    }
                case 6: {
                        if (wireType === 2) {
                            if (!(message.doubleVal && message.doubleVal.length))
                                message.doubleVal = [];
                            reader.doubles(message.doubleVal);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.doubleVal && message.doubleVal.length))
                            message.doubleVal = [];
                        message.doubleVal.push(reader.double());
                        continue;
                    }
                case 7: {
                        if (wireType === 2) {
                            if (!(message.intVal && message.intVal.length))
                                message.intVal = [];
                            reader.int32s(message.intVal);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.intVal && message.intVal.length))
                            message.intVal = [];
                        message.intVal.push(reader.int32());
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if (!(message.stringVal && message.stringVal.length))
                            message.stringVal = [];
                        message.stringVal.push(reader.bytes());
                        continue;
                    }
                case 9: {
                        if (wireType === 2) {
                            if (!(message.scomplexVal && message.scomplexVal.length))
                                message.scomplexVal = [];
                            reader.floats(message.scomplexVal);
                            continue;
                        }
                        if (wireType !== 5)
                            break;
                        if (!(message.scomplexVal && message.scomplexVal.length))
                            message.scomplexVal = [];
                        message.scomplexVal.push(reader.float());
                        continue;
                    }
                case 10: {
                        if (wireType === 2) {
                            if (!(message.int64Val && message.int64Val.length))
                                message.int64Val = [];
                            reader.int64s(message.int64Val);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.int64Val && message.int64Val.length))
                            message.int64Val = [];
                        message.int64Val.push(reader.int64());
                        continue;
                    }
                case 11: {
                        if (wireType === 2) {
                            if (!(message.boolVal && message.boolVal.length))
                                message.boolVal = [];
                            reader.bools(message.boolVal);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.boolVal && message.boolVal.length))
                            message.boolVal = [];
                        message.boolVal.push(reader.bool());
                        continue;
                    }
                case 12: {
                        if (wireType === 2) {
                            if (!(message.dcomplexVal && message.dcomplexVal.length))
                                message.dcomplexVal = [];
                            reader.doubles(message.dcomplexVal);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.dcomplexVal && message.dcomplexVal.length))
                            message.dcomplexVal = [];
                        message.dcomplexVal.push(reader.double());
                        continue;
                    }
                case 16: {
                        if (wireType === 2) {
                            if (!(message.uint32Val && message.uint32Val.length))
                                message.uint32Val = [];
                            reader.uint32s(message.uint32Val);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.uint32Val && message.uint32Val.length))
                            message.uint32Val = [];
                        message.uint32Val.push(reader.uint32());
                        continue;
                    }
                case 17: {
                        if (wireType === 2) {
                            if (!(message.uint64Val && message.uint64Val.length))
                                message.uint64Val = [];
                            reader.uint64s(message.uint64Val);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.uint64Val && message.uint64Val.length))
                            message.uint64Val = [];
                        message.uint64Val.push(reader.uint64());
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

        /**
         * Gets the type url for TensorProto
         * @function getTypeUrl
         * @memberof tensorflow.TensorProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.TensorProto";
        };

        return TensorProto;
    })();

    tensorflow.TensorShapeProto = (function() {

        /**
         * Properties of a TensorShapeProto.
         * @typedef {Object} tensorflow.TensorShapeProto.$Properties
         * @property {Array.<tensorflow.TensorShapeProto.Dim.$Properties>|null} [dim] TensorShapeProto dim
         * @property {boolean|null} [unknownRank] TensorShapeProto unknownRank
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorShapeProto.
         * @memberof tensorflow
         * @interface ITensorShapeProto
         * @augments tensorflow.TensorShapeProto.$Properties
         * @deprecated Use tensorflow.TensorShapeProto.$Properties instead.
         */

        /**
         * Shape of a TensorShapeProto.
         * @typedef {tensorflow.TensorShapeProto.$Properties} tensorflow.TensorShapeProto.$Shape
         */

        /**
         * Constructs a new TensorShapeProto.
         * @memberof tensorflow
         * @classdesc Represents a TensorShapeProto.
         * @constructor
         * @param {tensorflow.TensorShapeProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorShapeProto = function (properties) {
            this.dim = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TensorShapeProto dim.
         * @member {Array.<tensorflow.TensorShapeProto.Dim.$Properties>} dim
         * @memberof tensorflow.TensorShapeProto
         * @instance
         */
        TensorShapeProto.prototype.dim = $util.emptyArray;

        /**
         * TensorShapeProto unknownRank.
         * @member {boolean} unknownRank
         * @memberof tensorflow.TensorShapeProto
         * @instance
         */
        TensorShapeProto.prototype.unknownRank = false;

        /**
         * Creates a new TensorShapeProto instance using the specified properties.
         * @function create
         * @memberof tensorflow.TensorShapeProto
         * @static
         * @param {tensorflow.TensorShapeProto.$Properties=} [properties] Properties to set
         * @returns {tensorflow.TensorShapeProto} TensorShapeProto instance
         * @type {{
         *   (properties: tensorflow.TensorShapeProto.$Shape): tensorflow.TensorShapeProto & tensorflow.TensorShapeProto.$Shape;
         *   (properties?: tensorflow.TensorShapeProto.$Properties): tensorflow.TensorShapeProto;
         * }}
         */
        TensorShapeProto.create = function(properties) {
            return new TensorShapeProto(properties);
        };

        /**
         * Encodes the specified TensorShapeProto message. Does not implicitly {@link tensorflow.TensorShapeProto.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.TensorShapeProto
         * @static
         * @param {tensorflow.TensorShapeProto.$Properties} message TensorShapeProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorShapeProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.dim != null && message.dim.length)
                for (let i = 0; i < message.dim.length; ++i)
                    $root.tensorflow.TensorShapeProto.Dim.encode(message.dim[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.unknownRank != null && $Object.hasOwnProperty.call(message, "unknownRank") && message.unknownRank !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.unknownRank);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TensorShapeProto message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.TensorShapeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.TensorShapeProto & tensorflow.TensorShapeProto.$Shape} TensorShapeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorShapeProto.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.TensorShapeProto();
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
                        if (!(message.dim && message.dim.length))
                            message.dim = [];
                        message.dim.push($root.tensorflow.TensorShapeProto.Dim.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.unknownRank = value;
                        else
                            delete message.unknownRank;
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

        /**
         * Gets the type url for TensorShapeProto
         * @function getTypeUrl
         * @memberof tensorflow.TensorShapeProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorShapeProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.TensorShapeProto";
        };

        TensorShapeProto.Dim = (function() {

            /**
             * Properties of a Dim.
             * @typedef {Object} tensorflow.TensorShapeProto.Dim.$Properties
             * @property {number|Long|null} [size] Dim size
             * @property {string|null} [name] Dim name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Dim.
             * @memberof tensorflow.TensorShapeProto
             * @interface IDim
             * @augments tensorflow.TensorShapeProto.Dim.$Properties
             * @deprecated Use tensorflow.TensorShapeProto.Dim.$Properties instead.
             */

            /**
             * Shape of a Dim.
             * @typedef {tensorflow.TensorShapeProto.Dim.$Properties} tensorflow.TensorShapeProto.Dim.$Shape
             */

            /**
             * Constructs a new Dim.
             * @memberof tensorflow.TensorShapeProto
             * @classdesc Represents a Dim.
             * @constructor
             * @param {tensorflow.TensorShapeProto.Dim.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Dim = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Dim size.
             * @member {number|Long} size
             * @memberof tensorflow.TensorShapeProto.Dim
             * @instance
             */
            Dim.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Dim name.
             * @member {string} name
             * @memberof tensorflow.TensorShapeProto.Dim
             * @instance
             */
            Dim.prototype.name = "";

            /**
             * Creates a new Dim instance using the specified properties.
             * @function create
             * @memberof tensorflow.TensorShapeProto.Dim
             * @static
             * @param {tensorflow.TensorShapeProto.Dim.$Properties=} [properties] Properties to set
             * @returns {tensorflow.TensorShapeProto.Dim} Dim instance
             * @type {{
             *   (properties: tensorflow.TensorShapeProto.Dim.$Shape): tensorflow.TensorShapeProto.Dim & tensorflow.TensorShapeProto.Dim.$Shape;
             *   (properties?: tensorflow.TensorShapeProto.Dim.$Properties): tensorflow.TensorShapeProto.Dim;
             * }}
             */
            Dim.create = function(properties) {
                return new Dim(properties);
            };

            /**
             * Encodes the specified Dim message. Does not implicitly {@link tensorflow.TensorShapeProto.Dim.verify|verify} messages.
             * @function encode
             * @memberof tensorflow.TensorShapeProto.Dim
             * @static
             * @param {tensorflow.TensorShapeProto.Dim.$Properties} message Dim message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Dim.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.size);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Dim message from the specified reader or buffer.
             * @function decode
             * @memberof tensorflow.TensorShapeProto.Dim
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorflow.TensorShapeProto.Dim & tensorflow.TensorShapeProto.Dim.$Shape} Dim
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Dim.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.tensorflow.TensorShapeProto.Dim();
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
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
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

            /**
             * Gets the type url for Dim
             * @function getTypeUrl
             * @memberof tensorflow.TensorShapeProto.Dim
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Dim.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tensorflow.TensorShapeProto.Dim";
            };

            return Dim;
        })();

        return TensorShapeProto;
    })();

    /**
     * DataType enum.
     * @name tensorflow.DataType
     * @enum {number}
     * @property {number} DT_INVALID=0 DT_INVALID value
     * @property {number} DT_FLOAT=1 DT_FLOAT value
     * @property {number} DT_DOUBLE=2 DT_DOUBLE value
     * @property {number} DT_INT32=3 DT_INT32 value
     * @property {number} DT_UINT8=4 DT_UINT8 value
     * @property {number} DT_INT16=5 DT_INT16 value
     * @property {number} DT_INT8=6 DT_INT8 value
     * @property {number} DT_STRING=7 DT_STRING value
     * @property {number} DT_COMPLEX64=8 DT_COMPLEX64 value
     * @property {number} DT_INT64=9 DT_INT64 value
     * @property {number} DT_BOOL=10 DT_BOOL value
     * @property {number} DT_QINT8=11 DT_QINT8 value
     * @property {number} DT_QUINT8=12 DT_QUINT8 value
     * @property {number} DT_QINT32=13 DT_QINT32 value
     * @property {number} DT_BFLOAT16=14 DT_BFLOAT16 value
     * @property {number} DT_QINT16=15 DT_QINT16 value
     * @property {number} DT_QUINT16=16 DT_QUINT16 value
     * @property {number} DT_UINT16=17 DT_UINT16 value
     * @property {number} DT_COMPLEX128=18 DT_COMPLEX128 value
     * @property {number} DT_HALF=19 DT_HALF value
     * @property {number} DT_RESOURCE=20 DT_RESOURCE value
     * @property {number} DT_VARIANT=21 DT_VARIANT value
     * @property {number} DT_UINT32=22 DT_UINT32 value
     * @property {number} DT_UINT64=23 DT_UINT64 value
     * @property {number} DT_FLOAT8_E5M2=24 DT_FLOAT8_E5M2 value
     * @property {number} DT_FLOAT8_E4M3FN=25 DT_FLOAT8_E4M3FN value
     * @property {number} DT_INT4=29 DT_INT4 value
     * @property {number} DT_UINT4=30 DT_UINT4 value
     * @property {number} DT_FLOAT_REF=101 DT_FLOAT_REF value
     * @property {number} DT_DOUBLE_REF=102 DT_DOUBLE_REF value
     * @property {number} DT_INT32_REF=103 DT_INT32_REF value
     * @property {number} DT_UINT8_REF=104 DT_UINT8_REF value
     * @property {number} DT_INT16_REF=105 DT_INT16_REF value
     * @property {number} DT_INT8_REF=106 DT_INT8_REF value
     * @property {number} DT_STRING_REF=107 DT_STRING_REF value
     * @property {number} DT_COMPLEX64_REF=108 DT_COMPLEX64_REF value
     * @property {number} DT_INT64_REF=109 DT_INT64_REF value
     * @property {number} DT_BOOL_REF=110 DT_BOOL_REF value
     * @property {number} DT_QINT8_REF=111 DT_QINT8_REF value
     * @property {number} DT_QUINT8_REF=112 DT_QUINT8_REF value
     * @property {number} DT_QINT32_REF=113 DT_QINT32_REF value
     * @property {number} DT_BFLOAT16_REF=114 DT_BFLOAT16_REF value
     * @property {number} DT_QINT16_REF=115 DT_QINT16_REF value
     * @property {number} DT_QUINT16_REF=116 DT_QUINT16_REF value
     * @property {number} DT_UINT16_REF=117 DT_UINT16_REF value
     * @property {number} DT_COMPLEX128_REF=118 DT_COMPLEX128_REF value
     * @property {number} DT_HALF_REF=119 DT_HALF_REF value
     * @property {number} DT_RESOURCE_REF=120 DT_RESOURCE_REF value
     * @property {number} DT_VARIANT_REF=121 DT_VARIANT_REF value
     * @property {number} DT_UINT32_REF=122 DT_UINT32_REF value
     * @property {number} DT_UINT64_REF=123 DT_UINT64_REF value
     */
    tensorflow.DataType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "DT_INVALID"] = 0;
        values[valuesById[1] = "DT_FLOAT"] = 1;
        values[valuesById[2] = "DT_DOUBLE"] = 2;
        values[valuesById[3] = "DT_INT32"] = 3;
        values[valuesById[4] = "DT_UINT8"] = 4;
        values[valuesById[5] = "DT_INT16"] = 5;
        values[valuesById[6] = "DT_INT8"] = 6;
        values[valuesById[7] = "DT_STRING"] = 7;
        values[valuesById[8] = "DT_COMPLEX64"] = 8;
        values[valuesById[9] = "DT_INT64"] = 9;
        values[valuesById[10] = "DT_BOOL"] = 10;
        values[valuesById[11] = "DT_QINT8"] = 11;
        values[valuesById[12] = "DT_QUINT8"] = 12;
        values[valuesById[13] = "DT_QINT32"] = 13;
        values[valuesById[14] = "DT_BFLOAT16"] = 14;
        values[valuesById[15] = "DT_QINT16"] = 15;
        values[valuesById[16] = "DT_QUINT16"] = 16;
        values[valuesById[17] = "DT_UINT16"] = 17;
        values[valuesById[18] = "DT_COMPLEX128"] = 18;
        values[valuesById[19] = "DT_HALF"] = 19;
        values[valuesById[20] = "DT_RESOURCE"] = 20;
        values[valuesById[21] = "DT_VARIANT"] = 21;
        values[valuesById[22] = "DT_UINT32"] = 22;
        values[valuesById[23] = "DT_UINT64"] = 23;
        values[valuesById[24] = "DT_FLOAT8_E5M2"] = 24;
        values[valuesById[25] = "DT_FLOAT8_E4M3FN"] = 25;
        values[valuesById[29] = "DT_INT4"] = 29;
        values[valuesById[30] = "DT_UINT4"] = 30;
        values[valuesById[101] = "DT_FLOAT_REF"] = 101;
        values[valuesById[102] = "DT_DOUBLE_REF"] = 102;
        values[valuesById[103] = "DT_INT32_REF"] = 103;
        values[valuesById[104] = "DT_UINT8_REF"] = 104;
        values[valuesById[105] = "DT_INT16_REF"] = 105;
        values[valuesById[106] = "DT_INT8_REF"] = 106;
        values[valuesById[107] = "DT_STRING_REF"] = 107;
        values[valuesById[108] = "DT_COMPLEX64_REF"] = 108;
        values[valuesById[109] = "DT_INT64_REF"] = 109;
        values[valuesById[110] = "DT_BOOL_REF"] = 110;
        values[valuesById[111] = "DT_QINT8_REF"] = 111;
        values[valuesById[112] = "DT_QUINT8_REF"] = 112;
        values[valuesById[113] = "DT_QINT32_REF"] = 113;
        values[valuesById[114] = "DT_BFLOAT16_REF"] = 114;
        values[valuesById[115] = "DT_QINT16_REF"] = 115;
        values[valuesById[116] = "DT_QUINT16_REF"] = 116;
        values[valuesById[117] = "DT_UINT16_REF"] = 117;
        values[valuesById[118] = "DT_COMPLEX128_REF"] = 118;
        values[valuesById[119] = "DT_HALF_REF"] = 119;
        values[valuesById[120] = "DT_RESOURCE_REF"] = 120;
        values[valuesById[121] = "DT_VARIANT_REF"] = 121;
        values[valuesById[122] = "DT_UINT32_REF"] = 122;
        values[valuesById[123] = "DT_UINT64_REF"] = 123;
        return values;
    })();

    tensorflow.GraphDef = (function() {

        /**
         * Properties of a GraphDef.
         * @typedef {Object} tensorflow.GraphDef.$Properties
         * @property {Array.<tensorflow.NodeDef.$Properties>|null} [node] GraphDef node
         * @property {tensorflow.VersionDef.$Properties|null} [versions] GraphDef versions
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GraphDef.
         * @memberof tensorflow
         * @interface IGraphDef
         * @augments tensorflow.GraphDef.$Properties
         * @deprecated Use tensorflow.GraphDef.$Properties instead.
         */

        /**
         * Shape of a GraphDef.
         * @typedef {{
         *   node?: Array.<tensorflow.NodeDef.$Shape>|null;
         *   versions?: tensorflow.VersionDef.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tensorflow.GraphDef.$Shape
         */

        /**
         * Constructs a new GraphDef.
         * @memberof tensorflow
         * @classdesc Represents a GraphDef.
         * @constructor
         * @param {tensorflow.GraphDef.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GraphDef = function (properties) {
            this.node = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GraphDef node.
         * @member {Array.<tensorflow.NodeDef.$Properties>} node
         * @memberof tensorflow.GraphDef
         * @instance
         */
        GraphDef.prototype.node = $util.emptyArray;

        /**
         * GraphDef versions.
         * @member {tensorflow.VersionDef.$Properties|null|undefined} versions
         * @memberof tensorflow.GraphDef
         * @instance
         */
        GraphDef.prototype.versions = null;

        /**
         * Creates a new GraphDef instance using the specified properties.
         * @function create
         * @memberof tensorflow.GraphDef
         * @static
         * @param {tensorflow.GraphDef.$Properties=} [properties] Properties to set
         * @returns {tensorflow.GraphDef} GraphDef instance
         * @type {{
         *   (properties: tensorflow.GraphDef.$Shape): tensorflow.GraphDef & tensorflow.GraphDef.$Shape;
         *   (properties?: tensorflow.GraphDef.$Properties): tensorflow.GraphDef;
         * }}
         */
        GraphDef.create = function(properties) {
            return new GraphDef(properties);
        };

        /**
         * Encodes the specified GraphDef message. Does not implicitly {@link tensorflow.GraphDef.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.GraphDef
         * @static
         * @param {tensorflow.GraphDef.$Properties} message GraphDef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GraphDef.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.node != null && message.node.length)
                for (let i = 0; i < message.node.length; ++i)
                    $root.tensorflow.NodeDef.encode(message.node[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.versions != null && $Object.hasOwnProperty.call(message, "versions"))
                $root.tensorflow.VersionDef.encode(message.versions, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GraphDef message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.GraphDef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.GraphDef & tensorflow.GraphDef.$Shape} GraphDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GraphDef.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.GraphDef();
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
                        if (!(message.node && message.node.length))
                            message.node = [];
                        message.node.push($root.tensorflow.NodeDef.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.versions = $root.tensorflow.VersionDef.decode(reader, reader.size(), $undefined, _depth + 1, message.versions);
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

        /**
         * Gets the type url for GraphDef
         * @function getTypeUrl
         * @memberof tensorflow.GraphDef
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        GraphDef.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.GraphDef";
        };

        return GraphDef;
    })();

    tensorflow.NodeDef = (function() {

        /**
         * Properties of a NodeDef.
         * @typedef {Object} tensorflow.NodeDef.$Properties
         * @property {string|null} [name] NodeDef name
         * @property {string|null} [op] NodeDef op
         * @property {Array.<string>|null} [input] NodeDef input
         * @property {string|null} [device] NodeDef device
         * @property {Object.<string,tensorflow.AttrValue.$Properties>|null} [attr] NodeDef attr
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeDef.
         * @memberof tensorflow
         * @interface INodeDef
         * @augments tensorflow.NodeDef.$Properties
         * @deprecated Use tensorflow.NodeDef.$Properties instead.
         */

        /**
         * Shape of a NodeDef.
         * @typedef {{
         *   name?: string|null;
         *   op?: string|null;
         *   input?: Array.<string>|null;
         *   device?: string|null;
         *   attr?: Object.<string,tensorflow.AttrValue.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tensorflow.NodeDef.$Shape
         */

        /**
         * Constructs a new NodeDef.
         * @memberof tensorflow
         * @classdesc Represents a NodeDef.
         * @constructor
         * @param {tensorflow.NodeDef.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeDef = function (properties) {
            this.input = [];
            this.attr = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NodeDef name.
         * @member {string} name
         * @memberof tensorflow.NodeDef
         * @instance
         */
        NodeDef.prototype.name = "";

        /**
         * NodeDef op.
         * @member {string} op
         * @memberof tensorflow.NodeDef
         * @instance
         */
        NodeDef.prototype.op = "";

        /**
         * NodeDef input.
         * @member {Array.<string>} input
         * @memberof tensorflow.NodeDef
         * @instance
         */
        NodeDef.prototype.input = $util.emptyArray;

        /**
         * NodeDef device.
         * @member {string} device
         * @memberof tensorflow.NodeDef
         * @instance
         */
        NodeDef.prototype.device = "";

        /**
         * NodeDef attr.
         * @member {Object.<string,tensorflow.AttrValue.$Properties>} attr
         * @memberof tensorflow.NodeDef
         * @instance
         */
        NodeDef.prototype.attr = $util.emptyObject;

        /**
         * Creates a new NodeDef instance using the specified properties.
         * @function create
         * @memberof tensorflow.NodeDef
         * @static
         * @param {tensorflow.NodeDef.$Properties=} [properties] Properties to set
         * @returns {tensorflow.NodeDef} NodeDef instance
         * @type {{
         *   (properties: tensorflow.NodeDef.$Shape): tensorflow.NodeDef & tensorflow.NodeDef.$Shape;
         *   (properties?: tensorflow.NodeDef.$Properties): tensorflow.NodeDef;
         * }}
         */
        NodeDef.create = function(properties) {
            return new NodeDef(properties);
        };

        /**
         * Encodes the specified NodeDef message. Does not implicitly {@link tensorflow.NodeDef.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.NodeDef
         * @static
         * @param {tensorflow.NodeDef.$Properties} message NodeDef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeDef.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.op);
            if (message.input != null && message.input.length)
                for (let i = 0; i < message.input.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.input[i]);
            if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.device);
            if (message.attr != null && $Object.hasOwnProperty.call(message, "attr"))
                for (let keys = $Object.keys(message.attr), i = 0; i < keys.length; ++i) {
                    writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                    $root.tensorflow.AttrValue.encode(message.attr[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                }
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a NodeDef message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.NodeDef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.NodeDef & tensorflow.NodeDef.$Shape} NodeDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeDef.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.NodeDef();
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
                            message.op = value;
                        else
                            delete message.op;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.input && message.input.length))
                            message.input = [];
                        message.input.push(reader.stringVerify());
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.device = value;
                        else
                            delete message.device;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (message.attr === $util.emptyObject)
                            message.attr = {};
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
                                value = $root.tensorflow.AttrValue.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.attr, key);
                        message.attr[key] = value || new $root.tensorflow.AttrValue();
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

        /**
         * Gets the type url for NodeDef
         * @function getTypeUrl
         * @memberof tensorflow.NodeDef
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NodeDef.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.NodeDef";
        };

        return NodeDef;
    })();

    tensorflow.VersionDef = (function() {

        /**
         * Properties of a VersionDef.
         * @typedef {Object} tensorflow.VersionDef.$Properties
         * @property {number|null} [producer] VersionDef producer
         * @property {number|null} [minConsumer] VersionDef minConsumer
         * @property {Array.<number>|null} [badConsumers] VersionDef badConsumers
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a VersionDef.
         * @memberof tensorflow
         * @interface IVersionDef
         * @augments tensorflow.VersionDef.$Properties
         * @deprecated Use tensorflow.VersionDef.$Properties instead.
         */

        /**
         * Shape of a VersionDef.
         * @typedef {tensorflow.VersionDef.$Properties} tensorflow.VersionDef.$Shape
         */

        /**
         * Constructs a new VersionDef.
         * @memberof tensorflow
         * @classdesc Represents a VersionDef.
         * @constructor
         * @param {tensorflow.VersionDef.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const VersionDef = function (properties) {
            this.badConsumers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * VersionDef producer.
         * @member {number} producer
         * @memberof tensorflow.VersionDef
         * @instance
         */
        VersionDef.prototype.producer = 0;

        /**
         * VersionDef minConsumer.
         * @member {number} minConsumer
         * @memberof tensorflow.VersionDef
         * @instance
         */
        VersionDef.prototype.minConsumer = 0;

        /**
         * VersionDef badConsumers.
         * @member {Array.<number>} badConsumers
         * @memberof tensorflow.VersionDef
         * @instance
         */
        VersionDef.prototype.badConsumers = $util.emptyArray;

        /**
         * Creates a new VersionDef instance using the specified properties.
         * @function create
         * @memberof tensorflow.VersionDef
         * @static
         * @param {tensorflow.VersionDef.$Properties=} [properties] Properties to set
         * @returns {tensorflow.VersionDef} VersionDef instance
         * @type {{
         *   (properties: tensorflow.VersionDef.$Shape): tensorflow.VersionDef & tensorflow.VersionDef.$Shape;
         *   (properties?: tensorflow.VersionDef.$Properties): tensorflow.VersionDef;
         * }}
         */
        VersionDef.create = function(properties) {
            return new VersionDef(properties);
        };

        /**
         * Encodes the specified VersionDef message. Does not implicitly {@link tensorflow.VersionDef.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.VersionDef
         * @static
         * @param {tensorflow.VersionDef.$Properties} message VersionDef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        VersionDef.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.producer != null && $Object.hasOwnProperty.call(message, "producer") && message.producer !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.producer);
            if (message.minConsumer != null && $Object.hasOwnProperty.call(message, "minConsumer") && message.minConsumer !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.minConsumer);
            if (message.badConsumers != null && message.badConsumers.length)
                writer.uint32(/* id 3, wireType 2 =*/26).int32s(message.badConsumers);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a VersionDef message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.VersionDef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.VersionDef & tensorflow.VersionDef.$Shape} VersionDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        VersionDef.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.VersionDef();
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
                            message.producer = value;
                        else
                            delete message.producer;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.minConsumer = value;
                        else
                            delete message.minConsumer;
                        continue;
                    }
                case 3: {
                        if (wireType === 2) {
                            if (!(message.badConsumers && message.badConsumers.length))
                                message.badConsumers = [];
                            reader.int32s(message.badConsumers);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.badConsumers && message.badConsumers.length))
                            message.badConsumers = [];
                        message.badConsumers.push(reader.int32());
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

        /**
         * Gets the type url for VersionDef
         * @function getTypeUrl
         * @memberof tensorflow.VersionDef
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        VersionDef.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.VersionDef";
        };

        return VersionDef;
    })();

    tensorflow.TensorSliceProto = (function() {

        /**
         * Properties of a TensorSliceProto.
         * @typedef {Object} tensorflow.TensorSliceProto.$Properties
         * @property {Array.<tensorflow.TensorSliceProto.Extent.$Properties>|null} [extent] TensorSliceProto extent
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorSliceProto.
         * @memberof tensorflow
         * @interface ITensorSliceProto
         * @augments tensorflow.TensorSliceProto.$Properties
         * @deprecated Use tensorflow.TensorSliceProto.$Properties instead.
         */

        /**
         * Shape of a TensorSliceProto.
         * @typedef {{
         *   extent?: Array.<tensorflow.TensorSliceProto.Extent.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tensorflow.TensorSliceProto.$Shape
         */

        /**
         * Constructs a new TensorSliceProto.
         * @memberof tensorflow
         * @classdesc Represents a TensorSliceProto.
         * @constructor
         * @param {tensorflow.TensorSliceProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorSliceProto = function (properties) {
            this.extent = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TensorSliceProto extent.
         * @member {Array.<tensorflow.TensorSliceProto.Extent.$Properties>} extent
         * @memberof tensorflow.TensorSliceProto
         * @instance
         */
        TensorSliceProto.prototype.extent = $util.emptyArray;

        /**
         * Creates a new TensorSliceProto instance using the specified properties.
         * @function create
         * @memberof tensorflow.TensorSliceProto
         * @static
         * @param {tensorflow.TensorSliceProto.$Properties=} [properties] Properties to set
         * @returns {tensorflow.TensorSliceProto} TensorSliceProto instance
         * @type {{
         *   (properties: tensorflow.TensorSliceProto.$Shape): tensorflow.TensorSliceProto & tensorflow.TensorSliceProto.$Shape;
         *   (properties?: tensorflow.TensorSliceProto.$Properties): tensorflow.TensorSliceProto;
         * }}
         */
        TensorSliceProto.create = function(properties) {
            return new TensorSliceProto(properties);
        };

        /**
         * Encodes the specified TensorSliceProto message. Does not implicitly {@link tensorflow.TensorSliceProto.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.TensorSliceProto
         * @static
         * @param {tensorflow.TensorSliceProto.$Properties} message TensorSliceProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorSliceProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.extent != null && message.extent.length)
                for (let i = 0; i < message.extent.length; ++i)
                    $root.tensorflow.TensorSliceProto.Extent.encode(message.extent[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TensorSliceProto message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.TensorSliceProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.TensorSliceProto & tensorflow.TensorSliceProto.$Shape} TensorSliceProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorSliceProto.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.TensorSliceProto();
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
                        if (!(message.extent && message.extent.length))
                            message.extent = [];
                        message.extent.push($root.tensorflow.TensorSliceProto.Extent.decode(reader, reader.size(), $undefined, _depth + 1));
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

        /**
         * Gets the type url for TensorSliceProto
         * @function getTypeUrl
         * @memberof tensorflow.TensorSliceProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorSliceProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.TensorSliceProto";
        };

        TensorSliceProto.Extent = (function() {

            /**
             * Properties of an Extent.
             * @typedef {Object} tensorflow.TensorSliceProto.Extent.$Properties
             * @property {number|Long|null} [start] Extent start
             * @property {number|Long|null} [length] Extent length
             * @property {"length"} [hasLength] Extent hasLength
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Extent.
             * @memberof tensorflow.TensorSliceProto
             * @interface IExtent
             * @augments tensorflow.TensorSliceProto.Extent.$Properties
             * @deprecated Use tensorflow.TensorSliceProto.Extent.$Properties instead.
             */

            /**
             * Narrowed shape of an Extent.
             * @typedef {{
             *   start?: number|Long|null;
             *   length?: number|Long|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ hasLength?: undefined; length?: null }|{ hasLength?: "length"; length: number|Long })
             * )} tensorflow.TensorSliceProto.Extent.$Shape
             */

            /**
             * Constructs a new Extent.
             * @memberof tensorflow.TensorSliceProto
             * @classdesc Represents an Extent.
             * @constructor
             * @param {tensorflow.TensorSliceProto.Extent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Extent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Extent start.
             * @member {number|Long} start
             * @memberof tensorflow.TensorSliceProto.Extent
             * @instance
             */
            Extent.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Extent length.
             * @member {number|Long|null|undefined} length
             * @memberof tensorflow.TensorSliceProto.Extent
             * @instance
             */
            Extent.prototype.length = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Extent hasLength.
             * @member {"length"|undefined} hasLength
             * @memberof tensorflow.TensorSliceProto.Extent
             * @instance
             */
            $Object.defineProperty(Extent.prototype, "hasLength", {
                get: $util.oneOfGetter($oneOfFields = ["length"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Extent instance using the specified properties.
             * @function create
             * @memberof tensorflow.TensorSliceProto.Extent
             * @static
             * @param {tensorflow.TensorSliceProto.Extent.$Properties=} [properties] Properties to set
             * @returns {tensorflow.TensorSliceProto.Extent} Extent instance
             * @type {{
             *   (properties: tensorflow.TensorSliceProto.Extent.$Shape): tensorflow.TensorSliceProto.Extent & tensorflow.TensorSliceProto.Extent.$Shape;
             *   (properties?: tensorflow.TensorSliceProto.Extent.$Properties): tensorflow.TensorSliceProto.Extent;
             * }}
             */
            Extent.create = function(properties) {
                return new Extent(properties);
            };

            /**
             * Encodes the specified Extent message. Does not implicitly {@link tensorflow.TensorSliceProto.Extent.verify|verify} messages.
             * @function encode
             * @memberof tensorflow.TensorSliceProto.Extent
             * @static
             * @param {tensorflow.TensorSliceProto.Extent.$Properties} message Extent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Extent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.start);
                if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.length);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Extent message from the specified reader or buffer.
             * @function decode
             * @memberof tensorflow.TensorSliceProto.Extent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorflow.TensorSliceProto.Extent & tensorflow.TensorSliceProto.Extent.$Shape} Extent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Extent.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.tensorflow.TensorSliceProto.Extent();
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
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.length = reader.int64();
                            message.hasLength = "length";
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

            /**
             * Gets the type url for Extent
             * @function getTypeUrl
             * @memberof tensorflow.TensorSliceProto.Extent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Extent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tensorflow.TensorSliceProto.Extent";
            };

            return Extent;
        })();

        return TensorSliceProto;
    })();

    tensorflow.VariableDef = (function() {

        /**
         * Properties of a VariableDef.
         * @typedef {Object} tensorflow.VariableDef.$Properties
         * @property {string|null} [variableName] VariableDef variableName
         * @property {string|null} [initialValueName] VariableDef initialValueName
         * @property {string|null} [initializerName] VariableDef initializerName
         * @property {string|null} [snapshotName] VariableDef snapshotName
         * @property {tensorflow.SaveSliceInfoDef.$Properties|null} [saveSliceInfoDef] VariableDef saveSliceInfoDef
         * @property {boolean|null} [isResource] VariableDef isResource
         * @property {boolean|null} [trainable] VariableDef trainable
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a VariableDef.
         * @memberof tensorflow
         * @interface IVariableDef
         * @augments tensorflow.VariableDef.$Properties
         * @deprecated Use tensorflow.VariableDef.$Properties instead.
         */

        /**
         * Shape of a VariableDef.
         * @typedef {tensorflow.VariableDef.$Properties} tensorflow.VariableDef.$Shape
         */

        /**
         * Constructs a new VariableDef.
         * @memberof tensorflow
         * @classdesc Represents a VariableDef.
         * @constructor
         * @param {tensorflow.VariableDef.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const VariableDef = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * VariableDef variableName.
         * @member {string} variableName
         * @memberof tensorflow.VariableDef
         * @instance
         */
        VariableDef.prototype.variableName = "";

        /**
         * VariableDef initialValueName.
         * @member {string} initialValueName
         * @memberof tensorflow.VariableDef
         * @instance
         */
        VariableDef.prototype.initialValueName = "";

        /**
         * VariableDef initializerName.
         * @member {string} initializerName
         * @memberof tensorflow.VariableDef
         * @instance
         */
        VariableDef.prototype.initializerName = "";

        /**
         * VariableDef snapshotName.
         * @member {string} snapshotName
         * @memberof tensorflow.VariableDef
         * @instance
         */
        VariableDef.prototype.snapshotName = "";

        /**
         * VariableDef saveSliceInfoDef.
         * @member {tensorflow.SaveSliceInfoDef.$Properties|null|undefined} saveSliceInfoDef
         * @memberof tensorflow.VariableDef
         * @instance
         */
        VariableDef.prototype.saveSliceInfoDef = null;

        /**
         * VariableDef isResource.
         * @member {boolean} isResource
         * @memberof tensorflow.VariableDef
         * @instance
         */
        VariableDef.prototype.isResource = false;

        /**
         * VariableDef trainable.
         * @member {boolean} trainable
         * @memberof tensorflow.VariableDef
         * @instance
         */
        VariableDef.prototype.trainable = false;

        /**
         * Creates a new VariableDef instance using the specified properties.
         * @function create
         * @memberof tensorflow.VariableDef
         * @static
         * @param {tensorflow.VariableDef.$Properties=} [properties] Properties to set
         * @returns {tensorflow.VariableDef} VariableDef instance
         * @type {{
         *   (properties: tensorflow.VariableDef.$Shape): tensorflow.VariableDef & tensorflow.VariableDef.$Shape;
         *   (properties?: tensorflow.VariableDef.$Properties): tensorflow.VariableDef;
         * }}
         */
        VariableDef.create = function(properties) {
            return new VariableDef(properties);
        };

        /**
         * Encodes the specified VariableDef message. Does not implicitly {@link tensorflow.VariableDef.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.VariableDef
         * @static
         * @param {tensorflow.VariableDef.$Properties} message VariableDef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        VariableDef.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.variableName != null && $Object.hasOwnProperty.call(message, "variableName") && message.variableName !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.variableName);
            if (message.initializerName != null && $Object.hasOwnProperty.call(message, "initializerName") && message.initializerName !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.initializerName);
            if (message.snapshotName != null && $Object.hasOwnProperty.call(message, "snapshotName") && message.snapshotName !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.snapshotName);
            if (message.saveSliceInfoDef != null && $Object.hasOwnProperty.call(message, "saveSliceInfoDef"))
                $root.tensorflow.SaveSliceInfoDef.encode(message.saveSliceInfoDef, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.isResource != null && $Object.hasOwnProperty.call(message, "isResource") && message.isResource !== false)
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.isResource);
            if (message.initialValueName != null && $Object.hasOwnProperty.call(message, "initialValueName") && message.initialValueName !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.initialValueName);
            if (message.trainable != null && $Object.hasOwnProperty.call(message, "trainable") && message.trainable !== false)
                writer.uint32(/* id 7, wireType 0 =*/56).bool(message.trainable);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a VariableDef message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.VariableDef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.VariableDef & tensorflow.VariableDef.$Shape} VariableDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        VariableDef.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.VariableDef();
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
                            message.variableName = value;
                        else
                            delete message.variableName;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.initialValueName = value;
                        else
                            delete message.initialValueName;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.initializerName = value;
                        else
                            delete message.initializerName;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.snapshotName = value;
                        else
                            delete message.snapshotName;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.saveSliceInfoDef = $root.tensorflow.SaveSliceInfoDef.decode(reader, reader.size(), $undefined, _depth + 1, message.saveSliceInfoDef);
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.isResource = value;
                        else
                            delete message.isResource;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.trainable = value;
                        else
                            delete message.trainable;
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

        /**
         * Gets the type url for VariableDef
         * @function getTypeUrl
         * @memberof tensorflow.VariableDef
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        VariableDef.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.VariableDef";
        };

        return VariableDef;
    })();

    tensorflow.SaveSliceInfoDef = (function() {

        /**
         * Properties of a SaveSliceInfoDef.
         * @typedef {Object} tensorflow.SaveSliceInfoDef.$Properties
         * @property {string|null} [fullName] SaveSliceInfoDef fullName
         * @property {Array.<number|Long>|null} [fullShape] SaveSliceInfoDef fullShape
         * @property {Array.<number|Long>|null} [varOffset] SaveSliceInfoDef varOffset
         * @property {Array.<number|Long>|null} [varShape] SaveSliceInfoDef varShape
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SaveSliceInfoDef.
         * @memberof tensorflow
         * @interface ISaveSliceInfoDef
         * @augments tensorflow.SaveSliceInfoDef.$Properties
         * @deprecated Use tensorflow.SaveSliceInfoDef.$Properties instead.
         */

        /**
         * Shape of a SaveSliceInfoDef.
         * @typedef {tensorflow.SaveSliceInfoDef.$Properties} tensorflow.SaveSliceInfoDef.$Shape
         */

        /**
         * Constructs a new SaveSliceInfoDef.
         * @memberof tensorflow
         * @classdesc Represents a SaveSliceInfoDef.
         * @constructor
         * @param {tensorflow.SaveSliceInfoDef.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SaveSliceInfoDef = function (properties) {
            this.fullShape = [];
            this.varOffset = [];
            this.varShape = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SaveSliceInfoDef fullName.
         * @member {string} fullName
         * @memberof tensorflow.SaveSliceInfoDef
         * @instance
         */
        SaveSliceInfoDef.prototype.fullName = "";

        /**
         * SaveSliceInfoDef fullShape.
         * @member {Array.<number|Long>} fullShape
         * @memberof tensorflow.SaveSliceInfoDef
         * @instance
         */
        SaveSliceInfoDef.prototype.fullShape = $util.emptyArray;

        /**
         * SaveSliceInfoDef varOffset.
         * @member {Array.<number|Long>} varOffset
         * @memberof tensorflow.SaveSliceInfoDef
         * @instance
         */
        SaveSliceInfoDef.prototype.varOffset = $util.emptyArray;

        /**
         * SaveSliceInfoDef varShape.
         * @member {Array.<number|Long>} varShape
         * @memberof tensorflow.SaveSliceInfoDef
         * @instance
         */
        SaveSliceInfoDef.prototype.varShape = $util.emptyArray;

        /**
         * Creates a new SaveSliceInfoDef instance using the specified properties.
         * @function create
         * @memberof tensorflow.SaveSliceInfoDef
         * @static
         * @param {tensorflow.SaveSliceInfoDef.$Properties=} [properties] Properties to set
         * @returns {tensorflow.SaveSliceInfoDef} SaveSliceInfoDef instance
         * @type {{
         *   (properties: tensorflow.SaveSliceInfoDef.$Shape): tensorflow.SaveSliceInfoDef & tensorflow.SaveSliceInfoDef.$Shape;
         *   (properties?: tensorflow.SaveSliceInfoDef.$Properties): tensorflow.SaveSliceInfoDef;
         * }}
         */
        SaveSliceInfoDef.create = function(properties) {
            return new SaveSliceInfoDef(properties);
        };

        /**
         * Encodes the specified SaveSliceInfoDef message. Does not implicitly {@link tensorflow.SaveSliceInfoDef.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.SaveSliceInfoDef
         * @static
         * @param {tensorflow.SaveSliceInfoDef.$Properties} message SaveSliceInfoDef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SaveSliceInfoDef.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.fullName != null && $Object.hasOwnProperty.call(message, "fullName") && message.fullName !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.fullName);
            if (message.fullShape != null && message.fullShape.length)
                writer.uint32(/* id 2, wireType 2 =*/18).int64s(message.fullShape);
            if (message.varOffset != null && message.varOffset.length)
                writer.uint32(/* id 3, wireType 2 =*/26).int64s(message.varOffset);
            if (message.varShape != null && message.varShape.length)
                writer.uint32(/* id 4, wireType 2 =*/34).int64s(message.varShape);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SaveSliceInfoDef message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.SaveSliceInfoDef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.SaveSliceInfoDef & tensorflow.SaveSliceInfoDef.$Shape} SaveSliceInfoDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SaveSliceInfoDef.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.SaveSliceInfoDef();
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
                            message.fullName = value;
                        else
                            delete message.fullName;
                        continue;
                    }
                case 2: {
                        if (wireType === 2) {
                            if (!(message.fullShape && message.fullShape.length))
                                message.fullShape = [];
                            reader.int64s(message.fullShape);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.fullShape && message.fullShape.length))
                            message.fullShape = [];
                        message.fullShape.push(reader.int64());
                        continue;
                    }
                case 3: {
                        if (wireType === 2) {
                            if (!(message.varOffset && message.varOffset.length))
                                message.varOffset = [];
                            reader.int64s(message.varOffset);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.varOffset && message.varOffset.length))
                            message.varOffset = [];
                        message.varOffset.push(reader.int64());
                        continue;
                    }
                case 4: {
                        if (wireType === 2) {
                            if (!(message.varShape && message.varShape.length))
                                message.varShape = [];
                            reader.int64s(message.varShape);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.varShape && message.varShape.length))
                            message.varShape = [];
                        message.varShape.push(reader.int64());
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

        /**
         * Gets the type url for SaveSliceInfoDef
         * @function getTypeUrl
         * @memberof tensorflow.SaveSliceInfoDef
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SaveSliceInfoDef.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.SaveSliceInfoDef";
        };

        return SaveSliceInfoDef;
    })();

    tensorflow.MetaGraphDef = (function() {

        /**
         * Properties of a MetaGraphDef.
         * @typedef {Object} tensorflow.MetaGraphDef.$Properties
         * @property {tensorflow.MetaGraphDef.MetaInfoDef.$Properties|null} [metaInfoDef] MetaGraphDef metaInfoDef
         * @property {tensorflow.GraphDef.$Properties|null} [graphDef] MetaGraphDef graphDef
         * @property {tensorflow.SaverDef.$Properties|null} [saverDef] MetaGraphDef saverDef
         * @property {Object.<string,tensorflow.CollectionDef.$Properties>|null} [collectionDef] MetaGraphDef collectionDef
         * @property {tensorflow.SavedObjectGraph.$Properties|null} [objectGraphDef] MetaGraphDef objectGraphDef
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MetaGraphDef.
         * @memberof tensorflow
         * @interface IMetaGraphDef
         * @augments tensorflow.MetaGraphDef.$Properties
         * @deprecated Use tensorflow.MetaGraphDef.$Properties instead.
         */

        /**
         * Shape of a MetaGraphDef.
         * @typedef {{
         *   metaInfoDef?: tensorflow.MetaGraphDef.MetaInfoDef.$Shape|null;
         *   graphDef?: tensorflow.GraphDef.$Shape|null;
         *   saverDef?: tensorflow.SaverDef.$Shape|null;
         *   collectionDef?: Object.<string,tensorflow.CollectionDef.$Shape>|null;
         *   objectGraphDef?: tensorflow.SavedObjectGraph.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tensorflow.MetaGraphDef.$Shape
         */

        /**
         * Constructs a new MetaGraphDef.
         * @memberof tensorflow
         * @classdesc Represents a MetaGraphDef.
         * @constructor
         * @param {tensorflow.MetaGraphDef.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MetaGraphDef = function (properties) {
            this.collectionDef = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MetaGraphDef metaInfoDef.
         * @member {tensorflow.MetaGraphDef.MetaInfoDef.$Properties|null|undefined} metaInfoDef
         * @memberof tensorflow.MetaGraphDef
         * @instance
         */
        MetaGraphDef.prototype.metaInfoDef = null;

        /**
         * MetaGraphDef graphDef.
         * @member {tensorflow.GraphDef.$Properties|null|undefined} graphDef
         * @memberof tensorflow.MetaGraphDef
         * @instance
         */
        MetaGraphDef.prototype.graphDef = null;

        /**
         * MetaGraphDef saverDef.
         * @member {tensorflow.SaverDef.$Properties|null|undefined} saverDef
         * @memberof tensorflow.MetaGraphDef
         * @instance
         */
        MetaGraphDef.prototype.saverDef = null;

        /**
         * MetaGraphDef collectionDef.
         * @member {Object.<string,tensorflow.CollectionDef.$Properties>} collectionDef
         * @memberof tensorflow.MetaGraphDef
         * @instance
         */
        MetaGraphDef.prototype.collectionDef = $util.emptyObject;

        /**
         * MetaGraphDef objectGraphDef.
         * @member {tensorflow.SavedObjectGraph.$Properties|null|undefined} objectGraphDef
         * @memberof tensorflow.MetaGraphDef
         * @instance
         */
        MetaGraphDef.prototype.objectGraphDef = null;

        /**
         * Creates a new MetaGraphDef instance using the specified properties.
         * @function create
         * @memberof tensorflow.MetaGraphDef
         * @static
         * @param {tensorflow.MetaGraphDef.$Properties=} [properties] Properties to set
         * @returns {tensorflow.MetaGraphDef} MetaGraphDef instance
         * @type {{
         *   (properties: tensorflow.MetaGraphDef.$Shape): tensorflow.MetaGraphDef & tensorflow.MetaGraphDef.$Shape;
         *   (properties?: tensorflow.MetaGraphDef.$Properties): tensorflow.MetaGraphDef;
         * }}
         */
        MetaGraphDef.create = function(properties) {
            return new MetaGraphDef(properties);
        };

        /**
         * Encodes the specified MetaGraphDef message. Does not implicitly {@link tensorflow.MetaGraphDef.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.MetaGraphDef
         * @static
         * @param {tensorflow.MetaGraphDef.$Properties} message MetaGraphDef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MetaGraphDef.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.metaInfoDef != null && $Object.hasOwnProperty.call(message, "metaInfoDef"))
                $root.tensorflow.MetaGraphDef.MetaInfoDef.encode(message.metaInfoDef, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.graphDef != null && $Object.hasOwnProperty.call(message, "graphDef"))
                $root.tensorflow.GraphDef.encode(message.graphDef, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.saverDef != null && $Object.hasOwnProperty.call(message, "saverDef"))
                $root.tensorflow.SaverDef.encode(message.saverDef, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.collectionDef != null && $Object.hasOwnProperty.call(message, "collectionDef"))
                for (let keys = $Object.keys(message.collectionDef), i = 0; i < keys.length; ++i) {
                    writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                    $root.tensorflow.CollectionDef.encode(message.collectionDef[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                }
            if (message.objectGraphDef != null && $Object.hasOwnProperty.call(message, "objectGraphDef"))
                $root.tensorflow.SavedObjectGraph.encode(message.objectGraphDef, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a MetaGraphDef message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.MetaGraphDef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.MetaGraphDef & tensorflow.MetaGraphDef.$Shape} MetaGraphDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MetaGraphDef.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.MetaGraphDef();
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
                        message.metaInfoDef = $root.tensorflow.MetaGraphDef.MetaInfoDef.decode(reader, reader.size(), $undefined, _depth + 1, message.metaInfoDef);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.graphDef = $root.tensorflow.GraphDef.decode(reader, reader.size(), $undefined, _depth + 1, message.graphDef);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.saverDef = $root.tensorflow.SaverDef.decode(reader, reader.size(), $undefined, _depth + 1, message.saverDef);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (message.collectionDef === $util.emptyObject)
                            message.collectionDef = {};
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
                                value = $root.tensorflow.CollectionDef.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.collectionDef, key);
                        message.collectionDef[key] = value || new $root.tensorflow.CollectionDef();
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.objectGraphDef = $root.tensorflow.SavedObjectGraph.decode(reader, reader.size(), $undefined, _depth + 1, message.objectGraphDef);
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

        /**
         * Gets the type url for MetaGraphDef
         * @function getTypeUrl
         * @memberof tensorflow.MetaGraphDef
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MetaGraphDef.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.MetaGraphDef";
        };

        MetaGraphDef.MetaInfoDef = (function() {

            /**
             * Properties of a MetaInfoDef.
             * @typedef {Object} tensorflow.MetaGraphDef.MetaInfoDef.$Properties
             * @property {string|null} [metaGraphVersion] MetaInfoDef metaGraphVersion
             * @property {Array.<string>|null} [tags] MetaInfoDef tags
             * @property {string|null} [tensorflowVersion] MetaInfoDef tensorflowVersion
             * @property {string|null} [tensorflowGitVersion] MetaInfoDef tensorflowGitVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetaInfoDef.
             * @memberof tensorflow.MetaGraphDef
             * @interface IMetaInfoDef
             * @augments tensorflow.MetaGraphDef.MetaInfoDef.$Properties
             * @deprecated Use tensorflow.MetaGraphDef.MetaInfoDef.$Properties instead.
             */

            /**
             * Shape of a MetaInfoDef.
             * @typedef {tensorflow.MetaGraphDef.MetaInfoDef.$Properties} tensorflow.MetaGraphDef.MetaInfoDef.$Shape
             */

            /**
             * Constructs a new MetaInfoDef.
             * @memberof tensorflow.MetaGraphDef
             * @classdesc Represents a MetaInfoDef.
             * @constructor
             * @param {tensorflow.MetaGraphDef.MetaInfoDef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetaInfoDef = function (properties) {
                this.tags = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetaInfoDef metaGraphVersion.
             * @member {string} metaGraphVersion
             * @memberof tensorflow.MetaGraphDef.MetaInfoDef
             * @instance
             */
            MetaInfoDef.prototype.metaGraphVersion = "";

            /**
             * MetaInfoDef tags.
             * @member {Array.<string>} tags
             * @memberof tensorflow.MetaGraphDef.MetaInfoDef
             * @instance
             */
            MetaInfoDef.prototype.tags = $util.emptyArray;

            /**
             * MetaInfoDef tensorflowVersion.
             * @member {string} tensorflowVersion
             * @memberof tensorflow.MetaGraphDef.MetaInfoDef
             * @instance
             */
            MetaInfoDef.prototype.tensorflowVersion = "";

            /**
             * MetaInfoDef tensorflowGitVersion.
             * @member {string} tensorflowGitVersion
             * @memberof tensorflow.MetaGraphDef.MetaInfoDef
             * @instance
             */
            MetaInfoDef.prototype.tensorflowGitVersion = "";

            /**
             * Creates a new MetaInfoDef instance using the specified properties.
             * @function create
             * @memberof tensorflow.MetaGraphDef.MetaInfoDef
             * @static
             * @param {tensorflow.MetaGraphDef.MetaInfoDef.$Properties=} [properties] Properties to set
             * @returns {tensorflow.MetaGraphDef.MetaInfoDef} MetaInfoDef instance
             * @type {{
             *   (properties: tensorflow.MetaGraphDef.MetaInfoDef.$Shape): tensorflow.MetaGraphDef.MetaInfoDef & tensorflow.MetaGraphDef.MetaInfoDef.$Shape;
             *   (properties?: tensorflow.MetaGraphDef.MetaInfoDef.$Properties): tensorflow.MetaGraphDef.MetaInfoDef;
             * }}
             */
            MetaInfoDef.create = function(properties) {
                return new MetaInfoDef(properties);
            };

            /**
             * Encodes the specified MetaInfoDef message. Does not implicitly {@link tensorflow.MetaGraphDef.MetaInfoDef.verify|verify} messages.
             * @function encode
             * @memberof tensorflow.MetaGraphDef.MetaInfoDef
             * @static
             * @param {tensorflow.MetaGraphDef.MetaInfoDef.$Properties} message MetaInfoDef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetaInfoDef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.metaGraphVersion != null && $Object.hasOwnProperty.call(message, "metaGraphVersion") && message.metaGraphVersion !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.metaGraphVersion);
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.tags[i]);
                if (message.tensorflowVersion != null && $Object.hasOwnProperty.call(message, "tensorflowVersion") && message.tensorflowVersion !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.tensorflowVersion);
                if (message.tensorflowGitVersion != null && $Object.hasOwnProperty.call(message, "tensorflowGitVersion") && message.tensorflowGitVersion !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.tensorflowGitVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetaInfoDef message from the specified reader or buffer.
             * @function decode
             * @memberof tensorflow.MetaGraphDef.MetaInfoDef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorflow.MetaGraphDef.MetaInfoDef & tensorflow.MetaGraphDef.MetaInfoDef.$Shape} MetaInfoDef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetaInfoDef.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.tensorflow.MetaGraphDef.MetaInfoDef();
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
                                message.metaGraphVersion = value;
                            else
                                delete message.metaGraphVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tensorflowVersion = value;
                            else
                                delete message.tensorflowVersion;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tensorflowGitVersion = value;
                            else
                                delete message.tensorflowGitVersion;
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

            /**
             * Gets the type url for MetaInfoDef
             * @function getTypeUrl
             * @memberof tensorflow.MetaGraphDef.MetaInfoDef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MetaInfoDef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tensorflow.MetaGraphDef.MetaInfoDef";
            };

            return MetaInfoDef;
        })();

        return MetaGraphDef;
    })();

    tensorflow.CollectionDef = (function() {

        /**
         * Properties of a CollectionDef.
         * @typedef {Object} tensorflow.CollectionDef.$Properties
         * @property {tensorflow.CollectionDef.NodeList.$Properties|null} [nodeList] CollectionDef nodeList
         * @property {tensorflow.CollectionDef.BytesList.$Properties|null} [bytesList] CollectionDef bytesList
         * @property {"nodeList"|"bytesList"} [kind] CollectionDef kind
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CollectionDef.
         * @memberof tensorflow
         * @interface ICollectionDef
         * @augments tensorflow.CollectionDef.$Properties
         * @deprecated Use tensorflow.CollectionDef.$Properties instead.
         */

        /**
         * Narrowed shape of a CollectionDef.
         * @typedef {{
         *   nodeList?: tensorflow.CollectionDef.NodeList.$Shape|null;
         *   bytesList?: tensorflow.CollectionDef.BytesList.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ kind?: undefined; nodeList?: null; bytesList?: null }|{ kind?: "nodeList"; nodeList: tensorflow.CollectionDef.NodeList.$Shape; bytesList?: null }|{ kind?: "bytesList"; nodeList?: null; bytesList: tensorflow.CollectionDef.BytesList.$Shape })
         * )} tensorflow.CollectionDef.$Shape
         */

        /**
         * Constructs a new CollectionDef.
         * @memberof tensorflow
         * @classdesc Represents a CollectionDef.
         * @constructor
         * @param {tensorflow.CollectionDef.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CollectionDef = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * CollectionDef nodeList.
         * @member {tensorflow.CollectionDef.NodeList.$Properties|null|undefined} nodeList
         * @memberof tensorflow.CollectionDef
         * @instance
         */
        CollectionDef.prototype.nodeList = null;

        /**
         * CollectionDef bytesList.
         * @member {tensorflow.CollectionDef.BytesList.$Properties|null|undefined} bytesList
         * @memberof tensorflow.CollectionDef
         * @instance
         */
        CollectionDef.prototype.bytesList = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * CollectionDef kind.
         * @member {"nodeList"|"bytesList"|undefined} kind
         * @memberof tensorflow.CollectionDef
         * @instance
         */
        $Object.defineProperty(CollectionDef.prototype, "kind", {
            get: $util.oneOfGetter($oneOfFields = ["nodeList", "bytesList"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new CollectionDef instance using the specified properties.
         * @function create
         * @memberof tensorflow.CollectionDef
         * @static
         * @param {tensorflow.CollectionDef.$Properties=} [properties] Properties to set
         * @returns {tensorflow.CollectionDef} CollectionDef instance
         * @type {{
         *   (properties: tensorflow.CollectionDef.$Shape): tensorflow.CollectionDef & tensorflow.CollectionDef.$Shape;
         *   (properties?: tensorflow.CollectionDef.$Properties): tensorflow.CollectionDef;
         * }}
         */
        CollectionDef.create = function(properties) {
            return new CollectionDef(properties);
        };

        /**
         * Encodes the specified CollectionDef message. Does not implicitly {@link tensorflow.CollectionDef.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.CollectionDef
         * @static
         * @param {tensorflow.CollectionDef.$Properties} message CollectionDef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CollectionDef.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.nodeList != null && $Object.hasOwnProperty.call(message, "nodeList"))
                $root.tensorflow.CollectionDef.NodeList.encode(message.nodeList, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.bytesList != null && $Object.hasOwnProperty.call(message, "bytesList"))
                $root.tensorflow.CollectionDef.BytesList.encode(message.bytesList, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a CollectionDef message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.CollectionDef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.CollectionDef & tensorflow.CollectionDef.$Shape} CollectionDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CollectionDef.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.CollectionDef();
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
                        message.nodeList = $root.tensorflow.CollectionDef.NodeList.decode(reader, reader.size(), $undefined, _depth + 1, message.nodeList);
                        message.kind = "nodeList";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.bytesList = $root.tensorflow.CollectionDef.BytesList.decode(reader, reader.size(), $undefined, _depth + 1, message.bytesList);
                        message.kind = "bytesList";
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

        /**
         * Gets the type url for CollectionDef
         * @function getTypeUrl
         * @memberof tensorflow.CollectionDef
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CollectionDef.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.CollectionDef";
        };

        CollectionDef.NodeList = (function() {

            /**
             * Properties of a NodeList.
             * @typedef {Object} tensorflow.CollectionDef.NodeList.$Properties
             * @property {Array.<string>|null} [value] NodeList value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeList.
             * @memberof tensorflow.CollectionDef
             * @interface INodeList
             * @augments tensorflow.CollectionDef.NodeList.$Properties
             * @deprecated Use tensorflow.CollectionDef.NodeList.$Properties instead.
             */

            /**
             * Shape of a NodeList.
             * @typedef {tensorflow.CollectionDef.NodeList.$Properties} tensorflow.CollectionDef.NodeList.$Shape
             */

            /**
             * Constructs a new NodeList.
             * @memberof tensorflow.CollectionDef
             * @classdesc Represents a NodeList.
             * @constructor
             * @param {tensorflow.CollectionDef.NodeList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeList = function (properties) {
                this.value = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeList value.
             * @member {Array.<string>} value
             * @memberof tensorflow.CollectionDef.NodeList
             * @instance
             */
            NodeList.prototype.value = $util.emptyArray;

            /**
             * Creates a new NodeList instance using the specified properties.
             * @function create
             * @memberof tensorflow.CollectionDef.NodeList
             * @static
             * @param {tensorflow.CollectionDef.NodeList.$Properties=} [properties] Properties to set
             * @returns {tensorflow.CollectionDef.NodeList} NodeList instance
             * @type {{
             *   (properties: tensorflow.CollectionDef.NodeList.$Shape): tensorflow.CollectionDef.NodeList & tensorflow.CollectionDef.NodeList.$Shape;
             *   (properties?: tensorflow.CollectionDef.NodeList.$Properties): tensorflow.CollectionDef.NodeList;
             * }}
             */
            NodeList.create = function(properties) {
                return new NodeList(properties);
            };

            /**
             * Encodes the specified NodeList message. Does not implicitly {@link tensorflow.CollectionDef.NodeList.verify|verify} messages.
             * @function encode
             * @memberof tensorflow.CollectionDef.NodeList
             * @static
             * @param {tensorflow.CollectionDef.NodeList.$Properties} message NodeList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && message.value.length)
                    for (let i = 0; i < message.value.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.value[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NodeList message from the specified reader or buffer.
             * @function decode
             * @memberof tensorflow.CollectionDef.NodeList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorflow.CollectionDef.NodeList & tensorflow.CollectionDef.NodeList.$Shape} NodeList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeList.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.tensorflow.CollectionDef.NodeList();
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
                            if (!(message.value && message.value.length))
                                message.value = [];
                            message.value.push(reader.stringVerify());
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

            /**
             * Gets the type url for NodeList
             * @function getTypeUrl
             * @memberof tensorflow.CollectionDef.NodeList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tensorflow.CollectionDef.NodeList";
            };

            return NodeList;
        })();

        CollectionDef.BytesList = (function() {

            /**
             * Properties of a BytesList.
             * @typedef {Object} tensorflow.CollectionDef.BytesList.$Properties
             * @property {Array.<Uint8Array>|null} [value] BytesList value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BytesList.
             * @memberof tensorflow.CollectionDef
             * @interface IBytesList
             * @augments tensorflow.CollectionDef.BytesList.$Properties
             * @deprecated Use tensorflow.CollectionDef.BytesList.$Properties instead.
             */

            /**
             * Shape of a BytesList.
             * @typedef {tensorflow.CollectionDef.BytesList.$Properties} tensorflow.CollectionDef.BytesList.$Shape
             */

            /**
             * Constructs a new BytesList.
             * @memberof tensorflow.CollectionDef
             * @classdesc Represents a BytesList.
             * @constructor
             * @param {tensorflow.CollectionDef.BytesList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BytesList = function (properties) {
                this.value = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BytesList value.
             * @member {Array.<Uint8Array>} value
             * @memberof tensorflow.CollectionDef.BytesList
             * @instance
             */
            BytesList.prototype.value = $util.emptyArray;

            /**
             * Creates a new BytesList instance using the specified properties.
             * @function create
             * @memberof tensorflow.CollectionDef.BytesList
             * @static
             * @param {tensorflow.CollectionDef.BytesList.$Properties=} [properties] Properties to set
             * @returns {tensorflow.CollectionDef.BytesList} BytesList instance
             * @type {{
             *   (properties: tensorflow.CollectionDef.BytesList.$Shape): tensorflow.CollectionDef.BytesList & tensorflow.CollectionDef.BytesList.$Shape;
             *   (properties?: tensorflow.CollectionDef.BytesList.$Properties): tensorflow.CollectionDef.BytesList;
             * }}
             */
            BytesList.create = function(properties) {
                return new BytesList(properties);
            };

            /**
             * Encodes the specified BytesList message. Does not implicitly {@link tensorflow.CollectionDef.BytesList.verify|verify} messages.
             * @function encode
             * @memberof tensorflow.CollectionDef.BytesList
             * @static
             * @param {tensorflow.CollectionDef.BytesList.$Properties} message BytesList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BytesList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && message.value.length)
                    for (let i = 0; i < message.value.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.value[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BytesList message from the specified reader or buffer.
             * @function decode
             * @memberof tensorflow.CollectionDef.BytesList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorflow.CollectionDef.BytesList & tensorflow.CollectionDef.BytesList.$Shape} BytesList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BytesList.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.tensorflow.CollectionDef.BytesList();
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
                            if (!(message.value && message.value.length))
                                message.value = [];
                            message.value.push(reader.bytes());
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

            /**
             * Gets the type url for BytesList
             * @function getTypeUrl
             * @memberof tensorflow.CollectionDef.BytesList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BytesList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tensorflow.CollectionDef.BytesList";
            };

            return BytesList;
        })();

        return CollectionDef;
    })();

    tensorflow.SaverDef = (function() {

        /**
         * Properties of a SaverDef.
         * @typedef {Object} tensorflow.SaverDef.$Properties
         * @property {string|null} [filenameTensorName] SaverDef filenameTensorName
         * @property {string|null} [saveTensorName] SaverDef saveTensorName
         * @property {string|null} [restoreOpName] SaverDef restoreOpName
         * @property {number|null} [maxToKeep] SaverDef maxToKeep
         * @property {boolean|null} [sharded] SaverDef sharded
         * @property {number|null} [keepCheckpointEveryNHours] SaverDef keepCheckpointEveryNHours
         * @property {tensorflow.SaverDef.CheckpointFormatVersion|null} [version] SaverDef version
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SaverDef.
         * @memberof tensorflow
         * @interface ISaverDef
         * @augments tensorflow.SaverDef.$Properties
         * @deprecated Use tensorflow.SaverDef.$Properties instead.
         */

        /**
         * Shape of a SaverDef.
         * @typedef {tensorflow.SaverDef.$Properties} tensorflow.SaverDef.$Shape
         */

        /**
         * Constructs a new SaverDef.
         * @memberof tensorflow
         * @classdesc Represents a SaverDef.
         * @constructor
         * @param {tensorflow.SaverDef.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SaverDef = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SaverDef filenameTensorName.
         * @member {string} filenameTensorName
         * @memberof tensorflow.SaverDef
         * @instance
         */
        SaverDef.prototype.filenameTensorName = "";

        /**
         * SaverDef saveTensorName.
         * @member {string} saveTensorName
         * @memberof tensorflow.SaverDef
         * @instance
         */
        SaverDef.prototype.saveTensorName = "";

        /**
         * SaverDef restoreOpName.
         * @member {string} restoreOpName
         * @memberof tensorflow.SaverDef
         * @instance
         */
        SaverDef.prototype.restoreOpName = "";

        /**
         * SaverDef maxToKeep.
         * @member {number} maxToKeep
         * @memberof tensorflow.SaverDef
         * @instance
         */
        SaverDef.prototype.maxToKeep = 0;

        /**
         * SaverDef sharded.
         * @member {boolean} sharded
         * @memberof tensorflow.SaverDef
         * @instance
         */
        SaverDef.prototype.sharded = false;

        /**
         * SaverDef keepCheckpointEveryNHours.
         * @member {number} keepCheckpointEveryNHours
         * @memberof tensorflow.SaverDef
         * @instance
         */
        SaverDef.prototype.keepCheckpointEveryNHours = 0;

        /**
         * SaverDef version.
         * @member {tensorflow.SaverDef.CheckpointFormatVersion} version
         * @memberof tensorflow.SaverDef
         * @instance
         */
        SaverDef.prototype.version = 0;

        /**
         * Creates a new SaverDef instance using the specified properties.
         * @function create
         * @memberof tensorflow.SaverDef
         * @static
         * @param {tensorflow.SaverDef.$Properties=} [properties] Properties to set
         * @returns {tensorflow.SaverDef} SaverDef instance
         * @type {{
         *   (properties: tensorflow.SaverDef.$Shape): tensorflow.SaverDef & tensorflow.SaverDef.$Shape;
         *   (properties?: tensorflow.SaverDef.$Properties): tensorflow.SaverDef;
         * }}
         */
        SaverDef.create = function(properties) {
            return new SaverDef(properties);
        };

        /**
         * Encodes the specified SaverDef message. Does not implicitly {@link tensorflow.SaverDef.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.SaverDef
         * @static
         * @param {tensorflow.SaverDef.$Properties} message SaverDef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SaverDef.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.filenameTensorName != null && $Object.hasOwnProperty.call(message, "filenameTensorName") && message.filenameTensorName !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.filenameTensorName);
            if (message.saveTensorName != null && $Object.hasOwnProperty.call(message, "saveTensorName") && message.saveTensorName !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.saveTensorName);
            if (message.restoreOpName != null && $Object.hasOwnProperty.call(message, "restoreOpName") && message.restoreOpName !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.restoreOpName);
            if (message.maxToKeep != null && $Object.hasOwnProperty.call(message, "maxToKeep") && message.maxToKeep !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.maxToKeep);
            if (message.sharded != null && $Object.hasOwnProperty.call(message, "sharded") && message.sharded !== false)
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.sharded);
            if (message.keepCheckpointEveryNHours != null && $Object.hasOwnProperty.call(message, "keepCheckpointEveryNHours") && !$Object.is(message.keepCheckpointEveryNHours, 0))
                writer.uint32(/* id 6, wireType 5 =*/53).float(message.keepCheckpointEveryNHours);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 7, wireType 0 =*/56).int32(message.version);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SaverDef message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.SaverDef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.SaverDef & tensorflow.SaverDef.$Shape} SaverDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SaverDef.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.SaverDef();
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
                            message.filenameTensorName = value;
                        else
                            delete message.filenameTensorName;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.saveTensorName = value;
                        else
                            delete message.saveTensorName;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.restoreOpName = value;
                        else
                            delete message.restoreOpName;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.maxToKeep = value;
                        else
                            delete message.maxToKeep;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.sharded = value;
                        else
                            delete message.sharded;
                        continue;
                    }
                case 6: {
                        if (wireType !== 5)
                            break;
                        if (!$Object.is(value = reader.float(), 0))
                            message.keepCheckpointEveryNHours = value;
                        else
                            delete message.keepCheckpointEveryNHours;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
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

        /**
         * Gets the type url for SaverDef
         * @function getTypeUrl
         * @memberof tensorflow.SaverDef
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SaverDef.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.SaverDef";
        };

        /**
         * CheckpointFormatVersion enum.
         * @name tensorflow.SaverDef.CheckpointFormatVersion
         * @enum {number}
         * @property {number} LEGACY=0 LEGACY value
         * @property {number} V1=1 V1 value
         * @property {number} V2=2 V2 value
         */
        SaverDef.CheckpointFormatVersion = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LEGACY"] = 0;
            values[valuesById[1] = "V1"] = 1;
            values[valuesById[2] = "V2"] = 2;
            return values;
        })();

        return SaverDef;
    })();

    tensorflow.SavedObjectGraph = (function() {

        /**
         * Properties of a SavedObjectGraph.
         * @typedef {Object} tensorflow.SavedObjectGraph.$Properties
         * @property {Array.<tensorflow.SavedObject.$Properties>|null} [nodes] SavedObjectGraph nodes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SavedObjectGraph.
         * @memberof tensorflow
         * @interface ISavedObjectGraph
         * @augments tensorflow.SavedObjectGraph.$Properties
         * @deprecated Use tensorflow.SavedObjectGraph.$Properties instead.
         */

        /**
         * Shape of a SavedObjectGraph.
         * @typedef {{
         *   nodes?: Array.<tensorflow.SavedObject.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tensorflow.SavedObjectGraph.$Shape
         */

        /**
         * Constructs a new SavedObjectGraph.
         * @memberof tensorflow
         * @classdesc Represents a SavedObjectGraph.
         * @constructor
         * @param {tensorflow.SavedObjectGraph.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SavedObjectGraph = function (properties) {
            this.nodes = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SavedObjectGraph nodes.
         * @member {Array.<tensorflow.SavedObject.$Properties>} nodes
         * @memberof tensorflow.SavedObjectGraph
         * @instance
         */
        SavedObjectGraph.prototype.nodes = $util.emptyArray;

        /**
         * Creates a new SavedObjectGraph instance using the specified properties.
         * @function create
         * @memberof tensorflow.SavedObjectGraph
         * @static
         * @param {tensorflow.SavedObjectGraph.$Properties=} [properties] Properties to set
         * @returns {tensorflow.SavedObjectGraph} SavedObjectGraph instance
         * @type {{
         *   (properties: tensorflow.SavedObjectGraph.$Shape): tensorflow.SavedObjectGraph & tensorflow.SavedObjectGraph.$Shape;
         *   (properties?: tensorflow.SavedObjectGraph.$Properties): tensorflow.SavedObjectGraph;
         * }}
         */
        SavedObjectGraph.create = function(properties) {
            return new SavedObjectGraph(properties);
        };

        /**
         * Encodes the specified SavedObjectGraph message. Does not implicitly {@link tensorflow.SavedObjectGraph.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.SavedObjectGraph
         * @static
         * @param {tensorflow.SavedObjectGraph.$Properties} message SavedObjectGraph message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SavedObjectGraph.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.nodes != null && message.nodes.length)
                for (let i = 0; i < message.nodes.length; ++i)
                    $root.tensorflow.SavedObject.encode(message.nodes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SavedObjectGraph message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.SavedObjectGraph
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.SavedObjectGraph & tensorflow.SavedObjectGraph.$Shape} SavedObjectGraph
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SavedObjectGraph.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.SavedObjectGraph();
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
                        if (!(message.nodes && message.nodes.length))
                            message.nodes = [];
                        message.nodes.push($root.tensorflow.SavedObject.decode(reader, reader.size(), $undefined, _depth + 1));
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

        /**
         * Gets the type url for SavedObjectGraph
         * @function getTypeUrl
         * @memberof tensorflow.SavedObjectGraph
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SavedObjectGraph.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.SavedObjectGraph";
        };

        return SavedObjectGraph;
    })();

    tensorflow.SavedObject = (function() {

        /**
         * Properties of a SavedObject.
         * @typedef {Object} tensorflow.SavedObject.$Properties
         * @property {Array.<tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties>|null} [children] SavedObject children
         * @property {Array.<tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties>|null} [slotVariables] SavedObject slotVariables
         * @property {tensorflow.SavedUserObject.$Properties|null} [userObject] SavedObject userObject
         * @property {tensorflow.SavedVariable.$Properties|null} [variable] SavedObject variable
         * @property {"userObject"|"variable"} [kind] SavedObject kind
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SavedObject.
         * @memberof tensorflow
         * @interface ISavedObject
         * @augments tensorflow.SavedObject.$Properties
         * @deprecated Use tensorflow.SavedObject.$Properties instead.
         */

        /**
         * Narrowed shape of a SavedObject.
         * @typedef {{
         *   children?: Array.<tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Shape>|null;
         *   slotVariables?: Array.<tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Shape>|null;
         *   userObject?: tensorflow.SavedUserObject.$Shape|null;
         *   variable?: tensorflow.SavedVariable.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ kind?: undefined; userObject?: null; variable?: null }|{ kind?: "userObject"; userObject: tensorflow.SavedUserObject.$Shape; variable?: null }|{ kind?: "variable"; userObject?: null; variable: tensorflow.SavedVariable.$Shape })
         * )} tensorflow.SavedObject.$Shape
         */

        /**
         * Constructs a new SavedObject.
         * @memberof tensorflow
         * @classdesc Represents a SavedObject.
         * @constructor
         * @param {tensorflow.SavedObject.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SavedObject = function (properties) {
            this.children = [];
            this.slotVariables = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SavedObject children.
         * @member {Array.<tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties>} children
         * @memberof tensorflow.SavedObject
         * @instance
         */
        SavedObject.prototype.children = $util.emptyArray;

        /**
         * SavedObject slotVariables.
         * @member {Array.<tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties>} slotVariables
         * @memberof tensorflow.SavedObject
         * @instance
         */
        SavedObject.prototype.slotVariables = $util.emptyArray;

        /**
         * SavedObject userObject.
         * @member {tensorflow.SavedUserObject.$Properties|null|undefined} userObject
         * @memberof tensorflow.SavedObject
         * @instance
         */
        SavedObject.prototype.userObject = null;

        /**
         * SavedObject variable.
         * @member {tensorflow.SavedVariable.$Properties|null|undefined} variable
         * @memberof tensorflow.SavedObject
         * @instance
         */
        SavedObject.prototype.variable = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * SavedObject kind.
         * @member {"userObject"|"variable"|undefined} kind
         * @memberof tensorflow.SavedObject
         * @instance
         */
        $Object.defineProperty(SavedObject.prototype, "kind", {
            get: $util.oneOfGetter($oneOfFields = ["userObject", "variable"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new SavedObject instance using the specified properties.
         * @function create
         * @memberof tensorflow.SavedObject
         * @static
         * @param {tensorflow.SavedObject.$Properties=} [properties] Properties to set
         * @returns {tensorflow.SavedObject} SavedObject instance
         * @type {{
         *   (properties: tensorflow.SavedObject.$Shape): tensorflow.SavedObject & tensorflow.SavedObject.$Shape;
         *   (properties?: tensorflow.SavedObject.$Properties): tensorflow.SavedObject;
         * }}
         */
        SavedObject.create = function(properties) {
            return new SavedObject(properties);
        };

        /**
         * Encodes the specified SavedObject message. Does not implicitly {@link tensorflow.SavedObject.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.SavedObject
         * @static
         * @param {tensorflow.SavedObject.$Properties} message SavedObject message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SavedObject.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.children != null && message.children.length)
                for (let i = 0; i < message.children.length; ++i)
                    $root.tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.encode(message.children[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.slotVariables != null && message.slotVariables.length)
                for (let i = 0; i < message.slotVariables.length; ++i)
                    $root.tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.encode(message.slotVariables[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.userObject != null && $Object.hasOwnProperty.call(message, "userObject"))
                $root.tensorflow.SavedUserObject.encode(message.userObject, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.variable != null && $Object.hasOwnProperty.call(message, "variable"))
                $root.tensorflow.SavedVariable.encode(message.variable, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SavedObject message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.SavedObject
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.SavedObject & tensorflow.SavedObject.$Shape} SavedObject
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SavedObject.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.SavedObject();
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
                        if (!(message.children && message.children.length))
                            message.children = [];
                        message.children.push($root.tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.slotVariables && message.slotVariables.length))
                            message.slotVariables = [];
                        message.slotVariables.push($root.tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.userObject = $root.tensorflow.SavedUserObject.decode(reader, reader.size(), $undefined, _depth + 1, message.userObject);
                        message.kind = "userObject";
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.variable = $root.tensorflow.SavedVariable.decode(reader, reader.size(), $undefined, _depth + 1, message.variable);
                        message.kind = "variable";
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

        /**
         * Gets the type url for SavedObject
         * @function getTypeUrl
         * @memberof tensorflow.SavedObject
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SavedObject.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.SavedObject";
        };

        return SavedObject;
    })();

    tensorflow.SavedUserObject = (function() {

        /**
         * Properties of a SavedUserObject.
         * @typedef {Object} tensorflow.SavedUserObject.$Properties
         * @property {string|null} [identifier] SavedUserObject identifier
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SavedUserObject.
         * @memberof tensorflow
         * @interface ISavedUserObject
         * @augments tensorflow.SavedUserObject.$Properties
         * @deprecated Use tensorflow.SavedUserObject.$Properties instead.
         */

        /**
         * Shape of a SavedUserObject.
         * @typedef {tensorflow.SavedUserObject.$Properties} tensorflow.SavedUserObject.$Shape
         */

        /**
         * Constructs a new SavedUserObject.
         * @memberof tensorflow
         * @classdesc Represents a SavedUserObject.
         * @constructor
         * @param {tensorflow.SavedUserObject.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SavedUserObject = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SavedUserObject identifier.
         * @member {string} identifier
         * @memberof tensorflow.SavedUserObject
         * @instance
         */
        SavedUserObject.prototype.identifier = "";

        /**
         * Creates a new SavedUserObject instance using the specified properties.
         * @function create
         * @memberof tensorflow.SavedUserObject
         * @static
         * @param {tensorflow.SavedUserObject.$Properties=} [properties] Properties to set
         * @returns {tensorflow.SavedUserObject} SavedUserObject instance
         * @type {{
         *   (properties: tensorflow.SavedUserObject.$Shape): tensorflow.SavedUserObject & tensorflow.SavedUserObject.$Shape;
         *   (properties?: tensorflow.SavedUserObject.$Properties): tensorflow.SavedUserObject;
         * }}
         */
        SavedUserObject.create = function(properties) {
            return new SavedUserObject(properties);
        };

        /**
         * Encodes the specified SavedUserObject message. Does not implicitly {@link tensorflow.SavedUserObject.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.SavedUserObject
         * @static
         * @param {tensorflow.SavedUserObject.$Properties} message SavedUserObject message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SavedUserObject.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier") && message.identifier !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.identifier);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SavedUserObject message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.SavedUserObject
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.SavedUserObject & tensorflow.SavedUserObject.$Shape} SavedUserObject
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SavedUserObject.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.SavedUserObject();
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
                            message.identifier = value;
                        else
                            delete message.identifier;
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

        /**
         * Gets the type url for SavedUserObject
         * @function getTypeUrl
         * @memberof tensorflow.SavedUserObject
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SavedUserObject.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.SavedUserObject";
        };

        return SavedUserObject;
    })();

    tensorflow.SavedVariable = (function() {

        /**
         * Properties of a SavedVariable.
         * @typedef {Object} tensorflow.SavedVariable.$Properties
         * @property {tensorflow.DataType|null} [dtype] SavedVariable dtype
         * @property {tensorflow.TensorShapeProto.$Properties|null} [shape] SavedVariable shape
         * @property {boolean|null} [trainable] SavedVariable trainable
         * @property {string|null} [name] SavedVariable name
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SavedVariable.
         * @memberof tensorflow
         * @interface ISavedVariable
         * @augments tensorflow.SavedVariable.$Properties
         * @deprecated Use tensorflow.SavedVariable.$Properties instead.
         */

        /**
         * Shape of a SavedVariable.
         * @typedef {tensorflow.SavedVariable.$Properties} tensorflow.SavedVariable.$Shape
         */

        /**
         * Constructs a new SavedVariable.
         * @memberof tensorflow
         * @classdesc Represents a SavedVariable.
         * @constructor
         * @param {tensorflow.SavedVariable.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SavedVariable = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SavedVariable dtype.
         * @member {tensorflow.DataType} dtype
         * @memberof tensorflow.SavedVariable
         * @instance
         */
        SavedVariable.prototype.dtype = 0;

        /**
         * SavedVariable shape.
         * @member {tensorflow.TensorShapeProto.$Properties|null|undefined} shape
         * @memberof tensorflow.SavedVariable
         * @instance
         */
        SavedVariable.prototype.shape = null;

        /**
         * SavedVariable trainable.
         * @member {boolean} trainable
         * @memberof tensorflow.SavedVariable
         * @instance
         */
        SavedVariable.prototype.trainable = false;

        /**
         * SavedVariable name.
         * @member {string} name
         * @memberof tensorflow.SavedVariable
         * @instance
         */
        SavedVariable.prototype.name = "";

        /**
         * Creates a new SavedVariable instance using the specified properties.
         * @function create
         * @memberof tensorflow.SavedVariable
         * @static
         * @param {tensorflow.SavedVariable.$Properties=} [properties] Properties to set
         * @returns {tensorflow.SavedVariable} SavedVariable instance
         * @type {{
         *   (properties: tensorflow.SavedVariable.$Shape): tensorflow.SavedVariable & tensorflow.SavedVariable.$Shape;
         *   (properties?: tensorflow.SavedVariable.$Properties): tensorflow.SavedVariable;
         * }}
         */
        SavedVariable.create = function(properties) {
            return new SavedVariable(properties);
        };

        /**
         * Encodes the specified SavedVariable message. Does not implicitly {@link tensorflow.SavedVariable.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.SavedVariable
         * @static
         * @param {tensorflow.SavedVariable.$Properties} message SavedVariable message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SavedVariable.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype") && message.dtype !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.dtype);
            if (message.shape != null && $Object.hasOwnProperty.call(message, "shape"))
                $root.tensorflow.TensorShapeProto.encode(message.shape, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.trainable != null && $Object.hasOwnProperty.call(message, "trainable") && message.trainable !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.trainable);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.name);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SavedVariable message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.SavedVariable
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.SavedVariable & tensorflow.SavedVariable.$Shape} SavedVariable
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SavedVariable.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.SavedVariable();
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
                            message.dtype = value;
                        else
                            delete message.dtype;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.shape = $root.tensorflow.TensorShapeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.shape);
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.trainable = value;
                        else
                            delete message.trainable;
                        continue;
                    }
                case 6: {
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

        /**
         * Gets the type url for SavedVariable
         * @function getTypeUrl
         * @memberof tensorflow.SavedVariable
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SavedVariable.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.SavedVariable";
        };

        return SavedVariable;
    })();

    tensorflow.TrackableObjectGraph = (function() {

        /**
         * Properties of a TrackableObjectGraph.
         * @typedef {Object} tensorflow.TrackableObjectGraph.$Properties
         * @property {Array.<tensorflow.TrackableObjectGraph.TrackableObject.$Properties>|null} [nodes] TrackableObjectGraph nodes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TrackableObjectGraph.
         * @memberof tensorflow
         * @interface ITrackableObjectGraph
         * @augments tensorflow.TrackableObjectGraph.$Properties
         * @deprecated Use tensorflow.TrackableObjectGraph.$Properties instead.
         */

        /**
         * Shape of a TrackableObjectGraph.
         * @typedef {tensorflow.TrackableObjectGraph.$Properties} tensorflow.TrackableObjectGraph.$Shape
         */

        /**
         * Constructs a new TrackableObjectGraph.
         * @memberof tensorflow
         * @classdesc Represents a TrackableObjectGraph.
         * @constructor
         * @param {tensorflow.TrackableObjectGraph.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TrackableObjectGraph = function (properties) {
            this.nodes = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TrackableObjectGraph nodes.
         * @member {Array.<tensorflow.TrackableObjectGraph.TrackableObject.$Properties>} nodes
         * @memberof tensorflow.TrackableObjectGraph
         * @instance
         */
        TrackableObjectGraph.prototype.nodes = $util.emptyArray;

        /**
         * Creates a new TrackableObjectGraph instance using the specified properties.
         * @function create
         * @memberof tensorflow.TrackableObjectGraph
         * @static
         * @param {tensorflow.TrackableObjectGraph.$Properties=} [properties] Properties to set
         * @returns {tensorflow.TrackableObjectGraph} TrackableObjectGraph instance
         * @type {{
         *   (properties: tensorflow.TrackableObjectGraph.$Shape): tensorflow.TrackableObjectGraph & tensorflow.TrackableObjectGraph.$Shape;
         *   (properties?: tensorflow.TrackableObjectGraph.$Properties): tensorflow.TrackableObjectGraph;
         * }}
         */
        TrackableObjectGraph.create = function(properties) {
            return new TrackableObjectGraph(properties);
        };

        /**
         * Encodes the specified TrackableObjectGraph message. Does not implicitly {@link tensorflow.TrackableObjectGraph.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.TrackableObjectGraph
         * @static
         * @param {tensorflow.TrackableObjectGraph.$Properties} message TrackableObjectGraph message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TrackableObjectGraph.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.nodes != null && message.nodes.length)
                for (let i = 0; i < message.nodes.length; ++i)
                    $root.tensorflow.TrackableObjectGraph.TrackableObject.encode(message.nodes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TrackableObjectGraph message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.TrackableObjectGraph
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.TrackableObjectGraph & tensorflow.TrackableObjectGraph.$Shape} TrackableObjectGraph
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TrackableObjectGraph.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.TrackableObjectGraph();
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
                        if (!(message.nodes && message.nodes.length))
                            message.nodes = [];
                        message.nodes.push($root.tensorflow.TrackableObjectGraph.TrackableObject.decode(reader, reader.size(), $undefined, _depth + 1));
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

        /**
         * Gets the type url for TrackableObjectGraph
         * @function getTypeUrl
         * @memberof tensorflow.TrackableObjectGraph
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TrackableObjectGraph.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.TrackableObjectGraph";
        };

        TrackableObjectGraph.TrackableObject = (function() {

            /**
             * Properties of a TrackableObject.
             * @typedef {Object} tensorflow.TrackableObjectGraph.TrackableObject.$Properties
             * @property {Array.<tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties>|null} [children] TrackableObject children
             * @property {Array.<tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties>|null} [attributes] TrackableObject attributes
             * @property {Array.<tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties>|null} [slotVariables] TrackableObject slotVariables
             * @property {tensorflow.RegisteredSaver.$Properties|null} [registeredSaver] TrackableObject registeredSaver
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TrackableObject.
             * @memberof tensorflow.TrackableObjectGraph
             * @interface ITrackableObject
             * @augments tensorflow.TrackableObjectGraph.TrackableObject.$Properties
             * @deprecated Use tensorflow.TrackableObjectGraph.TrackableObject.$Properties instead.
             */

            /**
             * Shape of a TrackableObject.
             * @typedef {tensorflow.TrackableObjectGraph.TrackableObject.$Properties} tensorflow.TrackableObjectGraph.TrackableObject.$Shape
             */

            /**
             * Constructs a new TrackableObject.
             * @memberof tensorflow.TrackableObjectGraph
             * @classdesc Represents a TrackableObject.
             * @constructor
             * @param {tensorflow.TrackableObjectGraph.TrackableObject.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TrackableObject = function (properties) {
                this.children = [];
                this.attributes = [];
                this.slotVariables = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TrackableObject children.
             * @member {Array.<tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties>} children
             * @memberof tensorflow.TrackableObjectGraph.TrackableObject
             * @instance
             */
            TrackableObject.prototype.children = $util.emptyArray;

            /**
             * TrackableObject attributes.
             * @member {Array.<tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties>} attributes
             * @memberof tensorflow.TrackableObjectGraph.TrackableObject
             * @instance
             */
            TrackableObject.prototype.attributes = $util.emptyArray;

            /**
             * TrackableObject slotVariables.
             * @member {Array.<tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties>} slotVariables
             * @memberof tensorflow.TrackableObjectGraph.TrackableObject
             * @instance
             */
            TrackableObject.prototype.slotVariables = $util.emptyArray;

            /**
             * TrackableObject registeredSaver.
             * @member {tensorflow.RegisteredSaver.$Properties|null|undefined} registeredSaver
             * @memberof tensorflow.TrackableObjectGraph.TrackableObject
             * @instance
             */
            TrackableObject.prototype.registeredSaver = null;

            /**
             * Creates a new TrackableObject instance using the specified properties.
             * @function create
             * @memberof tensorflow.TrackableObjectGraph.TrackableObject
             * @static
             * @param {tensorflow.TrackableObjectGraph.TrackableObject.$Properties=} [properties] Properties to set
             * @returns {tensorflow.TrackableObjectGraph.TrackableObject} TrackableObject instance
             * @type {{
             *   (properties: tensorflow.TrackableObjectGraph.TrackableObject.$Shape): tensorflow.TrackableObjectGraph.TrackableObject & tensorflow.TrackableObjectGraph.TrackableObject.$Shape;
             *   (properties?: tensorflow.TrackableObjectGraph.TrackableObject.$Properties): tensorflow.TrackableObjectGraph.TrackableObject;
             * }}
             */
            TrackableObject.create = function(properties) {
                return new TrackableObject(properties);
            };

            /**
             * Encodes the specified TrackableObject message. Does not implicitly {@link tensorflow.TrackableObjectGraph.TrackableObject.verify|verify} messages.
             * @function encode
             * @memberof tensorflow.TrackableObjectGraph.TrackableObject
             * @static
             * @param {tensorflow.TrackableObjectGraph.TrackableObject.$Properties} message TrackableObject message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrackableObject.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.children != null && message.children.length)
                    for (let i = 0; i < message.children.length; ++i)
                        $root.tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.encode(message.children[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.attributes != null && message.attributes.length)
                    for (let i = 0; i < message.attributes.length; ++i)
                        $root.tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.encode(message.attributes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.slotVariables != null && message.slotVariables.length)
                    for (let i = 0; i < message.slotVariables.length; ++i)
                        $root.tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.encode(message.slotVariables[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.registeredSaver != null && $Object.hasOwnProperty.call(message, "registeredSaver"))
                    $root.tensorflow.RegisteredSaver.encode(message.registeredSaver, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TrackableObject message from the specified reader or buffer.
             * @function decode
             * @memberof tensorflow.TrackableObjectGraph.TrackableObject
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorflow.TrackableObjectGraph.TrackableObject & tensorflow.TrackableObjectGraph.TrackableObject.$Shape} TrackableObject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrackableObject.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.tensorflow.TrackableObjectGraph.TrackableObject();
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
                            if (!(message.children && message.children.length))
                                message.children = [];
                            message.children.push($root.tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.attributes && message.attributes.length))
                                message.attributes = [];
                            message.attributes.push($root.tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.slotVariables && message.slotVariables.length))
                                message.slotVariables = [];
                            message.slotVariables.push($root.tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.registeredSaver = $root.tensorflow.RegisteredSaver.decode(reader, reader.size(), $undefined, _depth + 1, message.registeredSaver);
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

            /**
             * Gets the type url for TrackableObject
             * @function getTypeUrl
             * @memberof tensorflow.TrackableObjectGraph.TrackableObject
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TrackableObject.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tensorflow.TrackableObjectGraph.TrackableObject";
            };

            TrackableObject.ObjectReference = (function() {

                /**
                 * Properties of an ObjectReference.
                 * @typedef {Object} tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties
                 * @property {number|null} [nodeId] ObjectReference nodeId
                 * @property {string|null} [localName] ObjectReference localName
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ObjectReference.
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject
                 * @interface IObjectReference
                 * @augments tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties
                 * @deprecated Use tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties instead.
                 */

                /**
                 * Shape of an ObjectReference.
                 * @typedef {tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties} tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Shape
                 */

                /**
                 * Constructs a new ObjectReference.
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject
                 * @classdesc Represents an ObjectReference.
                 * @constructor
                 * @param {tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ObjectReference = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ObjectReference nodeId.
                 * @member {number} nodeId
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference
                 * @instance
                 */
                ObjectReference.prototype.nodeId = 0;

                /**
                 * ObjectReference localName.
                 * @member {string} localName
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference
                 * @instance
                 */
                ObjectReference.prototype.localName = "";

                /**
                 * Creates a new ObjectReference instance using the specified properties.
                 * @function create
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference
                 * @static
                 * @param {tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties=} [properties] Properties to set
                 * @returns {tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference} ObjectReference instance
                 * @type {{
                 *   (properties: tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Shape): tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference & tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Shape;
                 *   (properties?: tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties): tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference;
                 * }}
                 */
                ObjectReference.create = function(properties) {
                    return new ObjectReference(properties);
                };

                /**
                 * Encodes the specified ObjectReference message. Does not implicitly {@link tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.verify|verify} messages.
                 * @function encode
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference
                 * @static
                 * @param {tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties} message ObjectReference message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ObjectReference.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.nodeId);
                    if (message.localName != null && $Object.hasOwnProperty.call(message, "localName") && message.localName !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.localName);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ObjectReference message from the specified reader or buffer.
                 * @function decode
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference & tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Shape} ObjectReference
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ObjectReference.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference();
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
                                    message.nodeId = value;
                                else
                                    delete message.nodeId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.localName = value;
                                else
                                    delete message.localName;
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

                /**
                 * Gets the type url for ObjectReference
                 * @function getTypeUrl
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ObjectReference.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference";
                };

                return ObjectReference;
            })();

            TrackableObject.SerializedTensor = (function() {

                /**
                 * Properties of a SerializedTensor.
                 * @typedef {Object} tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties
                 * @property {string|null} [name] SerializedTensor name
                 * @property {string|null} [fullName] SerializedTensor fullName
                 * @property {string|null} [checkpointKey] SerializedTensor checkpointKey
                 * @property {boolean|null} [optionalRestore] SerializedTensor optionalRestore
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SerializedTensor.
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject
                 * @interface ISerializedTensor
                 * @augments tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties
                 * @deprecated Use tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties instead.
                 */

                /**
                 * Shape of a SerializedTensor.
                 * @typedef {tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties} tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Shape
                 */

                /**
                 * Constructs a new SerializedTensor.
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject
                 * @classdesc Represents a SerializedTensor.
                 * @constructor
                 * @param {tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SerializedTensor = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SerializedTensor name.
                 * @member {string} name
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor
                 * @instance
                 */
                SerializedTensor.prototype.name = "";

                /**
                 * SerializedTensor fullName.
                 * @member {string} fullName
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor
                 * @instance
                 */
                SerializedTensor.prototype.fullName = "";

                /**
                 * SerializedTensor checkpointKey.
                 * @member {string} checkpointKey
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor
                 * @instance
                 */
                SerializedTensor.prototype.checkpointKey = "";

                /**
                 * SerializedTensor optionalRestore.
                 * @member {boolean} optionalRestore
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor
                 * @instance
                 */
                SerializedTensor.prototype.optionalRestore = false;

                /**
                 * Creates a new SerializedTensor instance using the specified properties.
                 * @function create
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor
                 * @static
                 * @param {tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties=} [properties] Properties to set
                 * @returns {tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor} SerializedTensor instance
                 * @type {{
                 *   (properties: tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Shape): tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor & tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Shape;
                 *   (properties?: tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties): tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor;
                 * }}
                 */
                SerializedTensor.create = function(properties) {
                    return new SerializedTensor(properties);
                };

                /**
                 * Encodes the specified SerializedTensor message. Does not implicitly {@link tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.verify|verify} messages.
                 * @function encode
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor
                 * @static
                 * @param {tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties} message SerializedTensor message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SerializedTensor.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.fullName != null && $Object.hasOwnProperty.call(message, "fullName") && message.fullName !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.fullName);
                    if (message.checkpointKey != null && $Object.hasOwnProperty.call(message, "checkpointKey") && message.checkpointKey !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.checkpointKey);
                    if (message.optionalRestore != null && $Object.hasOwnProperty.call(message, "optionalRestore") && message.optionalRestore !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.optionalRestore);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SerializedTensor message from the specified reader or buffer.
                 * @function decode
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor & tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Shape} SerializedTensor
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SerializedTensor.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor();
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
                                    message.fullName = value;
                                else
                                    delete message.fullName;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.checkpointKey = value;
                                else
                                    delete message.checkpointKey;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.optionalRestore = value;
                                else
                                    delete message.optionalRestore;
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

                /**
                 * Gets the type url for SerializedTensor
                 * @function getTypeUrl
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SerializedTensor.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor";
                };

                return SerializedTensor;
            })();

            TrackableObject.SlotVariableReference = (function() {

                /**
                 * Properties of a SlotVariableReference.
                 * @typedef {Object} tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties
                 * @property {number|null} [originalVariableNodeId] SlotVariableReference originalVariableNodeId
                 * @property {string|null} [slotName] SlotVariableReference slotName
                 * @property {number|null} [slotVariableNodeId] SlotVariableReference slotVariableNodeId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SlotVariableReference.
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject
                 * @interface ISlotVariableReference
                 * @augments tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties
                 * @deprecated Use tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties instead.
                 */

                /**
                 * Shape of a SlotVariableReference.
                 * @typedef {tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties} tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Shape
                 */

                /**
                 * Constructs a new SlotVariableReference.
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject
                 * @classdesc Represents a SlotVariableReference.
                 * @constructor
                 * @param {tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SlotVariableReference = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SlotVariableReference originalVariableNodeId.
                 * @member {number} originalVariableNodeId
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference
                 * @instance
                 */
                SlotVariableReference.prototype.originalVariableNodeId = 0;

                /**
                 * SlotVariableReference slotName.
                 * @member {string} slotName
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference
                 * @instance
                 */
                SlotVariableReference.prototype.slotName = "";

                /**
                 * SlotVariableReference slotVariableNodeId.
                 * @member {number} slotVariableNodeId
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference
                 * @instance
                 */
                SlotVariableReference.prototype.slotVariableNodeId = 0;

                /**
                 * Creates a new SlotVariableReference instance using the specified properties.
                 * @function create
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference
                 * @static
                 * @param {tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties=} [properties] Properties to set
                 * @returns {tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference} SlotVariableReference instance
                 * @type {{
                 *   (properties: tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Shape): tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference & tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Shape;
                 *   (properties?: tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties): tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference;
                 * }}
                 */
                SlotVariableReference.create = function(properties) {
                    return new SlotVariableReference(properties);
                };

                /**
                 * Encodes the specified SlotVariableReference message. Does not implicitly {@link tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.verify|verify} messages.
                 * @function encode
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference
                 * @static
                 * @param {tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties} message SlotVariableReference message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SlotVariableReference.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.originalVariableNodeId != null && $Object.hasOwnProperty.call(message, "originalVariableNodeId") && message.originalVariableNodeId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.originalVariableNodeId);
                    if (message.slotName != null && $Object.hasOwnProperty.call(message, "slotName") && message.slotName !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.slotName);
                    if (message.slotVariableNodeId != null && $Object.hasOwnProperty.call(message, "slotVariableNodeId") && message.slotVariableNodeId !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.slotVariableNodeId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SlotVariableReference message from the specified reader or buffer.
                 * @function decode
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference & tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Shape} SlotVariableReference
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SlotVariableReference.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference();
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
                                    message.originalVariableNodeId = value;
                                else
                                    delete message.originalVariableNodeId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.slotName = value;
                                else
                                    delete message.slotName;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.slotVariableNodeId = value;
                                else
                                    delete message.slotVariableNodeId;
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

                /**
                 * Gets the type url for SlotVariableReference
                 * @function getTypeUrl
                 * @memberof tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SlotVariableReference.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference";
                };

                return SlotVariableReference;
            })();

            return TrackableObject;
        })();

        return TrackableObjectGraph;
    })();

    tensorflow.RegisteredSaver = (function() {

        /**
         * Properties of a RegisteredSaver.
         * @typedef {Object} tensorflow.RegisteredSaver.$Properties
         * @property {string|null} [name] RegisteredSaver name
         * @property {string|null} [objectName] RegisteredSaver objectName
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RegisteredSaver.
         * @memberof tensorflow
         * @interface IRegisteredSaver
         * @augments tensorflow.RegisteredSaver.$Properties
         * @deprecated Use tensorflow.RegisteredSaver.$Properties instead.
         */

        /**
         * Shape of a RegisteredSaver.
         * @typedef {tensorflow.RegisteredSaver.$Properties} tensorflow.RegisteredSaver.$Shape
         */

        /**
         * Constructs a new RegisteredSaver.
         * @memberof tensorflow
         * @classdesc Represents a RegisteredSaver.
         * @constructor
         * @param {tensorflow.RegisteredSaver.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RegisteredSaver = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RegisteredSaver name.
         * @member {string} name
         * @memberof tensorflow.RegisteredSaver
         * @instance
         */
        RegisteredSaver.prototype.name = "";

        /**
         * RegisteredSaver objectName.
         * @member {string} objectName
         * @memberof tensorflow.RegisteredSaver
         * @instance
         */
        RegisteredSaver.prototype.objectName = "";

        /**
         * Creates a new RegisteredSaver instance using the specified properties.
         * @function create
         * @memberof tensorflow.RegisteredSaver
         * @static
         * @param {tensorflow.RegisteredSaver.$Properties=} [properties] Properties to set
         * @returns {tensorflow.RegisteredSaver} RegisteredSaver instance
         * @type {{
         *   (properties: tensorflow.RegisteredSaver.$Shape): tensorflow.RegisteredSaver & tensorflow.RegisteredSaver.$Shape;
         *   (properties?: tensorflow.RegisteredSaver.$Properties): tensorflow.RegisteredSaver;
         * }}
         */
        RegisteredSaver.create = function(properties) {
            return new RegisteredSaver(properties);
        };

        /**
         * Encodes the specified RegisteredSaver message. Does not implicitly {@link tensorflow.RegisteredSaver.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.RegisteredSaver
         * @static
         * @param {tensorflow.RegisteredSaver.$Properties} message RegisteredSaver message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RegisteredSaver.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.objectName != null && $Object.hasOwnProperty.call(message, "objectName") && message.objectName !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.objectName);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RegisteredSaver message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.RegisteredSaver
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.RegisteredSaver & tensorflow.RegisteredSaver.$Shape} RegisteredSaver
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RegisteredSaver.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.RegisteredSaver();
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
                            message.objectName = value;
                        else
                            delete message.objectName;
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

        /**
         * Gets the type url for RegisteredSaver
         * @function getTypeUrl
         * @memberof tensorflow.RegisteredSaver
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RegisteredSaver.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.RegisteredSaver";
        };

        return RegisteredSaver;
    })();

    tensorflow.SavedModel = (function() {

        /**
         * Properties of a SavedModel.
         * @typedef {Object} tensorflow.SavedModel.$Properties
         * @property {number|Long|null} [savedModelSchemaVersion] SavedModel savedModelSchemaVersion
         * @property {Array.<tensorflow.MetaGraphDef.$Properties>|null} [metaGraphs] SavedModel metaGraphs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SavedModel.
         * @memberof tensorflow
         * @interface ISavedModel
         * @augments tensorflow.SavedModel.$Properties
         * @deprecated Use tensorflow.SavedModel.$Properties instead.
         */

        /**
         * Shape of a SavedModel.
         * @typedef {{
         *   savedModelSchemaVersion?: number|Long|null;
         *   metaGraphs?: Array.<tensorflow.MetaGraphDef.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tensorflow.SavedModel.$Shape
         */

        /**
         * Constructs a new SavedModel.
         * @memberof tensorflow
         * @classdesc Represents a SavedModel.
         * @constructor
         * @param {tensorflow.SavedModel.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SavedModel = function (properties) {
            this.metaGraphs = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SavedModel savedModelSchemaVersion.
         * @member {number|Long} savedModelSchemaVersion
         * @memberof tensorflow.SavedModel
         * @instance
         */
        SavedModel.prototype.savedModelSchemaVersion = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * SavedModel metaGraphs.
         * @member {Array.<tensorflow.MetaGraphDef.$Properties>} metaGraphs
         * @memberof tensorflow.SavedModel
         * @instance
         */
        SavedModel.prototype.metaGraphs = $util.emptyArray;

        /**
         * Creates a new SavedModel instance using the specified properties.
         * @function create
         * @memberof tensorflow.SavedModel
         * @static
         * @param {tensorflow.SavedModel.$Properties=} [properties] Properties to set
         * @returns {tensorflow.SavedModel} SavedModel instance
         * @type {{
         *   (properties: tensorflow.SavedModel.$Shape): tensorflow.SavedModel & tensorflow.SavedModel.$Shape;
         *   (properties?: tensorflow.SavedModel.$Properties): tensorflow.SavedModel;
         * }}
         */
        SavedModel.create = function(properties) {
            return new SavedModel(properties);
        };

        /**
         * Encodes the specified SavedModel message. Does not implicitly {@link tensorflow.SavedModel.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.SavedModel
         * @static
         * @param {tensorflow.SavedModel.$Properties} message SavedModel message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SavedModel.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.savedModelSchemaVersion != null && $Object.hasOwnProperty.call(message, "savedModelSchemaVersion") && (typeof message.savedModelSchemaVersion === "object" ? message.savedModelSchemaVersion.low || message.savedModelSchemaVersion.high : message.savedModelSchemaVersion !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.savedModelSchemaVersion);
            if (message.metaGraphs != null && message.metaGraphs.length)
                for (let i = 0; i < message.metaGraphs.length; ++i)
                    $root.tensorflow.MetaGraphDef.encode(message.metaGraphs[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SavedModel message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.SavedModel
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.SavedModel & tensorflow.SavedModel.$Shape} SavedModel
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SavedModel.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.SavedModel();
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
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.savedModelSchemaVersion = value;
                        else
                            delete message.savedModelSchemaVersion;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metaGraphs && message.metaGraphs.length))
                            message.metaGraphs = [];
                        message.metaGraphs.push($root.tensorflow.MetaGraphDef.decode(reader, reader.size(), $undefined, _depth + 1));
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

        /**
         * Gets the type url for SavedModel
         * @function getTypeUrl
         * @memberof tensorflow.SavedModel
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SavedModel.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.SavedModel";
        };

        return SavedModel;
    })();

    tensorflow.BundleHeaderProto = (function() {

        /**
         * Properties of a BundleHeaderProto.
         * @typedef {Object} tensorflow.BundleHeaderProto.$Properties
         * @property {number|null} [numShards] BundleHeaderProto numShards
         * @property {tensorflow.BundleHeaderProto.Endianness|null} [endianness] BundleHeaderProto endianness
         * @property {tensorflow.VersionDef.$Properties|null} [version] BundleHeaderProto version
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BundleHeaderProto.
         * @memberof tensorflow
         * @interface IBundleHeaderProto
         * @augments tensorflow.BundleHeaderProto.$Properties
         * @deprecated Use tensorflow.BundleHeaderProto.$Properties instead.
         */

        /**
         * Shape of a BundleHeaderProto.
         * @typedef {tensorflow.BundleHeaderProto.$Properties} tensorflow.BundleHeaderProto.$Shape
         */

        /**
         * Constructs a new BundleHeaderProto.
         * @memberof tensorflow
         * @classdesc Represents a BundleHeaderProto.
         * @constructor
         * @param {tensorflow.BundleHeaderProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BundleHeaderProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BundleHeaderProto numShards.
         * @member {number} numShards
         * @memberof tensorflow.BundleHeaderProto
         * @instance
         */
        BundleHeaderProto.prototype.numShards = 0;

        /**
         * BundleHeaderProto endianness.
         * @member {tensorflow.BundleHeaderProto.Endianness} endianness
         * @memberof tensorflow.BundleHeaderProto
         * @instance
         */
        BundleHeaderProto.prototype.endianness = 0;

        /**
         * BundleHeaderProto version.
         * @member {tensorflow.VersionDef.$Properties|null|undefined} version
         * @memberof tensorflow.BundleHeaderProto
         * @instance
         */
        BundleHeaderProto.prototype.version = null;

        /**
         * Creates a new BundleHeaderProto instance using the specified properties.
         * @function create
         * @memberof tensorflow.BundleHeaderProto
         * @static
         * @param {tensorflow.BundleHeaderProto.$Properties=} [properties] Properties to set
         * @returns {tensorflow.BundleHeaderProto} BundleHeaderProto instance
         * @type {{
         *   (properties: tensorflow.BundleHeaderProto.$Shape): tensorflow.BundleHeaderProto & tensorflow.BundleHeaderProto.$Shape;
         *   (properties?: tensorflow.BundleHeaderProto.$Properties): tensorflow.BundleHeaderProto;
         * }}
         */
        BundleHeaderProto.create = function(properties) {
            return new BundleHeaderProto(properties);
        };

        /**
         * Encodes the specified BundleHeaderProto message. Does not implicitly {@link tensorflow.BundleHeaderProto.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.BundleHeaderProto
         * @static
         * @param {tensorflow.BundleHeaderProto.$Properties} message BundleHeaderProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BundleHeaderProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.numShards != null && $Object.hasOwnProperty.call(message, "numShards") && message.numShards !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.numShards);
            if (message.endianness != null && $Object.hasOwnProperty.call(message, "endianness") && message.endianness !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.endianness);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                $root.tensorflow.VersionDef.encode(message.version, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a BundleHeaderProto message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.BundleHeaderProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.BundleHeaderProto & tensorflow.BundleHeaderProto.$Shape} BundleHeaderProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BundleHeaderProto.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.BundleHeaderProto();
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
                            message.numShards = value;
                        else
                            delete message.numShards;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.endianness = value;
                        else
                            delete message.endianness;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.version = $root.tensorflow.VersionDef.decode(reader, reader.size(), $undefined, _depth + 1, message.version);
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

        /**
         * Gets the type url for BundleHeaderProto
         * @function getTypeUrl
         * @memberof tensorflow.BundleHeaderProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BundleHeaderProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.BundleHeaderProto";
        };

        /**
         * Endianness enum.
         * @name tensorflow.BundleHeaderProto.Endianness
         * @enum {number}
         * @property {number} LITTLE=0 LITTLE value
         * @property {number} BIG=1 BIG value
         */
        BundleHeaderProto.Endianness = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LITTLE"] = 0;
            values[valuesById[1] = "BIG"] = 1;
            return values;
        })();

        return BundleHeaderProto;
    })();

    tensorflow.BundleEntryProto = (function() {

        /**
         * Properties of a BundleEntryProto.
         * @typedef {Object} tensorflow.BundleEntryProto.$Properties
         * @property {tensorflow.DataType|null} [dtype] BundleEntryProto dtype
         * @property {tensorflow.TensorShapeProto.$Properties|null} [shape] BundleEntryProto shape
         * @property {number|null} [shardId] BundleEntryProto shardId
         * @property {number|Long|null} [offset] BundleEntryProto offset
         * @property {number|Long|null} [size] BundleEntryProto size
         * @property {number|null} [crc32c] BundleEntryProto crc32c
         * @property {Array.<tensorflow.TensorSliceProto.$Properties>|null} [slices] BundleEntryProto slices
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BundleEntryProto.
         * @memberof tensorflow
         * @interface IBundleEntryProto
         * @augments tensorflow.BundleEntryProto.$Properties
         * @deprecated Use tensorflow.BundleEntryProto.$Properties instead.
         */

        /**
         * Shape of a BundleEntryProto.
         * @typedef {{
         *   dtype?: tensorflow.DataType|null;
         *   shape?: tensorflow.TensorShapeProto.$Shape|null;
         *   shardId?: number|null;
         *   offset?: number|Long|null;
         *   size?: number|Long|null;
         *   crc32c?: number|null;
         *   slices?: Array.<tensorflow.TensorSliceProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tensorflow.BundleEntryProto.$Shape
         */

        /**
         * Constructs a new BundleEntryProto.
         * @memberof tensorflow
         * @classdesc Represents a BundleEntryProto.
         * @constructor
         * @param {tensorflow.BundleEntryProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BundleEntryProto = function (properties) {
            this.slices = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BundleEntryProto dtype.
         * @member {tensorflow.DataType} dtype
         * @memberof tensorflow.BundleEntryProto
         * @instance
         */
        BundleEntryProto.prototype.dtype = 0;

        /**
         * BundleEntryProto shape.
         * @member {tensorflow.TensorShapeProto.$Properties|null|undefined} shape
         * @memberof tensorflow.BundleEntryProto
         * @instance
         */
        BundleEntryProto.prototype.shape = null;

        /**
         * BundleEntryProto shardId.
         * @member {number} shardId
         * @memberof tensorflow.BundleEntryProto
         * @instance
         */
        BundleEntryProto.prototype.shardId = 0;

        /**
         * BundleEntryProto offset.
         * @member {number|Long} offset
         * @memberof tensorflow.BundleEntryProto
         * @instance
         */
        BundleEntryProto.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * BundleEntryProto size.
         * @member {number|Long} size
         * @memberof tensorflow.BundleEntryProto
         * @instance
         */
        BundleEntryProto.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * BundleEntryProto crc32c.
         * @member {number} crc32c
         * @memberof tensorflow.BundleEntryProto
         * @instance
         */
        BundleEntryProto.prototype.crc32c = 0;

        /**
         * BundleEntryProto slices.
         * @member {Array.<tensorflow.TensorSliceProto.$Properties>} slices
         * @memberof tensorflow.BundleEntryProto
         * @instance
         */
        BundleEntryProto.prototype.slices = $util.emptyArray;

        /**
         * Creates a new BundleEntryProto instance using the specified properties.
         * @function create
         * @memberof tensorflow.BundleEntryProto
         * @static
         * @param {tensorflow.BundleEntryProto.$Properties=} [properties] Properties to set
         * @returns {tensorflow.BundleEntryProto} BundleEntryProto instance
         * @type {{
         *   (properties: tensorflow.BundleEntryProto.$Shape): tensorflow.BundleEntryProto & tensorflow.BundleEntryProto.$Shape;
         *   (properties?: tensorflow.BundleEntryProto.$Properties): tensorflow.BundleEntryProto;
         * }}
         */
        BundleEntryProto.create = function(properties) {
            return new BundleEntryProto(properties);
        };

        /**
         * Encodes the specified BundleEntryProto message. Does not implicitly {@link tensorflow.BundleEntryProto.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.BundleEntryProto
         * @static
         * @param {tensorflow.BundleEntryProto.$Properties} message BundleEntryProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BundleEntryProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype") && message.dtype !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.dtype);
            if (message.shape != null && $Object.hasOwnProperty.call(message, "shape"))
                $root.tensorflow.TensorShapeProto.encode(message.shape, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.shardId != null && $Object.hasOwnProperty.call(message, "shardId") && message.shardId !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.shardId);
            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.offset);
            if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).int64(message.size);
            if (message.crc32c != null && $Object.hasOwnProperty.call(message, "crc32c") && message.crc32c !== 0)
                writer.uint32(/* id 6, wireType 5 =*/53).fixed32(message.crc32c);
            if (message.slices != null && message.slices.length)
                for (let i = 0; i < message.slices.length; ++i)
                    $root.tensorflow.TensorSliceProto.encode(message.slices[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a BundleEntryProto message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.BundleEntryProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.BundleEntryProto & tensorflow.BundleEntryProto.$Shape} BundleEntryProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BundleEntryProto.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.BundleEntryProto();
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
                            message.dtype = value;
                        else
                            delete message.dtype;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.shape = $root.tensorflow.TensorShapeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.shape);
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.shardId = value;
                        else
                            delete message.shardId;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.offset = value;
                        else
                            delete message.offset;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.size = value;
                        else
                            delete message.size;
                        continue;
                    }
                case 6: {
                        if (wireType !== 5)
                            break;
                        if (value = reader.fixed32())
                            message.crc32c = value;
                        else
                            delete message.crc32c;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.slices && message.slices.length))
                            message.slices = [];
                        message.slices.push($root.tensorflow.TensorSliceProto.decode(reader, reader.size(), $undefined, _depth + 1));
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

        /**
         * Gets the type url for BundleEntryProto
         * @function getTypeUrl
         * @memberof tensorflow.BundleEntryProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BundleEntryProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.BundleEntryProto";
        };

        return BundleEntryProto;
    })();

    tensorflow.SavedSliceMeta = (function() {

        /**
         * Properties of a SavedSliceMeta.
         * @typedef {Object} tensorflow.SavedSliceMeta.$Properties
         * @property {string|null} [name] SavedSliceMeta name
         * @property {tensorflow.TensorShapeProto.$Properties|null} [shape] SavedSliceMeta shape
         * @property {tensorflow.DataType|null} [type] SavedSliceMeta type
         * @property {Array.<tensorflow.TensorSliceProto.$Properties>|null} [slice] SavedSliceMeta slice
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SavedSliceMeta.
         * @memberof tensorflow
         * @interface ISavedSliceMeta
         * @augments tensorflow.SavedSliceMeta.$Properties
         * @deprecated Use tensorflow.SavedSliceMeta.$Properties instead.
         */

        /**
         * Shape of a SavedSliceMeta.
         * @typedef {{
         *   name?: string|null;
         *   shape?: tensorflow.TensorShapeProto.$Shape|null;
         *   type?: tensorflow.DataType|null;
         *   slice?: Array.<tensorflow.TensorSliceProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tensorflow.SavedSliceMeta.$Shape
         */

        /**
         * Constructs a new SavedSliceMeta.
         * @memberof tensorflow
         * @classdesc Represents a SavedSliceMeta.
         * @constructor
         * @param {tensorflow.SavedSliceMeta.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SavedSliceMeta = function (properties) {
            this.slice = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SavedSliceMeta name.
         * @member {string} name
         * @memberof tensorflow.SavedSliceMeta
         * @instance
         */
        SavedSliceMeta.prototype.name = "";

        /**
         * SavedSliceMeta shape.
         * @member {tensorflow.TensorShapeProto.$Properties|null|undefined} shape
         * @memberof tensorflow.SavedSliceMeta
         * @instance
         */
        SavedSliceMeta.prototype.shape = null;

        /**
         * SavedSliceMeta type.
         * @member {tensorflow.DataType} type
         * @memberof tensorflow.SavedSliceMeta
         * @instance
         */
        SavedSliceMeta.prototype.type = 0;

        /**
         * SavedSliceMeta slice.
         * @member {Array.<tensorflow.TensorSliceProto.$Properties>} slice
         * @memberof tensorflow.SavedSliceMeta
         * @instance
         */
        SavedSliceMeta.prototype.slice = $util.emptyArray;

        /**
         * Creates a new SavedSliceMeta instance using the specified properties.
         * @function create
         * @memberof tensorflow.SavedSliceMeta
         * @static
         * @param {tensorflow.SavedSliceMeta.$Properties=} [properties] Properties to set
         * @returns {tensorflow.SavedSliceMeta} SavedSliceMeta instance
         * @type {{
         *   (properties: tensorflow.SavedSliceMeta.$Shape): tensorflow.SavedSliceMeta & tensorflow.SavedSliceMeta.$Shape;
         *   (properties?: tensorflow.SavedSliceMeta.$Properties): tensorflow.SavedSliceMeta;
         * }}
         */
        SavedSliceMeta.create = function(properties) {
            return new SavedSliceMeta(properties);
        };

        /**
         * Encodes the specified SavedSliceMeta message. Does not implicitly {@link tensorflow.SavedSliceMeta.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.SavedSliceMeta
         * @static
         * @param {tensorflow.SavedSliceMeta.$Properties} message SavedSliceMeta message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SavedSliceMeta.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.shape != null && $Object.hasOwnProperty.call(message, "shape"))
                $root.tensorflow.TensorShapeProto.encode(message.shape, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.type);
            if (message.slice != null && message.slice.length)
                for (let i = 0; i < message.slice.length; ++i)
                    $root.tensorflow.TensorSliceProto.encode(message.slice[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SavedSliceMeta message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.SavedSliceMeta
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.SavedSliceMeta & tensorflow.SavedSliceMeta.$Shape} SavedSliceMeta
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SavedSliceMeta.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.SavedSliceMeta();
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
                        message.shape = $root.tensorflow.TensorShapeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.shape);
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
                        if (!(message.slice && message.slice.length))
                            message.slice = [];
                        message.slice.push($root.tensorflow.TensorSliceProto.decode(reader, reader.size(), $undefined, _depth + 1));
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

        /**
         * Gets the type url for SavedSliceMeta
         * @function getTypeUrl
         * @memberof tensorflow.SavedSliceMeta
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SavedSliceMeta.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.SavedSliceMeta";
        };

        return SavedSliceMeta;
    })();

    tensorflow.SavedTensorSliceMeta = (function() {

        /**
         * Properties of a SavedTensorSliceMeta.
         * @typedef {Object} tensorflow.SavedTensorSliceMeta.$Properties
         * @property {Array.<tensorflow.SavedSliceMeta.$Properties>|null} [tensor] SavedTensorSliceMeta tensor
         * @property {tensorflow.VersionDef.$Properties|null} [versions] SavedTensorSliceMeta versions
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SavedTensorSliceMeta.
         * @memberof tensorflow
         * @interface ISavedTensorSliceMeta
         * @augments tensorflow.SavedTensorSliceMeta.$Properties
         * @deprecated Use tensorflow.SavedTensorSliceMeta.$Properties instead.
         */

        /**
         * Shape of a SavedTensorSliceMeta.
         * @typedef {{
         *   tensor?: Array.<tensorflow.SavedSliceMeta.$Shape>|null;
         *   versions?: tensorflow.VersionDef.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tensorflow.SavedTensorSliceMeta.$Shape
         */

        /**
         * Constructs a new SavedTensorSliceMeta.
         * @memberof tensorflow
         * @classdesc Represents a SavedTensorSliceMeta.
         * @constructor
         * @param {tensorflow.SavedTensorSliceMeta.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SavedTensorSliceMeta = function (properties) {
            this.tensor = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SavedTensorSliceMeta tensor.
         * @member {Array.<tensorflow.SavedSliceMeta.$Properties>} tensor
         * @memberof tensorflow.SavedTensorSliceMeta
         * @instance
         */
        SavedTensorSliceMeta.prototype.tensor = $util.emptyArray;

        /**
         * SavedTensorSliceMeta versions.
         * @member {tensorflow.VersionDef.$Properties|null|undefined} versions
         * @memberof tensorflow.SavedTensorSliceMeta
         * @instance
         */
        SavedTensorSliceMeta.prototype.versions = null;

        /**
         * Creates a new SavedTensorSliceMeta instance using the specified properties.
         * @function create
         * @memberof tensorflow.SavedTensorSliceMeta
         * @static
         * @param {tensorflow.SavedTensorSliceMeta.$Properties=} [properties] Properties to set
         * @returns {tensorflow.SavedTensorSliceMeta} SavedTensorSliceMeta instance
         * @type {{
         *   (properties: tensorflow.SavedTensorSliceMeta.$Shape): tensorflow.SavedTensorSliceMeta & tensorflow.SavedTensorSliceMeta.$Shape;
         *   (properties?: tensorflow.SavedTensorSliceMeta.$Properties): tensorflow.SavedTensorSliceMeta;
         * }}
         */
        SavedTensorSliceMeta.create = function(properties) {
            return new SavedTensorSliceMeta(properties);
        };

        /**
         * Encodes the specified SavedTensorSliceMeta message. Does not implicitly {@link tensorflow.SavedTensorSliceMeta.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.SavedTensorSliceMeta
         * @static
         * @param {tensorflow.SavedTensorSliceMeta.$Properties} message SavedTensorSliceMeta message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SavedTensorSliceMeta.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tensor != null && message.tensor.length)
                for (let i = 0; i < message.tensor.length; ++i)
                    $root.tensorflow.SavedSliceMeta.encode(message.tensor[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.versions != null && $Object.hasOwnProperty.call(message, "versions"))
                $root.tensorflow.VersionDef.encode(message.versions, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SavedTensorSliceMeta message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.SavedTensorSliceMeta
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.SavedTensorSliceMeta & tensorflow.SavedTensorSliceMeta.$Shape} SavedTensorSliceMeta
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SavedTensorSliceMeta.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.SavedTensorSliceMeta();
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
                        if (!(message.tensor && message.tensor.length))
                            message.tensor = [];
                        message.tensor.push($root.tensorflow.SavedSliceMeta.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.versions = $root.tensorflow.VersionDef.decode(reader, reader.size(), $undefined, _depth + 1, message.versions);
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

        /**
         * Gets the type url for SavedTensorSliceMeta
         * @function getTypeUrl
         * @memberof tensorflow.SavedTensorSliceMeta
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SavedTensorSliceMeta.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.SavedTensorSliceMeta";
        };

        return SavedTensorSliceMeta;
    })();

    tensorflow.SavedSlice = (function() {

        /**
         * Properties of a SavedSlice.
         * @typedef {Object} tensorflow.SavedSlice.$Properties
         * @property {string|null} [name] SavedSlice name
         * @property {tensorflow.TensorSliceProto.$Properties|null} [slice] SavedSlice slice
         * @property {tensorflow.TensorProto.$Properties|null} [data] SavedSlice data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SavedSlice.
         * @memberof tensorflow
         * @interface ISavedSlice
         * @augments tensorflow.SavedSlice.$Properties
         * @deprecated Use tensorflow.SavedSlice.$Properties instead.
         */

        /**
         * Shape of a SavedSlice.
         * @typedef {{
         *   name?: string|null;
         *   slice?: tensorflow.TensorSliceProto.$Shape|null;
         *   data?: tensorflow.TensorProto.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tensorflow.SavedSlice.$Shape
         */

        /**
         * Constructs a new SavedSlice.
         * @memberof tensorflow
         * @classdesc Represents a SavedSlice.
         * @constructor
         * @param {tensorflow.SavedSlice.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SavedSlice = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SavedSlice name.
         * @member {string} name
         * @memberof tensorflow.SavedSlice
         * @instance
         */
        SavedSlice.prototype.name = "";

        /**
         * SavedSlice slice.
         * @member {tensorflow.TensorSliceProto.$Properties|null|undefined} slice
         * @memberof tensorflow.SavedSlice
         * @instance
         */
        SavedSlice.prototype.slice = null;

        /**
         * SavedSlice data.
         * @member {tensorflow.TensorProto.$Properties|null|undefined} data
         * @memberof tensorflow.SavedSlice
         * @instance
         */
        SavedSlice.prototype.data = null;

        /**
         * Creates a new SavedSlice instance using the specified properties.
         * @function create
         * @memberof tensorflow.SavedSlice
         * @static
         * @param {tensorflow.SavedSlice.$Properties=} [properties] Properties to set
         * @returns {tensorflow.SavedSlice} SavedSlice instance
         * @type {{
         *   (properties: tensorflow.SavedSlice.$Shape): tensorflow.SavedSlice & tensorflow.SavedSlice.$Shape;
         *   (properties?: tensorflow.SavedSlice.$Properties): tensorflow.SavedSlice;
         * }}
         */
        SavedSlice.create = function(properties) {
            return new SavedSlice(properties);
        };

        /**
         * Encodes the specified SavedSlice message. Does not implicitly {@link tensorflow.SavedSlice.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.SavedSlice
         * @static
         * @param {tensorflow.SavedSlice.$Properties} message SavedSlice message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SavedSlice.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.slice != null && $Object.hasOwnProperty.call(message, "slice"))
                $root.tensorflow.TensorSliceProto.encode(message.slice, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                $root.tensorflow.TensorProto.encode(message.data, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SavedSlice message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.SavedSlice
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.SavedSlice & tensorflow.SavedSlice.$Shape} SavedSlice
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SavedSlice.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.SavedSlice();
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
                        message.slice = $root.tensorflow.TensorSliceProto.decode(reader, reader.size(), $undefined, _depth + 1, message.slice);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.data = $root.tensorflow.TensorProto.decode(reader, reader.size(), $undefined, _depth + 1, message.data);
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

        /**
         * Gets the type url for SavedSlice
         * @function getTypeUrl
         * @memberof tensorflow.SavedSlice
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SavedSlice.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.SavedSlice";
        };

        return SavedSlice;
    })();

    tensorflow.SavedTensorSlices = (function() {

        /**
         * Properties of a SavedTensorSlices.
         * @typedef {Object} tensorflow.SavedTensorSlices.$Properties
         * @property {tensorflow.SavedTensorSliceMeta.$Properties|null} [meta] SavedTensorSlices meta
         * @property {tensorflow.SavedSlice.$Properties|null} [data] SavedTensorSlices data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SavedTensorSlices.
         * @memberof tensorflow
         * @interface ISavedTensorSlices
         * @augments tensorflow.SavedTensorSlices.$Properties
         * @deprecated Use tensorflow.SavedTensorSlices.$Properties instead.
         */

        /**
         * Shape of a SavedTensorSlices.
         * @typedef {{
         *   meta?: tensorflow.SavedTensorSliceMeta.$Shape|null;
         *   data?: tensorflow.SavedSlice.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tensorflow.SavedTensorSlices.$Shape
         */

        /**
         * Constructs a new SavedTensorSlices.
         * @memberof tensorflow
         * @classdesc Represents a SavedTensorSlices.
         * @constructor
         * @param {tensorflow.SavedTensorSlices.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SavedTensorSlices = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SavedTensorSlices meta.
         * @member {tensorflow.SavedTensorSliceMeta.$Properties|null|undefined} meta
         * @memberof tensorflow.SavedTensorSlices
         * @instance
         */
        SavedTensorSlices.prototype.meta = null;

        /**
         * SavedTensorSlices data.
         * @member {tensorflow.SavedSlice.$Properties|null|undefined} data
         * @memberof tensorflow.SavedTensorSlices
         * @instance
         */
        SavedTensorSlices.prototype.data = null;

        /**
         * Creates a new SavedTensorSlices instance using the specified properties.
         * @function create
         * @memberof tensorflow.SavedTensorSlices
         * @static
         * @param {tensorflow.SavedTensorSlices.$Properties=} [properties] Properties to set
         * @returns {tensorflow.SavedTensorSlices} SavedTensorSlices instance
         * @type {{
         *   (properties: tensorflow.SavedTensorSlices.$Shape): tensorflow.SavedTensorSlices & tensorflow.SavedTensorSlices.$Shape;
         *   (properties?: tensorflow.SavedTensorSlices.$Properties): tensorflow.SavedTensorSlices;
         * }}
         */
        SavedTensorSlices.create = function(properties) {
            return new SavedTensorSlices(properties);
        };

        /**
         * Encodes the specified SavedTensorSlices message. Does not implicitly {@link tensorflow.SavedTensorSlices.verify|verify} messages.
         * @function encode
         * @memberof tensorflow.SavedTensorSlices
         * @static
         * @param {tensorflow.SavedTensorSlices.$Properties} message SavedTensorSlices message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SavedTensorSlices.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                $root.tensorflow.SavedTensorSliceMeta.encode(message.meta, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                $root.tensorflow.SavedSlice.encode(message.data, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SavedTensorSlices message from the specified reader or buffer.
         * @function decode
         * @memberof tensorflow.SavedTensorSlices
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorflow.SavedTensorSlices & tensorflow.SavedTensorSlices.$Shape} SavedTensorSlices
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SavedTensorSlices.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.tensorflow.SavedTensorSlices();
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
                        message.meta = $root.tensorflow.SavedTensorSliceMeta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.data = $root.tensorflow.SavedSlice.decode(reader, reader.size(), $undefined, _depth + 1, message.data);
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

        /**
         * Gets the type url for SavedTensorSlices
         * @function getTypeUrl
         * @memberof tensorflow.SavedTensorSlices
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SavedTensorSlices.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorflow.SavedTensorSlices";
        };

        return SavedTensorSlices;
    })();

    return tensorflow;
})();

export {
  $root as default
};
