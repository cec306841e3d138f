// Bundles the server and its workspace packages into dist/. PGlite stays external: it loads its WASM and data
// files from beside its own module.
import { build } from 'esbuild'

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
