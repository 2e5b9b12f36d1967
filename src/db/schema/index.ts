export * from './enums';
export * from './sources';
export * from './entities';
export * from './pledges';
export * from './facts';
export * from './tariffs';
export * from './editors';
