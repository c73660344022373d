// multer ships with @nestjs/platform-express without its types; the little the upload uses.
declare module 'multer' {
  import type { RequestHandler } from 'express';
  interface MulterLimits {
    fileSize?: number;
    files?: number;
    fields?: number;
    parts?: number;
    fieldSize?: number;
  }
  interface Multer {
    single(field: string): RequestHandler;
  }
  interface MulterFactory {
    (options: { storage: unknown; limits?: MulterLimits }): Multer;
    memoryStorage(): unknown;
    MulterError: new (...args: never[]) => Error & { code: string; field?: string };
  }
  const multer: MulterFactory;
  export = multer;
}
