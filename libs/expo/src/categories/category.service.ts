import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, insertRows, Principal, TransactionalConnection } from '@livefair/core';
import type { CategoryNodeView } from '@livefair/protocol';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { ExpoCategory } from '../entities/expo-category.entity';
import { Expo } from '../entities/expo.entity';
import { toCategoryNodes } from '../organizer/console-views';
import { EXPO_WRITE, ExpoAccess, VISIBLE_STATUSES } from '../organizer/expo-access';
import { CategoryInputDto } from './category-input.dto';
import { assertCategoryTree } from './category-tree';

/** An expo's category tree: replaced whole by its organizer, read by buyers and by matching. */
@Injectable()
export class CategoryService {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly access: ExpoAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * For other contexts (matching): the tree of an expo in its stored order, each node with its
   * CCC flag and whether it is a leaf. Empty for an unknown expo.
   */
  async treeOf(expoId: string): Promise<CategoryNodeView[]> {
    return toCategoryNodes(await this.tx.getRepository(ExpoCategory).find({ where: { expoId } }));
  }

  /** For other contexts: does this category code of the expo require CCC? null when the code is unknown. */
  async cccRequired(expoId: string, code: string): Promise<boolean | null> {
    const row = await this.tx.getRepository(ExpoCategory).findOne({ where: { expoId, code } });
    return row ? row.ccc : null;
  }

  /** Buyers' read: the tree of a published (or closed) expo. */
  async publicTree(expoId: string): Promise<CategoryNodeView[]> {
    const expo = await this.tx.getRepository(Expo).findOne({ where: { id: expoId, status: In(VISIBLE_STATUSES) } });
    if (!expo) throw DomainError.notFound('EXPO_NOT_FOUND', 'Expo', expoId);
    return this.treeOf(expoId);
  }

  async ownTree(principal: Principal, expoId: string): Promise<CategoryNodeView[]> {
    await this.access.own(principal, expoId, 'read');
    return this.treeOf(expoId);
  }

  /** Replaces the tree with `rows`, all or nothing. */
  async replace(principal: Principal, expoId: string, rows: CategoryInputDto[]): Promise<CategoryNodeView[]> {
    const max = this.config.expo.maxCategories;
    await this.tx.run(async () => {
      await this.access.own(principal, expoId, 'write');
      if (rows.length > max) throw new DomainError('CATEGORY_LIMIT_REACHED', `A category tree may have at most ${max} nodes`);
      assertCategoryTree(rows);
      const repo = this.tx.getRepository(ExpoCategory);
      await repo.delete({ expoId });
      const entities = rows.map((r, i) =>
        Object.assign(new ExpoCategory(), {
          id: randomUUID(),
          expoId,
          code: r.code,
          parentCode: r.parentCode || null,
          nameZh: r.nameZh,
          nameEn: r.nameEn ?? '',
          ccc: r.ccc ?? false,
          sortOrder: i,
        }),
      );
      for (let i = 0; i < entities.length; i += 500) await insertRows(this.tx.manager, ExpoCategory, entities.slice(i, i + 500));
    }, EXPO_WRITE);
    return this.treeOf(expoId);
  }
}
