import { addressBucket } from './verification-throttle';

describe('addressBucket', () => {
  it('counts an IPv4 address as it is, also when it arrives IPv4-mapped', () => {
    expect(addressBucket('203.0.113.7')).toBe('203.0.113.7');
    expect(addressBucket('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressBucket('::FFFF:127.0.0.1')).toBe('127.0.0.1');
  });

  it('counts every address of one IPv6 /64 together, however it is written', () => {
    const bucket = addressBucket('2001:db8:85a3:1::8a2e:370:7334');
    expect(bucket).toBe('2001:db8:85a3:1::/64');
    expect(addressBucket('2001:0db8:85a3:0001:ffff:ffff:ffff:ffff')).toBe(bucket);
    expect(addressBucket('2001:DB8:85A3:1::1')).toBe(bucket);
    expect(addressBucket('2001:db8:85a3:2::1')).not.toBe(bucket);
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
    expect(addressBucket('2001:db8::')).toBe('2001:db8:0:0::/64');
  });

  it('keeps anything else (no address known) as its own bucket', () => {
    expect(addressBucket('unknown')).toBe('unknown');
  });
});
