import { type SiteAddresses, siteAddressesSchema } from '@atlas/schema'
import { useQuery } from '@tanstack/react-query'
import { localeId } from '../i18n/translate'
import { withLocale } from '../i18n/withLocale'
import { type ShareAddress, shareAddress } from './shareAddress'

/**
 * Where the page's view is shared at (shareAddress.ts), once the server has said where it can be reached: asked as
 * the page opens, so that the share dialog has the answer when opened, then kept for the page's life. Until it
 * answers, or if it cannot, the page's own address is shared. The link names the interface language (`lang`), so
 * that it opens in the language it was shared from.
 */
export function useShareAddress(): ShareAddress {
  const { data } = useQuery({
    queryKey: ['siteAddresses'],
    queryFn: fetchSiteAddresses,
    staleTime: Number.POSITIVE_INFINITY,
  })
  return shareAddress(withLocale(window.location.href, localeId), data)
}

async function fetchSiteAddresses(): Promise<SiteAddresses> {
  const response = await fetch('/api/addresses')
  if (!response.ok) throw new Error(`/api/addresses answered ${response.status}`)
  return siteAddressesSchema.parse(await response.json())
}
