export { emptyTables } from './empty_tables.ts';
export { freshDatabase, seededDatabase } from './fresh_database.ts';
