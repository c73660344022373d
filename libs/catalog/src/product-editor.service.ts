import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  assertEnterpriseMember,
  DomainError,
  EventBus,
  isUniqueViolation,
  KeyedQueue,
  Principal,
  TransactionalConnection,
} from '@livefair/core';
import type { ProductPage, ProductStatus, ProductView } from '@livefair/protocol';
import { In } from 'typeorm';
import { CatalogImages } from './catalog-images.service';
import { CATALOG_LIMITS } from './catalog-limits';
import { exhibitorEnterprise } from './exhibitor-enterprise';
import { ListProductsQuery } from './dto/list-products.query';
import { ProductInputDto } from './dto/product-input.dto';
import { Product } from './entities/product.entity';
import { Sku } from './entities/sku.entity';
import { assertProductRules } from './product-rules';
import { liveSkus, toProductView } from './product-views';
import { planSkus } from './sku-plan';

/** `%`, `_` and the escape itself are literal in a search (ESCAPE '!' reads the same on both engines). */
const likeOf = (text: string) => `%${text.replace(/[!%_]/g, '!$&')}%`;

/** The exhibitor's side of the catalog: its own products in every status, edited whole. */
@Injectable()
export class ProductEditor {
  /** One enterprise's creations (the product cap) and one product's edits (its SKU rows) at a time, per process. */
  private readonly serial = new KeyedQueue<string>();

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly images: CatalogImages,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventBus,
  ) {}

  async list(principal: Principal, query: ListProductsQuery): Promise<ProductPage> {
    const enterpriseId = exhibitorEnterprise(principal);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const qb = this.tx.getRepository(Product).createQueryBuilder('p').where('p.enterpriseId = :enterpriseId', { enterpriseId });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.q) {
      qb.andWhere(
        "(p.name LIKE :q ESCAPE '!' OR p.nameEn LIKE :q ESCAPE '!' OR EXISTS (SELECT 1 FROM skus s WHERE s.productId = p.id AND s.removedAt IS NULL AND s.skuCode LIKE :q ESCAPE '!'))",
        { q: likeOf(query.q) },
      );
    }
    const [rows, total] = await qb
      .select(['p.id'])
      .orderBy('p.updatedAt', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const ids = rows.map((r) => r.id);
    const full = ids.length
      ? await this.tx.getRepository(Product).find({ where: { id: In(ids) }, relations: { skus: true } })
      : [];
    const byId = new Map(full.map((p) => [p.id, p]));
    return { items: ids.map((id) => toProductView(byId.get(id)!)), total, page, pageSize };
  }

  async get(principal: Principal, id: string): Promise<ProductView> {
    return toProductView(await this.ownProduct(principal, id));
  }

  async create(principal: Principal, dto: ProductInputDto): Promise<ProductView> {
    const enterpriseId = exhibitorEnterprise(principal);
    assertProductRules(dto);
    const id = await this.serial.run(`enterprise:${enterpriseId}`, () =>
      this.write(async () => {
        const products = this.tx.getRepository(Product);
        const max = this.config.catalog.maxProducts;
        if ((await products.count({ where: { enterpriseId } })) >= max) {
          throw new DomainError('PRODUCT_LIMIT_REACHED', `An enterprise may have at most ${max} products; remove or reuse one`);
        }
        await this.images.assertAttachable(enterpriseId, dto.images ?? []);
        const product = await products.save(products.create({ enterpriseId, status: 'draft', ...productFields(dto) }));
        await this.saveSkus(product, [], dto);
        this.events.publish('catalog.products-changed', { enterpriseId, productId: product.id });
        return product.id;
      }),
    );
    return this.get(principal, id);
  }

  /**
   * Replaces the product with `dto`. SKUs named by id (or, without an id, by an existing code)
   * keep their ids; SKUs left out are removed (kept as rows with removedAt, out of every view).
   */
  async update(principal: Principal, id: string, dto: ProductInputDto): Promise<ProductView> {
    await this.ownProduct(principal, id);
    assertProductRules(dto);
    await this.serial.run(`product:${id}`, () =>
      this.write(async () => {
        const product = await this.ownProduct(principal, id);
        await this.images.assertAttachable(product.enterpriseId, dto.images ?? []);
        if (product.status === 'published' && dto.skus.length === 0) {
          throw new DomainError('PRODUCT_NOT_PUBLISHABLE', 'A published product needs at least one SKU; hide it first');
        }
        await this.tx.getRepository(Product).update({ id }, { ...productFields(dto), updatedAt: new Date() });
        await this.saveSkus(product, product.skus ?? [], dto);
        this.events.publish('catalog.products-changed', { enterpriseId: product.enterpriseId, productId: id });
      }),
    );
    return this.get(principal, id);
  }

  async setStatus(principal: Principal, id: string, status: ProductStatus): Promise<ProductView> {
    await this.tx.run(async () => {
      const product = await this.ownProduct(principal, id);
      if (status === 'published' && liveSkus(product).length === 0) {
        throw new DomainError('PRODUCT_NOT_PUBLISHABLE', 'Add at least one SKU before publishing');
      }
      // updatedAt from here, to the microsecond: TypeORM's own CURRENT_TIMESTAMP has whole seconds on MariaDB.
      if (product.status !== status) {
        await this.tx.getRepository(Product).update({ id }, { status, updatedAt: new Date() });
        this.events.publish('catalog.products-changed', { enterpriseId: product.enterpriseId, productId: id });
      }
    });
    return this.get(principal, id);
  }

  private async saveSkus(product: Product, existing: Sku[], dto: ProductInputDto): Promise<void> {
    const plan = planSkus(existing, dto.skus);
    if (existing.length + plan.inserts.length > CATALOG_LIMITS.skuRowsPerProduct) {
      throw new DomainError(
        'SKU_LIMIT_REACHED',
        `A product keeps at most ${CATALOG_LIMITS.skuRowsPerProduct} SKU rows, removed ones included; create a new product`,
      );
    }
    const skus = this.tx.getRepository(Sku);
    // Codes move between rows (a rename, a swap, a removed row's code reused): park every row that
    // changes code on a unique placeholder first, so the (product, code) index never sees two.
    for (const row of plan.parked) await skus.update({ id: row.id }, { skuCode: `~${row.id}` });
    for (const { id, fields } of plan.updates) await skus.update({ id }, fields);
    if (plan.inserts.length) await skus.save(plan.inserts.map((s) => skus.create({ ...s, productId: product.id })));
  }

  /** Runs a write in a transaction; a unique-index race with another process reads as a duplicate code. */
  private async write<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await this.tx.run(work);
    } catch (err) {
      if (isUniqueViolation(err)) throw new DomainError('SKU_CODE_DUPLICATE', 'Each SKU of a product needs its own code');
      throw err;
    }
  }

  private async ownProduct(principal: Principal, id: string): Promise<Product> {
    const product = await this.tx.getRepository(Product).findOne({ where: { id }, relations: { skus: true } });
    if (!product) throw DomainError.notFound('PRODUCT_NOT_FOUND', 'Product', id);
    assertEnterpriseMember(principal, product.enterpriseId);
    return product;
  }
}

function productFields(dto: ProductInputDto): Partial<Product> {
  return {
    name: dto.name,
    nameEn: dto.nameEn ?? '',
    description: dto.description ?? '',
    descriptionEn: dto.descriptionEn ?? '',
    category: dto.category ?? '',
    unit: dto.unit,
    specifications: (dto.specifications ?? []).map((s) => ({ name: s.name, value: s.value })),
    certifications: (dto.certifications ?? []).map((c) => ({
      name: c.name,
      number: c.number ?? '',
      issuer: c.issuer ?? '',
      validUntil: c.validUntil ?? null,
    })),
    images: dto.images ?? [],
  };
}
