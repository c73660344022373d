import type { Socket } from 'socket.io';
import { Principal } from './principal';
import { TokenService } from './token.service';

/**
 * Reads the token from the socket.io handshake (`auth: { token }`, or an
 * `Authorization: Bearer` header for non-browser clients). Anonymous is allowed
 * here; each event decides whether it needs a user. A bad token throws.
 */
export function authenticateSocket(socket: Socket, tokens: TokenService): Principal | null {
  const auth = socket.handshake.auth as { token?: unknown } | undefined;
  if (auth && typeof auth.token === 'string' && auth.token.length > 0) return tokens.verify(auth.token);
  const header = socket.handshake.headers.authorization;
  return tokens.fromAuthorizationHeader(typeof header === 'string' ? header : undefined);
}
