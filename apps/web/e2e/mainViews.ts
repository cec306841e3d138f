import type { MessageKey } from '../src/i18n/en'

/** A main view of the atlas: reached from its URL, some with a dialog or panel opened by a toolbar button. */
export interface MainView {
  name: string
  path: string
  /** The toolbar button that opens it, by its message. */
  open?: MessageKey
  /** What shows once it is there (opened, where it is opened). */
  ready: string
}

export const MAIN_VIEWS: MainView[] = [
  { name: 'the map', path: '/', ready: '.counts-bar' },
  { name: 'an institution', path: '/?sel=i:lodz-university-of-technology', ready: '.details-title' },
  { name: 'a partnership', path: '/?sel=l:bpc-china-zambia-vocational-college', ready: '.details-title' },
  { name: 'a group', path: '/?sel=g:sino-polish-university-consortium', ready: '.details-title' },
  { name: 'a country', path: '/?sel=c:PL', ready: '.details-title' },
  { name: 'the table', path: '/', open: 'toolbar.table', ready: '.table-panel' },
  { name: 'the tours', path: '/', open: 'toolbar.tours', ready: 'dialog[open]' },
  { name: 'sharing', path: '/', open: 'share.open', ready: 'dialog[open]' },
  { name: 'a tour', path: '/?tour=sino-polish-university-consortium&stop=2', ready: '.presentation-caption' },
]

/** The themes a view is checked in, as URL parameters. */
export const THEMES = [
  { name: 'light', params: {} },
  { name: 'dark', params: { theme: 'dark' } },
  { name: 'projector', params: { o: 'projector' } },
] as const
