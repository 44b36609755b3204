import { describe, expect, it } from 'vitest';
import { prefixApiAddresses } from '../../src/base-path.js';

describe('the API addresses of an organisation served under /o/{slug}', () => {
  const body = JSON.stringify({
    titel: '/api/v1/moties is geen adres maar een titel',
    _links: { self: { href: '/api/v1/moties/1' }, first: { href: '/api/v1/moties?page=1' }, prev: null },
    instance: '/api/v1/moties/2',
    servers: [{ url: '/api/v1', description: 'Deze server' }],
    elders: { href: 'https://example.nl/api/v1/moties' },
  });

  it('puts the links, a problem’s instance and the server under the prefix, and leaves data alone', () => {
    const prefixed = JSON.parse(prefixApiAddresses(body, '/o/lindenhout', '/api/v1'));
    expect(prefixed._links.self.href).toBe('/o/lindenhout/api/v1/moties/1');
    expect(prefixed._links.first.href).toBe('/o/lindenhout/api/v1/moties?page=1');
    expect(prefixed.instance).toBe('/o/lindenhout/api/v1/moties/2');
    expect(prefixed.servers[0].url).toBe('/o/lindenhout/api/v1');
    expect(prefixed.titel).toBe('/api/v1/moties is geen adres maar een titel');
    expect(prefixed.elders.href).toBe('https://example.nl/api/v1/moties');
  });

  it('changes nothing at the root', () => {
    expect(prefixApiAddresses(body, '', '/api/v1')).toBe(body);
  });
});
