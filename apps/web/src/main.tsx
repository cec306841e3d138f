import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { InstitutionList } from './InstitutionList'
import { t } from './i18n/translate'
import { queryClient, TRPCProvider, trpcClient } from './trpc'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <main>
          <h1>{t('app.title')}</h1>
          <InstitutionList />
        </main>
      </TRPCProvider>
    </QueryClientProvider>
  </StrictMode>,
)
