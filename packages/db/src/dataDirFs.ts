import { resolve } from 'node:path'
import { MemoryFS, PGlite } from '@electric-sql/pglite'
import { type DataDirLock, LOCK_FILE } from './dataDirLock'

type EmscriptenOptions = Parameters<MemoryFS['init']>[1]
type PostgresModule = Parameters<NonNullable<EmscriptenOptions['preRun']>[number]>[0]

/** The part of an Emscripten file-system node this file touches. */
interface FsNode {
  node_ops: { readdir(node: FsNode): string[] }
}

/**
 * A data folder on disk as PGlite's file system, holding the folder's lock until PGlite closes it.
 *
 * It mounts the folder as PGlite's own NodeFS does, but PGlite runs initdb differently for the two: for a NodeFS it
 * builds the new database in memory, then copies it to disk through an in-memory tarball (some 200 MB more at the
 * first start); for a MemoryFS, which this class is to PGlite, initdb writes through to the mounted folder.
 */
export class DataDirFS extends MemoryFS {
  private readonly folder: string

  constructor(
    dataDir: string,
    private readonly lock: DataDirLock,
  ) {
    super()
    this.folder = resolve(dataDir)
  }

  override async init(pg: PGlite, emscriptenOptions: EmscriptenOptions) {
    this.pg = pg
    const mountFolder = (mod: PostgresModule) => {
      mod.FS.mkdirTree(PGlite.paths.PGDATA)
      const root: FsNode = mod.FS.mount(mod.NODEFS, { root: this.folder }, PGlite.paths.PGDATA)
      // initdb refuses a folder that is not empty, and the lock file is in it from the start.
      const ops = root.node_ops
      root.node_ops = { ...ops, readdir: (node) => ops.readdir(node).filter((name) => name !== LOCK_FILE) }
    }
    return {
      emscriptenOpts: { ...emscriptenOptions, preRun: [...(emscriptenOptions.preRun ?? []), mountFolder] },
    }
  }

  override async closeFs() {
    try {
      await super.closeFs()
    } finally {
      this.lock.release()
    }
  }
}
