export * from './expo.module';
export * from './expo-errors';
export * from './expo.service';
export * from './booth.service';
export * from './enterprise.service';
