import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url'
import cyrillic600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url'
import greek400 from '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff2?url'
import greek600 from '@fontsource/noto-sans/files/noto-sans-greek-600-normal.woff2?url'
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url'
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url'
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url'
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url'
import unicodeRanges from '@fontsource/noto-sans/unicode.json'
import type { FontFacesSpecification } from 'maplibre-gl'

/**
 * Map text is drawn in the browser from fonts shipped with the app, never fetched from a glyph server. Noto Sans
 * draws Latin (Łódź, València), Greek and Cyrillic the same on every machine; MapLibre fetches each file only once
 * a label needs one of its characters. Chinese, Japanese and Korean fall back to the system's fonts, named here
 * after the stack's own font, which only says which weight to draw with.
 */
const CJK_FAMILIES = ['Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei']

/** The font stacks for `text-font`. */
export const TEXT_FONT = {
  regular: ['Noto Sans Regular', ...CJK_FAMILIES],
  semibold: ['Noto Sans SemiBold', ...CJK_FAMILIES],
}

/** For MapLibre's `localIdeographFontFamily`: what draws CJK in a stack the style does not name (an online one). */
export const IDEOGRAPH_FONT_FAMILY = [...CJK_FAMILIES, 'sans-serif'].join(', ')

const ranges = (subset: keyof typeof unicodeRanges) => unicodeRanges[subset].split(',')

/** The style's `font-faces`: each subset's file with the characters it covers. */
export const FONT_FACES: FontFacesSpecification = {
  'Noto Sans Regular': [
    { url: latin400, 'unicode-range': ranges('latin') },
    { url: latinExt400, 'unicode-range': ranges('latin-ext') },
    { url: greek400, 'unicode-range': ranges('greek') },
    { url: cyrillic400, 'unicode-range': ranges('cyrillic') },
  ],
  'Noto Sans SemiBold': [
    { url: latin600, 'unicode-range': ranges('latin') },
    { url: latinExt600, 'unicode-range': ranges('latin-ext') },
    { url: greek600, 'unicode-range': ranges('greek') },
    { url: cyrillic600, 'unicode-range': ranges('cyrillic') },
  ],
}
