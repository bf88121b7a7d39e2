/**
 * Bytes travel through the timeline as binary strings (one char per byte,
 * 0–255) because a timeline must survive JSON. These two convert.
 */
export function bytesToBinary(bytes: Uint8Array): string {
  let out = '';
  // Chunked so that a large body does not overflow the argument list.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return out;
}

export function binaryToBytes(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i) & 0xff;
  return out;
}
