export type { Database, Driver, SiagaDb } from './database.ts';
export { type OpenDatabaseOptions, openDatabase } from './open_database.ts';
export { type PostCreateParsed, type PostQuery, posts } from './repositories/posts.ts';
