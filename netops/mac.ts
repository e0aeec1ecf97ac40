/** Hardware addresses: the kernel's raw bytes ↔ the colon-separated lowercase hex people write. */
export function formatMac(bytes: Buffer): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(':');
}

export function parseMac(text: string): Buffer {
  return Buffer.from(text.split(':').map((part) => parseInt(part, 16)));
}
