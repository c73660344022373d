import { lazy, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router-dom';

import { RequireRole } from './auth/RequireRole';
import { AppLayout } from './components/AppLayout';
import type { Role } from '@livefair/protocol';

/** A page only users of these roles may open (others are sent to log in, or told they may not). */
const only = (roles: Role[], page: ReactNode) => <RequireRole roles={roles}>{page}</RequireRole>;

// Pages are split into their own chunks; the shell (header, i18n, antd) loads once.
const HomePage = lazy(() => import('./pages/HomePage'));
const ExpoPage = lazy(() => import('./pages/ExpoPage'));
const BoothPage = lazy(() => import('./pages/BoothPage'));
const LoginPage = lazy(() => import('./pages/LoginPage'));
const RegisterPage = lazy(() => import('./pages/RegisterPage'));
const MyBoothsPage = lazy(() => import('./pages/MyBoothsPage'));
const ConsolePage = lazy(() => import('./pages/ConsolePage'));
const MyProductsPage = lazy(() => import('./catalog/pages/MyProductsPage'));
const ProductEditPage = lazy(() => import('./catalog/pages/ProductEditPage'));
const StudioPage = lazy(() => import('./pages/StudioPage'));
const WatchPage = lazy(() => import('./pages/WatchPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const MyRfqsPage = lazy(() => import('./quotes/pages/MyRfqsPage'));
const InquiryInboxPage = lazy(() => import('./quotes/pages/InquiryInboxPage'));
const RfqThreadPage = lazy(() => import('./quotes/pages/RfqThreadPage'));
const MyOrdersPage = lazy(() => import('./pages/MyOrdersPage'));
const MyOrderPage = lazy(() => import('./pages/MyOrderPage'));
const MySalesPage = lazy(() => import('./pages/MySalesPage'));
const LeadsInboxPage = lazy(() => import('./leads/pages/LeadsInboxPage'));
const LeadPage = lazy(() => import('./leads/pages/LeadPage'));
const MyBoothInquiriesPage = lazy(() => import('./leads/pages/MyBoothInquiriesPage'));
const CardsPage = lazy(() => import('./leads/pages/CardsPage'));
const MyMeetingsPage = lazy(() => import('./meetings/pages/MyMeetingsPage'));
const MeetingRoomPage = lazy(() => import('./meetings/pages/MeetingRoomPage'));

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
      { path: '/studio/:boothId', element: only(['exhibitor'], <StudioPage />) },
      { path: '/my/booths', element: only(['exhibitor'], <MyBoothsPage />) },
      { path: '/my/products', element: only(['exhibitor'], <MyProductsPage />) },
      { path: '/my/products/:id', element: only(['exhibitor'], <ProductEditPage />) },
      { path: '/my/rfqs', element: only(['buyer'], <MyRfqsPage />) },
      { path: '/my/rfqs/:id', element: only(['buyer'], <RfqThreadPage listPath="/my/rfqs" />) },
      { path: '/my/inquiries', element: only(['exhibitor'], <InquiryInboxPage />) },
      { path: '/my/inquiries/:id', element: only(['exhibitor'], <RfqThreadPage listPath="/my/inquiries" />) },
      { path: '/my/orders', element: only(['buyer'], <MyOrdersPage />) },
      { path: '/my/orders/:id', element: only(['buyer'], <MyOrderPage />) },
      { path: '/my/sales', element: only(['exhibitor'], <MySalesPage />) },
      { path: '/my/leads', element: only(['exhibitor'], <LeadsInboxPage />) },
      { path: '/my/leads/:id', element: only(['exhibitor'], <LeadPage side="exhibitor" />) },
      { path: '/my/booth-inquiries', element: only(['buyer'], <MyBoothInquiriesPage />) },
      { path: '/my/booth-inquiries/:id', element: only(['buyer'], <LeadPage side="buyer" />) },
      { path: '/my/cards', element: only(['buyer', 'exhibitor'], <CardsPage />) },
      { path: '/my/meetings', element: only(['buyer', 'exhibitor'], <MyMeetingsPage />) },
      { path: '/meetings/:id/room', element: only(['buyer', 'exhibitor'], <MeetingRoomPage />) },
      // Any other /my/* path still asks anonymous visitors to log in before showing 404.
      { path: '/my/*', element: only(['buyer', 'exhibitor', 'organizer'], <NotFoundPage />) },
      { path: '/console', element: only(['organizer'], <ConsolePage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
