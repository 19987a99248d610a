import { describe, expect, it } from 'vitest';
import { uuidV5 } from './uuid-v5.ts';

/** RFC 9562's own namespaces, whose version 5 UUIDs other implementations agree on. */
const dnsNamespace = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const urlNamespace = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

describe('uuidV5', () => {
  it('gives the UUIDs other implementations give, for ASCII and for Chinese names', () => {
    expect(uuidV5('www.example.com', dnsNamespace)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuidV5('中文', urlNamespace)).toBe('d484afe2-3c63-521e-a25b-6295b8295982');
  });

  it('gives another UUID for another name or namespace', () => {
    expect(uuidV5('www.example.org', dnsNamespace)).not.toBe(uuidV5('www.example.com', dnsNamespace));
    expect(uuidV5('www.example.com', urlNamespace)).not.toBe(uuidV5('www.example.com', dnsNamespace));
  });
});
