import { Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, DomainError, Principal, Public, Roles } from '@livefair/core';
import type { ImagePage, ImageView } from '@livefair/protocol';
import { IsString, Matches } from 'class-validator';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { CatalogImages } from './catalog-images.service';
import { PageQuery } from './dto/list-products.query';
import { IMAGE_KEY } from './image-keys';
import { ImageUploadInterceptor, RequestWithUpload } from './images/image-upload.interceptor';

class ImageKeyParam {
  @IsString()
  @Matches(IMAGE_KEY, { message: 'key must be an image key' })
  key!: string;
}

/** Product images: upload, the enterprise's library, and the public GET every page uses. */
@ApiTags('catalog')
@Controller('api')
export class ImagesController {
  constructor(private readonly images: CatalogImages) {}

  @Post('uploads/images')
  @Roles('exhibitor', 'organizer')
  @ApiBearerAuth()
  @UseInterceptors(ImageUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({
    summary: 'Upload an image (JPEG, PNG or WebP, at most 5 MB; the type is read from the bytes)',
    description:
      'Exhibitors: product images and booth logos, owned by the enterprise. Organizers: expo covers, owned by the organizer. ' +
      'The same file uploaded again returns the same image. Bounded per owner (count, bytes), per user and per IP (a minute).',
  })
  upload(@CurrentUser() user: Principal, @Req() req: RequestWithUpload): Promise<ImageView> {
    if (!req.file) throw new DomainError('IMAGE_FILE_MISSING', 'Send the image in the multipart field `file`');
    return this.images.upload(user, req.file.buffer);
  }

  @Get('my/images')
  @Roles('exhibitor', 'organizer')
  @ApiBearerAuth()
  @ApiOperation({ summary: "The enterprise's uploaded images, newest first, and its quota" })
  list(@CurrentUser() user: Principal, @Query() { page, pageSize }: PageQuery): Promise<ImagePage> {
    return this.images.list(user, page, pageSize);
  }

  @Delete('my/images/:key')
  @Roles('exhibitor')
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an image no product shows (409 IMAGE_IN_USE otherwise)' })
  async remove(@CurrentUser() user: Principal, @Param() { key }: ImageKeyParam): Promise<void> {
    await this.images.delete(user, key);
  }

  @Get('images/:key')
  @Public()
  @ApiOperation({ summary: 'An uploaded image (public; immutable, cached for a year)' })
  async serve(@Param() { key }: ImageKeyParam, @Res() res: Response): Promise<void> {
    const found = await this.images.open(key);
    if (!found) throw DomainError.notFound('IMAGE_NOT_FOUND', 'Image', key);
    res.setHeader('Content-Type', found.info.contentType);
    res.setHeader('Content-Length', String(found.info.size));
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('ETag', `"${key.slice(0, 32)}"`);
    await pipeline(found.body, res);
  }
}
