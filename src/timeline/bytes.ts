/**
 * Bytes travel through the timeline as binary strings (one char per byte,
 * 0–255) because a timeline must survive JSON. These two convert.
 */
export function bytesToBinary(bytes: Uint8Array): string {
  let out = '';
  // Chunked so that a large body does not overflow the argument list. `apply` takes the typed
  // array as it is; a spread (`...chunk`) would walk it through the iterator, ten times slower.
  for (let i = 0; i < bytes.length; i += 0x2000) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x2000) as unknown as number[]);
  }
  return out;
}

export function binaryToBytes(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i) & 0xff;
  return out;
}
