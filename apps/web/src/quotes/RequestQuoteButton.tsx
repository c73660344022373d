import { FileTextOutlined } from '@ant-design/icons';
import type { ProductView } from '@livefair/protocol';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';

import { useAuth } from '../auth/useAuth';
import { RequestQuoteModal } from './RequestQuoteModal';
import './quotes.css';

interface Props {
  product: ProductView;
  boothId: string;
  enterpriseName: string;
}

/** 询价 on a product card: buyers get the form, visitors are asked to log in, exhibitors and organizers see nothing. */
export function RequestQuoteButton({ product, boothId, enterpriseName }: Props) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  if (user && user.role !== 'buyer') return null;

  const onClick = () => {
    if (!user) navigate('/login', { state: { from: location.pathname + location.search } });
    else setOpen(true);
  };
  return (
    <>
      <Button
        type="primary"
        icon={<FileTextOutlined />}
        onClick={onClick}
        title={user ? undefined : t('quotes.ask.loginToAsk')}
        data-testid="request-quote"
      >
        {t('quotes.ask.button')}
      </Button>
      {user ? (
        <RequestQuoteModal
          product={product}
          boothId={boothId}
          enterpriseName={enterpriseName}
          open={open}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
