// A lean load-generator socket: the socket.io v4 wire protocol (engine.io 4 over one WebSocket,
// socket.io packets of protocol 5) spoken directly over `ws`, for the bench's thousands of buyers.
// socket.io-client decodes every broadcast the room sends (deal.stock, orders.ticker: each buyer's
// copy) into events and parses it as JSON; here a broadcast is only counted by its event name and
// only acks are parsed, so the bench process spends its CPU on the buy requests it measures. The
// servers see an ordinary socket.io client: the same handshake, auth, packets and pings.
import WebSocket from 'ws';

const NSP = '/live';
/** engine.io "message" + socket.io packet types, with the namespace prefix. */
const EVENT = `42${NSP},`;
const ACK = `43${NSP},`;
const CONNECT = `40${NSP},`;
const CONNECT_ERROR = `44${NSP},`;

export class WireSocket {
  /** Broadcasts received, by event name (`deal.stock`, `orders.ticker`, ...). */
  received = new Map();
  #ws;
  #nextId = 0;
  #acks = new Map();

  constructor(ws) {
    this.#ws = ws;
    ws.on('message', (data) => this.#onMessage(data.toString()));
    ws.on('close', () => {
      for (const [, a] of this.#acks) a.reject(new Error('socket closed'));
      this.#acks.clear();
    });
  }

  /** Connects to `/live` on `url` (http://host:port) with `token`; resolves once the namespace accepted it. */
  static connect(url, token, timeoutMs = 30_000) {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, { perMessageDeflate: false });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => (ws.terminate(), reject(new Error('connect timed out'))), timeoutMs);
      const fail = (err) => (clearTimeout(timer), ws.terminate(), reject(err));
      ws.once('error', fail);
      const onOpen = (data) => {
        const m = data.toString();
        if (m[0] === '0') return ws.send(`${CONNECT}${JSON.stringify({ token })}`);
        if (m.startsWith(CONNECT)) {
          ws.off('message', onOpen);
          ws.off('error', fail);
          clearTimeout(timer);
          return resolve(new WireSocket(ws));
        }
        if (m.startsWith(CONNECT_ERROR)) fail(new Error(`connect_error: ${m.slice(CONNECT_ERROR.length)}`));
      };
      ws.on('message', onOpen);
    });
  }

  /** Emits `event` with `payload` and resolves with the server's ack (rejects after `timeoutMs`). */
  emitWithAck(event, payload, timeoutMs = 30_000) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#acks.delete(id);
        reject(new Error(`${event}: no ack in ${timeoutMs} ms`));
      }, timeoutMs);
      this.#acks.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      this.#ws.send(`${EVENT}${id}${JSON.stringify([event, payload])}`);
    });
  }

  close() {
    this.#ws.close();
  }

  #onMessage(m) {
    if (m === '2') return this.#ws.send('3'); // engine.io ping -> pong
    if (m.startsWith(ACK)) {
      const open = m.indexOf('[', ACK.length);
      const id = Number(m.slice(ACK.length, open));
      const a = this.#acks.get(id);
      if (!a) return;
      this.#acks.delete(id);
      return a.resolve(JSON.parse(m.slice(open))[0]);
    }
    if (m.startsWith(EVENT)) {
      // `42/live,["deal.stock",{...}]`: the name only.
      const start = EVENT.length + 2;
      const name = m.slice(start, m.indexOf('"', start));
      this.received.set(name, (this.received.get(name) ?? 0) + 1);
    }
  }
}
