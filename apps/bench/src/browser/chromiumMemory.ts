import { readdir, readFile } from 'node:fs/promises'

/** The most memory one process of each kind held while it was watched, in MB of resident set. */
export interface MemoryPeaks {
  /** The largest renderer (a tab's process, with its web workers). */
  rendererMB: number
  gpuMB: number
}

interface ProcessInfo {
  pid: number
  parent: number
}

/** Every process on the machine with its parent, from /proc/<pid>/stat. */
async function processes(): Promise<ProcessInfo[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name))
  const infos = await Promise.all(
    pids.map(async (pid) => {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null)
      // The command name in parentheses may hold spaces; the parent is the second field after it.
      const parent = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1]
      return parent === undefined ? [] : [{ pid: Number(pid), parent: Number(parent) }]
    }),
  )
  return infos.flat()
}

function descendants(root: number, all: readonly ProcessInfo[]): number[] {
  const found = new Set([root])
  let grew = true
  while (grew) {
    grew = false
    for (const { pid, parent } of all) {
      if (found.has(parent) && !found.has(pid)) {
        found.add(pid)
        grew = true
      }
    }
  }
  found.delete(root)
  return [...found]
}

/** A Chromium child's kind (`renderer`, `gpu-process`, …) from its `--type=` switch, and its peak RSS so far. */
async function childMemory(pid: number): Promise<{ type: string; peakMB: number } | null> {
  const [cmdline, status] = await Promise.all([
    readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => ''),
    readFile(`/proc/${pid}/status`, 'utf8').catch(() => ''),
  ])
  // Chromium rewrites its children's command lines into one string, so the switches are apart by spaces.
  const type = /(?:^|[\0 ])--type=([^\0 ]+)/.exec(cmdline)?.[1]
  // VmHWM is the process's own high-water mark, so a peak between two samples is not missed.
  const peakKB = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]
  return type && peakKB ? { type, peakMB: Number(peakKB) / 1024 } : null
}

/**
 * Samples the renderer and GPU processes under a Chromium browser process every `intervalMs` until stopped, and
 * answers the largest of each kind.
 */
export function watchChromiumMemory(browserPid: number, intervalMs = 200): { stop(): Promise<MemoryPeaks> } {
  const peaks: MemoryPeaks = { rendererMB: 0, gpuMB: 0 }
  let running = true
  const sample = async () => {
    const children = descendants(browserPid, await processes())
    for (const memory of await Promise.all(children.map(childMemory))) {
      if (memory?.type === 'renderer') peaks.rendererMB = Math.max(peaks.rendererMB, memory.peakMB)
      if (memory?.type === 'gpu-process') peaks.gpuMB = Math.max(peaks.gpuMB, memory.peakMB)
    }
  }
  const loop = (async () => {
    while (running) {
      await sample()
      await new Promise((resolve) => setTimeout(resolve, intervalMs))
    }
  })()
  return {
    stop: async () => {
      running = false
      await loop
      await sample()
      return peaks
    },
  }
}
