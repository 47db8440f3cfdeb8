export { en } from './en.ts';
export * from './format.ts';
export { type Catalogue, id } from './id.ts';
export * from './locale.ts';
export * from './report_tables.ts';
