import { NetworkInterfaceInfo } from 'node:os';
import { isWildcardIp, lanAddress } from './lan-address';

const v4 = (address: string, internal = false) => ({ address, family: 'IPv4', internal }) as NetworkInterfaceInfo;
const v6 = (address: string, internal = false) => ({ address, family: 'IPv6', internal }) as NetworkInterfaceInfo;

describe('lanAddress', () => {
  it('is the first IPv4 address of a physical interface', () => {
    expect(
      lanAddress({
        lo: [v4('127.0.0.1', true), v6('::1', true)],
        wlan0: [v6('fe80::1'), v4('192.168.1.23')],
        eth1: [v4('10.0.0.5')],
      }),
    ).toBe('192.168.1.23');
  });

  it('skips container and VPN bridges', () => {
    expect(
      lanAddress({
        docker0: [v4('172.17.0.1')],
        'br-3f2a': [v4('172.18.0.1')],
        tailscale0: [v4('100.64.0.2')],
        enp3s0: [v4('192.168.0.8')],
      }),
    ).toBe('192.168.0.8');
  });

  it('is null with only loopback and IPv6', () => {
    expect(lanAddress({ lo: [v4('127.0.0.1', true)], eth0: [v6('fd00::2')] })).toBeNull();
    expect(lanAddress({})).toBeNull();
  });

  it('knows the wildcard addresses', () => {
    expect(['0.0.0.0', '::', '127.0.0.1', '192.168.1.2'].map(isWildcardIp)).toEqual([true, true, false, false]);
  });
});
