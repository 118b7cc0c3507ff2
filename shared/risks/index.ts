export * from './compliance';
export * from './heatmap';
export * from './levels';
export * from './link-targets';
export * from './mitigations';
export * from './register';
