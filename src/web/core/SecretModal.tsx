import { Alert, Button, Modal, Space } from 'antd';
import { useApp } from './feedback';
import { CopyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { copyText } from './clipboard';

interface Props {
  open: boolean;
  title: string;
  notice: string;
  secret: string;
  onClose: () => void;
}

/**
 * Shows a password or token the server returns exactly once. It does not close on a
 * stray click outside: losing it means resetting or revoking.
 */
export function SecretModal({ open, title, notice, secret, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = useApp();
  const copy = async () => {
    if (await copyText(secret)) message.success(t('common.copied'));
    else message.warning(t('common.copyFailed'));
  };
  return (
    <Modal
      open={open}
      title={title}
      mask={{ closable: false }}
      keyboard={false}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="warning" showIcon title={notice} />
        <div className="hl-secret">
          <span className="hl-secret-text hl-mono" data-testid="one-time-secret">
            {secret}
          </span>
          <Button icon={<CopyOutlined />} onClick={copy}>
            {t('common.copy')}
          </Button>
        </div>
      </Space>
    </Modal>
  );
}
