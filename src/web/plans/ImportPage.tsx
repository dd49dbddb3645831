import { useState } from 'react';
import { Alert, Button, Card, Input, Result, Space, Spin, Steps, Tabs, Typography, Upload } from 'antd';
import { FileWordOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, ApiError } from '../core/api';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { ReviewStep, type Committed } from './ReviewStep';
import type { ImportDraft } from './types';
import './plans.css';

// The server's own limit; checked here too so a 40 MB scan is refused before it is uploaded.
const MAX_BYTES = 20 * 1024 * 1024;

export default function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ImportDraft | null>(null);
  const [done, setDone] = useState<Committed | null>(null);
  const step = done ? 2 : draft ? 1 : 0;
  return (
    <Card variant="borderless" className="hl-page-card">
      <PageHeader title={t('plans.import.title')} description={t('plans.import.desc')} />
      <Steps
        current={step}
        size="small"
        className="hl-plans-steps"
        items={[{ title: t('plans.import.step1') }, { title: t('plans.import.step2') }, { title: t('plans.import.step3') }]}
      />
      {step === 0 && <UploadStep onParsed={setDraft} />}
      {step === 1 && draft && <ReviewStep key={draft.id} draft={draft} onCommitted={setDone} onDiscarded={() => setDraft(null)} />}
      {step === 2 && done && (
        <Result
          status="success"
          title={done.revised ? t('plans.import.doneRevised') : t('plans.import.doneTitle')}
          subTitle={
            done.revised
              ? t('plans.import.doneRevisedSub', { title: done.title, n: done.accepted })
              : t('plans.import.doneSub', { title: done.title, tasks: done.tasks, indicators: done.indicators, units: done.newUnits })
          }
          extra={[
            <Button type="primary" key="open" onClick={() => navigate(`/plans/list?plan=${done.planId}`)}>
              {t('plans.import.openPlan')}
            </Button>,
            <Button key="again" onClick={() => (setDone(null), setDraft(null))}>
              {t('plans.import.again')}
            </Button>,
          ]}
        />
      )}
    </Card>
  );
}

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

const IMPORT_EXTS = ['.txt', '.docx', '.xlsx', '.csv', '.pdf', '.html', '.htm'];

function UploadStep({ onParsed }: { onParsed: (d: ImportDraft) => void }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ title: string; details?: string[] } | null>(null);

  // One form either way: the file in `file`, or the pasted text in `text` (multipart, streamed by the server).
  const send = async (body: FormData, what: string) => {
    setBusy(what);
    setError(null);
    try {
      onParsed(await api.upload<ImportDraft>('/api/plans/imports', body));
    } catch (e) {
      const details = e instanceof ApiError && e.details.length > 1 ? e.details.map((d) => (i18n.language.startsWith('zh') ? d.message : d.messageEn)) : undefined;
      setError({ title: errorText(e), details });
    } finally {
      setBusy(null);
    }
  };
  const upload = async (file: File) => {
    const ext = file.name.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? '';
    if (ext === '.doc' || ext === '.wps') return setError({ title: t('plans.import.oldWord', { name: file.name }) });
    if (!IMPORT_EXTS.includes(ext)) return setError({ title: t('plans.import.badType', { name: file.name }) });
    if (file.size > MAX_BYTES) return setError({ title: t('plans.import.tooLarge', { name: file.name, size: sizeText(file.size) }) });
    if (file.size === 0) return setError({ title: t('plans.import.emptyFile', { name: file.name }) });
    const form = new FormData();
    form.append('file', file, file.name);
    await send(form, file.name);
  };

  return (
    <Spin spinning={busy !== null} tip={busy ? t('plans.import.parsing', { name: busy }) : undefined}>
      {error && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setError(null) }}
          title={error.title}
          description={error.details?.join('；')}
          style={{ marginBottom: 16 }}
          data-testid="import-error"
        />
      )}
      <Tabs
        items={[
          {
            key: 'file',
            label: t('plans.import.file'),
            children: (
              <Upload.Dragger accept={IMPORT_EXTS.join(',')} multiple={false} showUploadList={false} disabled={busy !== null} beforeUpload={(f) => (void upload(f), Upload.LIST_IGNORE)} data-testid="import-file">
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t('plans.import.drop')}</p>
                <p className="ant-upload-hint">{t('plans.import.dropHint')}</p>
              </Upload.Dragger>
            ),
          },
          {
            key: 'paste',
            label: t('plans.import.paste'),
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Input.TextArea
                  rows={16}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  placeholder={t('plans.import.pastePlaceholder')}
                  data-testid="import-text"
                  className="hl-plans-paste"
                />
                <div className="hl-plans-paste-bar">
                  <Typography.Text type="secondary">{text ? t('plans.chars', { n: text.length.toLocaleString() }) : t('plans.import.pasteHint')}</Typography.Text>
                  <Button type="primary" loading={busy !== null} disabled={!text.trim()} onClick={() => {
                      const form = new FormData();
                      form.append('text', text);
                      void send(form, t('plans.pastedText'));
                    }}>
                    {t('plans.import.parse')}
                  </Button>
                </div>
              </Space>
            ),
          },
        ]}
      />
      <div className="hl-plans-import-tips">
        <FileWordOutlined /> {t('plans.import.tips')}
      </div>
    </Spin>
  );
}
