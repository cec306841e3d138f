import type { MessageKey } from '../src/i18n/en'

/** A main view of the atlas: reached from its URL, some with a dialog or panel opened by a toolbar button. */
export interface MainView {
  name: string
  path: string
  /** The toolbar button that opens it, by its message. */
  open?: MessageKey
  /** What shows once it is there, when not the counts bar. */
  ready?: string
}

export const MAIN_VIEWS: MainView[] = [
  { name: 'the map', path: '/' },
  { name: 'an institution', path: '/?sel=i:lodz-university-of-technology' },
  { name: 'a partnership', path: '/?sel=l:bpc-china-zambia-vocational-college' },
  { name: 'a group', path: '/?sel=g:sino-polish-university-consortium' },
  { name: 'a country', path: '/?sel=c:PL' },
  { name: 'the table', path: '/', open: 'toolbar.table' },
  { name: 'the tours', path: '/', open: 'toolbar.tours' },
  { name: 'sharing', path: '/', open: 'share.open' },
  { name: 'a tour', path: '/?tour=sino-polish-university-consortium&stop=2', ready: '.presentation-caption' },
]

/** The themes a view is checked in, as URL parameters. */
export const THEMES = [
  { name: 'light', params: {} },
  { name: 'dark', params: { theme: 'dark' } },
  { name: 'projector', params: { o: 'projector' } },
] as const
