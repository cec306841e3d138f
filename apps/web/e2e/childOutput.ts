import type { ChildProcess } from 'node:child_process'

/** What a child process writes to stdout and stderr, together, as it comes: read it with the function returned. */
export function childOutput(child: ChildProcess): () => string {
  let output = ''
  const add = (chunk: Buffer | string) => {
    output += chunk
  }
  child.stdout?.on('data', add)
  child.stderr?.on('data', add)
  return () => output
}
