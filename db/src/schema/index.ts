export * from './municipality';
export * from './organisation';
export * from './people';
export * from './session';
export * from './audit';
export * from './operator';
