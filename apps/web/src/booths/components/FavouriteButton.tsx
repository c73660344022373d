import { HeartFilled, HeartOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { useAuth } from '../../auth/useAuth';
import { useApi } from '../../hooks/useApi';
import { useShowApiError } from '../../hooks/useShowApiError';
import { boothsApi } from '../boothsApi';

/** Favourite (and so follow) a booth: buyers only; others are sent to log in. */
export function FavouriteButton({ boothId }: { boothId: string }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const isBuyer = user?.role === 'buyer';
  const { data } = useApi((signal) => boothsApi.favourite(boothId, signal), isBuyer ? `favourite:${boothId}` : null);
  const [state, setState] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const on = state ?? data?.favourite ?? false;
  if (user && !isBuyer) return null;

  const toggle = async () => {
    if (!user) {
      navigate('/login', { state: { from: `/booths/${boothId}` } });
      return;
    }
    setBusy(true);
    try {
      const next = await boothsApi.setFavourite(boothId, !on);
      setState(next.favourite);
      void message.success(next.favourite ? t('booths.favouriteAdded') : t('booths.favouriteRemoved'));
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      icon={on ? <HeartFilled className="lf-heart-on" /> : <HeartOutlined />}
      loading={busy}
      onClick={() => void toggle()}
      aria-pressed={on}
      title={user ? t('booths.favouriteHint') : t('booths.favouriteLogin')}
      data-testid="favourite-booth"
    >
      {on ? t('booths.favourited') : t('booths.favourite')}
    </Button>
  );
}
