import type { Role } from '@livefair/protocol';
import { useTranslation } from 'react-i18next';

import { useAuth } from '../auth/useAuth';

/** A link of the top menu, or a group of links (a submenu on a laptop, a headed section on a phone). */
export interface NavItem {
  key: string;
  label: string;
  /** Set on links. */
  path?: string;
  /** Set on groups. */
  children?: NavItem[];
}

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

/** The groups of a role's links; the exhibitor has a dozen pages, the buyer nine: ungrouped they did not fit the header. */
type NavGroup = 'booth' | 'sales' | 'clients' | 'buying' | 'contacts';
const GROUP_ORDER: NavGroup[] = ['booth', 'sales', 'clients', 'buying', 'contacts'];

interface NavLink {
  path: string;
  labelKey: NavLabel;
  roles?: Role[];
  /** The group it sits in for each role (top level where none). */
  group?: Partial<Record<Role, NavGroup>>;
}

/** Only pages that exist, filtered by role, in menu order. */
const NAV: NavLink[] = [
  { path: '/', labelKey: 'nav.expos' },
  { path: '/search', labelKey: 'booths.nav.search' },
  { path: '/my/favourites', labelKey: 'booths.nav.favourites', roles: ['buyer'] },
  { path: '/console', labelKey: 'nav.console', roles: ['organizer'] },
  { path: '/console/campaigns', labelKey: 'campaigns.nav', roles: ['organizer'] },
  // 展位
  { path: '/my/booths', labelKey: 'nav.myBooths', roles: ['exhibitor'], group: { exhibitor: 'booth' } },
  { path: '/my/enterprise', labelKey: 'booths.nav.enterprise', roles: ['exhibitor'], group: { exhibitor: 'booth' } },
  // 商品与订单
  { path: '/my/products', labelKey: 'catalog.nav', roles: ['exhibitor'], group: { exhibitor: 'sales' } },
  { path: '/my/imports', labelKey: 'catalogImport.nav', roles: ['exhibitor'], group: { exhibitor: 'sales' } },
  { path: '/my/readiness', labelKey: 'catalogImport.readinessNav', roles: ['exhibitor'], group: { exhibitor: 'sales' } },
  { path: '/my/sales', labelKey: 'orders.nav.mySales', roles: ['exhibitor'], group: { exhibitor: 'sales' } },
  { path: '/my/inquiries', labelKey: 'quotes.nav.inbox', roles: ['exhibitor'], group: { exhibitor: 'sales' } },
  // 客户 (exhibitor) / 采购 and 联络 (buyer)
  { path: '/my/leads', labelKey: 'leads.nav.inbox', roles: ['exhibitor'], group: { exhibitor: 'clients' } },
  { path: '/my/orders-for-you', labelKey: 'matching.nav.forYou', roles: ['exhibitor'], group: { exhibitor: 'clients' } },
  { path: '/my/orders', labelKey: 'orders.nav.myOrders', roles: ['buyer'], group: { buyer: 'buying' } },
  { path: '/my/rfqs', labelKey: 'quotes.nav.myRfqs', roles: ['buyer'], group: { buyer: 'buying' } },
  { path: '/my/demands', labelKey: 'matching.nav.demands', roles: ['buyer'], group: { buyer: 'buying' } },
  { path: '/my/booth-inquiries', labelKey: 'leads.nav.mine', roles: ['buyer'], group: { buyer: 'contacts' } },
  {
    path: '/my/cards',
    labelKey: 'leads.nav.cards',
    roles: ['buyer', 'exhibitor'],
    group: { buyer: 'contacts', exhibitor: 'clients' },
  },
  {
    path: '/my/meetings',
    labelKey: 'meetings.nav.mine',
    roles: ['buyer', 'exhibitor'],
    group: { buyer: 'contacts', exhibitor: 'clients' },
  },
];

/** The caller's menu: top-level links first, then each group with its links. */
export function useNavItems(): NavItem[] {
  const { t } = useTranslation();
  const { user } = useAuth();
  const role = user?.role;
  const links = NAV.filter((item) => !item.roles || (role && item.roles.includes(role)));
  const link = (item: NavLink): NavItem => ({ key: item.path, path: item.path, label: t(item.labelKey) });
  const top = links.filter((item) => !role || !item.group?.[role]).map(link);
  const groups = GROUP_ORDER.flatMap((g): NavItem[] => {
    const members = links.filter((item) => role && item.group?.[role] === g);
    return members.length ? [{ key: `group:${g}`, label: t(`nav.groups.${g}`), children: members.map(link) }] : [];
  });
  return [...top, ...groups];
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
