/**
 * The steps an image export goes through, in order, for the share dialog to show how far it has come: the map's
 * drawing takes most of the time, and a 4K image takes seconds.
 */
export const EXPORT_STEPS = ['preparing', 'map', 'labels', 'encoding'] as const

export type ExportStep = (typeof EXPORT_STEPS)[number]

/** Told each step as it starts. */
export type OnExportProgress = (step: ExportStep) => void
