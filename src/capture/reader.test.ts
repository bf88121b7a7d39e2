/**
 * The reader fed in chunks: whatever the chunk size, the same packets, the
 * same counts and the same damage as the whole file at once; and each packet
 * comes out of the push that completed it, not at the end.
 */
import { describe, expect, it } from 'vitest';
import { createCaptureReader, readCapture } from './index';
import { captureFiles, fixtureBytes } from './test-support/fixtures';
import { rawPackets, readInChunks } from './test-support/raw';

describe('createCaptureReader', () => {
  it.each(captureFiles())(
    '%s: chunks of 1, 7, 100 and 4096 octets read as the whole file',
    (file) => {
      const bytes = fixtureBytes(file);
      const whole = readCapture(bytes);
      for (const size of [1, 7, 100, 4096]) expect(readInChunks(bytes, size)).toEqual(whole);
    },
  );

  it('a damaged file reads the same in chunks', () => {
    const bytes = fixtureBytes('get.pcapng');
    const cut = bytes.subarray(0, bytes.length - 100);
    const whole = readCapture(cut);
    expect(whole.ok && whole.damage).toBeTruthy();
    for (const size of [1, 13, 512]) expect(readInChunks(cut, size)).toEqual(whole);
  });

  it('gives each packet as soon as its record is complete', () => {
    const bytes = fixtureBytes('get.pcap');
    const ends = rawPackets(bytes).map((p) => p.offset + p.data.length);
    const reader = createCaptureReader();
    const seenAt: number[] = [];
    for (let at = 0; at < bytes.length; at++) {
      for (const p of reader.push(bytes.subarray(at, at + 1))) seenAt[p.frame - 1] = at + 1;
    }
    expect(seenAt).toEqual(ends);
  });

  it('copies what it keeps: a caller may reuse the chunk it pushed', () => {
    const bytes = fixtureBytes('get.pcap');
    const whole = readCapture(bytes);
    const reader = createCaptureReader();
    const buffer = new Uint8Array(50);
    const packets = [];
    for (let at = 0; at < bytes.length; at += 50) {
      const chunk = bytes.subarray(at, at + 50);
      buffer.set(chunk);
      packets.push(...reader.push(buffer.subarray(0, chunk.length)));
      buffer.fill(0xee);
    }
    expect(whole.ok && packets).toEqual(whole.ok && whole.packets);
  });

  it('ignores what is pushed after it stopped', () => {
    const reader = createCaptureReader();
    expect(reader.push(new TextEncoder().encode('GIF89a'))).toEqual([]);
    expect(reader.stopped).toBe(true);
    expect(reader.push(fixtureBytes('get.pcap'))).toEqual([]);
    expect(reader.finish()).toMatchObject({ ok: false, error: { code: 'unknown-format' } });
  });

  it('counts the octets it was given, up to the limit', () => {
    const reader = createCaptureReader({ maxBytes: 1000 });
    reader.push(fixtureBytes('get.pcap'));
    expect(reader.bytesRead).toBe(1000);
    expect(reader.stopped).toBe(true);
  });
});
