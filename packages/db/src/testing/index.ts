export { freshDatabase } from './fresh_database.ts';
