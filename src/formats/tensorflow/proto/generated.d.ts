import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace tensorflow. */
export namespace tensorflow {

    /**
     * Properties of an AttrValue.
     * @deprecated Use tensorflow.AttrValue.$Properties instead.
     */
    interface IAttrValue extends tensorflow.AttrValue.$Properties {
    }

    /** Represents an AttrValue. */
    class AttrValue {

        /**
         * Constructs a new AttrValue.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.AttrValue.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AttrValue s. */
        s?: (Uint8Array|null);

        /** AttrValue i. */
        i?: (number|Long|null);

        /** AttrValue f. */
        f?: (number|null);

        /** AttrValue b. */
        b?: (boolean|null);

        /** AttrValue type. */
        type?: (tensorflow.DataType|null);

        /** AttrValue shape. */
        shape?: (tensorflow.TensorShapeProto.$Properties|null);

        /** AttrValue tensor. */
        tensor?: (tensorflow.TensorProto.$Properties|null);

        /** AttrValue list. */
        list?: (tensorflow.AttrValue.ListValue.$Properties|null);

        /** AttrValue func. */
        func?: (tensorflow.NameAttrList.$Properties|null);

        /** AttrValue placeholder. */
        placeholder?: (string|null);

        /** AttrValue value. */
        value?: ("s"|"i"|"f"|"b"|"type"|"shape"|"tensor"|"list"|"func"|"placeholder");

        /**
         * Creates a new AttrValue instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AttrValue instance
         */
        static create(properties: tensorflow.AttrValue.$Shape): tensorflow.AttrValue & tensorflow.AttrValue.$Shape;
        static create(properties?: tensorflow.AttrValue.$Properties): tensorflow.AttrValue;

        /**
         * Encodes the specified AttrValue message. Does not implicitly {@link tensorflow.AttrValue.verify|verify} messages.
         * @param message AttrValue message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.AttrValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AttrValue message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.AttrValue & tensorflow.AttrValue.$Shape} AttrValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.AttrValue & tensorflow.AttrValue.$Shape;

        /**
         * Gets the type url for AttrValue
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace AttrValue {

        /** Properties of an AttrValue. */
        interface $Properties {

            /** AttrValue s */
            s?: (Uint8Array|null);

            /** AttrValue i */
            i?: (number|Long|null);

            /** AttrValue f */
            f?: (number|null);

            /** AttrValue b */
            b?: (boolean|null);

            /** AttrValue type */
            type?: (tensorflow.DataType|null);

            /** AttrValue shape */
            shape?: (tensorflow.TensorShapeProto.$Properties|null);

            /** AttrValue tensor */
            tensor?: (tensorflow.TensorProto.$Properties|null);

            /** AttrValue list */
            list?: (tensorflow.AttrValue.ListValue.$Properties|null);

            /** AttrValue func */
            func?: (tensorflow.NameAttrList.$Properties|null);

            /** AttrValue placeholder */
            placeholder?: (string|null);

            /** AttrValue value */
            value?: ("s"|"i"|"f"|"b"|"type"|"shape"|"tensor"|"list"|"func"|"placeholder");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of an AttrValue. */
        type $Shape = {
          s?: Uint8Array|null;
          i?: number|Long|null;
          f?: number|null;
          b?: boolean|null;
          type?: tensorflow.DataType|null;
          shape?: tensorflow.TensorShapeProto.$Shape|null;
          tensor?: tensorflow.TensorProto.$Shape|null;
          list?: tensorflow.AttrValue.ListValue.$Shape|null;
          func?: tensorflow.NameAttrList.$Shape|null;
          placeholder?: string|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ value?: undefined; s?: null; i?: null; f?: null; b?: null; type?: null; shape?: null; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "s"; s: Uint8Array; i?: null; f?: null; b?: null; type?: null; shape?: null; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "i"; s?: null; i: number|Long; f?: null; b?: null; type?: null; shape?: null; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "f"; s?: null; i?: null; f: number; b?: null; type?: null; shape?: null; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "b"; s?: null; i?: null; f?: null; b: boolean; type?: null; shape?: null; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "type"; s?: null; i?: null; f?: null; b?: null; type: tensorflow.DataType; shape?: null; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "shape"; s?: null; i?: null; f?: null; b?: null; type?: null; shape: tensorflow.TensorShapeProto.$Shape; tensor?: null; list?: null; func?: null; placeholder?: null }|{ value?: "tensor"; s?: null; i?: null; f?: null; b?: null; type?: null; shape?: null; tensor: tensorflow.TensorProto.$Shape; list?: null; func?: null; placeholder?: null }|{ value?: "list"; s?: null; i?: null; f?: null; b?: null; type?: null; shape?: null; tensor?: null; list: tensorflow.AttrValue.ListValue.$Shape; func?: null; placeholder?: null }|{ value?: "func"; s?: null; i?: null; f?: null; b?: null; type?: null; shape?: null; tensor?: null; list?: null; func: tensorflow.NameAttrList.$Shape; placeholder?: null }|{ value?: "placeholder"; s?: null; i?: null; f?: null; b?: null; type?: null; shape?: null; tensor?: null; list?: null; func?: null; placeholder: string })
        );

        /**
         * Properties of a ListValue.
         * @deprecated Use tensorflow.AttrValue.ListValue.$Properties instead.
         */
        interface IListValue extends tensorflow.AttrValue.ListValue.$Properties {
        }

        /** Represents a ListValue. */
        class ListValue {

            /**
             * Constructs a new ListValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.AttrValue.ListValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListValue s. */
            s: Uint8Array[];

            /** ListValue i. */
            i: (number|Long)[];

            /** ListValue f. */
            f: number[];

            /** ListValue b. */
            b: boolean[];

            /** ListValue type. */
            type: tensorflow.DataType[];

            /** ListValue shape. */
            shape: tensorflow.TensorShapeProto.$Properties[];

            /** ListValue tensor. */
            tensor: tensorflow.TensorProto.$Properties[];

            /** ListValue func. */
            func: tensorflow.NameAttrList.$Properties[];

            /**
             * Creates a new ListValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListValue instance
             */
            static create(properties: tensorflow.AttrValue.ListValue.$Shape): tensorflow.AttrValue.ListValue & tensorflow.AttrValue.ListValue.$Shape;
            static create(properties?: tensorflow.AttrValue.ListValue.$Properties): tensorflow.AttrValue.ListValue;

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link tensorflow.AttrValue.ListValue.verify|verify} messages.
             * @param message ListValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.AttrValue.ListValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.AttrValue.ListValue & tensorflow.AttrValue.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.AttrValue.ListValue & tensorflow.AttrValue.ListValue.$Shape;

            /**
             * Gets the type url for ListValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListValue {

            /** Properties of a ListValue. */
            interface $Properties {

                /** ListValue s */
                s?: (Uint8Array[]|null);

                /** ListValue i */
                i?: ((number|Long)[]|null);

                /** ListValue f */
                f?: (number[]|null);

                /** ListValue b */
                b?: (boolean[]|null);

                /** ListValue type */
                type?: (tensorflow.DataType[]|null);

                /** ListValue shape */
                shape?: (tensorflow.TensorShapeProto.$Properties[]|null);

                /** ListValue tensor */
                tensor?: (tensorflow.TensorProto.$Properties[]|null);

                /** ListValue func */
                func?: (tensorflow.NameAttrList.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListValue. */
            type $Shape = {
              s?: Uint8Array[]|null;
              i?: (number|Long)[]|null;
              f?: number[]|null;
              b?: boolean[]|null;
              type?: tensorflow.DataType[]|null;
              shape?: tensorflow.TensorShapeProto.$Shape[]|null;
              tensor?: tensorflow.TensorProto.$Shape[]|null;
              func?: tensorflow.NameAttrList.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }
    }

    /**
     * Properties of a NameAttrList.
     * @deprecated Use tensorflow.NameAttrList.$Properties instead.
     */
    interface INameAttrList extends tensorflow.NameAttrList.$Properties {
    }

    /** Represents a NameAttrList. */
    class NameAttrList {

        /**
         * Constructs a new NameAttrList.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.NameAttrList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NameAttrList name. */
        name: string;

        /** NameAttrList attr. */
        attr: { [k: string]: tensorflow.AttrValue.$Properties };

        /**
         * Creates a new NameAttrList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns NameAttrList instance
         */
        static create(properties: tensorflow.NameAttrList.$Shape): tensorflow.NameAttrList & tensorflow.NameAttrList.$Shape;
        static create(properties?: tensorflow.NameAttrList.$Properties): tensorflow.NameAttrList;

        /**
         * Encodes the specified NameAttrList message. Does not implicitly {@link tensorflow.NameAttrList.verify|verify} messages.
         * @param message NameAttrList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.NameAttrList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NameAttrList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.NameAttrList & tensorflow.NameAttrList.$Shape} NameAttrList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.NameAttrList & tensorflow.NameAttrList.$Shape;

        /**
         * Gets the type url for NameAttrList
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace NameAttrList {

        /** Properties of a NameAttrList. */
        interface $Properties {

            /** NameAttrList name */
            name?: (string|null);

