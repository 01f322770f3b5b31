// A minimal OLE compound file (the container of .doc, .wps and encrypted Office files) whose
// directory names the given streams: enough to test what the readers refuse.
export function fakeOle(streams: string[]): Buffer {
  const b = Buffer.alloc(512 * 4);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  b.writeUInt16LE(0x3e, 0x18);
  b.writeUInt16LE(3, 0x1a);
  b.writeUInt16LE(0xfffe, 0x1c);
  b.writeUInt16LE(9, 0x1e);
  b.writeUInt16LE(6, 0x20);
  b.writeUInt32LE(1, 0x30);
  b.writeUInt32LE(4096, 0x38);
  ['Root Entry', ...streams].forEach((name, i) => {
    const off = 512 + i * 128;
    const n = Buffer.from(name + '\u0000', 'utf16le');
    n.copy(b, off);
    b.writeUInt16LE(n.length, off + 0x40);
    b[off + 0x42] = i === 0 ? 5 : 2;
    b.writeUInt32LE(0xfffffffe, off + 0x74);
  });
  return b;
}
