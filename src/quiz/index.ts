export { generateQuiz, variantSeed } from './generate';
export * from './state';
export * from './types';