            /** NameAttrList attr */
            attr?: ({ [k: string]: tensorflow.AttrValue.$Properties }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NameAttrList. */
        type $Shape = {
          name?: string|null;
          attr?: { [k: string]: tensorflow.AttrValue.$Shape }|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a TensorProto.
     * @deprecated Use tensorflow.TensorProto.$Properties instead.
     */
    interface ITensorProto extends tensorflow.TensorProto.$Properties {
    }

    /** Represents a TensorProto. */
    class TensorProto {

        /**
         * Constructs a new TensorProto.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.TensorProto.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TensorProto dtype. */
        dtype: tensorflow.DataType;

        /** TensorProto tensorShape. */
        tensorShape?: (tensorflow.TensorShapeProto.$Properties|null);

        /** TensorProto versionNumber. */
        versionNumber: number;

        /** TensorProto tensorContent. */
        tensorContent: Uint8Array;

        /** TensorProto halfVal. */
        halfVal: number[];

        /** TensorProto floatVal. */
        floatVal: number[];

        /** TensorProto doubleVal. */
        doubleVal: number[];

        /** TensorProto intVal. */
        intVal: number[];

        /** TensorProto stringVal. */
        stringVal: Uint8Array[];

        /** TensorProto scomplexVal. */
        scomplexVal: number[];

        /** TensorProto int64Val. */
        int64Val: (number|Long)[];

        /** TensorProto boolVal. */
        boolVal: boolean[];

        /** TensorProto dcomplexVal. */
        dcomplexVal: number[];

        /** TensorProto uint32Val. */
        uint32Val: number[];

        /** TensorProto uint64Val. */
        uint64Val: (number|Long)[];

        /**
         * Creates a new TensorProto instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TensorProto instance
         */
        static create(properties: tensorflow.TensorProto.$Shape): tensorflow.TensorProto & tensorflow.TensorProto.$Shape;
        static create(properties?: tensorflow.TensorProto.$Properties): tensorflow.TensorProto;

        /**
         * Encodes the specified TensorProto message. Does not implicitly {@link tensorflow.TensorProto.verify|verify} messages.
         * @param message TensorProto message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.TensorProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TensorProto message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.TensorProto & tensorflow.TensorProto.$Shape} TensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TensorProto & tensorflow.TensorProto.$Shape;

        /**
         * Gets the type url for TensorProto
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TensorProto {

        /** Properties of a TensorProto. */
        interface $Properties {

            /** TensorProto dtype */
            dtype?: (tensorflow.DataType|null);

            /** TensorProto tensorShape */
            tensorShape?: (tensorflow.TensorShapeProto.$Properties|null);

            /** TensorProto versionNumber */
            versionNumber?: (number|null);

            /** TensorProto tensorContent */
            tensorContent?: (Uint8Array|null);

            /** TensorProto halfVal */
            halfVal?: (number[]|null);

            /** TensorProto floatVal */
            floatVal?: (number[]|null);

            /** TensorProto doubleVal */
            doubleVal?: (number[]|null);

            /** TensorProto intVal */
            intVal?: (number[]|null);

            /** TensorProto stringVal */
            stringVal?: (Uint8Array[]|null);

            /** TensorProto scomplexVal */
            scomplexVal?: (number[]|null);

            /** TensorProto int64Val */
            int64Val?: ((number|Long)[]|null);

            /** TensorProto boolVal */
            boolVal?: (boolean[]|null);

            /** TensorProto dcomplexVal */
            dcomplexVal?: (number[]|null);

            /** TensorProto uint32Val */
            uint32Val?: (number[]|null);

            /** TensorProto uint64Val */
            uint64Val?: ((number|Long)[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TensorProto. */
        type $Shape = tensorflow.TensorProto.$Properties;
    }

    /**
     * Properties of a TensorShapeProto.
     * @deprecated Use tensorflow.TensorShapeProto.$Properties instead.
     */
    interface ITensorShapeProto extends tensorflow.TensorShapeProto.$Properties {
    }

    /** Represents a TensorShapeProto. */
    class TensorShapeProto {

        /**
         * Constructs a new TensorShapeProto.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.TensorShapeProto.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TensorShapeProto dim. */
        dim: tensorflow.TensorShapeProto.Dim.$Properties[];

        /** TensorShapeProto unknownRank. */
        unknownRank: boolean;

        /**
         * Creates a new TensorShapeProto instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TensorShapeProto instance
         */
        static create(properties: tensorflow.TensorShapeProto.$Shape): tensorflow.TensorShapeProto & tensorflow.TensorShapeProto.$Shape;
        static create(properties?: tensorflow.TensorShapeProto.$Properties): tensorflow.TensorShapeProto;

        /**
         * Encodes the specified TensorShapeProto message. Does not implicitly {@link tensorflow.TensorShapeProto.verify|verify} messages.
         * @param message TensorShapeProto message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.TensorShapeProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TensorShapeProto message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.TensorShapeProto & tensorflow.TensorShapeProto.$Shape} TensorShapeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TensorShapeProto & tensorflow.TensorShapeProto.$Shape;

        /**
         * Gets the type url for TensorShapeProto
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TensorShapeProto {

        /** Properties of a TensorShapeProto. */
        interface $Properties {

            /** TensorShapeProto dim */
            dim?: (tensorflow.TensorShapeProto.Dim.$Properties[]|null);

            /** TensorShapeProto unknownRank */
            unknownRank?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TensorShapeProto. */
        type $Shape = tensorflow.TensorShapeProto.$Properties;

        /**
         * Properties of a Dim.
         * @deprecated Use tensorflow.TensorShapeProto.Dim.$Properties instead.
         */
        interface IDim extends tensorflow.TensorShapeProto.Dim.$Properties {
        }

        /** Represents a Dim. */
        class Dim {

            /**
             * Constructs a new Dim.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.TensorShapeProto.Dim.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Dim size. */
            size: (number|Long);

            /** Dim name. */
            name: string;

            /**
             * Creates a new Dim instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Dim instance
             */
            static create(properties: tensorflow.TensorShapeProto.Dim.$Shape): tensorflow.TensorShapeProto.Dim & tensorflow.TensorShapeProto.Dim.$Shape;
            static create(properties?: tensorflow.TensorShapeProto.Dim.$Properties): tensorflow.TensorShapeProto.Dim;

            /**
             * Encodes the specified Dim message. Does not implicitly {@link tensorflow.TensorShapeProto.Dim.verify|verify} messages.
             * @param message Dim message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.TensorShapeProto.Dim.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Dim message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.TensorShapeProto.Dim & tensorflow.TensorShapeProto.Dim.$Shape} Dim
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TensorShapeProto.Dim & tensorflow.TensorShapeProto.Dim.$Shape;

            /**
             * Gets the type url for Dim
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Dim {

            /** Properties of a Dim. */
            interface $Properties {

                /** Dim size */
                size?: (number|Long|null);

                /** Dim name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Dim. */
            type $Shape = tensorflow.TensorShapeProto.Dim.$Properties;
        }
    }

    /** DataType enum. */
    enum DataType {

        /** DT_INVALID value */
        DT_INVALID = 0,

        /** DT_FLOAT value */
        DT_FLOAT = 1,

        /** DT_DOUBLE value */
        DT_DOUBLE = 2,

        /** DT_INT32 value */
        DT_INT32 = 3,

        /** DT_UINT8 value */
        DT_UINT8 = 4,

        /** DT_INT16 value */
        DT_INT16 = 5,

        /** DT_INT8 value */
        DT_INT8 = 6,

        /** DT_STRING value */
        DT_STRING = 7,

        /** DT_COMPLEX64 value */
        DT_COMPLEX64 = 8,

        /** DT_INT64 value */
        DT_INT64 = 9,

        /** DT_BOOL value */
        DT_BOOL = 10,

        /** DT_QINT8 value */
        DT_QINT8 = 11,

        /** DT_QUINT8 value */
        DT_QUINT8 = 12,

        /** DT_QINT32 value */
        DT_QINT32 = 13,

        /** DT_BFLOAT16 value */
        DT_BFLOAT16 = 14,

        /** DT_QINT16 value */
        DT_QINT16 = 15,

        /** DT_QUINT16 value */
        DT_QUINT16 = 16,

        /** DT_UINT16 value */
        DT_UINT16 = 17,

        /** DT_COMPLEX128 value */
        DT_COMPLEX128 = 18,

        /** DT_HALF value */
        DT_HALF = 19,

        /** DT_RESOURCE value */
        DT_RESOURCE = 20,

        /** DT_VARIANT value */
        DT_VARIANT = 21,

        /** DT_UINT32 value */
        DT_UINT32 = 22,

        /** DT_UINT64 value */
        DT_UINT64 = 23,

        /** DT_FLOAT8_E5M2 value */
        DT_FLOAT8_E5M2 = 24,

        /** DT_FLOAT8_E4M3FN value */
        DT_FLOAT8_E4M3FN = 25,

        /** DT_INT4 value */
        DT_INT4 = 29,

        /** DT_UINT4 value */
        DT_UINT4 = 30,

        /** DT_FLOAT_REF value */
        DT_FLOAT_REF = 101,

        /** DT_DOUBLE_REF value */
        DT_DOUBLE_REF = 102,

        /** DT_INT32_REF value */
        DT_INT32_REF = 103,

        /** DT_UINT8_REF value */
        DT_UINT8_REF = 104,

        /** DT_INT16_REF value */
        DT_INT16_REF = 105,

        /** DT_INT8_REF value */
        DT_INT8_REF = 106,

        /** DT_STRING_REF value */
        DT_STRING_REF = 107,

        /** DT_COMPLEX64_REF value */
        DT_COMPLEX64_REF = 108,

        /** DT_INT64_REF value */
        DT_INT64_REF = 109,

        /** DT_BOOL_REF value */
        DT_BOOL_REF = 110,

        /** DT_QINT8_REF value */
        DT_QINT8_REF = 111,

        /** DT_QUINT8_REF value */
        DT_QUINT8_REF = 112,

        /** DT_QINT32_REF value */
        DT_QINT32_REF = 113,

        /** DT_BFLOAT16_REF value */
        DT_BFLOAT16_REF = 114,

        /** DT_QINT16_REF value */
        DT_QINT16_REF = 115,

        /** DT_QUINT16_REF value */
        DT_QUINT16_REF = 116,

        /** DT_UINT16_REF value */
        DT_UINT16_REF = 117,

        /** DT_COMPLEX128_REF value */
        DT_COMPLEX128_REF = 118,

        /** DT_HALF_REF value */
        DT_HALF_REF = 119,

        /** DT_RESOURCE_REF value */
        DT_RESOURCE_REF = 120,

        /** DT_VARIANT_REF value */
        DT_VARIANT_REF = 121,

        /** DT_UINT32_REF value */
        DT_UINT32_REF = 122,

        /** DT_UINT64_REF value */
        DT_UINT64_REF = 123
    }

    /**
     * Properties of a GraphDef.
     * @deprecated Use tensorflow.GraphDef.$Properties instead.
     */
    interface IGraphDef extends tensorflow.GraphDef.$Properties {
    }

    /** Represents a GraphDef. */
    class GraphDef {

        /**
         * Constructs a new GraphDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.GraphDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GraphDef node. */
        node: tensorflow.NodeDef.$Properties[];

        /** GraphDef versions. */
        versions?: (tensorflow.VersionDef.$Properties|null);

        /**
         * Creates a new GraphDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GraphDef instance
         */
        static create(properties: tensorflow.GraphDef.$Shape): tensorflow.GraphDef & tensorflow.GraphDef.$Shape;
        static create(properties?: tensorflow.GraphDef.$Properties): tensorflow.GraphDef;

        /**
         * Encodes the specified GraphDef message. Does not implicitly {@link tensorflow.GraphDef.verify|verify} messages.
         * @param message GraphDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.GraphDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GraphDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.GraphDef & tensorflow.GraphDef.$Shape} GraphDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.GraphDef & tensorflow.GraphDef.$Shape;

        /**
         * Gets the type url for GraphDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace GraphDef {

        /** Properties of a GraphDef. */
        interface $Properties {

            /** GraphDef node */
            node?: (tensorflow.NodeDef.$Properties[]|null);

            /** GraphDef versions */
            versions?: (tensorflow.VersionDef.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GraphDef. */
        type $Shape = {
          node?: tensorflow.NodeDef.$Shape[]|null;
          versions?: tensorflow.VersionDef.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a NodeDef.
     * @deprecated Use tensorflow.NodeDef.$Properties instead.
     */
    interface INodeDef extends tensorflow.NodeDef.$Properties {
    }

    /** Represents a NodeDef. */
    class NodeDef {

        /**
         * Constructs a new NodeDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.NodeDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NodeDef name. */
        name: string;

        /** NodeDef op. */
        op: string;

        /** NodeDef input. */
        input: string[];

        /** NodeDef device. */
        device: string;

        /** NodeDef attr. */
        attr: { [k: string]: tensorflow.AttrValue.$Properties };

        /**
         * Creates a new NodeDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns NodeDef instance
         */
        static create(properties: tensorflow.NodeDef.$Shape): tensorflow.NodeDef & tensorflow.NodeDef.$Shape;
        static create(properties?: tensorflow.NodeDef.$Properties): tensorflow.NodeDef;

        /**
         * Encodes the specified NodeDef message. Does not implicitly {@link tensorflow.NodeDef.verify|verify} messages.
         * @param message NodeDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.NodeDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NodeDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.NodeDef & tensorflow.NodeDef.$Shape} NodeDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.NodeDef & tensorflow.NodeDef.$Shape;

        /**
         * Gets the type url for NodeDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace NodeDef {

        /** Properties of a NodeDef. */
        interface $Properties {

            /** NodeDef name */
            name?: (string|null);

            /** NodeDef op */
            op?: (string|null);

            /** NodeDef input */
            input?: (string[]|null);

            /** NodeDef device */
            device?: (string|null);

            /** NodeDef attr */
            attr?: ({ [k: string]: tensorflow.AttrValue.$Properties }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NodeDef. */
        type $Shape = {
          name?: string|null;
          op?: string|null;
          input?: string[]|null;
          device?: string|null;
          attr?: { [k: string]: tensorflow.AttrValue.$Shape }|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a VersionDef.
     * @deprecated Use tensorflow.VersionDef.$Properties instead.
     */
    interface IVersionDef extends tensorflow.VersionDef.$Properties {
    }

    /** Represents a VersionDef. */
    class VersionDef {

        /**
         * Constructs a new VersionDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.VersionDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VersionDef producer. */
        producer: number;

        /** VersionDef minConsumer. */
        minConsumer: number;

        /** VersionDef badConsumers. */
        badConsumers: number[];

        /**
         * Creates a new VersionDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VersionDef instance
         */
        static create(properties: tensorflow.VersionDef.$Shape): tensorflow.VersionDef & tensorflow.VersionDef.$Shape;
        static create(properties?: tensorflow.VersionDef.$Properties): tensorflow.VersionDef;

        /**
         * Encodes the specified VersionDef message. Does not implicitly {@link tensorflow.VersionDef.verify|verify} messages.
         * @param message VersionDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.VersionDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VersionDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.VersionDef & tensorflow.VersionDef.$Shape} VersionDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.VersionDef & tensorflow.VersionDef.$Shape;

        /**
         * Gets the type url for VersionDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace VersionDef {

        /** Properties of a VersionDef. */
        interface $Properties {

            /** VersionDef producer */
            producer?: (number|null);

            /** VersionDef minConsumer */
            minConsumer?: (number|null);

            /** VersionDef badConsumers */
            badConsumers?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VersionDef. */
        type $Shape = tensorflow.VersionDef.$Properties;
    }

    /**
     * Properties of a TensorSliceProto.
     * @deprecated Use tensorflow.TensorSliceProto.$Properties instead.
     */
    interface ITensorSliceProto extends tensorflow.TensorSliceProto.$Properties {
    }

    /** Represents a TensorSliceProto. */
    class TensorSliceProto {

        /**
         * Constructs a new TensorSliceProto.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.TensorSliceProto.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TensorSliceProto extent. */
        extent: tensorflow.TensorSliceProto.Extent.$Properties[];

        /**
         * Creates a new TensorSliceProto instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TensorSliceProto instance
         */
        static create(properties: tensorflow.TensorSliceProto.$Shape): tensorflow.TensorSliceProto & tensorflow.TensorSliceProto.$Shape;
        static create(properties?: tensorflow.TensorSliceProto.$Properties): tensorflow.TensorSliceProto;

        /**
         * Encodes the specified TensorSliceProto message. Does not implicitly {@link tensorflow.TensorSliceProto.verify|verify} messages.
         * @param message TensorSliceProto message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.TensorSliceProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TensorSliceProto message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.TensorSliceProto & tensorflow.TensorSliceProto.$Shape} TensorSliceProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TensorSliceProto & tensorflow.TensorSliceProto.$Shape;

        /**
         * Gets the type url for TensorSliceProto
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TensorSliceProto {

        /** Properties of a TensorSliceProto. */
        interface $Properties {

            /** TensorSliceProto extent */
            extent?: (tensorflow.TensorSliceProto.Extent.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TensorSliceProto. */
        type $Shape = {
          extent?: tensorflow.TensorSliceProto.Extent.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };

        /**
         * Properties of an Extent.
         * @deprecated Use tensorflow.TensorSliceProto.Extent.$Properties instead.
         */
        interface IExtent extends tensorflow.TensorSliceProto.Extent.$Properties {
        }

        /** Represents an Extent. */
        class Extent {

            /**
             * Constructs a new Extent.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.TensorSliceProto.Extent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Extent start. */
            start: (number|Long);

            /** Extent length. */
            length?: (number|Long|null);

            /** Extent hasLength. */
            hasLength?: "length";

            /**
             * Creates a new Extent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Extent instance
             */
            static create(properties: tensorflow.TensorSliceProto.Extent.$Shape): tensorflow.TensorSliceProto.Extent & tensorflow.TensorSliceProto.Extent.$Shape;
            static create(properties?: tensorflow.TensorSliceProto.Extent.$Properties): tensorflow.TensorSliceProto.Extent;

            /**
             * Encodes the specified Extent message. Does not implicitly {@link tensorflow.TensorSliceProto.Extent.verify|verify} messages.
             * @param message Extent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.TensorSliceProto.Extent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Extent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.TensorSliceProto.Extent & tensorflow.TensorSliceProto.Extent.$Shape} Extent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TensorSliceProto.Extent & tensorflow.TensorSliceProto.Extent.$Shape;

            /**
             * Gets the type url for Extent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Extent {

            /** Properties of an Extent. */
            interface $Properties {

                /** Extent start */
                start?: (number|Long|null);

                /** Extent length */
                length?: (number|Long|null);

                /** Extent hasLength */
                hasLength?: "length";

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Extent. */
            type $Shape = {
              start?: number|Long|null;
              length?: number|Long|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ hasLength?: undefined; length?: null }|{ hasLength?: "length"; length: number|Long })
            );
        }
    }

    /**
     * Properties of a VariableDef.
     * @deprecated Use tensorflow.VariableDef.$Properties instead.
     */
    interface IVariableDef extends tensorflow.VariableDef.$Properties {
    }

    /** Represents a VariableDef. */
    class VariableDef {

        /**
         * Constructs a new VariableDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.VariableDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VariableDef variableName. */
        variableName: string;

        /** VariableDef initialValueName. */
        initialValueName: string;

        /** VariableDef initializerName. */
        initializerName: string;

        /** VariableDef snapshotName. */
        snapshotName: string;

        /** VariableDef saveSliceInfoDef. */
        saveSliceInfoDef?: (tensorflow.SaveSliceInfoDef.$Properties|null);

        /** VariableDef isResource. */
        isResource: boolean;

        /** VariableDef trainable. */
        trainable: boolean;

        /**
         * Creates a new VariableDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VariableDef instance
         */
        static create(properties: tensorflow.VariableDef.$Shape): tensorflow.VariableDef & tensorflow.VariableDef.$Shape;
        static create(properties?: tensorflow.VariableDef.$Properties): tensorflow.VariableDef;

        /**
         * Encodes the specified VariableDef message. Does not implicitly {@link tensorflow.VariableDef.verify|verify} messages.
         * @param message VariableDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.VariableDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VariableDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.VariableDef & tensorflow.VariableDef.$Shape} VariableDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.VariableDef & tensorflow.VariableDef.$Shape;

        /**
         * Gets the type url for VariableDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace VariableDef {

        /** Properties of a VariableDef. */
        interface $Properties {

            /** VariableDef variableName */
            variableName?: (string|null);

            /** VariableDef initialValueName */
            initialValueName?: (string|null);

            /** VariableDef initializerName */
            initializerName?: (string|null);

            /** VariableDef snapshotName */
            snapshotName?: (string|null);

            /** VariableDef saveSliceInfoDef */
            saveSliceInfoDef?: (tensorflow.SaveSliceInfoDef.$Properties|null);

            /** VariableDef isResource */
            isResource?: (boolean|null);

            /** VariableDef trainable */
            trainable?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VariableDef. */
        type $Shape = tensorflow.VariableDef.$Properties;
    }

    /**
     * Properties of a SaveSliceInfoDef.
     * @deprecated Use tensorflow.SaveSliceInfoDef.$Properties instead.
     */
    interface ISaveSliceInfoDef extends tensorflow.SaveSliceInfoDef.$Properties {
    }

    /** Represents a SaveSliceInfoDef. */
    class SaveSliceInfoDef {

        /**
         * Constructs a new SaveSliceInfoDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SaveSliceInfoDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SaveSliceInfoDef fullName. */
        fullName: string;

        /** SaveSliceInfoDef fullShape. */
        fullShape: (number|Long)[];

        /** SaveSliceInfoDef varOffset. */
        varOffset: (number|Long)[];

        /** SaveSliceInfoDef varShape. */
        varShape: (number|Long)[];

        /**
         * Creates a new SaveSliceInfoDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SaveSliceInfoDef instance
         */
        static create(properties: tensorflow.SaveSliceInfoDef.$Shape): tensorflow.SaveSliceInfoDef & tensorflow.SaveSliceInfoDef.$Shape;
        static create(properties?: tensorflow.SaveSliceInfoDef.$Properties): tensorflow.SaveSliceInfoDef;

        /**
         * Encodes the specified SaveSliceInfoDef message. Does not implicitly {@link tensorflow.SaveSliceInfoDef.verify|verify} messages.
         * @param message SaveSliceInfoDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SaveSliceInfoDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SaveSliceInfoDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SaveSliceInfoDef & tensorflow.SaveSliceInfoDef.$Shape} SaveSliceInfoDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SaveSliceInfoDef & tensorflow.SaveSliceInfoDef.$Shape;

        /**
         * Gets the type url for SaveSliceInfoDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SaveSliceInfoDef {

        /** Properties of a SaveSliceInfoDef. */
        interface $Properties {

            /** SaveSliceInfoDef fullName */
            fullName?: (string|null);

            /** SaveSliceInfoDef fullShape */
            fullShape?: ((number|Long)[]|null);

            /** SaveSliceInfoDef varOffset */
            varOffset?: ((number|Long)[]|null);

            /** SaveSliceInfoDef varShape */
            varShape?: ((number|Long)[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SaveSliceInfoDef. */
        type $Shape = tensorflow.SaveSliceInfoDef.$Properties;
    }

    /**
     * Properties of a MetaGraphDef.
     * @deprecated Use tensorflow.MetaGraphDef.$Properties instead.
     */
    interface IMetaGraphDef extends tensorflow.MetaGraphDef.$Properties {
    }

    /** Represents a MetaGraphDef. */
    class MetaGraphDef {

        /**
         * Constructs a new MetaGraphDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.MetaGraphDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetaGraphDef metaInfoDef. */
        metaInfoDef?: (tensorflow.MetaGraphDef.MetaInfoDef.$Properties|null);

        /** MetaGraphDef graphDef. */
        graphDef?: (tensorflow.GraphDef.$Properties|null);

        /** MetaGraphDef saverDef. */
        saverDef?: (tensorflow.SaverDef.$Properties|null);

        /** MetaGraphDef collectionDef. */
        collectionDef: { [k: string]: tensorflow.CollectionDef.$Properties };

        /** MetaGraphDef objectGraphDef. */
        objectGraphDef?: (tensorflow.SavedObjectGraph.$Properties|null);

        /**
         * Creates a new MetaGraphDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetaGraphDef instance
         */
        static create(properties: tensorflow.MetaGraphDef.$Shape): tensorflow.MetaGraphDef & tensorflow.MetaGraphDef.$Shape;
        static create(properties?: tensorflow.MetaGraphDef.$Properties): tensorflow.MetaGraphDef;

        /**
         * Encodes the specified MetaGraphDef message. Does not implicitly {@link tensorflow.MetaGraphDef.verify|verify} messages.
         * @param message MetaGraphDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.MetaGraphDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetaGraphDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.MetaGraphDef & tensorflow.MetaGraphDef.$Shape} MetaGraphDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.MetaGraphDef & tensorflow.MetaGraphDef.$Shape;

        /**
         * Gets the type url for MetaGraphDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetaGraphDef {

        /** Properties of a MetaGraphDef. */
        interface $Properties {

            /** MetaGraphDef metaInfoDef */
            metaInfoDef?: (tensorflow.MetaGraphDef.MetaInfoDef.$Properties|null);

            /** MetaGraphDef graphDef */
            graphDef?: (tensorflow.GraphDef.$Properties|null);

            /** MetaGraphDef saverDef */
            saverDef?: (tensorflow.SaverDef.$Properties|null);

            /** MetaGraphDef collectionDef */
            collectionDef?: ({ [k: string]: tensorflow.CollectionDef.$Properties }|null);

            /** MetaGraphDef objectGraphDef */
            objectGraphDef?: (tensorflow.SavedObjectGraph.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetaGraphDef. */
        type $Shape = {
          metaInfoDef?: tensorflow.MetaGraphDef.MetaInfoDef.$Shape|null;
          graphDef?: tensorflow.GraphDef.$Shape|null;
          saverDef?: tensorflow.SaverDef.$Shape|null;
          collectionDef?: { [k: string]: tensorflow.CollectionDef.$Shape }|null;
          objectGraphDef?: tensorflow.SavedObjectGraph.$Shape|null;
          $unknowns?: Uint8Array[];
        };

        /**
         * Properties of a MetaInfoDef.
         * @deprecated Use tensorflow.MetaGraphDef.MetaInfoDef.$Properties instead.
         */
        interface IMetaInfoDef extends tensorflow.MetaGraphDef.MetaInfoDef.$Properties {
        }

        /** Represents a MetaInfoDef. */
        class MetaInfoDef {

            /**
             * Constructs a new MetaInfoDef.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.MetaGraphDef.MetaInfoDef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetaInfoDef metaGraphVersion. */
            metaGraphVersion: string;

            /** MetaInfoDef tags. */
            tags: string[];

            /** MetaInfoDef tensorflowVersion. */
            tensorflowVersion: string;

            /** MetaInfoDef tensorflowGitVersion. */
            tensorflowGitVersion: string;

            /**
             * Creates a new MetaInfoDef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetaInfoDef instance
             */
            static create(properties: tensorflow.MetaGraphDef.MetaInfoDef.$Shape): tensorflow.MetaGraphDef.MetaInfoDef & tensorflow.MetaGraphDef.MetaInfoDef.$Shape;
            static create(properties?: tensorflow.MetaGraphDef.MetaInfoDef.$Properties): tensorflow.MetaGraphDef.MetaInfoDef;

            /**
             * Encodes the specified MetaInfoDef message. Does not implicitly {@link tensorflow.MetaGraphDef.MetaInfoDef.verify|verify} messages.
             * @param message MetaInfoDef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.MetaGraphDef.MetaInfoDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetaInfoDef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.MetaGraphDef.MetaInfoDef & tensorflow.MetaGraphDef.MetaInfoDef.$Shape} MetaInfoDef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.MetaGraphDef.MetaInfoDef & tensorflow.MetaGraphDef.MetaInfoDef.$Shape;

            /**
             * Gets the type url for MetaInfoDef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetaInfoDef {

            /** Properties of a MetaInfoDef. */
            interface $Properties {

                /** MetaInfoDef metaGraphVersion */
                metaGraphVersion?: (string|null);

                /** MetaInfoDef tags */
                tags?: (string[]|null);

                /** MetaInfoDef tensorflowVersion */
                tensorflowVersion?: (string|null);

                /** MetaInfoDef tensorflowGitVersion */
                tensorflowGitVersion?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetaInfoDef. */
            type $Shape = tensorflow.MetaGraphDef.MetaInfoDef.$Properties;
        }
    }

    /**
     * Properties of a CollectionDef.
     * @deprecated Use tensorflow.CollectionDef.$Properties instead.
     */
    interface ICollectionDef extends tensorflow.CollectionDef.$Properties {
    }

    /** Represents a CollectionDef. */
    class CollectionDef {

        /**
         * Constructs a new CollectionDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.CollectionDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CollectionDef nodeList. */
        nodeList?: (tensorflow.CollectionDef.NodeList.$Properties|null);

        /** CollectionDef bytesList. */
        bytesList?: (tensorflow.CollectionDef.BytesList.$Properties|null);

        /** CollectionDef kind. */
        kind?: ("nodeList"|"bytesList");

        /**
         * Creates a new CollectionDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CollectionDef instance
         */
        static create(properties: tensorflow.CollectionDef.$Shape): tensorflow.CollectionDef & tensorflow.CollectionDef.$Shape;
        static create(properties?: tensorflow.CollectionDef.$Properties): tensorflow.CollectionDef;

        /**
         * Encodes the specified CollectionDef message. Does not implicitly {@link tensorflow.CollectionDef.verify|verify} messages.
         * @param message CollectionDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.CollectionDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CollectionDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.CollectionDef & tensorflow.CollectionDef.$Shape} CollectionDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.CollectionDef & tensorflow.CollectionDef.$Shape;

        /**
         * Gets the type url for CollectionDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace CollectionDef {

        /** Properties of a CollectionDef. */
        interface $Properties {

            /** CollectionDef nodeList */
            nodeList?: (tensorflow.CollectionDef.NodeList.$Properties|null);

            /** CollectionDef bytesList */
            bytesList?: (tensorflow.CollectionDef.BytesList.$Properties|null);

            /** CollectionDef kind */
            kind?: ("nodeList"|"bytesList");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a CollectionDef. */
        type $Shape = {
          nodeList?: tensorflow.CollectionDef.NodeList.$Shape|null;
          bytesList?: tensorflow.CollectionDef.BytesList.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ kind?: undefined; nodeList?: null; bytesList?: null }|{ kind?: "nodeList"; nodeList: tensorflow.CollectionDef.NodeList.$Shape; bytesList?: null }|{ kind?: "bytesList"; nodeList?: null; bytesList: tensorflow.CollectionDef.BytesList.$Shape })
        );

        /**
         * Properties of a NodeList.
         * @deprecated Use tensorflow.CollectionDef.NodeList.$Properties instead.
         */
        interface INodeList extends tensorflow.CollectionDef.NodeList.$Properties {
        }

        /** Represents a NodeList. */
        class NodeList {

            /**
             * Constructs a new NodeList.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.CollectionDef.NodeList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeList value. */
            value: string[];

            /**
             * Creates a new NodeList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeList instance
             */
            static create(properties: tensorflow.CollectionDef.NodeList.$Shape): tensorflow.CollectionDef.NodeList & tensorflow.CollectionDef.NodeList.$Shape;
            static create(properties?: tensorflow.CollectionDef.NodeList.$Properties): tensorflow.CollectionDef.NodeList;

            /**
             * Encodes the specified NodeList message. Does not implicitly {@link tensorflow.CollectionDef.NodeList.verify|verify} messages.
             * @param message NodeList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.CollectionDef.NodeList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.CollectionDef.NodeList & tensorflow.CollectionDef.NodeList.$Shape} NodeList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.CollectionDef.NodeList & tensorflow.CollectionDef.NodeList.$Shape;

            /**
             * Gets the type url for NodeList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeList {

            /** Properties of a NodeList. */
            interface $Properties {

                /** NodeList value */
                value?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeList. */
            type $Shape = tensorflow.CollectionDef.NodeList.$Properties;
        }

        /**
         * Properties of a BytesList.
         * @deprecated Use tensorflow.CollectionDef.BytesList.$Properties instead.
         */
        interface IBytesList extends tensorflow.CollectionDef.BytesList.$Properties {
        }

        /** Represents a BytesList. */
        class BytesList {

            /**
             * Constructs a new BytesList.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.CollectionDef.BytesList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BytesList value. */
            value: Uint8Array[];

            /**
             * Creates a new BytesList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BytesList instance
             */
            static create(properties: tensorflow.CollectionDef.BytesList.$Shape): tensorflow.CollectionDef.BytesList & tensorflow.CollectionDef.BytesList.$Shape;
            static create(properties?: tensorflow.CollectionDef.BytesList.$Properties): tensorflow.CollectionDef.BytesList;

            /**
             * Encodes the specified BytesList message. Does not implicitly {@link tensorflow.CollectionDef.BytesList.verify|verify} messages.
             * @param message BytesList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.CollectionDef.BytesList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BytesList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.CollectionDef.BytesList & tensorflow.CollectionDef.BytesList.$Shape} BytesList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.CollectionDef.BytesList & tensorflow.CollectionDef.BytesList.$Shape;

            /**
             * Gets the type url for BytesList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BytesList {

            /** Properties of a BytesList. */
            interface $Properties {

                /** BytesList value */
                value?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BytesList. */
            type $Shape = tensorflow.CollectionDef.BytesList.$Properties;
        }
    }

    /**
     * Properties of a SaverDef.
     * @deprecated Use tensorflow.SaverDef.$Properties instead.
     */
    interface ISaverDef extends tensorflow.SaverDef.$Properties {
    }

    /** Represents a SaverDef. */
    class SaverDef {

        /**
         * Constructs a new SaverDef.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SaverDef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SaverDef filenameTensorName. */
        filenameTensorName: string;

        /** SaverDef saveTensorName. */
        saveTensorName: string;

        /** SaverDef restoreOpName. */
        restoreOpName: string;

        /** SaverDef maxToKeep. */
        maxToKeep: number;

        /** SaverDef sharded. */
        sharded: boolean;

        /** SaverDef keepCheckpointEveryNHours. */
        keepCheckpointEveryNHours: number;

        /** SaverDef version. */
        version: tensorflow.SaverDef.CheckpointFormatVersion;

        /**
         * Creates a new SaverDef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SaverDef instance
         */
        static create(properties: tensorflow.SaverDef.$Shape): tensorflow.SaverDef & tensorflow.SaverDef.$Shape;
        static create(properties?: tensorflow.SaverDef.$Properties): tensorflow.SaverDef;

        /**
         * Encodes the specified SaverDef message. Does not implicitly {@link tensorflow.SaverDef.verify|verify} messages.
         * @param message SaverDef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SaverDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SaverDef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SaverDef & tensorflow.SaverDef.$Shape} SaverDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SaverDef & tensorflow.SaverDef.$Shape;

        /**
         * Gets the type url for SaverDef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SaverDef {

        /** Properties of a SaverDef. */
        interface $Properties {

            /** SaverDef filenameTensorName */
            filenameTensorName?: (string|null);

            /** SaverDef saveTensorName */
            saveTensorName?: (string|null);

            /** SaverDef restoreOpName */
            restoreOpName?: (string|null);

            /** SaverDef maxToKeep */
            maxToKeep?: (number|null);

            /** SaverDef sharded */
            sharded?: (boolean|null);

            /** SaverDef keepCheckpointEveryNHours */
            keepCheckpointEveryNHours?: (number|null);

            /** SaverDef version */
            version?: (tensorflow.SaverDef.CheckpointFormatVersion|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SaverDef. */
        type $Shape = tensorflow.SaverDef.$Properties;

        /** CheckpointFormatVersion enum. */
        enum CheckpointFormatVersion {

            /** LEGACY value */
            LEGACY = 0,

            /** V1 value */
            V1 = 1,

            /** V2 value */
            V2 = 2
        }
    }

    /**
     * Properties of a SavedObjectGraph.
     * @deprecated Use tensorflow.SavedObjectGraph.$Properties instead.
     */
    interface ISavedObjectGraph extends tensorflow.SavedObjectGraph.$Properties {
    }

    /** Represents a SavedObjectGraph. */
    class SavedObjectGraph {

        /**
         * Constructs a new SavedObjectGraph.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedObjectGraph.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedObjectGraph nodes. */
        nodes: tensorflow.SavedObject.$Properties[];

        /**
         * Creates a new SavedObjectGraph instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedObjectGraph instance
         */
        static create(properties: tensorflow.SavedObjectGraph.$Shape): tensorflow.SavedObjectGraph & tensorflow.SavedObjectGraph.$Shape;
        static create(properties?: tensorflow.SavedObjectGraph.$Properties): tensorflow.SavedObjectGraph;

        /**
         * Encodes the specified SavedObjectGraph message. Does not implicitly {@link tensorflow.SavedObjectGraph.verify|verify} messages.
         * @param message SavedObjectGraph message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedObjectGraph.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedObjectGraph message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedObjectGraph & tensorflow.SavedObjectGraph.$Shape} SavedObjectGraph
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedObjectGraph & tensorflow.SavedObjectGraph.$Shape;

        /**
         * Gets the type url for SavedObjectGraph
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedObjectGraph {

        /** Properties of a SavedObjectGraph. */
        interface $Properties {

            /** SavedObjectGraph nodes */
            nodes?: (tensorflow.SavedObject.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedObjectGraph. */
        type $Shape = {
          nodes?: tensorflow.SavedObject.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a SavedObject.
     * @deprecated Use tensorflow.SavedObject.$Properties instead.
     */
    interface ISavedObject extends tensorflow.SavedObject.$Properties {
    }

    /** Represents a SavedObject. */
    class SavedObject {

        /**
         * Constructs a new SavedObject.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedObject.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedObject children. */
        children: tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties[];

        /** SavedObject slotVariables. */
        slotVariables: tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties[];

        /** SavedObject userObject. */
        userObject?: (tensorflow.SavedUserObject.$Properties|null);

        /** SavedObject variable. */
        variable?: (tensorflow.SavedVariable.$Properties|null);

        /** SavedObject kind. */
        kind?: ("userObject"|"variable");

        /**
         * Creates a new SavedObject instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedObject instance
         */
        static create(properties: tensorflow.SavedObject.$Shape): tensorflow.SavedObject & tensorflow.SavedObject.$Shape;
        static create(properties?: tensorflow.SavedObject.$Properties): tensorflow.SavedObject;

        /**
         * Encodes the specified SavedObject message. Does not implicitly {@link tensorflow.SavedObject.verify|verify} messages.
         * @param message SavedObject message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedObject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedObject message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedObject & tensorflow.SavedObject.$Shape} SavedObject
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedObject & tensorflow.SavedObject.$Shape;

        /**
         * Gets the type url for SavedObject
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedObject {

        /** Properties of a SavedObject. */
        interface $Properties {

            /** SavedObject children */
            children?: (tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties[]|null);

            /** SavedObject slotVariables */
            slotVariables?: (tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties[]|null);

            /** SavedObject userObject */
            userObject?: (tensorflow.SavedUserObject.$Properties|null);

            /** SavedObject variable */
            variable?: (tensorflow.SavedVariable.$Properties|null);

            /** SavedObject kind */
            kind?: ("userObject"|"variable");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a SavedObject. */
        type $Shape = {
          children?: tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Shape[]|null;
          slotVariables?: tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Shape[]|null;
          userObject?: tensorflow.SavedUserObject.$Shape|null;
          variable?: tensorflow.SavedVariable.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ kind?: undefined; userObject?: null; variable?: null }|{ kind?: "userObject"; userObject: tensorflow.SavedUserObject.$Shape; variable?: null }|{ kind?: "variable"; userObject?: null; variable: tensorflow.SavedVariable.$Shape })
        );
    }

    /**
     * Properties of a SavedUserObject.
     * @deprecated Use tensorflow.SavedUserObject.$Properties instead.
     */
    interface ISavedUserObject extends tensorflow.SavedUserObject.$Properties {
    }

    /** Represents a SavedUserObject. */
    class SavedUserObject {

        /**
         * Constructs a new SavedUserObject.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedUserObject.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedUserObject identifier. */
        identifier: string;

        /**
         * Creates a new SavedUserObject instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedUserObject instance
         */
        static create(properties: tensorflow.SavedUserObject.$Shape): tensorflow.SavedUserObject & tensorflow.SavedUserObject.$Shape;
        static create(properties?: tensorflow.SavedUserObject.$Properties): tensorflow.SavedUserObject;

        /**
         * Encodes the specified SavedUserObject message. Does not implicitly {@link tensorflow.SavedUserObject.verify|verify} messages.
         * @param message SavedUserObject message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedUserObject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedUserObject message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedUserObject & tensorflow.SavedUserObject.$Shape} SavedUserObject
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedUserObject & tensorflow.SavedUserObject.$Shape;

        /**
         * Gets the type url for SavedUserObject
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedUserObject {

        /** Properties of a SavedUserObject. */
        interface $Properties {

            /** SavedUserObject identifier */
            identifier?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedUserObject. */
        type $Shape = tensorflow.SavedUserObject.$Properties;
    }

    /**
     * Properties of a SavedVariable.
     * @deprecated Use tensorflow.SavedVariable.$Properties instead.
     */
    interface ISavedVariable extends tensorflow.SavedVariable.$Properties {
    }

    /** Represents a SavedVariable. */
    class SavedVariable {

        /**
         * Constructs a new SavedVariable.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedVariable.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedVariable dtype. */
        dtype: tensorflow.DataType;

        /** SavedVariable shape. */
        shape?: (tensorflow.TensorShapeProto.$Properties|null);

        /** SavedVariable trainable. */
        trainable: boolean;

        /** SavedVariable name. */
        name: string;

        /**
         * Creates a new SavedVariable instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedVariable instance
         */
        static create(properties: tensorflow.SavedVariable.$Shape): tensorflow.SavedVariable & tensorflow.SavedVariable.$Shape;
        static create(properties?: tensorflow.SavedVariable.$Properties): tensorflow.SavedVariable;

        /**
         * Encodes the specified SavedVariable message. Does not implicitly {@link tensorflow.SavedVariable.verify|verify} messages.
         * @param message SavedVariable message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedVariable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedVariable message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedVariable & tensorflow.SavedVariable.$Shape} SavedVariable
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedVariable & tensorflow.SavedVariable.$Shape;

        /**
         * Gets the type url for SavedVariable
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedVariable {

        /** Properties of a SavedVariable. */
        interface $Properties {

            /** SavedVariable dtype */
            dtype?: (tensorflow.DataType|null);

            /** SavedVariable shape */
            shape?: (tensorflow.TensorShapeProto.$Properties|null);

            /** SavedVariable trainable */
            trainable?: (boolean|null);

            /** SavedVariable name */
            name?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedVariable. */
        type $Shape = tensorflow.SavedVariable.$Properties;
    }

    /**
     * Properties of a TrackableObjectGraph.
     * @deprecated Use tensorflow.TrackableObjectGraph.$Properties instead.
     */
    interface ITrackableObjectGraph extends tensorflow.TrackableObjectGraph.$Properties {
    }

    /** Represents a TrackableObjectGraph. */
    class TrackableObjectGraph {

        /**
         * Constructs a new TrackableObjectGraph.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.TrackableObjectGraph.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TrackableObjectGraph nodes. */
        nodes: tensorflow.TrackableObjectGraph.TrackableObject.$Properties[];

        /**
         * Creates a new TrackableObjectGraph instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TrackableObjectGraph instance
         */
        static create(properties: tensorflow.TrackableObjectGraph.$Shape): tensorflow.TrackableObjectGraph & tensorflow.TrackableObjectGraph.$Shape;
        static create(properties?: tensorflow.TrackableObjectGraph.$Properties): tensorflow.TrackableObjectGraph;

        /**
         * Encodes the specified TrackableObjectGraph message. Does not implicitly {@link tensorflow.TrackableObjectGraph.verify|verify} messages.
         * @param message TrackableObjectGraph message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.TrackableObjectGraph.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TrackableObjectGraph message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.TrackableObjectGraph & tensorflow.TrackableObjectGraph.$Shape} TrackableObjectGraph
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TrackableObjectGraph & tensorflow.TrackableObjectGraph.$Shape;

        /**
         * Gets the type url for TrackableObjectGraph
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TrackableObjectGraph {

        /** Properties of a TrackableObjectGraph. */
        interface $Properties {

            /** TrackableObjectGraph nodes */
            nodes?: (tensorflow.TrackableObjectGraph.TrackableObject.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TrackableObjectGraph. */
        type $Shape = tensorflow.TrackableObjectGraph.$Properties;

        /**
         * Properties of a TrackableObject.
         * @deprecated Use tensorflow.TrackableObjectGraph.TrackableObject.$Properties instead.
         */
        interface ITrackableObject extends tensorflow.TrackableObjectGraph.TrackableObject.$Properties {
        }

        /** Represents a TrackableObject. */
        class TrackableObject {

            /**
             * Constructs a new TrackableObject.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorflow.TrackableObjectGraph.TrackableObject.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TrackableObject children. */
            children: tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties[];

            /** TrackableObject attributes. */
            attributes: tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties[];

            /** TrackableObject slotVariables. */
            slotVariables: tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties[];

            /** TrackableObject registeredSaver. */
            registeredSaver?: (tensorflow.RegisteredSaver.$Properties|null);

            /**
             * Creates a new TrackableObject instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TrackableObject instance
             */
            static create(properties: tensorflow.TrackableObjectGraph.TrackableObject.$Shape): tensorflow.TrackableObjectGraph.TrackableObject & tensorflow.TrackableObjectGraph.TrackableObject.$Shape;
            static create(properties?: tensorflow.TrackableObjectGraph.TrackableObject.$Properties): tensorflow.TrackableObjectGraph.TrackableObject;

            /**
             * Encodes the specified TrackableObject message. Does not implicitly {@link tensorflow.TrackableObjectGraph.TrackableObject.verify|verify} messages.
             * @param message TrackableObject message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorflow.TrackableObjectGraph.TrackableObject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TrackableObject message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorflow.TrackableObjectGraph.TrackableObject & tensorflow.TrackableObjectGraph.TrackableObject.$Shape} TrackableObject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TrackableObjectGraph.TrackableObject & tensorflow.TrackableObjectGraph.TrackableObject.$Shape;

            /**
             * Gets the type url for TrackableObject
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TrackableObject {

            /** Properties of a TrackableObject. */
            interface $Properties {

                /** TrackableObject children */
                children?: (tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties[]|null);

                /** TrackableObject attributes */
                attributes?: (tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties[]|null);

                /** TrackableObject slotVariables */
                slotVariables?: (tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties[]|null);

                /** TrackableObject registeredSaver */
                registeredSaver?: (tensorflow.RegisteredSaver.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TrackableObject. */
            type $Shape = tensorflow.TrackableObjectGraph.TrackableObject.$Properties;

            /**
             * Properties of an ObjectReference.
             * @deprecated Use tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties instead.
             */
            interface IObjectReference extends tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties {
            }

            /** Represents an ObjectReference. */
            class ObjectReference {

                /**
                 * Constructs a new ObjectReference.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ObjectReference nodeId. */
                nodeId: number;

                /** ObjectReference localName. */
                localName: string;

                /**
                 * Creates a new ObjectReference instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ObjectReference instance
                 */
                static create(properties: tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Shape): tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference & tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Shape;
                static create(properties?: tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties): tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference;

                /**
                 * Encodes the specified ObjectReference message. Does not implicitly {@link tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.verify|verify} messages.
                 * @param message ObjectReference message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ObjectReference message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference & tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Shape} ObjectReference
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference & tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Shape;

                /**
                 * Gets the type url for ObjectReference
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ObjectReference {

                /** Properties of an ObjectReference. */
                interface $Properties {

                    /** ObjectReference nodeId */
                    nodeId?: (number|null);

                    /** ObjectReference localName */
                    localName?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ObjectReference. */
                type $Shape = tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.$Properties;
            }

            /**
             * Properties of a SerializedTensor.
             * @deprecated Use tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties instead.
             */
            interface ISerializedTensor extends tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties {
            }

            /** Represents a SerializedTensor. */
            class SerializedTensor {

                /**
                 * Constructs a new SerializedTensor.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SerializedTensor name. */
                name: string;

                /** SerializedTensor fullName. */
                fullName: string;

                /** SerializedTensor checkpointKey. */
                checkpointKey: string;

                /** SerializedTensor optionalRestore. */
                optionalRestore: boolean;

                /**
                 * Creates a new SerializedTensor instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SerializedTensor instance
                 */
                static create(properties: tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Shape): tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor & tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Shape;
                static create(properties?: tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties): tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor;

                /**
                 * Encodes the specified SerializedTensor message. Does not implicitly {@link tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.verify|verify} messages.
                 * @param message SerializedTensor message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SerializedTensor message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor & tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Shape} SerializedTensor
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor & tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Shape;

                /**
                 * Gets the type url for SerializedTensor
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SerializedTensor {

                /** Properties of a SerializedTensor. */
                interface $Properties {

                    /** SerializedTensor name */
                    name?: (string|null);

                    /** SerializedTensor fullName */
                    fullName?: (string|null);

                    /** SerializedTensor checkpointKey */
                    checkpointKey?: (string|null);

                    /** SerializedTensor optionalRestore */
                    optionalRestore?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SerializedTensor. */
                type $Shape = tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.$Properties;
            }

            /**
             * Properties of a SlotVariableReference.
             * @deprecated Use tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties instead.
             */
            interface ISlotVariableReference extends tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties {
            }

            /** Represents a SlotVariableReference. */
            class SlotVariableReference {

                /**
                 * Constructs a new SlotVariableReference.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SlotVariableReference originalVariableNodeId. */
                originalVariableNodeId: number;

                /** SlotVariableReference slotName. */
                slotName: string;

                /** SlotVariableReference slotVariableNodeId. */
                slotVariableNodeId: number;

                /**
                 * Creates a new SlotVariableReference instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SlotVariableReference instance
                 */
                static create(properties: tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Shape): tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference & tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Shape;
                static create(properties?: tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties): tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference;

                /**
                 * Encodes the specified SlotVariableReference message. Does not implicitly {@link tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.verify|verify} messages.
                 * @param message SlotVariableReference message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SlotVariableReference message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference & tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Shape} SlotVariableReference
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference & tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Shape;

                /**
                 * Gets the type url for SlotVariableReference
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SlotVariableReference {

                /** Properties of a SlotVariableReference. */
                interface $Properties {

                    /** SlotVariableReference originalVariableNodeId */
                    originalVariableNodeId?: (number|null);

                    /** SlotVariableReference slotName */
                    slotName?: (string|null);

                    /** SlotVariableReference slotVariableNodeId */
                    slotVariableNodeId?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SlotVariableReference. */
                type $Shape = tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.$Properties;
            }
        }
    }

    /**
     * Properties of a RegisteredSaver.
     * @deprecated Use tensorflow.RegisteredSaver.$Properties instead.
     */
    interface IRegisteredSaver extends tensorflow.RegisteredSaver.$Properties {
    }

    /** Represents a RegisteredSaver. */
    class RegisteredSaver {

        /**
         * Constructs a new RegisteredSaver.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.RegisteredSaver.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RegisteredSaver name. */
        name: string;

        /** RegisteredSaver objectName. */
        objectName: string;

        /**
         * Creates a new RegisteredSaver instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RegisteredSaver instance
         */
        static create(properties: tensorflow.RegisteredSaver.$Shape): tensorflow.RegisteredSaver & tensorflow.RegisteredSaver.$Shape;
        static create(properties?: tensorflow.RegisteredSaver.$Properties): tensorflow.RegisteredSaver;

        /**
         * Encodes the specified RegisteredSaver message. Does not implicitly {@link tensorflow.RegisteredSaver.verify|verify} messages.
         * @param message RegisteredSaver message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.RegisteredSaver.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RegisteredSaver message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.RegisteredSaver & tensorflow.RegisteredSaver.$Shape} RegisteredSaver
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.RegisteredSaver & tensorflow.RegisteredSaver.$Shape;

        /**
         * Gets the type url for RegisteredSaver
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace RegisteredSaver {

        /** Properties of a RegisteredSaver. */
        interface $Properties {

            /** RegisteredSaver name */
            name?: (string|null);

            /** RegisteredSaver objectName */
            objectName?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RegisteredSaver. */
        type $Shape = tensorflow.RegisteredSaver.$Properties;
    }

    /**
     * Properties of a SavedModel.
     * @deprecated Use tensorflow.SavedModel.$Properties instead.
     */
    interface ISavedModel extends tensorflow.SavedModel.$Properties {
    }

    /** Represents a SavedModel. */
    class SavedModel {

        /**
         * Constructs a new SavedModel.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedModel.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedModel savedModelSchemaVersion. */
        savedModelSchemaVersion: (number|Long);

        /** SavedModel metaGraphs. */
        metaGraphs: tensorflow.MetaGraphDef.$Properties[];

        /**
         * Creates a new SavedModel instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedModel instance
         */
        static create(properties: tensorflow.SavedModel.$Shape): tensorflow.SavedModel & tensorflow.SavedModel.$Shape;
        static create(properties?: tensorflow.SavedModel.$Properties): tensorflow.SavedModel;

        /**
         * Encodes the specified SavedModel message. Does not implicitly {@link tensorflow.SavedModel.verify|verify} messages.
         * @param message SavedModel message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedModel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedModel message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedModel & tensorflow.SavedModel.$Shape} SavedModel
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedModel & tensorflow.SavedModel.$Shape;

        /**
         * Gets the type url for SavedModel
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedModel {

        /** Properties of a SavedModel. */
        interface $Properties {

            /** SavedModel savedModelSchemaVersion */
            savedModelSchemaVersion?: (number|Long|null);

            /** SavedModel metaGraphs */
            metaGraphs?: (tensorflow.MetaGraphDef.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedModel. */
        type $Shape = {
          savedModelSchemaVersion?: number|Long|null;
          metaGraphs?: tensorflow.MetaGraphDef.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a BundleHeaderProto.
     * @deprecated Use tensorflow.BundleHeaderProto.$Properties instead.
     */
    interface IBundleHeaderProto extends tensorflow.BundleHeaderProto.$Properties {
    }

    /** Represents a BundleHeaderProto. */
    class BundleHeaderProto {

        /**
         * Constructs a new BundleHeaderProto.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.BundleHeaderProto.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BundleHeaderProto numShards. */
        numShards: number;

        /** BundleHeaderProto endianness. */
        endianness: tensorflow.BundleHeaderProto.Endianness;

        /** BundleHeaderProto version. */
        version?: (tensorflow.VersionDef.$Properties|null);

        /**
         * Creates a new BundleHeaderProto instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BundleHeaderProto instance
         */
        static create(properties: tensorflow.BundleHeaderProto.$Shape): tensorflow.BundleHeaderProto & tensorflow.BundleHeaderProto.$Shape;
        static create(properties?: tensorflow.BundleHeaderProto.$Properties): tensorflow.BundleHeaderProto;

        /**
         * Encodes the specified BundleHeaderProto message. Does not implicitly {@link tensorflow.BundleHeaderProto.verify|verify} messages.
         * @param message BundleHeaderProto message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.BundleHeaderProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BundleHeaderProto message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.BundleHeaderProto & tensorflow.BundleHeaderProto.$Shape} BundleHeaderProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.BundleHeaderProto & tensorflow.BundleHeaderProto.$Shape;

        /**
         * Gets the type url for BundleHeaderProto
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace BundleHeaderProto {

        /** Properties of a BundleHeaderProto. */
        interface $Properties {

            /** BundleHeaderProto numShards */
            numShards?: (number|null);

            /** BundleHeaderProto endianness */
            endianness?: (tensorflow.BundleHeaderProto.Endianness|null);

            /** BundleHeaderProto version */
            version?: (tensorflow.VersionDef.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BundleHeaderProto. */
        type $Shape = tensorflow.BundleHeaderProto.$Properties;

        /** Endianness enum. */
        enum Endianness {

            /** LITTLE value */
            LITTLE = 0,

            /** BIG value */
            BIG = 1
        }
    }

    /**
     * Properties of a BundleEntryProto.
     * @deprecated Use tensorflow.BundleEntryProto.$Properties instead.
     */
    interface IBundleEntryProto extends tensorflow.BundleEntryProto.$Properties {
    }

    /** Represents a BundleEntryProto. */
    class BundleEntryProto {

        /**
         * Constructs a new BundleEntryProto.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.BundleEntryProto.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BundleEntryProto dtype. */
        dtype: tensorflow.DataType;

        /** BundleEntryProto shape. */
        shape?: (tensorflow.TensorShapeProto.$Properties|null);

        /** BundleEntryProto shardId. */
        shardId: number;

        /** BundleEntryProto offset. */
        offset: (number|Long);

        /** BundleEntryProto size. */
        size: (number|Long);

        /** BundleEntryProto crc32c. */
        crc32c: number;

        /** BundleEntryProto slices. */
        slices: tensorflow.TensorSliceProto.$Properties[];

        /**
         * Creates a new BundleEntryProto instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BundleEntryProto instance
         */
        static create(properties: tensorflow.BundleEntryProto.$Shape): tensorflow.BundleEntryProto & tensorflow.BundleEntryProto.$Shape;
        static create(properties?: tensorflow.BundleEntryProto.$Properties): tensorflow.BundleEntryProto;

        /**
         * Encodes the specified BundleEntryProto message. Does not implicitly {@link tensorflow.BundleEntryProto.verify|verify} messages.
         * @param message BundleEntryProto message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.BundleEntryProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BundleEntryProto message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.BundleEntryProto & tensorflow.BundleEntryProto.$Shape} BundleEntryProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.BundleEntryProto & tensorflow.BundleEntryProto.$Shape;

        /**
         * Gets the type url for BundleEntryProto
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace BundleEntryProto {

        /** Properties of a BundleEntryProto. */
        interface $Properties {

            /** BundleEntryProto dtype */
            dtype?: (tensorflow.DataType|null);

            /** BundleEntryProto shape */
            shape?: (tensorflow.TensorShapeProto.$Properties|null);

            /** BundleEntryProto shardId */
            shardId?: (number|null);

            /** BundleEntryProto offset */
            offset?: (number|Long|null);

            /** BundleEntryProto size */
            size?: (number|Long|null);

            /** BundleEntryProto crc32c */
            crc32c?: (number|null);

            /** BundleEntryProto slices */
            slices?: (tensorflow.TensorSliceProto.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BundleEntryProto. */
        type $Shape = {
          dtype?: tensorflow.DataType|null;
          shape?: tensorflow.TensorShapeProto.$Shape|null;
          shardId?: number|null;
          offset?: number|Long|null;
          size?: number|Long|null;
          crc32c?: number|null;
          slices?: tensorflow.TensorSliceProto.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a SavedSliceMeta.
     * @deprecated Use tensorflow.SavedSliceMeta.$Properties instead.
     */
    interface ISavedSliceMeta extends tensorflow.SavedSliceMeta.$Properties {
    }

    /** Represents a SavedSliceMeta. */
    class SavedSliceMeta {

        /**
         * Constructs a new SavedSliceMeta.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedSliceMeta.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedSliceMeta name. */
        name: string;

        /** SavedSliceMeta shape. */
        shape?: (tensorflow.TensorShapeProto.$Properties|null);

        /** SavedSliceMeta type. */
        type: tensorflow.DataType;

        /** SavedSliceMeta slice. */
        slice: tensorflow.TensorSliceProto.$Properties[];

        /**
         * Creates a new SavedSliceMeta instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedSliceMeta instance
         */
        static create(properties: tensorflow.SavedSliceMeta.$Shape): tensorflow.SavedSliceMeta & tensorflow.SavedSliceMeta.$Shape;
        static create(properties?: tensorflow.SavedSliceMeta.$Properties): tensorflow.SavedSliceMeta;

        /**
         * Encodes the specified SavedSliceMeta message. Does not implicitly {@link tensorflow.SavedSliceMeta.verify|verify} messages.
         * @param message SavedSliceMeta message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedSliceMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedSliceMeta message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedSliceMeta & tensorflow.SavedSliceMeta.$Shape} SavedSliceMeta
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedSliceMeta & tensorflow.SavedSliceMeta.$Shape;

        /**
         * Gets the type url for SavedSliceMeta
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedSliceMeta {

        /** Properties of a SavedSliceMeta. */
        interface $Properties {

            /** SavedSliceMeta name */
            name?: (string|null);

            /** SavedSliceMeta shape */
            shape?: (tensorflow.TensorShapeProto.$Properties|null);

            /** SavedSliceMeta type */
            type?: (tensorflow.DataType|null);

            /** SavedSliceMeta slice */
            slice?: (tensorflow.TensorSliceProto.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedSliceMeta. */
        type $Shape = {
          name?: string|null;
          shape?: tensorflow.TensorShapeProto.$Shape|null;
          type?: tensorflow.DataType|null;
          slice?: tensorflow.TensorSliceProto.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a SavedTensorSliceMeta.
     * @deprecated Use tensorflow.SavedTensorSliceMeta.$Properties instead.
     */
    interface ISavedTensorSliceMeta extends tensorflow.SavedTensorSliceMeta.$Properties {
    }

    /** Represents a SavedTensorSliceMeta. */
    class SavedTensorSliceMeta {

        /**
         * Constructs a new SavedTensorSliceMeta.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedTensorSliceMeta.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedTensorSliceMeta tensor. */
        tensor: tensorflow.SavedSliceMeta.$Properties[];

        /** SavedTensorSliceMeta versions. */
        versions?: (tensorflow.VersionDef.$Properties|null);

        /**
         * Creates a new SavedTensorSliceMeta instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedTensorSliceMeta instance
         */
        static create(properties: tensorflow.SavedTensorSliceMeta.$Shape): tensorflow.SavedTensorSliceMeta & tensorflow.SavedTensorSliceMeta.$Shape;
        static create(properties?: tensorflow.SavedTensorSliceMeta.$Properties): tensorflow.SavedTensorSliceMeta;

        /**
         * Encodes the specified SavedTensorSliceMeta message. Does not implicitly {@link tensorflow.SavedTensorSliceMeta.verify|verify} messages.
         * @param message SavedTensorSliceMeta message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedTensorSliceMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedTensorSliceMeta message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedTensorSliceMeta & tensorflow.SavedTensorSliceMeta.$Shape} SavedTensorSliceMeta
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedTensorSliceMeta & tensorflow.SavedTensorSliceMeta.$Shape;

        /**
         * Gets the type url for SavedTensorSliceMeta
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedTensorSliceMeta {

        /** Properties of a SavedTensorSliceMeta. */
        interface $Properties {

            /** SavedTensorSliceMeta tensor */
            tensor?: (tensorflow.SavedSliceMeta.$Properties[]|null);

            /** SavedTensorSliceMeta versions */
            versions?: (tensorflow.VersionDef.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedTensorSliceMeta. */
        type $Shape = {
          tensor?: tensorflow.SavedSliceMeta.$Shape[]|null;
          versions?: tensorflow.VersionDef.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a SavedSlice.
     * @deprecated Use tensorflow.SavedSlice.$Properties instead.
     */
    interface ISavedSlice extends tensorflow.SavedSlice.$Properties {
    }

    /** Represents a SavedSlice. */
    class SavedSlice {

        /**
         * Constructs a new SavedSlice.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedSlice.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedSlice name. */
        name: string;

        /** SavedSlice slice. */
        slice?: (tensorflow.TensorSliceProto.$Properties|null);

        /** SavedSlice data. */
        data?: (tensorflow.TensorProto.$Properties|null);

        /**
         * Creates a new SavedSlice instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedSlice instance
         */
        static create(properties: tensorflow.SavedSlice.$Shape): tensorflow.SavedSlice & tensorflow.SavedSlice.$Shape;
        static create(properties?: tensorflow.SavedSlice.$Properties): tensorflow.SavedSlice;

        /**
         * Encodes the specified SavedSlice message. Does not implicitly {@link tensorflow.SavedSlice.verify|verify} messages.
         * @param message SavedSlice message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedSlice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedSlice message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedSlice & tensorflow.SavedSlice.$Shape} SavedSlice
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedSlice & tensorflow.SavedSlice.$Shape;

        /**
         * Gets the type url for SavedSlice
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedSlice {

        /** Properties of a SavedSlice. */
        interface $Properties {

            /** SavedSlice name */
            name?: (string|null);

            /** SavedSlice slice */
            slice?: (tensorflow.TensorSliceProto.$Properties|null);

            /** SavedSlice data */
            data?: (tensorflow.TensorProto.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedSlice. */
        type $Shape = {
          name?: string|null;
          slice?: tensorflow.TensorSliceProto.$Shape|null;
          data?: tensorflow.TensorProto.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a SavedTensorSlices.
     * @deprecated Use tensorflow.SavedTensorSlices.$Properties instead.
     */
    interface ISavedTensorSlices extends tensorflow.SavedTensorSlices.$Properties {
    }

    /** Represents a SavedTensorSlices. */
    class SavedTensorSlices {

        /**
         * Constructs a new SavedTensorSlices.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorflow.SavedTensorSlices.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SavedTensorSlices meta. */
        meta?: (tensorflow.SavedTensorSliceMeta.$Properties|null);

        /** SavedTensorSlices data. */
        data?: (tensorflow.SavedSlice.$Properties|null);

        /**
         * Creates a new SavedTensorSlices instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SavedTensorSlices instance
         */
        static create(properties: tensorflow.SavedTensorSlices.$Shape): tensorflow.SavedTensorSlices & tensorflow.SavedTensorSlices.$Shape;
        static create(properties?: tensorflow.SavedTensorSlices.$Properties): tensorflow.SavedTensorSlices;

        /**
         * Encodes the specified SavedTensorSlices message. Does not implicitly {@link tensorflow.SavedTensorSlices.verify|verify} messages.
         * @param message SavedTensorSlices message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorflow.SavedTensorSlices.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SavedTensorSlices message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorflow.SavedTensorSlices & tensorflow.SavedTensorSlices.$Shape} SavedTensorSlices
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorflow.SavedTensorSlices & tensorflow.SavedTensorSlices.$Shape;

        /**
         * Gets the type url for SavedTensorSlices
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SavedTensorSlices {

        /** Properties of a SavedTensorSlices. */
        interface $Properties {

            /** SavedTensorSlices meta */
            meta?: (tensorflow.SavedTensorSliceMeta.$Properties|null);

            /** SavedTensorSlices data */
            data?: (tensorflow.SavedSlice.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SavedTensorSlices. */
        type $Shape = {
          meta?: tensorflow.SavedTensorSliceMeta.$Shape|null;
          data?: tensorflow.SavedSlice.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }
}
