/** `1GiB`, `256MiB`, `16KiB`, `1000`: bytes (the bench scripts' `--bytes`, `--value-bytes`). */
export function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)\s*(B|KiB|MiB|GiB|KB|MB|GB)?$/i.exec(text.trim());
  if (match === null) throw new Error(`not a size: ${text}`);
  const unit = (match[2] ?? 'B').toLowerCase();
  const factor = { b: 1, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, kb: 1e3, mb: 1e6, gb: 1e9 }[unit];
  return Math.round(Number(match[1]) * factor);
}
