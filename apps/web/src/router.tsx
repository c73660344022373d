import { lazy } from 'react';
import { createBrowserRouter } from 'react-router-dom';

import { RequireRole } from './auth/RequireRole';
import { AppLayout } from './components/AppLayout';

// Pages are split into their own chunks; the shell (header, i18n, antd) loads once.
const HomePage = lazy(() => import('./pages/HomePage'));
const ExpoPage = lazy(() => import('./pages/ExpoPage'));
const BoothPage = lazy(() => import('./pages/BoothPage'));
const LoginPage = lazy(() => import('./pages/LoginPage'));
const RegisterPage = lazy(() => import('./pages/RegisterPage'));
const MyBoothsPage = lazy(() => import('./pages/MyBoothsPage'));
const ConsolePage = lazy(() => import('./pages/ConsolePage'));
const StudioPage = lazy(() => import('./pages/StudioPage'));
const WatchPage = lazy(() => import('./pages/WatchPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const MyOrdersPage = lazy(() => import('./pages/MyOrdersPage'));
const MyOrderPage = lazy(() => import('./pages/MyOrderPage'));
const MySalesPage = lazy(() => import('./pages/MySalesPage'));

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/expos/:id', element: <ExpoPage /> },
      { path: '/booths/:id', element: <BoothPage /> },
      { path: '/login', element: <LoginPage /> },
      { path: '/register', element: <RegisterPage /> },
      { path: '/watch/:sessionId', element: <WatchPage /> },
      {
        path: '/studio/:boothId',
        element: (
          <RequireRole roles={['exhibitor']}>
            <StudioPage />
          </RequireRole>
        ),
      },
      {
        path: '/my/booths',
        element: (
          <RequireRole roles={['exhibitor']}>
            <MyBoothsPage />
          </RequireRole>
        ),
      },
      {
        path: '/my/orders',
        element: (
          <RequireRole roles={['buyer']}>
            <MyOrdersPage />
          </RequireRole>
        ),
      },
      {
        path: '/my/orders/:id',
        element: (
          <RequireRole roles={['buyer']}>
            <MyOrderPage />
          </RequireRole>
        ),
      },
      {
        path: '/my/sales',
        element: (
          <RequireRole roles={['exhibitor']}>
            <MySalesPage />
          </RequireRole>
        ),
      },
      // Any other /my/* path still asks anonymous visitors to log in before showing 404.
      {
        path: '/my/*',
        element: (
          <RequireRole roles={['buyer', 'exhibitor', 'organizer']}>
            <NotFoundPage />
          </RequireRole>
        ),
      },
      {
        path: '/console',
        element: (
          <RequireRole roles={['organizer']}>
            <ConsolePage />
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
