import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UuidEntity, utcDatetime } from '@livefair/core';

/**
 * An image an enterprise uploaded; the blob lives in ObjectStorage under `key`. Keys are
 * content-addressed per enterprise (the same file uploaded twice is one image), so a key's
 * bytes never change and can be cached for good.
 */
@Entity('catalog_images')
@Index(['enterpriseId', 'key'], { unique: true })
export class CatalogImage extends UuidEntity {
  @Column({ type: 'varchar', length: 36 })
  enterpriseId!: string;

  @Index()
  @Column({ type: 'varchar', length: 80 })
  key!: string;

  @Column({ type: 'varchar', length: 16 })
  contentType!: string;

  @Column({ type: 'int' })
  bytes!: number;

  @Column({ type: 'int' })
  width!: number;

  @Column({ type: 'int' })
  height!: number;

  @Column({ type: 'varchar', length: 36 })
  uploadedBy!: string;

  @CreateDateColumn(utcDatetime)
  createdAt!: Date;
}
