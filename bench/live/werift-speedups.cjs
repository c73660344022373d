/**
 * The load harness's viewers run werift (pure TypeScript). In a burst of a hundred joins its DTLS
 * client, not the server, used most of the 2 cores. A browser does this work in native code once
 * per handshake; here:
 * - ECDH key agreement goes to Node's native crypto (OpenSSL) instead of JavaScript
 *   (@noble/curves P-256: ~7 ms a handshake; tweetnacl X25519: ~3 ms);
 * - the process's one DTLS certificate and key are parsed once, not on every handshake and
 *   every fingerprint read (werift re-parses the PEM each time).
 * - the DTLS client sends its ClientHello as soon as ICE has connected, as a browser does; werift
 *   waits a fixed 100 ms first (RTCDtlsTransport.start), which added 100 ms to every viewer's
 *   first frame.
 * - no STUN query: with no ICE servers configured, werift asks stun.l.google.com anyway for every
 *   viewer (a DNS lookup that fails at once offline, or hangs where DNS does); the SFU is on this
 *   machine and the viewers have no STUN server, as the server's join says.
 * Same keys, same secrets, same bytes on the wire; the server side is untouched.
 * Require this before werift, and load werift through CommonJS (its ESM build is one bundle).
 */
const nodeCrypto = require('node:crypto');
const { dirname, join } = require('node:path');
// werift's package exports hide its internals; the file path is the same module werift loads.
const lib = join(dirname(require.resolve('werift')), '../..');
const ec = require(join(lib, 'dtls/src/cipher/ec.js'));
const { CipherContext } = require(join(lib, 'dtls/src/context/cipher.js'));
const x509 = require('@fidm/x509');
const nacl = require('tweetnacl');

ec.p256Keypair = () => {
  const ecdh = nodeCrypto.createECDH('prime256v1');
  const publicKey = ecdh.generateKeys(null, 'uncompressed');
  return { privateKey: ecdh.getPrivateKey(), publicKey };
};

ec.p256PreMasterSecret = ({ publicKey, privateKey }) => {
  const ecdh = nodeCrypto.createECDH('prime256v1');
  ecdh.setPrivateKey(privateKey);
  return ecdh.computeSecret(publicKey);
};

/** X25519 raw 32-byte keys wrapped in their fixed DER headers (RFC 8410), which is how Node takes them. */
const PKCS8 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI = Buffer.from('302a300506032b656e032100', 'hex');

nacl.box.keyPair = () => {
  const { privateKey, publicKey } = nodeCrypto.generateKeyPairSync('x25519');
  return {
    secretKey: new Uint8Array(privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8.length)),
    publicKey: new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI.length)),
  };
};

nacl.scalarMult = (n, p) =>
  new Uint8Array(
    nodeCrypto.diffieHellman({
      privateKey: nodeCrypto.createPrivateKey({ key: Buffer.concat([PKCS8, n]), format: 'der', type: 'pkcs8' }),
      publicKey: nodeCrypto.createPublicKey({ key: Buffer.concat([SPKI, p]), format: 'der', type: 'spki' }),
    }),
  );

/** PEM -> parsed object, once: werift only reads them (raw bytes, public key, PEM text). */
function memoizePem(cls) {
  const parse = cls.fromPEM.bind(cls);
  const cache = new Map();
  cls.fromPEM = (pem) => {
    const key = Buffer.from(pem).toString('latin1');
    if (!cache.has(key)) cache.set(key, parse(pem));
    return cache.get(key);
  };
}
memoizePem(x509.Certificate);
memoizePem(x509.PrivateKey);

/** CertificateVerify signing with a KeyObject made once per key, not a PEM parsed per handshake. */
const keyObjects = new WeakMap();
CipherContext.prototype.signatureData = function signatureData(data, hash) {
  let key = keyObjects.get(this.localPrivateKey);
  if (!key) keyObjects.set(this.localPrivateKey, (key = nodeCrypto.createPrivateKey(this.localPrivateKey.toPEM().toString())));
  return nodeCrypto.createSign(hash).update(data).sign(key);
};

/** werift's DTLS transport sleeps 100 ms before its client starts the handshake: no sleep there. */
const timersPromises = require('node:timers/promises');
const sleep = timersPromises.setTimeout;
const DTLS_START = join(lib, 'webrtc/src/transport/dtls.js');
timersPromises.setTimeout = function setTimeout(ms, ...rest) {
  if (ms === 100 && rest.length === 0 && new Error().stack.includes(DTLS_START)) return Promise.resolve();
  return sleep.call(this, ms, ...rest);
};

/** werift's fallback STUN server (stun.l.google.com) for a viewer given none: no query. */
require(join(lib, 'ice/src/iceBase.js')).serverReflexiveCandidate = async () => undefined;
