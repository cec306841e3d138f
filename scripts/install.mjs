// Installs the workspace with the pinned pnpm, so a machine with only Node and npm can run the root scripts.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const { packageManager } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const frozen = process.env.CI ? ['--frozen-lockfile'] : []
execFileSync('npx', ['-y', packageManager, 'install', ...frozen], { stdio: 'inherit' })
