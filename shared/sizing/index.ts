export * from './cost';
export * from './gpu-memory';
