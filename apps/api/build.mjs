// Bundles the server and its workspace packages into dist/, then writes the database its first start begins with.
// PGlite stays external: it loads its WASM and data files from beside its own module.
import { build } from 'esbuild'
import { tsImport } from 'tsx/esm/api'

await build({
  entryPoints: { main: 'src/main.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: ['@electric-sql/pglite', 'pg-native'],
  // Bundled CommonJS dependencies (pg) still call require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
})

// Made from the sources turbo hashes for this task (the db package's migrations and seed among them), so it is made
// again whenever they change.
const { writeDataDirTemplate } = await tsImport('./src/database.ts', import.meta.url)
await writeDataDirTemplate()
