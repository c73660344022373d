import { ArrowLeftOutlined } from '@ant-design/icons';
import type { ProductView } from '@livefair/protocol';
import { App, AutoComplete, Button, Card, Col, Form, Input, Row, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';

import { toApiError } from '../../api/ApiError';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { useApi } from '../../hooks/useApi';
import { useShowApiError } from '../../hooks/useShowApiError';
import { catalogApi } from '../catalogApi';
import { CertificationsField } from '../components/CertificationsField';
import { ImagesField } from '../components/ImagesField';
import { ProductStatusTag } from '../components/ProductStatusTag';
import { SkuEditor } from '../components/SkuEditor';
import { SpecsField } from '../components/SpecsField';
import { StatusActions } from '../components/StatusActions';
import { emptyProduct, formPath, type ProductForm, toForm, toInput } from '../productForm';
import { UNITS } from '../productText';
import '../catalog.css';

/** /my/products/new and /my/products/:id: the whole product in one form, saved in one request. */
export default function ProductEditPage() {
  const { id } = useParams();
  const creating = id === undefined || id === 'new';
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApi(
    (signal) => catalogApi.get(id ?? '', signal),
    creating ? null : `product:${id}`,
  );
  if (!creating && error) {
    return (
      <div className="lf-container">
        <ApiErrorAlert error={error} onRetry={reload} />
      </div>
    );
  }
  if (!creating && (loading || !data)) return <PageLoading />;
  return (
    <div className="lf-container lf-product-edit">
      <Link to="/my/products" className="lf-back">
        <ArrowLeftOutlined /> {t('catalog.form.back')}
      </Link>
      {/* keyed by the product's version: a save re-reads the product into a fresh form */}
      <ProductEditor key={data ? `${data.id}:${data.updatedAt}` : 'new'} product={data} />
    </div>
  );
}

function ProductEditor({ product: initial }: { product: ProductView | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [form] = Form.useForm<ProductForm>();
  const [product, setProduct] = useState(initial);
  const [saving, setSaving] = useState<'save' | 'publish' | null>(null);
  const need = (field: string) => ({ required: true, whitespace: true, message: t('catalog.rules.required', { field }) });

  const save = async (publish: boolean) => {
    let values: ProductForm;
    try {
      values = await form.validateFields();
    } catch (invalid) {
      const first = (invalid as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name as never, { block: 'center', behavior: 'smooth' });
      return;
    }
    setSaving(publish ? 'publish' : 'save');
    try {
      const body = toInput(values);
      let saved = product ? await catalogApi.update(product.id, body) : await catalogApi.create(body);
      if (publish && saved.status !== 'published') saved = await catalogApi.setStatus(saved.id, 'publish');
      void message.success(publish ? t('catalog.published') : product ? t('catalog.saved') : t('catalog.created'));
      if (!product) navigate(`/my/products/${saved.id}`, { replace: true });
      else {
        setProduct(saved);
        form.setFieldsValue(toForm(saved));
      }
    } catch (err) {
      const e = toApiError(err);
      if (e.details?.length) form.setFields(e.details.map((d) => ({ name: formPath(d.field) as never, errors: d.problems })));
      showError(err);
    } finally {
      setSaving(null);
    }
  };

  return (
    <>
      <PageTitle
        title={
          <Space wrap size={[8, 4]}>
            <span>{product ? t('catalog.form.editTitle') : t('catalog.form.createTitle')}</span>
            {product ? <ProductStatusTag status={product.status} /> : null}
          </Space>
        }
        extra={product ? <StatusActions product={product} onChanged={setProduct} size="middle" /> : null}
      />
      <Form<ProductForm>
        form={form}
        layout="vertical"
        initialValues={product ? toForm(product) : emptyProduct()}
        requiredMark="optional"
        scrollToFirstError
      >
        <Card title={t('catalog.form.basics')} className="lf-edit-card">
          <Tabs
            items={[
              {
                key: 'zh',
                label: t('catalog.form.zh'),
                forceRender: true,
                children: (
                  <>
                    <Form.Item name="name" label={t('catalog.form.name')} rules={[need(t('catalog.form.name'))]}>
                      <Input
                        maxLength={200}
                        showCount
                        placeholder={t('catalog.form.namePlaceholder')}
                        data-testid="product-name"
                      />
                    </Form.Item>
                    <Form.Item name="description" label={t('catalog.form.description')}>
                      <Input.TextArea
                        maxLength={4000}
                        showCount
                        autoSize={{ minRows: 3, maxRows: 10 }}
                        placeholder={t('catalog.form.descriptionPlaceholder')}
                      />
                    </Form.Item>
                  </>
                ),
              },
              {
                key: 'en',
                label: t('catalog.form.en'),
                forceRender: true,
                children: (
                  <>
                    <Form.Item name="nameEn" label={t('catalog.form.nameEn')}>
                      <Input
                        maxLength={200}
                        showCount
                        placeholder={t('catalog.form.nameEnPlaceholder')}
                        data-testid="product-name-en"
                      />
                    </Form.Item>
                    <Form.Item name="descriptionEn" label={t('catalog.form.descriptionEn')}>
                      <Input.TextArea maxLength={4000} showCount autoSize={{ minRows: 3, maxRows: 10 }} />
                    </Form.Item>
                  </>
                ),
              },
            ]}
          />
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item name="category" label={t('catalog.form.category')}>
                <Input maxLength={64} placeholder={t('catalog.form.categoryPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="unit"
                label={t('catalog.form.unit')}
                extra={t('catalog.form.unitHint')}
                rules={[need(t('catalog.form.unit'))]}
              >
                <AutoComplete options={UNITS.map((value) => ({ value }))} maxLength={16} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="images" label={t('catalog.form.images')} extra={t('catalog.form.imagesHint')}>
            <ImagesField />
          </Form.Item>
        </Card>
        <Card
          title={t('catalog.form.skus')}
          className="lf-edit-card"
          extra={
            <Typography.Text type="secondary" className="lf-hide-xs">
              {t('catalog.form.skusHint')}
            </Typography.Text>
          }
        >
          <Form.Item name="specNames" label={t('catalog.form.specNames')} extra={t('catalog.form.specNamesHint')}>
            <Select
              mode="tags"
              maxCount={5}
              open={false}
              suffixIcon={null}
              placeholder={t('catalog.form.specNamesPlaceholder')}
              tokenSeparators={[',', '，']}
            />
          </Form.Item>
          <SkuEditor form={form} />
        </Card>
        <Card title={t('catalog.form.specifications')} className="lf-edit-card">
          <SpecsField />
        </Card>
        <Card title={t('catalog.form.certifications')} className="lf-edit-card">
          <CertificationsField />
        </Card>
        <div className="lf-edit-actions">
          <Link to="/my/products">
            <Button>{t('catalog.form.cancel')}</Button>
          </Link>
          {product?.status !== 'published' ? (
            <Button onClick={() => save(false)} loading={saving === 'save'} disabled={saving !== null} data-testid="product-save">
              {t('catalog.form.save')}
            </Button>
          ) : null}
          {product?.status !== 'published' ? (
            <Button
              type="primary"
              onClick={() => save(true)}
              loading={saving === 'publish'}
              disabled={saving !== null}
              data-testid="product-save-publish"
            >
              {t('catalog.form.saveAndPublish')}
            </Button>
          ) : (
            <Button
              type="primary"
              onClick={() => save(false)}
              loading={saving === 'save'}
              disabled={saving !== null}
              data-testid="product-save"
            >
              {t('catalog.form.save')}
            </Button>
          )}
        </div>
      </Form>
    </>
  );
}
