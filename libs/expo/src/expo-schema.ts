import { defineSchema } from '@livefair/core';
import { Booth } from './entities/booth.entity';
import { Enterprise } from './entities/enterprise.entity';
import { Expo } from './entities/expo.entity';
import { Hall } from './entities/hall.entity';

/** The expo context's tables (created by core's release-1 baseline migration; later ones go here). */
export const expoEntities = [Enterprise, Expo, Hall, Booth];

defineSchema('expo', { entities: expoEntities });
