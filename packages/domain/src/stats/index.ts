export * from './period';
export * from './deadlines';
export * from './report';
export * from './csv';
export * from './log-overview';
export * from './fold';
