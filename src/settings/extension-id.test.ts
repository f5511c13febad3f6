import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHROME_ID, CHROME_PUBLIC_KEY } from './extension-id.ts';

describe('the extension id school IT targets', () => {
  it('is the one Chrome derives from the manifest key', () => {
    const hex = createHash('sha256').update(Buffer.from(CHROME_PUBLIC_KEY, 'base64')).digest('hex').slice(0, 32);
    expect([...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('')).toBe(CHROME_ID);
  });
});
