export { createCsvLeadRecordSource, type CsvLeadRecordSourceOptions } from './csv-lead-record-source.js';
