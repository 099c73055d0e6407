/**
 * Export file names are model/export-file-name.ts; this re-export stays only until
 * server/routes/export.ts imports that module directly.
 */
export { exportFileName } from '../../model/export-file-name';
