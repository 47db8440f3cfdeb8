export { KNOWN_EPSG_CODES } from './crs.ts';
export { describeImportReport } from './describe_import_report.ts';
export { split } from './plan_population.ts';
export {
  type ApplyOptions,
  applyImport,
  type ImportFileOptions,
  type PreparedImport,
  readImportFile,
  runImport,
} from './run_import.ts';
export { bpsCode, count, kemendagriCode } from './spreadsheet_values.ts';
