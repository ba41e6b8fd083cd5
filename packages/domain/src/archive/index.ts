export * from './obligations';
export * from './archive';
