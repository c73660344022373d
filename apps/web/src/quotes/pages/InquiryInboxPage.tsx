import { useTranslation } from 'react-i18next';

import { PageTitle } from '../../components/PageTitle';
import { RfqList } from '../RfqList';
import '../quotes.css';

/** /my/inquiries: requests for quotation to the exhibitor's enterprise. */
export default function InquiryInboxPage() {
  const { t } = useTranslation();
  return (
    <div className="lf-container">
      <PageTitle title={t('quotes.list.inboxTitle')} subtitle={t('quotes.list.inboxSubtitle')} />
      <RfqList side="exhibitor" path="/my/inquiries" />
    </div>
  );
}
