export { DATASETS, type DatasetId, datasetPath } from './datasets.ts';
export { catalogues, type Locale } from './i18n/locale.ts';
export { legendSections } from './map/legend_entries.ts';
export { buildStyle } from './map/style.ts';
