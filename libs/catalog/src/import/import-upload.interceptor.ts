import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, Principal, RequestWithPrincipal } from '@livefair/core';
import type { Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { Observable } from 'rxjs';
import { ImportRate } from './import-rate';

export interface UploadedCatalogFile {
  buffer: Buffer;
  size: number;
  originalname: string;
}

export type RequestWithCatalogFile = Request & RequestWithPrincipal & { file?: UploadedCatalogFile };

/** Reads a multipart export-catalog upload after the hourly rate checks (per user, per IP), bounded by IMPORT_MAX_MB. */
@Injectable()
export class ImportUploadInterceptor implements NestInterceptor {
  private readonly parse: RequestHandler;

  constructor(
    private readonly rate: ImportRate,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.parse = multer({
      storage: multer.memoryStorage(),
      limits: { fileSize: config.catalogImport.maxFileBytes, files: 1, fields: 4, fieldSize: 1024, parts: 5 },
    }).single('file');
  }

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = ctx.switchToHttp().getRequest<RequestWithCatalogFile>();
    const res = ctx.switchToHttp().getResponse<Response>();
    const principal = req.principal as Principal;
    const wait = await this.rate.hit(principal.userId, req.ip ?? 'unknown');
    if (wait !== null) {
      res.setHeader('Retry-After', String(wait));
      throw new DomainError('RATE_LIMITED', `Too many catalog uploads; try again in ${wait} s`);
    }
    if (!req.is('multipart/form-data')) {
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data in the field `file`');
    }
    await new Promise<void>((resolve, reject) =>
      this.parse(req, res, (err?: unknown) => (err ? reject(this.uploadError(err)) : resolve())),
    );
    if (!req.file) throw new DomainError('IMPORT_FILE_MISSING', 'Send the catalog in the multipart field `file`');
    return next.handle();
  }

  private uploadError(err: unknown): DomainError {
    const code = (err as { code?: unknown }).code;
    if (code === 'LIMIT_FILE_SIZE') {
      const mb = this.config.catalogImport.maxFileBytes / 1024 / 1024;
      return new DomainError('IMPORT_FILE_TOO_LARGE', `A catalog file may be at most ${mb} MB`);
    }
    if (code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT') {
      return new DomainError('IMPORT_FILE_MISSING', 'Send one file, in the multipart field `file`');
    }
    return new DomainError('BAD_REQUEST', 'The multipart upload could not be read');
  }
}
