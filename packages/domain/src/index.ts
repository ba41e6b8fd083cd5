export * from './national-id';
export * from './org/unit-types';
export * from './org/municipality';
export * from './org/unit';
export * from './org/contact';
export * from './auth/me';
export * from './auth/session';
export * from './http/problem';
