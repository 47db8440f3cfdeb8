export { areaLabel } from './area_label.ts';
export { type DispatchMessageInput, type DispatchMessageText, dispatchMessage } from './dispatch_message.ts';
export { en } from './en.ts';
export * from './format.ts';
export { type Catalogue, id } from './id.ts';
export * from './locale.ts';
export * from './report_scenario_rows.ts';
export * from './report_summary_rows.ts';
export * from './report_tables.ts';
