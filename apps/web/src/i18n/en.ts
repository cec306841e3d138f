/** Every string the interface shows, in English; other languages mirror these keys. */
export const en = {
  'app.title': 'Partnership Atlas',
  'institutions.heading': 'Institutions',
  'institutions.count': '{count} institutions',
  'status.loading': 'Loading…',
  'status.error': 'The server could not be reached: {message}',
  'action.retry': 'Retry',
} as const

export type MessageKey = keyof typeof en
