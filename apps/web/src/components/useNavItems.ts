import type { Role } from '@livefair/protocol';
import { useTranslation } from 'react-i18next';

import { useAuth } from '../auth/useAuth';

export interface NavItem {
  key: string;
  path: string;
  label: string;
}

/** Only pages that exist, filtered by role. */
type NavLabel =
  | 'nav.expos'
  | 'nav.myBooths'
  | 'catalog.nav'
  | 'catalogImport.nav'
  | 'catalogImport.readinessNav'
  | 'nav.console'
  | 'quotes.nav.myRfqs'
  | 'quotes.nav.inbox'
  | 'orders.nav.myOrders'
  | 'orders.nav.mySales'
  | 'leads.nav.inbox'
  | 'leads.nav.mine'
  | 'leads.nav.cards'
  | 'booths.nav.search'
  | 'booths.nav.favourites'
  | 'booths.nav.enterprise'
  | 'matching.nav.demands'
  | 'matching.nav.forYou'
  | 'meetings.nav.mine'
  | 'campaigns.nav';
const NAV: { path: string; labelKey: NavLabel; roles?: Role[] }[] = [
  { path: '/', labelKey: 'nav.expos' },
  { path: '/my/orders', labelKey: 'orders.nav.myOrders', roles: ['buyer'] },
  { path: '/my/booths', labelKey: 'nav.myBooths', roles: ['exhibitor'] },
  { path: '/my/products', labelKey: 'catalog.nav', roles: ['exhibitor'] },
  { path: '/my/imports', labelKey: 'catalogImport.nav', roles: ['exhibitor'] },
  { path: '/my/readiness', labelKey: 'catalogImport.readinessNav', roles: ['exhibitor'] },
  { path: '/my/sales', labelKey: 'orders.nav.mySales', roles: ['exhibitor'] },
  { path: '/my/inquiries', labelKey: 'quotes.nav.inbox', roles: ['exhibitor'] },
  { path: '/my/rfqs', labelKey: 'quotes.nav.myRfqs', roles: ['buyer'] },
  { path: '/my/leads', labelKey: 'leads.nav.inbox', roles: ['exhibitor'] },
  { path: '/my/booth-inquiries', labelKey: 'leads.nav.mine', roles: ['buyer'] },
  { path: '/my/cards', labelKey: 'leads.nav.cards', roles: ['buyer', 'exhibitor'] },
  { path: '/my/meetings', labelKey: 'meetings.nav.mine', roles: ['buyer', 'exhibitor'] },
  { path: '/console', labelKey: 'nav.console', roles: ['organizer'] },
  { path: '/console/campaigns', labelKey: 'campaigns.nav', roles: ['organizer'] },
  { path: '/search', labelKey: 'booths.nav.search' },
  { path: '/my/favourites', labelKey: 'booths.nav.favourites', roles: ['buyer'] },
  { path: '/my/enterprise', labelKey: 'booths.nav.enterprise', roles: ['exhibitor'] },
  { path: '/my/demands', labelKey: 'matching.nav.demands', roles: ['buyer'] },
  { path: '/my/orders-for-you', labelKey: 'matching.nav.forYou', roles: ['exhibitor'] },
];

export function useNavItems(): NavItem[] {
  const { t } = useTranslation();
  const { user } = useAuth();
  return NAV.filter((item) => !item.roles || (user && item.roles.includes(user.role))).map((item) => ({
    key: item.path,
    path: item.path,
    label: t(item.labelKey),
  }));
}

/** The nav key for the current path: a booth's studio is the exhibitor's; expo, booth and watch pages belong to "展会". */
export function activeNavKey(pathname: string): string {
  if (pathname.startsWith('/my/booths') || pathname.startsWith('/studio/')) return '/my/booths';
  if (pathname.startsWith('/my/products')) return '/my/products';
  if (pathname.startsWith('/my/imports')) return '/my/imports';
  if (pathname.startsWith('/my/readiness')) return '/my/readiness';
  if (pathname.startsWith('/my/orders-for-you')) return '/my/orders-for-you';
  if (pathname.startsWith('/my/orders')) return '/my/orders';
  if (pathname.startsWith('/my/sales')) return '/my/sales';
  if (pathname.startsWith('/console/campaigns')) return '/console/campaigns';
  if (pathname.startsWith('/console')) return '/console';
  if (pathname.startsWith('/my/rfqs')) return '/my/rfqs';
  if (pathname.startsWith('/my/inquiries')) return '/my/inquiries';
  if (pathname.startsWith('/my/leads')) return '/my/leads';
  if (pathname.startsWith('/my/booth-inquiries')) return '/my/booth-inquiries';
  if (pathname.startsWith('/my/cards')) return '/my/cards';
  if (pathname.startsWith('/search')) return '/search';
  if (pathname.startsWith('/my/favourites')) return '/my/favourites';
  if (pathname.startsWith('/my/enterprise')) return '/my/enterprise';
  if (pathname.startsWith('/my/demands')) return '/my/demands';
  if (pathname.startsWith('/my/meetings') || pathname.startsWith('/meetings/')) return '/my/meetings';
  return '/';
}
