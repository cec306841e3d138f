import { foldForSearch } from '@atlas/schema'

/** Saves a Blob as a file through the browser's download, as a link with a `download` name does. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Firefox reads the URL after click() returns; revoking at once can cancel the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

/** "partnership-atlas-links-2025-05-14.csv": what the file holds and the day it was made, sorted by date. */
export function exportFileName(what: string, extension: string, date: Date = new Date()): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) =>
    String(part).padStart(2, '0'),
  )
  // Folded as search folds names (Łódź is lodz), then whatever is not a plain letter or digit is a hyphen.
  const slug = foldForSearch(what)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    // The file name starts with the atlas's name already: a title that is (or starts with) it is not said twice.
    .replace(/^partnership-atlas(?:-|$)/, '')
  return `partnership-atlas-${slug ? `${slug}-` : ''}${day.join('-')}.${extension}`
}
