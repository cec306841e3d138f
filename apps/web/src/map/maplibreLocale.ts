import { t } from '../i18n/translate'

/** MapLibre's own interface strings (control labels, the canvas's aria-label), from the messages above. */
export const MAPLIBRE_LOCALE: Record<string, string> = {
  'Map.Title': t('map.label'),
  'NavigationControl.ZoomIn': t('map.zoomIn'),
  'NavigationControl.ZoomOut': t('map.zoomOut'),
  'NavigationControl.ResetBearing': t('map.resetBearing'),
  'AttributionControl.ToggleAttribution': t('map.toggleAttribution'),
}
