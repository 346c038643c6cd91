import { ui } from '../i18n/ui';

const KIB = 1024;
const MIB = 1024 * 1024;

/** One decimal below ten units, whole units above. */
const rounded = (value: number) => (value < 9.95 ? Math.round(value * 10) / 10 : Math.round(value));

/**
 * A file's size for readers, in binary multiples: 850 bytes, 9.5 KB, 12 KB, 1.3 MB. A size
 * that would round to 1024 KB is written in MB.
 */
export function formatByteSize(bytes: number): string {
  const { units } = ui;
  if (bytes < KIB) return units.bytes(bytes);
  if (Math.round(bytes / KIB) < KIB) return `${rounded(bytes / KIB)} ${units.kilobytes}`;
  return `${rounded(bytes / MIB)} ${units.megabytes}`;
}
