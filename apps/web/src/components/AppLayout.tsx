import { Suspense } from 'react';
import { Outlet } from 'react-router-dom';

import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';
import { PageLoading } from './PageLoading';

export function AppLayout() {
  return (
    <div className="lf-app">
      <AppHeader />
      <main className="lf-main">
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <AppFooter />
    </div>
  );
}
