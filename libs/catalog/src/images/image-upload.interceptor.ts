import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { DomainError, Principal, RequestWithPrincipal } from '@livefair/core';
import type { Request, Response } from 'express';
import multer from 'multer';
import { Observable } from 'rxjs';
import { CATALOG_LIMITS } from '../catalog-limits';
import { UploadRate } from './upload-rate';

/** The uploaded file as the handler receives it (multer's memory storage). */
export interface UploadedImageFile {
  buffer: Buffer;
  size: number;
}

export type RequestWithUpload = Request & RequestWithPrincipal & { file?: UploadedImageFile };

const parse = multer({
  storage: multer.memoryStorage(),
  // One file in the field `file`, at most the image limit; a few small text fields are ignored.
  limits: { fileSize: CATALOG_LIMITS.maxImageBytes, files: 1, fields: 4, fieldSize: 1024, parts: 5 },
}).single('file');

/**
 * Reads a multipart image upload after the rate check (so a client over its rate sends no
 * megabytes we then parse), and maps multer's failures to the catalog's codes.
 */
@Injectable()
export class ImageUploadInterceptor implements NestInterceptor {
  constructor(private readonly rate: UploadRate) {}

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = ctx.switchToHttp().getRequest<RequestWithUpload>();
    const res = ctx.switchToHttp().getResponse<Response>();
    const principal = req.principal as Principal;
    const wait = await this.rate.hit(principal.userId, req.ip ?? 'unknown');
    if (wait !== null) {
      res.setHeader('Retry-After', String(wait));
      throw new DomainError('RATE_LIMITED', `Too many image uploads; try again in ${wait} s`);
    }
    if (!req.is('multipart/form-data')) {
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Send the image as multipart/form-data in the field `file`');
    }
    await new Promise<void>((resolve, reject) =>
      parse(req, res, (err?: unknown) => (err ? reject(uploadError(err)) : resolve())),
    );
    if (!req.file) throw new DomainError('IMAGE_FILE_MISSING', 'Send the image in the multipart field `file`');
    return next.handle();
  }
}

function uploadError(err: unknown): DomainError {
  const code = (err as { code?: unknown }).code;
  if (code === 'LIMIT_FILE_SIZE') {
    return new DomainError('IMAGE_TOO_LARGE', `An image may be at most ${CATALOG_LIMITS.maxImageBytes / 1024 / 1024} MB`);
  }
  if (code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT') {
    return new DomainError('IMAGE_FILE_MISSING', 'Send one image, in the multipart field `file`');
  }
  return new DomainError('BAD_REQUEST', 'The multipart upload could not be read');
}
