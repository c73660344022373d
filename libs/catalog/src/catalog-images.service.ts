import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  DomainError,
  isUniqueViolation,
  KeyedQueue,
  OBJECT_STORAGE,
  ObjectStorage,
  Principal,
  TransactionalConnection,
} from '@livefair/core';
import type { ImagePage, ImageView } from '@livefair/protocol';
import { In } from 'typeorm';
import { CATALOG_LIMITS } from './catalog-limits';
import { exhibitorEnterprise, imageOwner } from './exhibitor-enterprise';
import { CatalogImage } from './entities/catalog-image.entity';
import { Product } from './entities/product.entity';
import { IMAGE_KEY, imageKeyOf, imageUrl } from './image-keys';
import { SniffedImage, sniffImage } from './images/image-sniff';

export function toImageView(i: CatalogImage): ImageView {
  return {
    key: i.key,
    url: imageUrl(i.key),
    contentType: i.contentType as ImageView['contentType'],
    bytes: i.bytes,
    width: i.width,
    height: i.height,
    createdAt: i.createdAt.toISOString(),
  };
}

/**
 * An enterprise's image library: uploads (type from the bytes, bounded per enterprise), the list,
 * deletion of unused ones, and the check that a product names only its enterprise's images.
 */
@Injectable()
export class CatalogImages {
  private readonly serial = new KeyedQueue<string>();

  constructor(
    private readonly tx: TransactionalConnection,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Stores an uploaded image for the caller's enterprise (an organizer's: for the organizer). The
   * key is a hash of the owner and the bytes: the same file uploaded again is the same image (no
   * second copy, no quota used).
   */
  async upload(principal: Principal, data: Buffer): Promise<ImageView> {
    const { ownerId: enterpriseId, organizer } = imageOwner(principal);
    const sniffed = sniffImage(data);
    if (sniffed === 'unsupported') {
      throw new DomainError('IMAGE_TYPE_UNSUPPORTED', 'Only JPEG, PNG and WebP images can be uploaded');
    }
    const max = CATALOG_LIMITS.maxImagePixels;
    if (sniffed === 'unreadable' || sniffed.width > max || sniffed.height > max) {
      throw new DomainError('IMAGE_INVALID', `The image is damaged, or larger than ${max} pixels on a side`);
    }
    const key = imageKeyOf(enterpriseId, data, sniffed.ext);
    // One enterprise's uploads one at a time here, so a burst cannot pass the quota together.
    const maxImages = organizer ? this.config.catalog.maxOrganizerImages : this.config.catalog.maxImages;
    return this.serial.run(enterpriseId, () => this.store(principal.userId, enterpriseId, key, sniffed, data, maxImages));
  }

  private async store(
    userId: string,
    enterpriseId: string,
    key: string,
    sniffed: SniffedImage,
    data: Buffer,
    maxImages: number,
  ): Promise<ImageView> {
    const images = this.tx.getRepository(CatalogImage);
    const known = await images.findOne({ where: { enterpriseId, key } });
    if (known) return toImageView(known);
    await this.assertQuota(enterpriseId, data.length, maxImages);
    // The blob first: a row never names a missing file (a failed insert leaves an orphan file, harmless).
    await this.storage.put(key, data, sniffed.contentType);
    try {
      const saved = await images.save(
        images.create({
          enterpriseId,
          key,
          contentType: sniffed.contentType,
          bytes: data.length,
          width: sniffed.width,
          height: sniffed.height,
          uploadedBy: userId,
        }),
      );
      return toImageView(saved);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // The same file, uploaded twice at once: both get the one image.
      return toImageView(await images.findOneOrFail({ where: { enterpriseId, key } }));
    }
  }

