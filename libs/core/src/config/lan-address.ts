import { networkInterfaces, NetworkInterfaceInfo } from 'node:os';

/** Container and VM bridges: an address on them is not where a phone on the same Wi-Fi reaches this machine. */
const VIRTUAL = /^(docker|br-|veth|virbr|vmnet|vboxnet|cni|flannel|cali|tun|tap|zt|tailscale|wg)/;

/**
 * This machine's address on its local network (the first non-loopback IPv4 address of a physical
 * interface), or null on a machine with only loopback.
 *
 * The SFU announces it when it listens on all addresses and RTC_ANNOUNCED_IP is unset. Announcing
 * 127.0.0.1 instead breaks UDP even for a browser on the same machine: the browser checks from its
 * interface address, the wildcard socket answers from that address rather than 127.0.0.1, the answer
 * does not match the pair, and the browser falls back to ICE over TCP ~150 ms later (and a phone on
 * the LAN cannot connect at all).
 */
export function lanAddress(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string | null {
  for (const [name, addresses] of Object.entries(interfaces)) {
    if (VIRTUAL.test(name)) continue;
    const v4 = addresses?.find((a) => a.family === 'IPv4' && !a.internal);
    if (v4) return v4.address;
  }
  return null;
}

/** True for the wildcard addresses, where the announced address cannot be the bound one. */
export const isWildcardIp = (ip: string): boolean => ip === '0.0.0.0' || ip === '::';
