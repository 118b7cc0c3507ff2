export * from './dimensions';
export * from './verdict';
