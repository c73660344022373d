export * from './expo.module';
export * from './expo.service';
export * from './booth.service';
export * from './enterprise.service';
export * from './entities/enterprise.entity';
export * from './entities/expo.entity';
export * from './entities/hall.entity';
export * from './entities/booth.entity';
