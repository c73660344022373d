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
const ImportPage = lazy(() => import('./catalog/import/pages/ImportPage'));
const ReadinessPage = lazy(() => import('./catalog/import/pages/ReadinessPage'));
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
const ConsoleExpoPage = lazy(() => import('./expo/pages/ConsoleExpoPage'));
const SearchPage = lazy(() => import('./booths/pages/SearchPage'));
const MyFavouritesPage = lazy(() => import('./booths/pages/MyFavouritesPage'));
const BoothProfileEditPage = lazy(() => import('./booths/pages/BoothProfileEditPage'));
const EnterpriseProfilePage = lazy(() => import('./booths/pages/EnterpriseProfilePage'));
const PostDemandPage = lazy(() => import('./matching/pages/PostDemandPage'));
const OrdersForYouPage = lazy(() => import('./matching/pages/OrdersForYouPage'));
const ExpoAnalyticsPage = lazy(() => import('./analytics/pages/ExpoAnalyticsPage'));
const BoothAnalyticsPage = lazy(() => import('./analytics/pages/BoothAnalyticsPage'));
const AnalyticsNoticePage = lazy(() => import('./analytics/pages/AnalyticsNoticePage'));
const CampaignsPage = lazy(() => import('./matching/campaigns/pages/CampaignsPage'));
const CampaignPage = lazy(() => import('./matching/campaigns/pages/CampaignPage'));
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
      { path: '/my/imports', element: only(['exhibitor'], <ImportPage />) },
      { path: '/my/readiness', element: only(['exhibitor'], <ReadinessPage />) },
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
      { path: '/search', element: <SearchPage /> },
      { path: '/my/favourites', element: only(['buyer'], <MyFavouritesPage />) },
      { path: '/my/booths/:id/profile', element: only(['exhibitor'], <BoothProfileEditPage />) },
      { path: '/my/enterprise', element: only(['exhibitor'], <EnterpriseProfilePage />) },
      { path: '/my/demands', element: only(['buyer'], <PostDemandPage />) },
      { path: '/my/demands/:id', element: only(['buyer'], <PostDemandPage />) },
      { path: '/my/orders-for-you', element: only(['exhibitor'], <OrdersForYouPage />) },
      { path: '/my/meetings', element: only(['buyer', 'exhibitor'], <MyMeetingsPage />) },
      { path: '/meetings/:id/room', element: only(['buyer', 'exhibitor'], <MeetingRoomPage />) },
      // Any other /my/* path still asks anonymous visitors to log in before showing 404.
      { path: '/my/*', element: only(['buyer', 'exhibitor', 'organizer'], <NotFoundPage />) },
      { path: '/console', element: only(['organizer'], <ConsolePage />) },
      { path: '/console/expos/:id', element: only(['organizer'], <ConsoleExpoPage />) },
      { path: '/console/campaigns', element: only(['organizer'], <CampaignsPage />) },
      { path: '/console/campaigns/:id', element: only(['organizer'], <CampaignPage />) },
      { path: '/my/booths/:boothId/analytics', element: only(['exhibitor'], <BoothAnalyticsPage />) },
      { path: '/analytics-notice', element: <AnalyticsNoticePage /> },
      { path: '/console/expos/:expoId/analytics', element: only(['organizer'], <ExpoAnalyticsPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
