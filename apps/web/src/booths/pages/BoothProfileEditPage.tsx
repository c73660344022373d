import { MinusCircleOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import type { BoothContactView, BoothProfileView } from '@livefair/protocol';
import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { endpoints } from '../../api/endpoints';
import { useAuth } from '../../auth/useAuth';
import { catalogApi } from '../../catalog/catalogApi';
import { productTitle } from '../../catalog/productText';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { useApi } from '../../hooks/useApi';
import { useShowApiError } from '../../hooks/useShowApiError';
import '../booths.css';
import { boothsApi, type BoothProfileInput } from '../boothsApi';
import { certificationsOut, CertificationsList } from '../components/CertificationsList';
import { ImageSlot } from '../components/ImageSlot';
import { useVocabulary } from '../useVocabulary';

const SHOWCASE_MAX = 12;

const toForm = (p: BoothProfileView) => ({
  logoKey: p.logo?.key ?? null,
  bannerKey: p.banner?.key ?? null,
  introZh: p.introZh,
  introEn: p.introEn,
  videoUrl: p.videoUrl,
  showcase: p.showcase.map((x) => x.id),
  badges: p.badges,
  certifications: p.certifications.map((c) => ({ ...c, validUntil: c.validUntil ?? '' })),
  contacts: p.contacts,
});

/** /my/booths/:id/profile — the exhibitor edits what buyers see on its booth page. */
export default function BoothProfileEditPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const vocab = useVocabulary();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const booth = useApi((signal) => endpoints.booth(id, signal), `booth:${id}`);
  const profile = useApi((signal) => boothsApi.profile(id, signal), `booth-profile:${id}`);
  const products = useApi(
    (signal) => catalogApi.list({ status: 'published', page: 1, pageSize: 100 }, signal),
    'my-published-products',
  );
  useEffect(() => {
    if (profile.data) form.setFieldsValue(toForm(profile.data));
  }, [profile.data, form]);

  if (booth.error || profile.error) {
    const error = booth.error ?? profile.error;
    return <div className="lf-container">{error ? <ApiErrorAlert error={error} onRetry={profile.reload} /> : null}</div>;
  }
  if (!booth.data || !profile.data) return <PageLoading />;

  const save = async (values: BoothProfileInput) => {
    setSaving(true);
    try {
      const saved = await boothsApi.saveProfile(id, {
        ...values,
        logoKey: values.logoKey ?? null,
        bannerKey: values.bannerKey ?? null,
        certifications: certificationsOut(values.certifications),
        contacts: (values.contacts ?? []).map((c: BoothContactView) => ({
          userId: c.userId ?? null,
          name: c.name,
          title: c.title ?? '',
          phone: c.phone ?? '',
          wechat: c.wechat ?? '',
        })),
      });
      form.setFieldsValue(toForm(saved));
      void message.success(t('booths.editor.saved'));
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
    }
  };

  const productOptions = (products.data?.items ?? []).map((p) => ({ value: p.id, label: productTitle(p, i18n.language) }));
  return (
    <div className="lf-container">
      <PageTitle
        title={t('booths.editor.title')}
        subtitle={t('booths.editor.subtitle', { code: booth.data.code })}
        extra={
          <Link to={`/booths/${id}`}>
            <Button>{t('booths.editor.viewBooth')}</Button>
          </Link>
        }
      />
      <Form form={form} layout="vertical" onFinish={(v) => void save(v as BoothProfileInput)} data-testid="booth-profile-form">
        <Card size="small" className="lf-form-card">
          <div className="lf-editor-images">
            <Form.Item name="logoKey" label={t('booths.editor.logo')}>
              <ImageSlot testId="logo-slot" />
            </Form.Item>
            <Form.Item name="bannerKey" label={t('booths.editor.banner')}>
              <ImageSlot wide testId="banner-slot" />
            </Form.Item>
          </div>
          <Form.Item name="introZh" label={t('booths.editor.introZh')}>
            <Input.TextArea rows={4} maxLength={4000} showCount />
          </Form.Item>
          <Form.Item name="introEn" label={t('booths.editor.introEn')}>
            <Input.TextArea rows={3} maxLength={4000} showCount />
          </Form.Item>
          <Form.Item
            name="videoUrl"
            label={t('booths.editor.videoUrl')}
            extra={t('booths.editor.videoUrlHint')}
            rules={[{ pattern: /^(https?:\/\/\S+)?$/i, message: t('booths.editor.videoUrlHint') }]}
          >
            <Input maxLength={500} placeholder="https://" data-testid="video-url" />
          </Form.Item>
          <Form.Item
            name="showcase"
            label={t('booths.editor.showcase')}
            extra={t('booths.editor.showcaseMax', { count: SHOWCASE_MAX })}
          >
            <Select
              mode="multiple"
              maxCount={SHOWCASE_MAX}
              options={productOptions}
              optionFilterProp="label"
              data-testid="showcase"
            />
          </Form.Item>
          <Form.Item name="badges" label={t('booths.editor.badges')}>
            <Select mode="multiple" maxCount={6} options={vocab.badgeOptions} data-testid="badges" />
          </Form.Item>
          <Form.Item label={t('booths.editor.certifications')}>
            <CertificationsList name="certifications" />
          </Form.Item>
          <Form.Item label={t('booths.editor.contacts')}>
            <Form.List name="contacts">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <div key={f.key} className="lf-editor-row" data-testid="contact-row">
                      <Form.Item name={[f.name, 'userId']} hidden>
                        <Input />
                      </Form.Item>
                      <Form.Item name={[f.name, 'name']} rules={[{ required: true, max: 32 }]}>
                        <Input placeholder={t('booths.editor.contactName')} maxLength={32} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'title']}>
                        <Input placeholder={t('booths.editor.contactTitle')} maxLength={32} />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'phone']}
                        rules={[{ pattern: /^(\+?[0-9][0-9 -]{5,22})?$/, message: t('booths.phone') }]}
                      >
                        <Input placeholder={t('booths.phone')} maxLength={24} />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'wechat']}
                        rules={[{ pattern: /^([A-Za-z][-_A-Za-z0-9]{5,19})?$/, message: t('booths.wechat') }]}
                      >
                        <Input placeholder={t('booths.wechat')} maxLength={20} />
                      </Form.Item>
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        onClick={() => remove(f.name)}
                        aria-label={t('booths.editor.remove')}
                      />
                    </div>
                  ))}
                  {fields.length < 5 ? (
                    <Space wrap>
                      <Button
                        type="dashed"
                        icon={<PlusOutlined />}
                        onClick={() => add({ userId: null, name: '', title: '', phone: '', wechat: '' })}
                      >
                        {t('booths.editor.addContact')}
                      </Button>
                      {user ? (
                        <Button
                          type="dashed"
                          icon={<UserAddOutlined />}
                          onClick={() =>
                            add({ userId: user.id, name: user.displayName.slice(0, 32), title: '', phone: '', wechat: '' })
                          }
                        >
                          {t('booths.editor.addMyself')}
                        </Button>
                      ) : null}
                    </Space>
                  ) : null}
                </>
              )}
            </Form.List>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="save-booth-profile">
            {t('booths.editor.save')}
          </Button>
        </Card>
      </Form>
    </div>
  );
}
