// dyad offsets are UTF-8 byte offsets; JavaScript strings index UTF-16 code
// units. byteIndexMap(text) gives, for every byte offset 0..bytes, the string
// index where that byte's character starts (offsets inside a character map to
// the character's start), so spans convert exactly, whatever the script.
const encoder = new TextEncoder();

export function utf8Length(text) {
  return encoder.encode(text).length;
}

export function byteIndexMap(text) {
  const map = new Uint32Array(utf8Length(text) + 1);
  let b = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i);
    const units = cp > 0xffff ? 2 : 1;
    const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 0; k < bytes; k++) map[b + k] = i;
    b += bytes;
    i += units;
  }
  map[b] = text.length;
  return map;
}

// [begin, end) in bytes -> [begin, end) in string indices.
export function byteSpanToIndices(map, span) {
  const last = map.length - 1;
  const clamp = (x) => Math.max(0, Math.min(last, x));
  return [map[clamp(span[0])], map[clamp(span[1])]];
}
