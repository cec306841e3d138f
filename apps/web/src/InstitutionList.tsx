import { useQuery } from '@tanstack/react-query'
import { t } from './i18n/translate'
import { useTRPC } from './trpc'

export function InstitutionList() {
  const trpc = useTRPC()
  const institutions = useQuery(trpc.institution.list.queryOptions())
  if (institutions.isPending) return <p>{t('status.loading')}</p>
  if (institutions.isError) {
    return (
      <p role="alert">
        {t('status.error', { message: institutions.error.message })}{' '}
        <button type="button" onClick={() => institutions.refetch()}>
          {t('action.retry')}
        </button>
      </p>
    )
  }
  return (
    <section>
      <h2>{t('institutions.heading')}</h2>
      <p>{t('institutions.count', { count: institutions.data.length })}</p>
      <ul>
        {institutions.data.map((institution) => (
          <li key={institution.id}>
            {institution.name}
            {institution.nativeName && institution.nativeName !== institution.name
              ? ` (${institution.nativeName})`
              : ''}{' '}
            — {institution.city}, {institution.country}
          </li>
        ))}
      </ul>
    </section>
  )
}
