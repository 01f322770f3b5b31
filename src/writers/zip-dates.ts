// Reproducible zip files (xlsx): the zip library stamps every entry with the time of writing, so
// the same input would give different bytes each second. The stamps are rewritten to one fixed
// time, in the local headers and in the central directory; the checksums cover only the data.

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

/** MS-DOS date and time fields (2-second resolution, years 1980–2107), from a UTC time. */
function dosStamp(d: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, d.getUTCFullYear()));
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/** The time reproducible builds agree on: SOURCE_DATE_EPOCH (seconds) when set, else 1980-01-01. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date {
  const s = env.SOURCE_DATE_EPOCH;
  if (s && /^\d+$/.test(s.trim())) return new Date(Number(s.trim()) * 1000);
  return new Date(Date.UTC(1980, 0, 1));
}

/** Set every entry's modification time to `when`, in place. Bytes that are not a zip are left as they are. */
export function fixZipDates(zip: Uint8Array, when: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let p = zip.length - 22; p >= Math.max(0, zip.length - 22 - 0xffff); p--) {
    if (view.getUint32(p, true) === SIG_EOCD) { eocd = p; break; }
  }
  if (eocd < 0) return zip;
  const { time, date } = dosStamp(when);
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let i = 0; i < count && p + 46 <= zip.length && view.getUint32(p, true) === SIG_CENTRAL; i++) {
    view.setUint16(p + 12, time, true);
    view.setUint16(p + 14, date, true);
    const local = view.getUint32(p + 42, true);
    if (local + 30 <= zip.length && view.getUint32(local, true) === SIG_LOCAL) {
      view.setUint16(local + 10, time, true);
      view.setUint16(local + 12, date, true);
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return zip;
}
