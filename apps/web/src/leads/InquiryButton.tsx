import { IdcardOutlined, MessageOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';

import { toApiError } from '../api/ApiError';
import { useAuth } from '../auth/useAuth';
import { useShowApiError } from '../hooks/useShowApiError';
import { InquiryDrawer } from './InquiryDrawer';
import { leadsApi } from './leadsApi';
import './leads.css';

const CARD_NOTICE = 'lead-card-needed';

/**
 * The booth page's contact actions for buyers: 留言咨询 opens the inquiry drawer, 交换名片 asks the
 * booth's staff to swap business cards. Visitors are asked to log in; exhibitors and organizers see nothing.
 */
export function InquiryButton({ boothId }: { boothId: string }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { message, notification } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const showError = useShowApiError();
  const [open, setOpen] = useState(false);
  const [swapping, setSwapping] = useState(false);
  if (user && user.role !== 'buyer') return null;

  const login = () => navigate('/login', { state: { from: location.pathname + location.search } });
  const swap = async () => {
    if (!user) return login();
    setSwapping(true);
    try {
      await leadsApi.requestCards(boothId);
      void message.success(t('leads.ask.cardSent'));
    } catch (err) {
      if (toApiError(err).code === 'CARD_REQUIRED')
        notification.info({
          key: CARD_NOTICE,
          title: t('leads.ask.cardNeedOwn'),
          actions: (
            <Button
              type="primary"
              size="small"
              onClick={() => {
                notification.destroy(CARD_NOTICE);
                navigate('/my/cards');
              }}
            >
              {t('leads.ask.cardGo')}
            </Button>
          ),
        });
      else showError(err);
    } finally {
      setSwapping(false);
    }
  };

  return (
    <div className="lf-inquiry-bar">
      <Space wrap size={[8, 8]}>
        <Button
          type="primary"
          icon={<MessageOutlined />}
          onClick={() => (user ? setOpen(true) : login())}
          title={user ? undefined : t('leads.ask.loginToAsk')}
          data-testid="inquiry-button"
        >
          {t('leads.ask.button')}
        </Button>
        <Button icon={<IdcardOutlined />} onClick={() => void swap()} loading={swapping} data-testid="card-swap-button">
          {t('leads.ask.card')}
        </Button>
      </Space>
      {user ? <InquiryDrawer boothId={boothId} open={open} onClose={() => setOpen(false)} /> : null}
    </div>
  );
}
