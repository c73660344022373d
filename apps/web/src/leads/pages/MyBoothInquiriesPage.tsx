import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

import { PageTitle } from '../../components/PageTitle';
import { LeadList } from '../LeadList';
import '../leads.css';

/** /my/booth-inquiries: the buyer's inquiries at booths and how far each factory followed up. */
export default function MyBoothInquiriesPage() {
  const { t } = useTranslation();
  return (
    <div className="lf-container">
      <PageTitle title={t('leads.inbox.mineTitle')} subtitle={t('leads.inbox.mineSubtitle')} />
      <Alert type="info" showIcon className="lf-leads-note" title={t('leads.vsRfq')} />
      <LeadList side="buyer" path="/my/booth-inquiries" />
    </div>
  );
}
