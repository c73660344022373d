import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hashPassword, verifyPassword } from '@livefair/accounts';
import { APP_CONFIG, AppConfig, OBJECT_STORAGE, ObjectStorage } from '@livefair/core';
// The demo is a fixture loader, not a context: it writes every context's tables in one
// transaction, so it reaches their entities by path. Contexts never do (test/boundaries).
import { User } from '@livefair/accounts/entities/user.entity';
import { CatalogImage } from '@livefair/catalog/entities/catalog-image.entity';
import { Product } from '@livefair/catalog/entities/product.entity';
import { Sku } from '@livefair/catalog/entities/sku.entity';
import { imageKeyOf } from '@livefair/catalog/image-keys';
import { sniffImage } from '@livefair/catalog/images/image-sniff';
import { Booth } from '@livefair/expo/entities/booth.entity';
import { BoothSlot } from '@livefair/expo/entities/booth-slot.entity';
import { ExpoCategory } from '@livefair/expo/entities/expo-category.entity';
import { Enterprise } from '@livefair/expo/entities/enterprise.entity';
import { Expo } from '@livefair/expo/entities/expo.entity';
import { Hall } from '@livefair/expo/entities/hall.entity';
import { DataSource, EntityManager } from 'typeorm';
import { DEMO_HALLS, DemoProduct } from './demo-halls';
import { demoImage, DemoImageName } from './demo-images';

export const DEMO_EXPO_SLUG = 'cn-domestic-2026';
export const DEMO_ACCOUNTS = {
  organizer: 'organizer@demo.livefair.cn',
  exhibitor: 'exhibitor@demo.livefair.cn',
  buyer: 'buyer@demo.livefair.cn',
} as const;

export interface DemoSummary {
  created: boolean;
  expoId: string;
  halls: number;
  booths: number;
  accounts: { role: string; email: string; password: string }[];
}

const DAY = 24 * 3600 * 1000;

/** Each demo hall's map: two rows of 2 x 2 booths with an aisle down the middle and between the rows. */
const DEMO_GRID = { cols: 10, rows: 5 };
function demoSlotPlace(i: number): { x: number; y: number; w: number; h: number } {
  const col = i % 4;
  return { x: col * 2 + (col >= 2 ? 2 : 0), y: i < 4 ? 0 : 3, w: 2, h: 2 };
}

/** The demo expo's category tree: each hall's theme, its products' categories as leaves. */
function demoCategoryTree(expoId: string): Partial<ExpoCategory>[] {
  const rows: Partial<ExpoCategory>[] = [];
  for (const hall of DEMO_HALLS) {
    const { code, nameEn } = hall.category;
    rows.push({ expoId, code, parentCode: null, nameZh: hall.industry, nameEn, ccc: false, sortOrder: rows.length });
    for (const [i, category] of [...new Set(hall.products.map((p) => p.category))].entries()) {
      const ccc = hall.cccCategories.includes(category);
      rows.push({
        expoId,
        code: `${code}.${String(i + 1).padStart(2, '0')}`,
        parentCode: code,
        nameZh: category,
        nameEn: '',
        ccc,
        sortOrder: rows.length,
      });
    }
  }
  return rows;
}

