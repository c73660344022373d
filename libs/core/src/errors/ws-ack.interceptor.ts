import { CallHandler, Injectable, NestInterceptor } from '@nestjs/common';
import { map, Observable } from 'rxjs';
import { ackOk } from './ws-ack';

/** Wraps a socket handler's result as `{ ok: true, data }`. */
@Injectable()
export class WsAckInterceptor implements NestInterceptor {
  intercept(_ctx: unknown, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(map((data: unknown) => ackOk(data ?? null)));
  }
}
