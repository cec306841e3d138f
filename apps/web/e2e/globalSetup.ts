import type { TestProject } from 'vitest/node'
import { webBuildWithTestHooks } from './webBuild'

/** Builds the web app once before the first e2e file (see server.ts), and removes the build after the last. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const build = await webBuildWithTestHooks()
  project.provide('webDist', build.dist)
  return build.remove
}
