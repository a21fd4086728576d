// Plain data (the archive's sources, figures, quotes, docs) as three flat streams: a tag per value,
// 32-bit integers (string ids, small numbers, shapes, references) and doubles. JSON of the same
// data took seconds to parse at 50,000 articles and v8.deserialize longer; reading these streams
// back is one pass. Key order, absent-versus-undefined and shared sources all survive the trip.

import type { StringTableBuilder } from "./indexStrings.ts";

const UNDEFINED = 0;
const NULL = 1;
const FALSE = 2;
const TRUE = 3;
const STRING = 4;
const INT = 5;
const FLOAT = 6;
const OBJECT = 7;
const ARRAY = 8;
/** An object registered as shared (a Source): stored once, referenced by index, identity kept. */
const SHARED = 9;

export interface ValueStreams {
  tags: Uint8Array;
  ints: Int32Array;
  floats: Float64Array;
  /** Each object shape: its keys in order. */
  shapes: string[][];
}

class Growing<T extends Uint8Array | Int32Array | Float64Array> {
  length = 0;
  constructor(public data: T) {}

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new (this.data.constructor as new (size: number) => T)(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  finish(): T {
    return this.data.slice(0, this.length) as T;
  }
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export class ValueEncoder {
  private readonly tags = new Growing(new Uint8Array(1024));
  private readonly ints = new Growing(new Int32Array(1024));
  private readonly floats = new Growing(new Float64Array(256));
  private readonly shapes: string[][] = [];
  private readonly shapeIds = new Map<string, number>();

  constructor(
    private readonly strings: StringTableBuilder,
    private readonly shared: ReadonlyMap<object, number> = new Map(),
  ) {}

  /** Throws on anything that is not plain data: a class instance saved as an object would load wrong. */
  value(value: unknown, path = "archive"): void {
    switch (typeof value) {
      case "undefined":
        return this.tags.push(UNDEFINED);
      case "boolean":
        return this.tags.push(value ? TRUE : FALSE);
      case "string":
        this.tags.push(STRING);
        return this.ints.push(this.strings.id(value));
      case "number":
        if (Number.isInteger(value) && value >= -0x80000000 && value <= 0x7fffffff && !Object.is(value, -0)) {
          this.tags.push(INT);
          return this.ints.push(value);
        }
        this.tags.push(FLOAT);
        return this.floats.push(value);
      case "object":
        return this.object(value, path);
      default:
        throw new Error(`cannot save ${path}: a ${typeof value}`);
    }
  }

  private object(value: object | null, path: string): void {
    if (value === null) return this.tags.push(NULL);
    const shared = this.shared.get(value);
    if (shared !== undefined) {
      this.tags.push(SHARED);
      return this.ints.push(shared);
    }
    if (Array.isArray(value)) {
      this.tags.push(ARRAY);
      this.ints.push(value.length);
      for (let i = 0; i < value.length; i++) this.value(value[i], path);
      return;
    }
    if (!isPlainObject(value)) throw new Error(`cannot save ${path}: a ${value.constructor?.name ?? "non-plain object"}`);
    const keys = Object.keys(value);
    const signature = keys.join("\u0000");
    let shape = this.shapeIds.get(signature);
    if (shape === undefined) {
      shape = this.shapes.length;
      this.shapeIds.set(signature, shape);
      this.shapes.push(keys);
    }
    this.tags.push(OBJECT);
    this.ints.push(shape);
    for (const key of keys) this.value((value as Record<string, unknown>)[key], `${path}.${key}`);
  }

  finish(): ValueStreams {
    return { tags: this.tags.finish(), ints: this.ints.finish(), floats: this.floats.finish(), shapes: this.shapes };
  }
}

export class ValueDecoder {
  private tag = 0;
  private int = 0;
  private float = 0;
  /** Set once the shared objects themselves are decoded. */
  shared: readonly unknown[] = [];

  constructor(
    private readonly streams: ValueStreams,
    private readonly strings: readonly string[],
  ) {}

  value(): unknown {
    const { tags, floats } = this.streams;
    if (this.tag >= tags.length) throw new Error("saved values end early");
    switch (tags[this.tag++]) {
      case UNDEFINED:
        return undefined;
      case NULL:
        return null;
      case FALSE:
        return false;
      case TRUE:
        return true;
      case STRING:
        return this.lookup(this.strings, this.nextInt(), "string");
      case INT:
        return this.nextInt();
      case FLOAT:
        if (this.float >= floats.length) throw new Error("saved numbers end early");
        return floats[this.float++];
      case SHARED:
        return this.lookup(this.shared, this.nextInt(), "shared object");
      case ARRAY: {
        const length = this.nextInt();
        if (length < 0 || length > tags.length - this.tag) throw new Error("saved array length out of range");
        const array = new Array<unknown>(length);
        for (let i = 0; i < length; i++) array[i] = this.value();
        return array;
      }
      case OBJECT: {
        const keys = this.lookup(this.streams.shapes, this.nextInt(), "shape");
        const object: Record<string, unknown> = {};
        for (let k = 0; k < keys.length; k++) {
          const key = keys[k]!;
          // Assigning "__proto__" would set the prototype rather than an own property.
          if (key === "__proto__") Object.defineProperty(object, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
          else object[key] = this.value();
        }
        return object;
      }
      default:
        throw new Error(`unknown saved value tag ${tags[this.tag - 1]}`);
    }
  }

  /** Every stream read to its end: anything left over means the file and the reader disagree. */
  finish(): void {
    const { tags, ints, floats } = this.streams;
    if (this.tag !== tags.length || this.int !== ints.length || this.float !== floats.length) throw new Error("saved values have data left over");
  }

  private nextInt(): number {
    if (this.int >= this.streams.ints.length) throw new Error("saved integers end early");
    return this.streams.ints[this.int++]!;
  }

  private lookup<T>(list: readonly T[], index: number, what: string): T {
    if (index < 0 || index >= list.length) throw new Error(`saved ${what} reference out of range`);
    return list[index]!;
  }
}

