import type { OrderDetailView } from '@livefair/protocol';
import { Drawer, Grid, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

import { endpoints } from '../../api/endpoints';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useApi } from '../../hooks/useApi';
import { OrderDetail } from '../OrderDetail';
import { SellerOrderActions, type SellerDialog } from './SellerOrderActions';

/** One order for the seller: the same detail the buyer sees, with the seller's steps. */
export function SellerOrderDrawer({
  orderId,
  version,
  onClose,
  onDialog,
  onChanged,
}: {
  orderId: string | null;
  /** Changes when the order may have changed (after a step), to load it again. */
  version: number;
  onClose: () => void;
  onDialog: (d: SellerDialog) => void;
  onChanged: (o: OrderDetailView) => void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const { data, error, reload } = useApi(
    (signal) => endpoints.order(orderId ?? '', signal),
    orderId ? `seller-order:${orderId}:${version}` : null,
  );
  return (
    <Drawer
      open={orderId !== null}
      onClose={onClose}
      size={screens.md === false ? '100%' : 880}
      title={data?.orderNo ?? t('orders.act.view')}
      destroyOnHidden
    >
      {error ? <ApiErrorAlert error={error} onRetry={reload} /> : null}
      {!data && !error ? <Skeleton active /> : null}
      {data ? (
        <OrderDetail
          order={data}
          side="exhibitor"
          actions={
            data.actions.length ? (
              <SellerOrderActions order={data} actions={data.actions} onDialog={onDialog} onDone={onChanged} size="middle" />
            ) : undefined
          }
        />
      ) : null}
    </Drawer>
  );
}
