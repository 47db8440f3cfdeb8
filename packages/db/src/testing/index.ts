export { emptyTables } from './empty_tables.ts';
export { freshDatabase, seededDatabase } from './fresh_database.ts';
export { separateDatabase } from './separate_database.ts';
export { ensureSeededPgliteTemplate, openSeededCopy } from './template.ts';
