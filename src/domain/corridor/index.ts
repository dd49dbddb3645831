export * from './reference';
export * from './time';
export * from './csv';
export * from './rows';
export * from './figures';
export * from './generate';
export * from './events';
