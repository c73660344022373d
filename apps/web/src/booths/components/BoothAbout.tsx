import { PhoneOutlined, PlayCircleOutlined, SafetyCertificateOutlined, WechatOutlined } from '@ant-design/icons';
import type { BoothProfileView, EnterpriseProfileView } from '@livefair/protocol';
import { Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { useVocabulary } from '../useVocabulary';

/** The booth's intro (in the page's language, falling back to the other), video link and company facts. */
export function BoothIntro({
  profile,
  enterprise,
}: {
  profile: BoothProfileView;
  enterprise: EnterpriseProfileView | undefined;
}) {
  const { t, i18n } = useTranslation();
  const vocab = useVocabulary();
  const en = i18n.language === 'en';
  const intro = (en ? profile.introEn || profile.introZh : profile.introZh || profile.introEn).trim();
  const facts = enterprise
    ? [
        enterprise.province
          ? { key: 'place', label: t('booths.place'), children: `${vocab.province(enterprise.province)} ${enterprise.city}` }
          : null,
        enterprise.monthlyCapacity !== null
          ? {
              key: 'capacity',
              label: t('booths.capacity'),
              children: t('booths.capacityValue', {
                amount: enterprise.monthlyCapacity.toLocaleString(i18n.language),
                unit: enterprise.capacityUnit,
              }),
            }
          : null,
        { key: 'oem', label: t('booths.oem'), children: enterprise.oem ? t('booths.yes') : t('booths.no') },
        { key: 'odm', label: t('booths.odm'), children: enterprise.odm ? t('booths.yes') : t('booths.no') },
        { key: 'vat', label: t('booths.vat'), children: enterprise.vatSpecialInvoice ? t('booths.yes') : t('booths.no') },
        enterprise.exportMarkets.length
          ? { key: 'markets', label: t('booths.exportMarkets'), children: enterprise.exportMarkets.map(vocab.country).join('、') }
          : null,
        enterprise.categories.length
          ? { key: 'categories', label: t('booths.mainCategories'), children: enterprise.categories.join('、') }
          : null,
      ].filter((x): x is { key: string; label: string; children: string } => x !== null)
    : [];
  return (
    <Card size="small" title={t('booths.intro')} className="lf-booth-intro" data-testid="booth-intro">
      {intro ? <Typography.Paragraph className="lf-prewrap">{intro}</Typography.Paragraph> : null}
      {profile.videoUrl ? (
        <a href={profile.videoUrl} target="_blank" rel="noopener noreferrer nofollow">
          <PlayCircleOutlined /> {t('booths.introVideo')}
        </a>
      ) : null}
      {facts.length ? <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={facts} className="lf-booth-facts" /> : null}
    </Card>
  );
}

/** Certifications (the booth's and the enterprise's, once each) and contact staff. */
export function BoothCredentials({
  profile,
  enterprise,
}: {
  profile: BoothProfileView;
  enterprise: EnterpriseProfileView | undefined;
}) {
  const { t } = useTranslation();
  const vocab = useVocabulary();
  const certs = [...profile.certifications, ...(enterprise?.certifications ?? [])].filter(
    (c, i, all) => all.findIndex((x) => x.code === c.code && x.number === c.number) === i,
  );
  return (
    <>
      {certs.length ? (
        <Card size="small" title={t('booths.certifications')} data-testid="booth-certifications">
          <Space wrap size={[6, 6]}>
            {certs.map((c) => (
              <Tag key={`${c.code}:${c.number}`} icon={<SafetyCertificateOutlined />} color="green">
                {vocab.certification(c.code)}
                {c.validUntil ? ` · ${t('booths.validUntil', { date: c.validUntil })}` : ''}
              </Tag>
            ))}
          </Space>
        </Card>
      ) : null}
      {profile.contacts.length ? (
        <Card size="small" title={t('booths.contacts')} data-testid="booth-contacts">
          <List
            size="small"
            dataSource={profile.contacts}
            renderItem={(c) => (
              <List.Item>
                <div className="lf-contact">
                  <Typography.Text strong>{c.name}</Typography.Text>
                  {c.title ? <Typography.Text type="secondary"> · {c.title}</Typography.Text> : null}
                  <div className="lf-contact-ways">
                    {c.phone ? (
                      <a href={`tel:${c.phone.replace(/[\s-]/g, '')}`}>
                        <PhoneOutlined /> {c.phone}
                      </a>
                    ) : null}
                    {c.wechat ? (
                      <span>
                        <WechatOutlined /> {c.wechat}
                      </span>
                    ) : null}
                  </div>
                </div>
              </List.Item>
            )}
          />
        </Card>
      ) : null}
    </>
  );
}
