export { announceRestore } from './announceRestore'
export { appliedMigrations } from './appliedMigrations'
export { backUpDataDir, type DataDirBackup, restoreDataDir } from './dataDirBackup'
export {
  type AtlasDump,
  DUMP_FORMAT,
  DUMP_FORMAT_VERSION,
  type DumpRow,
  type JsonValue,
  parseDump,
} from './dumpFormat'
export { DUMPED_TABLES, type DumpedTable } from './dumpTables'
export { dumpToCsv } from './dumpToCsv'
export { exportDatabase } from './exportDatabase'
export { importDump } from './importDump'
export { serverMajorVersion } from './serverVersion'
