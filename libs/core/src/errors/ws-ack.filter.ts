import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { answerFailure } from './ws-ack';

/**
 * Socket counterpart of HttpErrorFilter: a failed event is answered through its
 * ack as `{ ok: false, error: { code, message } }`; without an ack callback the
 * client gets a `request.error` event with the same body. The socket stays connected.
 */
@Catch()
export class WsAckFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const ws = host.switchToWs();
    const ack = host.getArgs().find((a): a is (body: unknown) => void => typeof a === 'function');
    answerFailure(ws.getClient<{ emit: (e: string, b: unknown) => void }>(), ws.getPattern(), ack, exception);
  }
}
