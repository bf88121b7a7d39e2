export * from './pageLoad';
export * from './timing';
