import { describe, expect, it } from 'vitest';
import { formatByteSize } from '../../src/lib/byte-size';

describe('formatByteSize', () => {
  describe.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [850, '850 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [3219, '3.1 KB'],
    [10188, '9.9 KB'],
    [10189, '10 KB'],
    [12_500, '12 KB'],
    [1024 * 1023, '1023 KB'],
    [1024 * 1023.5, '1 MB'],
    [1024 * 1024, '1 MB'],
    [1.3 * 1024 * 1024, '1.3 MB'],
    [25 * 1024 * 1024, '25 MB'],
  ])('%d bytes', (bytes, expected) => {
    it(`→ ${expected}`, () => expect(formatByteSize(bytes)).toBe(expected));
  });
});