  async list(principal: Principal, page = 1, pageSize = 50): Promise<ImagePage> {
    const { ownerId: enterpriseId, organizer } = imageOwner(principal);
    const [rows, total] = await this.tx.getRepository(CatalogImage).findAndCount({
      where: { enterpriseId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const usage = await this.usage(enterpriseId);
    return {
      items: rows.map(toImageView),
      total,
      page,
      pageSize,
      usage: {
        ...usage,
        maxImages: organizer ? this.config.catalog.maxOrganizerImages : this.config.catalog.maxImages,
        maxBytes: this.config.catalog.maxImageBytes,
      },
    };
  }

  /** Deletes one of the enterprise's images; refused while a product (any status) shows it. */
  async delete(principal: Principal, key: string): Promise<void> {
    const enterpriseId = exhibitorEnterprise(principal);
    await this.tx.run(async () => {
      const images = this.tx.getRepository(CatalogImage);
      const image = await images.findOne({ where: { enterpriseId, key } });
      if (!image) throw await this.missing(key);
      if (await this.inUse(enterpriseId, key)) {
        throw new DomainError('IMAGE_IN_USE', 'A product shows this image; take it off the product first');
      }
      await images.delete({ id: image.id });
    });
    await this.storage.delete(key);
  }

  /** Every key must be one of the owner's images (an enterprise's, or an organizer's by user id) (404 IMAGE_NOT_FOUND, 403 IMAGE_NOT_OWNED otherwise). */
  async assertAttachable(enterpriseId: string, keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    const rows = await this.tx
      .getRepository(CatalogImage)
      .find({ where: { key: In(keys) }, select: { key: true, enterpriseId: true } });
    for (const key of keys) {
      const holders = rows.filter((r) => r.key === key);
      if (holders.some((r) => r.enterpriseId === enterpriseId)) continue;
      if (holders.length > 0) throw new DomainError('IMAGE_NOT_OWNED', `Image ${key} was uploaded by another enterprise`);
      throw DomainError.notFound('IMAGE_NOT_FOUND', 'Image', key);
    }
  }

  /** The stored bytes of a key, for the public image route; null when there is none. */
  async open(key: string): ReturnType<ObjectStorage['get']> {
    if (!IMAGE_KEY.test(key)) return null;
    return this.storage.get(key);
  }

  private async assertQuota(enterpriseId: string, bytes: number, maxImages: number): Promise<void> {
    const { images, bytes: used } = await this.usage(enterpriseId);
    const { maxImageBytes } = this.config.catalog;
    if (images >= maxImages) {
      throw new DomainError('IMAGE_COUNT_LIMIT', `At most ${maxImages} images may be kept; delete unused ones`);
    }
    if (used + bytes > maxImageBytes) {
      throw new DomainError(
        'IMAGE_BYTES_LIMIT',
        `An enterprise may keep at most ${Math.floor(maxImageBytes / 1024 / 1024)} MB of images; delete unused ones`,
      );
    }
  }

  private async usage(enterpriseId: string): Promise<{ images: number; bytes: number }> {
    const row = await this.tx
      .getRepository(CatalogImage)
      .createQueryBuilder('i')
      .select('COUNT(*)', 'n')
      .addSelect('COALESCE(SUM(i.bytes), 0)', 'bytes')
      .where('i.enterpriseId = :enterpriseId', { enterpriseId })
      .getRawOne<{ n: string | number; bytes: string | number }>();
    return { images: Number(row?.n ?? 0), bytes: Number(row?.bytes ?? 0) };
  }

  private async inUse(enterpriseId: string, key: string): Promise<boolean> {
    // Keys are 64 hex digits and an extension: a LIKE on the JSON list cannot match another key.
    const n = await this.tx
      .getRepository(Product)
      .createQueryBuilder('p')
      .where('p.enterpriseId = :enterpriseId AND p.images LIKE :key', { enterpriseId, key: `%"${key}"%` })
      .getCount();
    return n > 0;
  }

  private async missing(key: string): Promise<DomainError> {
    const elsewhere = await this.tx.getRepository(CatalogImage).count({ where: { key } });
    return elsewhere > 0
      ? new DomainError('IMAGE_NOT_OWNED', `Image ${key} was uploaded by another enterprise`)
      : DomainError.notFound('IMAGE_NOT_FOUND', 'Image', key);
  }
}
