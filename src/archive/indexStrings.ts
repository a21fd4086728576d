// Every string the saved archive holds, stored once: a sentence shared by three figures, a unit or
// period repeated a hundred thousand times. One-byte strings (the great majority) and the rest go
// into separate blobs so that loading gives V8 one-byte strings where it can, at half the memory.

export class StringTableBuilder {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(text, id);
      this.list.push(text);
    }
    return id;
  }

  /** `latin1` holds one-byte strings, `utf16` the others; `wide[i]` says which, `lengths[i]` in UTF-16 units. */
  finish(): EncodedStrings {
    const lengths = new Uint32Array(this.list.length);
    const wide = new Uint8Array(this.list.length);
    const narrow: string[] = [];
    const others: string[] = [];
    this.list.forEach((text, id) => {
      lengths[id] = text.length;
      // Lone surrogates survive UTF-16 unchanged, where UTF-8 would replace them.
      if (/[\u0100-\uffff]/.test(text)) {
        wide[id] = 1;
        others.push(text);
      } else narrow.push(text);
    });
    return { lengths, wide, latin1: Buffer.from(narrow.join(""), "latin1"), utf16: Buffer.from(others.join(""), "utf16le") };
  }
}

export interface EncodedStrings {
  lengths: Uint32Array;
  wide: Uint8Array;
  latin1: Uint8Array;
  utf16: Uint8Array;
}

export function decodeStrings({ lengths, wide, latin1, utf16 }: EncodedStrings): string[] {
  if (wide.length !== lengths.length || utf16.byteLength % 2 !== 0) throw new Error("string table sizes disagree");
  const narrowText = Buffer.from(latin1.buffer, latin1.byteOffset, latin1.byteLength).toString("latin1");
  const wideText = Buffer.from(utf16.buffer, utf16.byteOffset, utf16.byteLength).toString("utf16le");
  const strings = new Array<string>(lengths.length);
  let narrowAt = 0;
  let wideAt = 0;
  for (let id = 0; id < lengths.length; id++) {
    const length = lengths[id]!;
    if (wide[id] === 1) {
      strings[id] = wideText.slice(wideAt, wideAt + length);
      wideAt += length;
    } else {
      strings[id] = narrowText.slice(narrowAt, narrowAt + length);
      narrowAt += length;
    }
  }
  if (narrowAt !== narrowText.length || wideAt !== wideText.length) throw new Error("string table lengths do not add up");
  return strings;
}
