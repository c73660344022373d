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
const MyRfqsPage = lazy(() => import('./quotes/pages/MyRfqsPage'));
const InquiryInboxPage = lazy(() => import('./quotes/pages/InquiryInboxPage'));
const RfqThreadPage = lazy(() => import('./quotes/pages/RfqThreadPage'));

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
        path: '/my/rfqs',
        element: (
          <RequireRole roles={['buyer']}>
            <MyRfqsPage />
          </RequireRole>
        ),
      },
      {
        path: '/my/rfqs/:id',
        element: (
          <RequireRole roles={['buyer']}>
            <RfqThreadPage listPath="/my/rfqs" />
          </RequireRole>
        ),
      },
      {
        path: '/my/inquiries',
        element: (
          <RequireRole roles={['exhibitor']}>
            <InquiryInboxPage />
          </RequireRole>
        ),
      },
      {
        path: '/my/inquiries/:id',
        element: (
          <RequireRole roles={['exhibitor']}>
            <RfqThreadPage listPath="/my/inquiries" />
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
