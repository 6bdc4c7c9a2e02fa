export * from './storage.js';
export * from './ready.js';
