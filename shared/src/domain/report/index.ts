export * from './clock-result.js';
export * from './report-events.js';
export * from './report-rows.js';
export * from './percentile.js';
export * from './summarise.js';
export * from './compare.js';
export * from './sampling.js';
export * from './report-csv.js';