/** Loads the demo expo once (idempotent: keyed by the expo slug), in one transaction. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
  ) {}

  async seed(): Promise<DemoSummary> {
    const password = this.config.demoPassword;
    if (password === null) throw new Error('DemoSeeder.seed() needs demo data enabled (DEMO_DATA)');
    const accounts = Object.entries(DEMO_ACCOUNTS).map(([role, email]) => ({ role, email, password }));
    const existing = await this.dataSource.getRepository(Expo).findOne({ where: { slug: DEMO_EXPO_SLUG } });
    if (existing) {
      await this.adoptPassword(password);
      const booths = await this.dataSource.getRepository(Booth).count({ where: { expoId: existing.id } });
      return { created: false, expoId: existing.id, halls: DEMO_HALLS.length, booths, accounts };
    }
    const passwordHash = await hashPassword(password);
    const started = Date.now();
    const result = await this.dataSource.transaction((m) => this.write(m, passwordHash));
    this.logger.log(`demo expo loaded in ${Date.now() - started} ms`);
    return { created: true, ...result, accounts };
  }

  /**
   * A demo loaded earlier may have another password (release 1 published one for every install):
   * give the demo accounts the one this install prints.
   */
  private async adoptPassword(password: string): Promise<void> {
    const users = this.dataSource.getRepository(User);
    const demo = await users.find({ where: Object.values(DEMO_ACCOUNTS).map((email) => ({ email })) });
    const checks = await Promise.all(demo.map((u) => verifyPassword(password, u.passwordHash)));
    const stale = demo.filter((_, i) => !checks[i].ok);
    if (stale.length === 0) return;
    const passwordHash = await hashPassword(password);
    for (const u of stale) await users.update({ id: u.id }, { passwordHash });
    this.logger.log(`demo accounts now use this install's password (${stale.length} updated)`);
  }

  private async write(m: EntityManager, passwordHash: string): Promise<Omit<DemoSummary, 'created' | 'accounts'>> {
    const organizer = await m.save(
      m.create(User, {
        email: DEMO_ACCOUNTS.organizer,
        passwordHash,
        displayName: '李主办（商务局）',
        role: 'organizer',
        enterpriseId: null,
      }),
    );
    await m.save(
      m.create(User, { email: DEMO_ACCOUNTS.buyer, passwordHash, displayName: '王采购', role: 'buyer', enterpriseId: null }),
    );
    const now = Date.now();
    const expo = await m.save(
      m.create(Expo, {
        slug: DEMO_EXPO_SLUG,
        name: '2026 中国出口转内销云展',
        nameEn: '2026 China Export-to-Domestic Online Expo',
        description: '外贸工厂直连国内采购商：展位直播、在线洽谈、样品下单。',
        descriptionEn: 'Export factories meet domestic buyers: live booths, online talks, sample orders.',
        timeZone: 'Asia/Shanghai',
        status: 'open',
        startsAt: new Date(now - 2 * DAY),
        endsAt: new Date(now + 28 * DAY),
        organizerId: organizer.id,
      }),
    );
    await m.save(demoCategoryTree(expo.id).map((c) => m.create(ExpoCategory, c)));
    let booths = 0;
    for (const [hallIndex, demoHall] of DEMO_HALLS.entries()) {
      const hall = await m.save(
        m.create(Hall, {
          expoId: expo.id,
          name: demoHall.name,
          nameEn: demoHall.nameEn,
          industry: demoHall.industry,
          sortOrder: hallIndex,
          categoryCode: demoHall.category.code,
          gridCols: DEMO_GRID.cols,
          gridRows: DEMO_GRID.rows,
        }),
      );
      for (const [i, e] of demoHall.enterprises.entries()) {
        const enterprise = await m.save(
          m.create(Enterprise, {
            name: e.name,
            city: e.city,
            industry: demoHall.industry,
            description: `${e.city}${demoHall.industry}源头工厂，原以出口为主，现面向国内经销商、零售商供货。`,
          }),
        );
        if (hallIndex === 0 && i === 0) {
          await m.save(
            m.create(User, {
              email: DEMO_ACCOUNTS.exhibitor,
              passwordHash,
              displayName: '陈店长',
              role: 'exhibitor',
              enterpriseId: enterprise.id,
            }),
          );
        }
        const code = `${String.fromCharCode(65 + hallIndex)}${String(i + 1).padStart(2, '0')}`;
        const booth = await m.save(
          m.create(Booth, { hallId: hall.id, expoId: expo.id, enterpriseId: enterprise.id, code, headline: e.headline }),
        );
        await m.save(m.create(BoothSlot, { hallId: hall.id, expoId: expo.id, code, boothId: booth.id, ...demoSlotPlace(i) }));
        booths++;
        for (const p of demoHall.products) await this.product(m, enterprise.id, p, code);
      }
    }
    return { expoId: expo.id, halls: DEMO_HALLS.length, booths };
  }

  private async product(m: EntityManager, enterpriseId: string, p: DemoProduct, boothCode: string): Promise<void> {
    const images: string[] = [];
    for (const name of p.images) images.push(await this.image(m, enterpriseId, name));
    const product = await m.save(
      m.create(Product, {
        enterpriseId,
        name: p.name,
        nameEn: p.nameEn,
        description: p.description,
        descriptionEn: p.descriptionEn,
        category: p.category,
        unit: p.unit,
        specifications: p.specifications.map(([name, value]) => ({ name, value })),
        certifications: p.certifications,
        images,
        status: 'published',
      }),
    );
    const tiers = p.tiers.map(([minQty, unitPriceFen]) => ({ minQty, unitPriceFen }));
    await m.save(
      p.variants.values.map((value, i) =>
        m.create(Sku, {
          productId: product.id,
          skuCode: `${boothCode}-${p.category}-${i + 1}`,
          specs: { [p.variants.attr]: value },
          priceFen: p.retailPriceFen,
          stock: 200 + i * 150,
          moq: p.moq,
          samplePriceFen: p.samplePriceFen,
          leadTimeDays: p.leadTimeDays,
          tiers,
          sortOrder: i,
          removedAt: null,
        }),
      ),
    );
  }

  /** Stores a placeholder picture as the enterprise's upload (the same key an upload of it would get). */
  private async image(m: EntityManager, enterpriseId: string, name: DemoImageName): Promise<string> {
    const data = demoImage(name);
    const sniffed = sniffImage(data);
    if (typeof sniffed === 'string') throw new Error(`demo image ${name} is not a readable image`);
    const key = imageKeyOf(enterpriseId, data, sniffed.ext);
    await this.storage.put(key, data, sniffed.contentType);
    await m.save(
      m.create(CatalogImage, {
        enterpriseId,
        key,
        contentType: sniffed.contentType,
        bytes: data.length,
        width: sniffed.width,
        height: sniffed.height,
        uploadedBy: 'demo',
      }),
    );
    return key;
  }
}
